// An archived record's page says why, when and by whom it was archived, links the records that replaced it,
// and offers admins "Restore" in place of the log form (the server refuses entries on an archived record).
import { asApiError, gql, type RecommendationDetail } from './api';
import { formatInstant } from './dates';
import { fill, h } from './dom';
import { pick, translator } from './i18n';
import { app } from './state';
import { hashOf } from './urlState';
import { errorContent } from './widgets';
import { ConsoleArchiveTrailDocument, ConsoleRestoreRecommendationDocument } from './__generated__/operations';

const ar = translator(
  {
    archivedTitle: 'This record is archived',
    archivedWhen: 'Archived on {when}.',
    archivedBy: 'Archived by {name}.',
    whySplit: 'Why: a catalog revision split it into the records below, which carry on its work.',
    whyAdmin: 'Why: an admin took it out of the lists; nothing was deleted, and its log stays.',
    successors: 'Records that replaced it:',
    noEntries: 'An archived record takes no entries. Restore it first to log progress.',
    noEntriesAsk: 'An archived record takes no entries. Ask an admin to restore it.',
    restore: 'Restore',
    restored: 'Restored: the record is back in the lists.',
    restoreFailed: 'Could not restore: {message}',
  },
  {
    archivedTitle: '此记录已归档',
    archivedWhen: '归档于 {when}。',
    archivedBy: '由 {name} 归档。',
    whySplit: '原因：目录修订将其拆分为下列记录，由它们继续跟踪。',
    whyAdmin: '原因：管理员将其移出列表；未删除任何内容，进展记录仍保留。',
    successors: '接替它的记录：',
    noEntries: '已归档的记录不能登记进展。请先恢复，再登记。',
    noEntriesAsk: '已归档的记录不能登记进展。请联系管理员恢复。',
    restore: '恢复',
    restored: '已恢复：该记录重新出现在列表中。',
    restoreFailed: '未能恢复：{message}',
  },
);

type Trail = { actor: string; operation: string; after?: unknown; createdAt: string }[];

/** The newest audit entry that archived the record: `archiveRecommendation`, or a write whose result is archived. */
function archiver(trail: Trail): string | null {
  const archivedAfter = (after: unknown) =>
    typeof after === 'object' && after !== null && (after as { archived?: unknown }).archived === true;
  const hit = trail.find((e) => e.operation === 'archiveRecommendation' || archivedAfter(e.after));
  return hit?.actor ?? null;
}

/** The panel shown in place of the log form; `done` reloads the page after a restore. */
export function archivedPanel(r: RecommendationDetail, done: () => Promise<void>): HTMLElement {
  const admin = app.me?.role === 'ADMIN';
  const by = h('p', { id: 'archived-by', hidden: true });
  const message = h('p', { id: 'restore-status', role: 'status' });
  const alert = h('div', { id: 'restore-error', class: 'alert', role: 'alert' });
  const link = (code: string) => h('a', { href: hashOf({ view: 'detail', code, asOf: '' }), class: 'code' }, code);
  const restore = h(
    'button',
    {
      type: 'button',
      id: 'restore-record',
      'data-testid': 'restore-record',
      onclick: () => void restoreRecord(),
    },
    ar('restore'),
  );
  async function restoreRecord() {
    restore.disabled = true;
    try {
      await gql(ConsoleRestoreRecommendationDocument, { code: r.code, expectedVersion: r.version });
      fill(alert);
      fill(message, ar('restored'));
      await done();
    } catch (error) {
      const e = asApiError(error);
      fill(alert, errorContent(ar('restoreFailed', { message: e.message }), e.code));
      restore.disabled = false;
    }
  }
  if (admin) {
    void gql(ConsoleArchiveTrailDocument, { code: r.code })
      .then((data) => {
        const name = archiver(data.auditLog.edges.map((e) => e.node));
        if (!name) return;
        fill(by, ar('archivedBy', { name }));
        by.hidden = false;
      })
      .catch(() => undefined); // who archived it is a detail: the panel stands without it
  }
  return h(
    'section',
    {
      class: 'archived-panel',
      id: 'archived-panel',
      'data-testid': 'archived-panel',
      'aria-labelledby': 'archived-title',
    },
    h('h2', { id: 'archived-title' }, ar('archivedTitle')),
    r.archivedAt ? h('p', { id: 'archived-when' }, ar('archivedWhen', { when: formatInstant(r.archivedAt) })) : null,
    by,
    h('p', { id: 'archived-why' }, r.successors.length ? ar('whySplit') : ar('whyAdmin')),
    r.successors.length
      ? h(
          'ul',
          { id: 'archived-successors', 'aria-label': ar('successors') },
          r.successors.map((s) => h('li', null, link(s.code), ' ', pick(s.titleZh, s.titleEn))),
        )
      : null,
    h('p', { class: 'muted' }, admin ? ar('noEntries') : ar('noEntriesAsk')),
    admin ? restore : null,
    message,
    alert,
  );
}
