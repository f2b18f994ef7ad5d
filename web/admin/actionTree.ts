// A record's place in a tree of actions (issue 23): the record it belongs to, its roll-up's arithmetic in words
// ("43% = weighted mean of: …", in the page's language, as the API writes it), and its actions three levels
// deep, each with its status, progress and own roll-up. Codes link to the actions' pages, keeping asOf.
import type { RecommendationDetail } from './api';
import type { ConsoleActionFragment, ConsoleRollupFragment } from './__generated__/operations';
import { h, type Child } from './dom';
import { lang, pick } from './i18n';
import { at } from './actionText';
import { hashOf } from './urlState';
import { progressBar, statusChip } from './widgets';

/** An action as the page reads it, with its own actions when the query went that deep. */
type Action = ConsoleActionFragment & { children?: Action[] };

const explanation = (r: ConsoleRollupFragment) => (lang() === 'zh' ? r.explanationZh : r.explanationEn);

function rollupLine(r: ConsoleRollupFragment | null, id?: string): Child {
  if (!r) return null;
  return h(
    'p',
    { class: 'rollup', ...(id && { id }), 'data-rule': r.rule },
    h('span', { class: 'muted' }, at('rollupRule', { rule: at(r.rule), version: r.version }), ' · '),
    h('span', { class: 'rollup-arithmetic' }, explanation(r)),
  );
}

function actionList(actions: Action[], asOf: string): HTMLElement {
  return h(
    'ul',
    { class: 'action-tree' },
    actions.map((a) =>
      h(
        'li',
        { class: 'action', 'data-code': a.code },
        h(
          'div',
          { class: 'action-head' },
          h('a', { href: hashOf({ view: 'detail', code: a.code, asOf }), class: 'code' }, a.code),
          ` ${pick(a.titleZh, a.titleEn)} `,
          statusChip(a.status, { 'data-testid': 'action-status' }),
          progressBar(a.progress),
          a.archived ? h('span', { class: 'badge' }, at('archivedAction')) : null,
        ),
        rollupLine(a.rollup),
        a.children?.length ? actionList(a.children, asOf) : null,
      ),
    ),
  );
}

/** The section, or nothing for a top-level record without actions and without a rule. */
export function actionTree(r: RecommendationDetail): HTMLElement | null {
  const asOf = r.asOf ?? '';
  if (!r.parent && !r.children.length && !r.rollup) return null;
  return h(
    'section',
    { class: 'action-section', id: 'rec-actions', 'aria-labelledby': 'actions-title' },
    h('h2', { id: 'actions-title' }, at('actionsTitle')),
    r.parent
      ? h(
          'p',
          { class: 'lineage', id: 'rec-parent' },
          h(
            'a',
            { href: hashOf({ view: 'detail', code: r.parent.code, asOf }) },
            at('partOf', { code: r.parent.code }),
          ),
          ` ${pick(r.parent.titleZh, r.parent.titleEn)}`,
        )
      : null,
    rollupLine(r.rollup, 'rec-rollup'),
    r.children.length ? actionList(r.children, asOf) : h('p', { class: 'muted' }, at('noActions')),
  );
}
