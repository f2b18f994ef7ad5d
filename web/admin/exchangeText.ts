// The strings of the export control and the status report, in both languages (kept beside i18n.ts so that
// these features stay in their own modules).
import { translator } from './i18n';

const en = {
  export: 'Export',
  exportCatalog: 'Catalog',
  exportProgress: 'Progress log',
  exportHint: 'The list as the filters above show it; as of the report date on the report page.',
  exportFailed: 'Export failed: {message}',
  navReport: 'Status report',
  reportTitle: 'Status report on the AI-governance recommendations',
  reportAsOf: 'As of {date}',
  reportDate: 'Report date',
  print: 'Print / save as PDF',
  figures: 'Figures',
  total: 'Recommendations',
  averageProgress: 'Average progress',
  implemented: 'Implemented',
  inProgress: 'In progress',
  overdue: 'Overdue',
  atRisk: 'At risk',
  byTheme: 'By theme',
  code: 'Code',
  recommendation: 'Recommendation',
  status: 'Status',
  progress: 'Progress',
  health: 'Health',
  latest: 'Latest entry',
  none: 'No entry yet',
  loading: 'Loading the report…',
  generated:
    'Generated {when} from the tracker’s public API; status and progress replayed from the log as of the report date.',
};
type Key = keyof typeof en;

const zh: Record<Key, string> = {
  export: '导出',
  exportCatalog: '建议清单',
  exportProgress: '进展日志',
  exportHint: '按上方筛选条件导出；在报告页按报告日期导出。',
  exportFailed: '导出失败：{message}',
  navReport: '进展报告',
  reportTitle: '人工智能治理建议落实情况报告',
  reportAsOf: '截至 {date}',
  reportDate: '报告日期',
  print: '打印 / 存为 PDF',
  figures: '总体数字',
  total: '建议总数',
  averageProgress: '平均进度',
  implemented: '已落实',
  inProgress: '推进中',
  overdue: '已逾期',
  atRisk: '有风险',
  byTheme: '分主题',
  code: '编号',
  recommendation: '建议',
  status: '状态',
  progress: '进度',
  health: '健康度',
  latest: '最新进展',
  none: '尚无记录',
  loading: '正在生成报告…',
  generated: '生成于 {when}，数据来自跟踪系统公开 API；状态与进度按报告日期由日志回放。',
};

export const tx = translator(en, zh);
