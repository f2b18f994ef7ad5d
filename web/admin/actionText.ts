// The strings of a record's actions and roll-up (actionTree.ts), in both languages, kept beside i18n.ts as
// followText.ts is, so that this feature stays in its own modules.
import { translator } from './i18n';

const en = {
  actionsTitle: 'Actions',
  partOf: 'An action of {code}',
  rollupRule: 'Roll-up: {rule}, version {version}',
  noActions: 'No actions.',
  archivedAction: 'archived',
  MEAN: 'mean',
  WEIGHTED_MEAN: 'weighted mean',
  MIN: 'least',
  MANUAL: 'manual',
};

export const at = translator(en, {
  actionsTitle: '子行动',
  partOf: '{code} 的子行动',
  rollupRule: '汇总规则：{rule}，第 {version} 版',
  noActions: '没有子行动。',
  archivedAction: '已归档',
  MEAN: '平均',
  WEIGHTED_MEAN: '加权平均',
  MIN: '最小值',
  MANUAL: '手动',
});
