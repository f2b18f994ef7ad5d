// The published methodology (/en/methodology, /zh/methodology): what each status means and needs, the health
// rules, the indicator status formula, the roll-up rules, the review rules and how quotes are checked. The numbers
// in it are the server's own settings and the formula's own text, so that the page cannot drift from the code.
// Every number a public page shows links to one of these rules by its anchor (ruleHref).
import type { Config } from '../../config';
import type { RecommendationStatus } from '../../generated/prisma/client';
import type { Health } from '../../domain/health';
import { TRANSITIONS } from '../../domain/log/lifecycle';
import { STATUS_FORMULA, STATUS_FORMULA_VERSION } from '../../domain/indicators/status';
import { html, type Html } from './html';
import { HEALTH_WORDS, STATUS_WORDS, t, type Lang } from './words';

/** The methodology's version: a change to any rule below gets a new one, and the page says which is in force. */
const METHODOLOGY_VERSION = '2026-12-08.1';

export type RuleAnchor =
  | `status-${RecommendationStatus}`
  | `health-${Health}`
  | 'progress'
  | 'figures'
  | 'indicator-status'
  | 'rollup'
  | 'review'
  | 'quotes';

const ruleHref = (lang: Lang, anchor: RuleAnchor): string => `/${lang}/methodology#${anchor}`;

/** A number on a page, linked to the rule that made it. */
export const ruled = (lang: Lang, anchor: RuleAnchor, shown: string | number): Html =>
  html`<a class="n" href="${ruleHref(lang, anchor)}">${String(shown)}</a>`;

const STATUS_RULES: Record<RecommendationStatus, Record<Lang, string>> = {
  NOT_STARTED: { en: 'Nothing has been done yet. Progress is 0.', zh: '尚未开展任何工作，进度为 0。' },
  PLANNED: {
    en: 'An owner has put it in a plan, with a date or a budget; a link to the plan is the evidence.',
    zh: '负责机构已将其列入计划（有日期或预算），以计划文本的链接为证据。',
  },
  IN_PROGRESS: {
    en: 'Work has started: a rule drafted, a pilot running. Each entry cites what shows it.',
    zh: '工作已开始（规则起草、试点运行等），每条记录引用相应证据。',
  },
  STALLED: {
    en: 'Work started and then stopped, with no sign of activity; the entry says why it is judged so.',
    zh: '工作开始后停止，无进展迹象；记录说明判断理由。',
  },
  IMPLEMENTED: {
    en: 'Done as the document asked. Progress is 100, and at least one evidence link is required.',
    zh: '已按文件要求完成。进度为 100，且至少需要一条证据链接。',
  },
  ABANDONED: {
    en: 'Dropped. Only an admin, or a reviewer approving a proposal, records it, with a reason.',
    zh: '已放弃。只有管理员或批准提议的审核人可以记录，并须说明理由。',
  },
};

function statusSection(lang: Lang): Html {
  const rows = (Object.keys(STATUS_RULES) as RecommendationStatus[]).map(
    (s) =>
      html`<tr id="status-${s}">
        <th scope="row">${STATUS_WORDS[s][lang]}</th>
        <td>${STATUS_RULES[s][lang]}</td>
        <td>${TRANSITIONS[s].map((n) => STATUS_WORDS[n][lang]).join(', ')}</td>
      </tr>`,
  );
  const head = lang === 'zh' ? ['状态', '含义与所需证据', '可转入'] : ['Status', 'Meaning and evidence', 'May move to'];
  return html`<h2 id="statuses">${t(lang, 'status')}</h2>
    <table>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
    <p id="progress">
      ${
        lang === 'zh'
          ? '进度是 0 到 100 的百分比，由分析员随每条记录填写；有行动并设定汇总规则的措施，其进度由汇总规则计算（见下文）。'
          : 'Progress is a percentage from 0 to 100, given by the analyst with each log entry; a measure whose actions roll up takes its progress from its roll-up rule (below).'
      }
    </p>`;
}

function healthSection(lang: Lang, c: Config): Html {
  const h = c.health;
  const rules: Record<Health, Record<Lang, string>> = {
    DONE: { en: 'The status is Implemented or Abandoned.', zh: '状态为已落实或已放弃。' },
    OVERDUE: { en: 'Open, and the target date has passed.', zh: '未结束，且目标日期已过。' },
    AT_RISK: {
      en: `Open and not overdue, and either nothing was logged for ${h.staleDays} days, or an indicator is off track, or the target date is within ${h.dueSoonDays} days while progress is below ${h.dueSoonMinProgress}%.`,
      zh: `未结束且未逾期，并且：${h.staleDays} 天内没有记录，或有指标偏离进度，或距目标日期不足 ${h.dueSoonDays} 天而进度低于 ${h.dueSoonMinProgress}%。`,
    },
    ON_TRACK: { en: 'Open, and none of the rules above applies.', zh: '未结束，且不符合以上任何一条。' },
  };
  return html`<h2 id="health">${t(lang, 'health')}</h2>
    <p>
      ${lang === 'zh' ? '健康度由系统计算，不由人工填写。按顺序取第一条符合的规则：' : 'Health is computed, never typed. The first rule that applies, in this order:'}
    </p>
    <dl>
      ${(['DONE', 'OVERDUE', 'AT_RISK', 'ON_TRACK'] as const).map(
        (k) =>
          html`<dt id="health-${k}">${HEALTH_WORDS[k][lang]}</dt>
            <dd>${rules[k][lang]}</dd>`,
      )}
    </dl>`;
}

