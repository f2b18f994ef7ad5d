// Every word the public pages show, in both languages: one table, so that a page never mixes them.
import type { DocumentKind, IndicatorStatus, RecommendationStatus } from '../../generated/prisma/client';
import type { Health } from '../../domain/health';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

export const STATUS_WORDS: Record<RecommendationStatus, Record<Lang, string>> = {
  NOT_STARTED: { en: 'Not started', zh: '未启动' },
  PLANNED: { en: 'Planned', zh: '已规划' },
  IN_PROGRESS: { en: 'In progress', zh: '推进中' },
  STALLED: { en: 'Stalled', zh: '停滞' },
  IMPLEMENTED: { en: 'Implemented', zh: '已落实' },
  ABANDONED: { en: 'Abandoned', zh: '已放弃' },
};

export const HEALTH_WORDS: Record<Health, Record<Lang, string>> = {
  ON_TRACK: { en: 'On track', zh: '正常' },
  AT_RISK: { en: 'At risk', zh: '有风险' },
  OVERDUE: { en: 'Overdue', zh: '已逾期' },
  DONE: { en: 'Done', zh: '已结束' },
};

export const INDICATOR_WORDS: Record<IndicatorStatus, Record<Lang, string>> = {
  ACHIEVED: { en: 'Achieved', zh: '已达成' },
  ON_TRACK: { en: 'On track', zh: '符合进度' },
  OFF_TRACK: { en: 'Off track', zh: '偏离进度' },
  NO_DATA: { en: 'No data', zh: '暂无数据' },
};

export const KIND_WORDS: Record<DocumentKind, Record<Lang, string>> = {
  ARTICLE: { en: 'Article', zh: '文章' },
  LAW: { en: 'Law', zh: '法律' },
  REGULATION: { en: 'Regulation', zh: '法规' },
  PLAN: { en: 'Plan', zh: '规划' },
  SPEECH: { en: 'Speech', zh: '讲话' },
  OTHER: { en: 'Document', zh: '文件' },
};

const WORDS = {
  home: { en: 'Home', zh: '首页' },
  documents: { en: 'Documents', zh: '文件' },
  themes: { en: 'Themes', zh: '主题' },
  measures: { en: 'Measures', zh: '措施' },
  search: { en: 'Search', zh: '搜索' },
  searchLabel: { en: 'Search the measures', zh: '搜索措施' },
  methodology: { en: 'Methodology', zh: '方法说明' },
  otherLanguage: { en: '中文', zh: 'English' },
  otherLanguageName: { en: 'Chinese', zh: '英文' },
  figures: { en: 'Headline figures', zh: '主要数据' },
  total: { en: 'Measures tracked', zh: '跟踪的措施' },
  averageProgress: { en: 'Average progress', zh: '平均进度' },
  byStatus: { en: 'By status', zh: '按状态' },
  byHealth: { en: 'By health', zh: '按健康度' },
  status: { en: 'Status', zh: '状态' },
  progress: { en: 'Progress', zh: '进度' },
  health: { en: 'Health', zh: '健康度' },
  owners: { en: 'Owners', zh: '负责机构' },
  noOwners: { en: 'No owner is named yet.', zh: '尚未指定负责机构。' },
  targetDate: { en: 'Target date', zh: '目标日期' },
  noTargetDate: { en: 'None set', zh: '未设定' },
  quote: { en: 'What the document says', zh: '原文' },
  document: { en: 'Document', zh: '文件' },
  theme: { en: 'Theme', zh: '主题' },
  partOf: { en: 'Part of', zh: '隶属于' },
  indicators: { en: 'Indicators', zh: '指标' },
  noIndicators: { en: 'No indicator is defined.', zh: '尚未设定指标。' },
  baseline: { en: 'Baseline', zh: '基线' },
  target: { en: 'Target', zh: '目标' },
  period: { en: 'Period ending', zh: '截止期' },
  value: { en: 'Value', zh: '数值' },
  kind: { en: 'Kind', zh: '类别' },
  code: { en: 'Code', zh: '编号' },
  actions: { en: 'Actions', zh: '行动' },
  noActions: { en: 'No actions.', zh: '暂无行动。' },
  rollup: { en: 'Roll-up', zh: '汇总' },
  log: { en: 'Public log', zh: '公开记录' },
  noLog: { en: 'Nothing has been logged yet.', zh: '尚无记录。' },
  internalNote: { en: 'Internal note', zh: '内部备注' },
  evidence: { en: 'Evidence', zh: '证据' },
  archivedCopy: { en: 'archived copy', zh: '存档副本' },
  definition: { en: 'definition', zh: '定义' },
  results: { en: 'Results', zh: '结果' },
  noResults: { en: 'No measure matches.', zh: '没有匹配的措施。' },
  searchPrompt: { en: 'Type words in Chinese or English.', zh: '请输入中文或英文关键词。' },
  notFoundTitle: { en: 'Page not found', zh: '页面不存在' },
  notFoundText: { en: 'There is no such page on this site.', zh: '本站没有这个页面。' },
  goHome: { en: 'Go to the home page', zh: '返回首页' },
  badSearchTitle: { en: 'This search cannot be run', zh: '无法执行此搜索' },
  signInTitle: { en: 'Sign in to read', zh: '请登录后阅读' },
  signInText: {
    en: 'This tracker is not public: sign in on the console, then come back to this page.',
    zh: '本跟踪站点不公开：请在控制台登录后再返回本页。',
  },
  signIn: { en: 'Sign in', zh: '登录' },
  published: { en: 'Published', zh: '发布日期' },
  author: { en: 'Author', zh: '作者' },
  source: { en: 'Source', zh: '来源' },
  chartOf: { en: 'Chart of', zh: '图表：' },
  version: { en: 'Version', zh: '版本' },
  skip: { en: 'Skip to the content', zh: '跳到正文' },
} as const;

export type Word = keyof typeof WORDS;

/** A word in a language. */
export const t = (lang: Lang, word: Word): string => WORDS[word][lang];

/** A record's, theme's or document's name in the page's language (the other when a translation is empty). */
export const named = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh || en : en || zh);

export const formatDate = (d: Date): string => d.toISOString().slice(0, 10);
