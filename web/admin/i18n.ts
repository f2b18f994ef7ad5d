// UI strings in English and Chinese. The choice is kept in localStorage; titles follow it too
// (titleEn or titleZh, nameEn or nameZh).
import { dayEn, dayZh } from './dayStrings';
import { evidenceEn, evidenceZh } from './evidenceStrings';
import type {
  Health,
  OwnerKind,
  Pillar,
  SearchMatchField,
  RecommendationStatus as Status,
} from './__generated__/operations';

export type Lang = 'en' | 'zh';
const LANG_KEY = 'tracker.lang';

const en = {
  stewardTitle: 'Owners and target date',
  splitInto: 'Split by a catalog revision into:',
  splitFromNote: 'Split from {code} by a catalog revision.',
  ownersField: 'Owners (the first is the lead)',
  addOwner: 'Institution to add',
  addOwnerButton: 'Add',
  removeOwner: 'Remove {name}',
  saveOwners: 'Save owners',
  targetDateField: 'New target date (empty: none)',
  targetReason: 'Reason for the change',
  saveTargetDate: 'Save target date',
  reasonRequired: 'Give a reason for the new target date.',
  stewardSaved: 'Saved.',
  appTitle: 'AI governance tracker',
  appSubtitle: 'Analyst console',
  navCatalog: 'Catalog',
  navPlayground: 'GraphQL playground',
  langToggle: '中文',
  langToggleLabel: 'Switch the interface to Chinese',
  filters: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Words in Chinese or English: titles, quote, owners, log notes',
  matchedIn: 'matched in:',
  status: 'Status',
  theme: 'Theme',
  pillar: 'Pillar',
  health: 'Health',
  all: 'All',
  clearFilters: 'Clear filters',
  total: 'Recommendations',
  averageProgress: 'Average progress',
  implemented: 'Implemented',
  overdue: 'Overdue',
  atRisk: 'At risk',
  statusByTheme: 'Status by theme',
  statusByThemeNote: 'Among the recommendations listed below.',
  monthly: 'Status at the end of each month, last 12 months',
  themeStats: '{implemented}/{total} implemented · average {avg}%',
  chartSummary: '{name}: {counts}',
  catalogCaption: 'Recommendations, grouped by pillar and theme',
  code: 'Code',
  recommendation: 'Recommendation',
  progress: 'Progress',
  owners: 'Owners',
  targetDate: 'Target date',
  noMatch: 'No recommendation matches these filters.',
  loading: 'Loading…',
  showing: '{count} of {total} recommendations',
  loadFailed: 'Could not load: {message}',
  networkError: 'The server did not answer. Check that it is running and try again.',
  back: 'Back to catalog',
  quote: 'Verbatim quote from the source',
  summaryEn: 'Summary (English)',
  summaryZh: 'Summary (Chinese)',
  draft: 'draft',
  draftLabel: '{text}: a draft, not yet reviewed',
  titleEn: 'English title',
  titleZh: 'Chinese title',
  noOwners: 'None assigned',
  notSet: 'Not set',
  noTarget: 'No target',
  chartsTitle: 'Charts',
  lastProgress: 'Last progress',
  never: 'Never',
  lastChanged: 'Last changed {when}',
  document: 'Source document',
  history: 'History',
  noEntries: 'No entries yet.',
  loggedBy: 'Logged by {actor} on {when}',
  corrects: 'Corrects the entry of {date}',
  evidence: 'Evidence',
  logProgress: 'Log progress',
  note: 'Note',
  newStatus: 'New status',
  unchanged: 'unchanged',
  progressField: 'Progress (0–100)',
  progressHint: 'Leave empty to keep {progress}%.',
  evidenceField: 'Evidence links (one per line)',
  evidenceHint: 'http or https links; required to move to Implemented.',
  internalField: 'Internal note',
  internalHint: 'Only signed-in users of the tracker read its note and evidence; the public sees the change alone.',
  internalChip: 'Internal',
  occurredOn: 'Date it happened',
  reason: 'Reason (required to abandon)',
  submit: 'Save entry',
  saving: 'Saving…',
  saved: 'Entry saved. Status and history are up to date.',
  reload: 'Reload',
  hintUnauthenticated: 'Sign in (at the top of the page) to save.',
  hintForbidden: 'Your account may read but not log progress.',
  hintConflict:
    'Someone changed this recommendation since you loaded it. Reload, check the latest entry, then submit again (your text is kept).',
  formAnonymous: 'You are not signed in: the server will refuse to save. Sign in at the top of the page.',
  formViewer: 'You are signed in as a viewer: the server will refuse to save.',
  notFound: 'There is no recommendation with code {code}.',
  archived: 'Archived',
  ...dayEn,
  ...evidenceEn,
};