function indicatorSection(lang: Lang, c: Config): Html {
  return html`<h2 id="indicator-status">${lang === 'zh' ? '指标状态公式' : 'The indicator status formula'}</h2>
    <p>
      ${
        lang === 'zh'
          ? `公式版本 ${STATUS_FORMULA_VERSION}，容差 ${c.indicatorTolerance}（基线到目标距离的比例）。公式原文如下：`
          : `Formula ${STATUS_FORMULA_VERSION}, with a tolerance of ${c.indicatorTolerance} (a share of the distance from baseline to target):`
      }
    </p>
    <blockquote lang="en">${STATUS_FORMULA}</blockquote>`;
}

function rollupSection(lang: Lang): Html {
  const en = [
    'Mean: the mean of the counted actions’ progress, rounded half up to a whole percentage.',
    'Weighted mean: the same, each action weighted; an action weighted 0 does not count.',
    'Least: the lowest progress among the counted actions.',
    'Manual: no roll-up; progress is logged as for any measure.',
    'Archived and abandoned actions never count. With no counted action, the measure keeps the progress it had.',
  ];
  const zh = [
    '平均：计入的行动进度的平均值，四舍五入为整数百分比。',
    '加权平均：同上，按权重计算；权重为 0 的行动不计入。',
    '最小值：计入的行动中最低的进度。',
    '手动：不汇总，进度按普通措施填写。',
    '已归档和已放弃的行动不计入；没有计入的行动时，措施保持原有进度。',
  ];
  return html`<h2 id="rollup">${t(lang, 'rollup')}</h2>
    <ul>
      ${(lang === 'zh' ? zh : en).map((l) => html`<li>${l}</li>`)}
    </ul>`;
}

function reviewSection(lang: Lang, c: Config): Html {
  const decisive = c.reviewStatuses.map((s) => STATUS_WORDS[s][lang]).join(lang === 'zh' ? '、' : ', ');
  return html`<h2 id="review">${lang === 'zh' ? '审核规则' : 'The review rules'}</h2>
    <p>
      ${
        lang === 'zh'
          ? `转入关键状态（${decisive || '无'}）的记录，如非管理员所写，只是一项提议：须由另一名审核人或管理员批准后才生效。`
          : `A move into a decisive status (${decisive || 'none'}) logged by anyone but an admin is only a proposal: it counts once another reviewer or an admin approves it.`
      }
    </p>`;
}

function quoteSection(lang: Lang): Html {
  return html`<h2 id="quotes">${lang === 'zh' ? '引文核对' : 'How quotes are checked'}</h2>
    <p>
      ${
        lang === 'zh'
          ? '每项顶层措施逐字引用其文件原文：保存时在文件全文中查找该引文（忽略空白和加粗标记），找不到即拒绝；同一文件的两项措施引文不得重叠。行动沿用其上级措施的引文。'
          : 'Every top-level measure quotes its document verbatim: the quote is looked up in the document’s full text when it is saved (ignoring white space and bold markers), and refused when it is not found; no two measures of one document may quote overlapping text. An action shows its parent’s quote.'
      }
    </p>`;
}

function figuresSection(lang: Lang): Html {
  return html`<h2 id="figures">${lang === 'zh' ? '汇总数据' : 'Headline figures'}</h2>
    <p>
      ${
        lang === 'zh'
          ? '首页数据只计顶层、未归档的措施：总数、平均进度（保留一位小数）、按状态和健康度的计数。'
          : 'The home page counts top-level, unarchived measures: their number, their average progress (to one decimal), and their counts by status and by health.'
      }
    </p>`;
}

/** The methodology's body, in one language. */
export function methodologyBody(lang: Lang, config: Config): Html {
  return html`<p>${t(lang, 'version')} ${METHODOLOGY_VERSION}</p>
    ${statusSection(lang)} ${healthSection(lang, config)} ${indicatorSection(lang, config)} ${rollupSection(lang)}
    ${reviewSection(lang, config)} ${quoteSection(lang)} ${figuresSection(lang)}`;
}
