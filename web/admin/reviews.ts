// The review queue (#/reviews), for reviewers and admins: every open proposal with its record, proposer,
// proposed move and evidence, and Approve / Reject (with a reason). Approving sends the record's version as
// shown, so a record that changed meanwhile comes back as CONFLICT, shown as the server says it.
import { asApiError, isAbort } from './api';
import { formatInstant } from './dates';
import { fill, h, safeLink } from './dom';
import { emptyState } from './emptyState';
import { lang, statusName, t } from './i18n';
import { approveProposal, fetchPending, rejectProposal, type PendingProposal } from './reviewApi';
import { mayReview, rv } from './reviewText';
import { app, REVIEWED_EVENT, type View } from './state';
import { hashOf } from './urlState';
import { drawIfAllowed, startView } from './viewParts';
import { errorContent, proposedStatus } from './widgets';

export function reviewsView(): View {
  const root = h('section', { class: 'view reviews-view', 'aria-labelledby': 'view-title' });
  const status = h('p', { id: 'reviews-status', class: 'muted', role: 'status' });
  const alert = h('div', { id: 'reviews-error', class: 'alert', role: 'alert' });
  const results = h('div', { class: 'results' });
  let proposals: PendingProposal[] | null = null;
  let notice = '';
  let controller: AbortController | null = null;

  async function decide(
    p: PendingProposal,
    action: () => Promise<{ recommendation: { status: string } }>,
    ok: 'approved' | 'rejected',
  ) {
    try {
      const done = await action();
      notice = rv(ok, { code: p.recommendation.code, status: statusName(done.recommendation.status as never) });
      fill(alert);
      window.dispatchEvent(new Event(REVIEWED_EVENT));
      await load();
    } catch (error) {
      const e = asApiError(error);
      fill(alert, errorContent(e.message, e.code, e.code === 'FORBIDDEN' ? rv('ownProposal') : undefined));
    }
  }

  function card(p: PendingProposal) {
    const title = lang() === 'zh' ? p.recommendation.titleZh : p.recommendation.titleEn;
    const reason = h('input', {
      type: 'text',
      id: `reject-reason-${p.id}`,
      'data-testid': 'reject-reason',
      maxlength: 2000,
      'aria-label': rv('rejectReason'),
      placeholder: rv('rejectReason'),
    });
    // Approving changes the record at once: a first click says what will change, a second one approves.
    const confirmBox = h(
      'div',
      { class: 'confirm', role: 'group', 'data-testid': 'confirm-approve-box', hidden: true },
      h(
        'p',
        { id: `confirm-approve-text-${p.id}` },
        rv('confirmApprove', {
          code: p.recommendation.code,
          from: statusName(p.recommendation.status),
          to: statusName(p.status),
          progress: p.progress,
        }),
      ),
      h(
        'button',
        {
          type: 'button',
          'data-testid': 'confirm-approve',
          'aria-describedby': `confirm-approve-text-${p.id}`,
          onclick: () => void decide(p, () => approveProposal(p.id, p.recommendation.version), 'approved'),
        },
        rv('confirmApproveYes'),
      ),
      ' ',
      h(
        'button',
        {
          type: 'button',
          class: 'secondary',
          'data-testid': 'cancel-approve',
          onclick: () => {
            confirmBox.hidden = true;
            approve.focus();
          },
        },
        rv('cancel'),
      ),
    );
    const approve = h(
      'button',
      {
        type: 'button',
        'data-testid': 'approve-proposal',
        'aria-expanded': 'false',
        onclick: () => {
          confirmBox.hidden = false;
          approve.setAttribute('aria-expanded', 'true');
          confirmBox.querySelector<HTMLElement>('[data-testid=confirm-approve]')?.focus();
        },
      },
      rv('approve'),
    );
    const reject = h(
      'button',
      {
        type: 'button',
        class: 'secondary',
        'data-testid': 'reject-proposal',
        onclick: () => {
          if (!reason.value.trim()) {
            reason.setAttribute('aria-invalid', 'true');
            fill(alert, errorContent(rv('reasonNeeded'), 'BAD_USER_INPUT'));
            reason.focus();
            return;
          }
          void decide(p, () => rejectProposal(p.id, reason.value.trim()), 'rejected');
        },
      },
      rv('reject'),
    );
    const moved = p.baseVersion !== p.recommendation.version;
    return h(
      'article',
      { class: 'proposal', 'data-testid': 'proposal', 'data-code': p.recommendation.code },
      h(
        'h2',
        null,
        h('a', { href: hashOf({ view: 'detail', code: p.recommendation.code, asOf: '' }) }, p.recommendation.code),
        ' ',
        title,
      ),
      h('p', { class: 'muted' }, rv('proposedBy', { name: p.proposer, date: formatInstant(p.createdAt) })),
      h(
        'p',
        null,
        proposedStatus(p.status, rv('proposedStatus', { status: statusName(p.status) })),
        ' ',
        rv('move', { from: statusName(p.statusBefore), to: statusName(p.status), progress: p.progress }),
        ` · ${p.occurredOn}`,
      ),
      moved
        ? h('p', { class: 'alert' }, rv('recordMoved', { base: p.baseVersion, now: p.recommendation.version }))
        : null,
      h('p', { class: 'note' }, p.note),
      h(
        'div',
        { class: 'evidence' },
        h('strong', null, `${rv('evidence')}: `),
        p.evidenceUrls.length ? p.evidenceUrls.map((url) => h('span', null, safeLink(url), ' ')) : rv('noEvidence'),
      ),
      h('div', { class: 'actions' }, approve, reason, reject),
      confirmBox,
    );
  }

  function renderResults() {
    if (!proposals) return fill(results);
    fill(status, [notice, rv('reviewsCount', { count: proposals.length })].filter(Boolean).join(' '));
    if (!proposals.length)
      return fill(results, emptyState('reviews-empty', rv('reviewsEmpty'), rv('reviewsEmptyNext')));
    fill(results, proposals.map(card));
  }

  async function load() {
    if (!mayReview(app.me)) return;
    controller?.abort();
    const mine = (controller = new AbortController());
    try {
      proposals = (await fetchPending(mine.signal)).proposals;
      renderResults();
    } catch (error) {
      if (isAbort(error)) return;
      const e = asApiError(error);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
    }
  }

  function render() {
    document.title = `${rv('reviewsTitle')} · ${t('appTitle')}`;
    const heading = h('h1', { id: 'view-title', tabindex: '-1' }, rv('reviewsTitle'));
    const notice = { id: 'reviews-forbidden', title: rv('reviewsOnly'), next: rv('reviewsOnlyNext') };
    if (!drawIfAllowed(root, heading, mayReview(app.me), notice)) return;
    fill(root, heading, h('p', { class: 'muted' }, rv('reviewsIntro')), status, alert, results);
    renderResults();
  }

  return startView({ root, render, load, destroy: () => controller?.abort(), perAccount: true });
}