export const t = translator(en, {
  stewardTitle: '责任单位与目标日期',
  splitInto: '已在目录修订中拆分为：',
  splitFromNote: '由 {code} 在目录修订中拆分而来。',
  ownersField: '责任单位（第一个为牵头单位）',
  addOwner: '要添加的单位',
  addOwnerButton: '添加',
  removeOwner: '移除{name}',
  saveOwners: '保存责任单位',
  targetDateField: '新的目标日期（留空：不设）',
  targetReason: '变更原因',
  saveTargetDate: '保存目标日期',
  reasonRequired: '请填写目标日期变更的原因。',
  stewardSaved: '已保存。',
  appTitle: '人工智能治理建议追踪',
  appSubtitle: '分析员控制台',
  navCatalog: '建议目录',
  navPlayground: 'GraphQL 调试台',
  langToggle: 'English',
  langToggleLabel: '将界面切换为英文',
  filters: '筛选',
  search: '搜索',
  searchPlaceholder: '中文或英文词语：标题、原文、负责单位、进展记录',
  matchedIn: '匹配于：',
  status: '状态',
  theme: '主题',
  pillar: '板块',
  health: '健康度',
  all: '全部',
  clearFilters: '清除筛选',
  total: '建议总数',
  averageProgress: '平均进度',
  implemented: '已落实',
  overdue: '已逾期',
  atRisk: '有风险',
  statusByTheme: '各主题状态分布',
  statusByThemeNote: '按下方列出的建议统计。',
  monthly: '近 12 个月各月末状态',
  themeStats: '已落实 {implemented}/{total} · 平均进度 {avg}%',
  chartSummary: '{name}：{counts}',
  catalogCaption: '建议列表，按板块和主题分组',
  code: '编号',
  recommendation: '建议',
  progress: '进度',
  owners: '责任主体',
  targetDate: '目标日期',
  noMatch: '没有符合筛选条件的建议。',
  loading: '加载中…',
  showing: '共 {total} 条建议，显示 {count} 条',
  loadFailed: '加载失败：{message}',
  networkError: '服务器没有响应。请确认服务正在运行后重试。',
  back: '返回目录',
  quote: '原文引述',
  summaryEn: '英文摘要',
  summaryZh: '中文摘要',
  draft: '草稿',
  draftLabel: '{text}：草稿，尚未审定',
  titleEn: '英文标题',
  titleZh: '中文标题',
  noOwners: '尚未指定',
  notSet: '未设定',
  noTarget: '无目标日期',
  chartsTitle: '图表',
  lastProgress: '最近进展',
  never: '暂无',
  lastChanged: '最后修改于 {when}',
  document: '来源文件',
  history: '进展记录',
  noEntries: '暂无记录。',
  loggedBy: '{actor} 于 {when} 登记',
  corrects: '更正 {date} 的记录',
  evidence: '证据',
  logProgress: '登记进展',
  note: '说明',
  newStatus: '新状态',
  unchanged: '不变',
  progressField: '进度（0–100）',
  progressHint: '留空则保持 {progress}%。',
  evidenceField: '证据链接（每行一个）',
  evidenceHint: 'http 或 https 链接；改为“已落实”时必填。',
  internalField: '内部备注',
  internalHint: '只有登录本系统的用户能看到说明和证据；公众只看到状态和进度的变化。',
  internalChip: '内部',
  occurredOn: '发生日期',
  reason: '原因（放弃时必填）',
  submit: '保存记录',
  saving: '保存中…',
  saved: '记录已保存，状态和进展记录已更新。',
  reload: '重新加载',
  hintUnauthenticated: '请先在页面顶部登录，再保存。',
  hintForbidden: '您的账号只能查看，不能登记进展。',
  hintConflict: '在您加载之后，已有人修改了这条建议。请重新加载并查看最新记录后再提交（已填写的内容会保留）。',
  formAnonymous: '您尚未登录，服务器将拒绝保存。请在页面顶部登录。',
  formViewer: '您以只读账号登录，服务器将拒绝保存。',
  notFound: '找不到编号为 {code} 的建议。',
  archived: '已归档',
  ...dayZh,
  ...evidenceZh,
});

