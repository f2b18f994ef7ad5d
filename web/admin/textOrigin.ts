// Where a record's titles and summaries came from (Recommendation.textOrigin): a text that an edit, an import or
// a catalog revision wrote stays a draft until a named reviewer signs it, so the page marks it beside the text.
import type { RecommendationDetail } from './api';
import { h, type Child } from './dom';
import { lang, t } from './i18n';

type TextField = keyof RecommendationDetail['textOrigin'];

/** "draft" / "草稿" beside a DRAFT text, after a space; screen readers hear which text is the draft. */
export function draftBadge(r: RecommendationDetail, field: TextField): Child {
  if (r.textOrigin[field] !== 'DRAFT') return null;
  return [
    ' ',
    h(
      'span',
      { class: 'badge draft-badge', 'data-draft': field },
      h('span', { 'aria-hidden': 'true' }, t('draft')),
      h('span', { class: 'visually-hidden' }, t('draftLabel', { text: t(field) })),
    ),
  ];
}

/** The summary in the console's language: Chinese when it is Chinese and the record has one, else English. */
export function summarySection(r: RecommendationDetail): HTMLElement {
  const field: TextField = lang() === 'zh' && r.summaryZh.trim() !== '' ? 'summaryZh' : 'summaryEn';
  return h(
    'section',
    { class: 'summary', id: 'rec-summary', 'data-field': field, 'aria-label': t(field) },
    h('h2', null, t(field), draftBadge(r, field)),
    h('p', { lang: field === 'summaryZh' ? 'zh-CN' : 'en' }, r[field]),
  );
}
