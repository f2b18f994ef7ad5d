// A recommendation's proposals (a second pair of eyes), newest first as the API gives them: the decisive
// entries sent for review, each with its state, who proposed it and who decided it, and a rejection's reason.
import { formatInstant } from './dates';
import { h } from './dom';
import { rv } from './reviewText';
import type { ProposalEntry } from './api';
import { statusName } from './i18n';
import { proposedStatus } from './widgets';

export function proposalHistory(proposals: ProposalEntry[]): HTMLElement[] {
  return [
    h('h2', { id: 'proposal-history-title' }, rv('proposalsTitle')),
    h(
      'ol',
      { id: 'proposal-history', 'data-testid': 'proposal-history', class: 'revisions' },
      proposals.map((p) => {
        const state = rv(`state${p.state}`);
        return h(
          'li',
          { class: 'revision', 'data-state': p.state },
          h(
            'p',
            null,
            proposedStatus(p.status, rv('proposedStatus', { status: statusName(p.status) })),
            ` · ${p.progress}% · `,
            h('strong', null, state),
          ),
          h('p', { class: 'revision-reason' }, p.note),
          p.rejectionReason
            ? h('p', { class: 'revision-reason', 'data-testid': 'rejection-reason' }, p.rejectionReason)
            : null,
          h(
            'p',
            { class: 'muted revision-meta' },
            rv('proposalMeta', { name: p.proposer, when: formatInstant(p.createdAt) }),
            p.reviewer && p.decidedAt
              ? [' · ', rv('decisionMeta', { state, name: p.reviewer, when: formatInstant(p.decidedAt) })]
              : null,
          ),
        );
      }),
    ),
  ];
}
