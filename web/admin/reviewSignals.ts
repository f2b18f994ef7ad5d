// Review that signals (issue 26): the header's review link counts the proposals waiting, and a proposer is told,
// on their next visit, which of their proposals were decided since they last looked (myProposals(decidedSince:)).
// "Last looked" is the newest decision they dismissed, kept per account in this browser: the server's own
// decidedAt, so a wrong clock on the reader's machine neither hides nor repeats a decision.
import type { Viewer } from './api';
import { fill, h } from './dom';
import { pick, statusName } from './i18n';
import { fetchDecidedSince, fetchPendingCount, type DecidedProposal } from './reviewApi';
import { mayReview, rv } from './reviewText';
import { hashOf } from './urlState';

const seenKey = (me: Viewer) => `tracker.decisionsSeen.${me.name}`;

function readSeen(me: Viewer): string | null {
  try {
    return localStorage.getItem(seenKey(me));
  } catch {
    return null; // storage disabled: every decision is news, which is the safe side
  }
}

/** The number of proposals waiting, for reviewers and admins; null for anyone else (no badge). */
export async function pendingCount(me: Viewer | null | undefined): Promise<number | null> {
  if (!mayReview(me)) return null;
  try {
    return await fetchPendingCount();
  } catch {
    return null; // the queue page itself says why it cannot load
  }
}

/** The badge on the review link: the count in figures, with words for a screen reader. */
export const pendingBadge = (count: number | null): HTMLElement | null =>
  count
    ? h(
        'span',
        { class: 'count-badge', id: 'nav-reviews-count', 'data-count': String(count) },
        h('span', { 'aria-hidden': 'true' }, String(count)),
        h('span', { class: 'visually-hidden' }, ` (${rv('pendingBadge', { count })})`),
      )
    : null;

export interface DecisionNotice {
  root: HTMLElement;
  /** Asks for the decisions since last seen, for this account (none signed in: hidden). */
  refresh(me: Viewer | null | undefined): Promise<void>;
  /** Redraws in the current language. */
  relabel(): void;
}

export function decisionNotice(): DecisionNotice {
  const root = h('section', { id: 'decision-notice', class: 'decision-notice', role: 'status', hidden: true });
  let shown: { me: Viewer; decisions: DecidedProposal[] } | null = null;

  const line = (p: DecidedProposal) => {
    const words = {
      code: p.recommendation.code,
      title: pick(p.recommendation.titleZh, p.recommendation.titleEn),
      name: p.reviewer ?? '',
    };
    const text =
      p.state === 'APPROVED'
        ? rv('decisionApproved', { ...words, status: statusName(p.status) })
        : rv('decisionRejected', { ...words, reason: p.rejectionReason ?? '' });
    const at = text.indexOf(p.recommendation.code);
    const link = h(
      'a',
      { href: hashOf({ view: 'detail', code: p.recommendation.code, asOf: '' }) },
      p.recommendation.code,
    );
    return h('li', { 'data-state': p.state }, text.slice(0, at), link, text.slice(at + p.recommendation.code.length));
  };

  function draw() {
    root.hidden = !shown?.decisions.length;
    if (!shown?.decisions.length) return fill(root);
    const { me, decisions } = shown;
    const newest = decisions
      .map((p) => p.decidedAt!)
      .sort()
      .at(-1)!;
    fill(
      root,
      h('h2', null, rv('decisionsTitle')),
      h('ul', null, decisions.map(line)),
      h(
        'button',
        {
          type: 'button',
          id: 'decisions-seen',
          class: 'secondary',
          onclick: () => {
            try {
              localStorage.setItem(seenKey(me), newest);
            } catch {
              // not remembered: shown again next time
            }
            shown = null;
            draw();
          },
        },
        rv('decisionsSeen'),
      ),
    );
  }

  return {
    root,
    async refresh(me) {
      if (!me) {
        shown = null;
        return draw();
      }
      try {
        shown = { me, decisions: await fetchDecidedSince(readSeen(me)) };
      } catch {
        shown = null; // a notice is a courtesy: the proposals stay on their records
      }
      draw();
    },
    relabel: draw,
  };
}