const statusNames: Record<Lang, Record<Status, string>> = {
  en: {
    NOT_STARTED: 'Not started',
    PLANNED: 'Planned',
    IN_PROGRESS: 'In progress',
    STALLED: 'Stalled',
    IMPLEMENTED: 'Implemented',
    ABANDONED: 'Abandoned',
  },
  zh: {
    NOT_STARTED: '未启动',
    PLANNED: '已规划',
    IN_PROGRESS: '推进中',
    STALLED: '停滞',
    IMPLEMENTED: '已落实',
    ABANDONED: '已放弃',
  },
};
const healthNames: Record<Lang, Record<Health, string>> = {
  en: { ON_TRACK: 'On track', AT_RISK: 'At risk', OVERDUE: 'Overdue', DONE: 'Done' },
  zh: { ON_TRACK: '正常', AT_RISK: '有风险', OVERDUE: '已逾期', DONE: '已完结' },
};
const pillarNames: Record<Lang, Record<Pillar, string>> = {
  en: { GOVERNANCE: 'Governance', DEVELOPMENT: 'Development' },
  zh: { GOVERNANCE: '治理', DEVELOPMENT: '发展' },
};
const matchFieldNames: Record<Lang, Record<SearchMatchField, string>> = {
  en: {
    CODE: 'code',
    TITLE: 'title',
    SUMMARY: 'summary',
    QUOTE: 'quote',
    THEME: 'theme',
    OWNER: 'owner',
    LOG_NOTE: 'log note',
  },
  zh: {
    CODE: '编号',
    TITLE: '标题',
    SUMMARY: '摘要',
    QUOTE: '原文',
    THEME: '主题',
    OWNER: '负责单位',
    LOG_NOTE: '进展记录',
  },
};
const ownerKindNames: Record<Lang, Record<OwnerKind, string>> = {
  en: {
    MINISTRY: 'Ministry',
    REGULATOR: 'Regulator',
    LOCAL_GOVERNMENT: 'Local government',
    ENTERPRISE: 'Enterprise',
    INDUSTRY_BODY: 'Industry body',
    ACADEMIA: 'Academia',
    INTERNATIONAL_BODY: 'International body',
    OTHER: 'Other',
  },
  zh: {
    MINISTRY: '部委',
    REGULATOR: '监管机构',
    LOCAL_GOVERNMENT: '地方政府',
    ENTERPRISE: '企业',
    INDUSTRY_BODY: '行业组织',
    ACADEMIA: '学术机构',
    INTERNATIONAL_BODY: '国际组织',
    OTHER: '其他',
  },
};

function initialLang(): Lang {
  try {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved === 'en' || saved === 'zh') return saved;
  } catch {
    // storage disabled: fall back to the browser's language
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

let current: Lang = initialLang();

export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(LANG_KEY, next);
  } catch {
    // not remembered, still applied
  }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/**
 * The translation function of a string table in both languages (this module's, followText.ts, reviewText.ts,
 * exchangeText.ts), in the current language. The Chinese table must have exactly the English one's keys. A
 * placeholder without a value stays as written, so that a missing one shows.
 */
export function translator<K extends string>(en: Record<K, string>, zh: NoInfer<Record<K, string>>) {
  return (key: K, vars: Record<string, string | number> = {}): string =>
    (current === 'zh' ? zh : en)[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The name of an enum value in the current language, or the value itself when the table lacks it. */
const namer =
  <T extends string>(names: Record<Lang, Record<T, string>>) =>
  (value: T): string =>
    names[current][value] ?? value;

export const statusName = namer(statusNames);
export const healthName = namer(healthNames);
export const pillarName = namer(pillarNames);
export const ownerKindName = namer(ownerKindNames);
export const matchFieldName = namer(matchFieldNames);

/** titleZh/titleEn or nameZh/nameEn, whichever the language asks for (falling back to the other). */
export const pick = (zhText: string, enText: string): string =>
  current === 'zh' ? zhText || enText : enText || zhText;

// One date style in both languages, for display and input alike: ISO-like 2026-11-20 (dates.ts).
export { formatInstant, formatMonth } from './dates';
