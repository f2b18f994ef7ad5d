// The widgets' HTML: a small card for an iframe, styled inline, with no script, no image and nothing from another
// origin. Every text from the database goes through `esc`, so a title or note holding markup shows as text.
import type { MeasureView, ThemeView } from './widgetData';

export type Lang = 'en' | 'zh';

const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

const WORDS = {
  en: {
    status: {
      NOT_STARTED: 'Not started',
      PLANNED: 'Planned',
      IN_PROGRESS: 'In progress',
      STALLED: 'Stalled',
      IMPLEMENTED: 'Implemented',
      ABANDONED: 'Abandoned',
    } as Record<string, string>,
    health: { ON_TRACK: 'On track', AT_RISK: 'At risk', OVERDUE: 'Overdue' } as Record<string, string>,
    progress: 'Progress',
    due: 'Due',
    latest: 'Latest',
    internal: 'Internal note',
    measures: (n: number) => `${n} measure${n === 1 ? '' : 's'}`,
    average: 'average progress',
    more: 'More on the tracker',
    notFound: 'Nothing is published under this code.',
  },
  zh: {
    status: {
      NOT_STARTED: '未启动',
      PLANNED: '已规划',
      IN_PROGRESS: '推进中',
      STALLED: '停滞',
      IMPLEMENTED: '已落实',
      ABANDONED: '已放弃',
    } as Record<string, string>,
    health: { ON_TRACK: '正常', AT_RISK: '有风险', OVERDUE: '已逾期' } as Record<string, string>,
    progress: '进度',
    due: '目标日期',
    latest: '最新',
    internal: '内部备注',
    measures: (n: number) => `${n} 项措施`,
    average: '平均进度',
    more: '在跟踪平台上查看',
    notFound: '此代码下没有公开内容。',
  },
};

const STYLE = `body{margin:0;font:14px/1.4 system-ui,"Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#fff}
.card{border:1px solid #c8c8c8;border-radius:6px;padding:12px 14px;max-width:560px}
h1{font-size:16px;margin:0 0 4px}h1 .code{color:#555;font-weight:600;margin-right:6px}
.sub{color:#555;margin:0 0 8px;font-size:13px}.row{display:flex;gap:10px;flex-wrap:wrap;align-items:center}
.badge{border:1px solid #888;border-radius:10px;padding:0 8px;font-size:12px}
.bar{flex:1;min-width:120px;height:8px;background:#e6e6e6;border-radius:4px;overflow:hidden}
.bar span{display:block;height:100%;background:#1f6f43}ul{margin:8px 0 0;padding-left:18px}
.note{margin:8px 0 0;color:#333}a{color:#0b57a4}footer{margin-top:8px;font-size:12px}`;

function page(lang: Lang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><main class="card">${body}</main></body></html>`;
}

const bar = (progress: number, label: string) =>
  `<span class="bar" role="img" aria-label="${esc(`${label} ${progress}%`)}"><span style="width:${Math.max(0, Math.min(100, progress))}%"></span></span>`;

/** The public page a widget links to (opened outside the frame). */
const link = (href: string, text: string) => `<a href="${esc(href)}" target="_blank" rel="noopener">${esc(text)}</a>`;

export function measureWidget(m: MeasureView, lang: Lang, pageUrl: string): string {
  const w = WORDS[lang];
  const title = lang === 'zh' ? m.titleZh : m.titleEn;
  const latest = m.updates[0];
  // An anonymous reader (every widget's) gets an internal entry without its text: it says so, as public pages do.
  const note = latest && (latest.visibility === 'INTERNAL' ? w.internal : latest.note);
  const body = `<h1><span class="code">${esc(m.code)}</span>${esc(title)}</h1>
<p class="sub">${esc(lang === 'zh' ? m.theme.nameZh : m.theme.nameEn)} · ${esc(lang === 'zh' ? m.document.titleZh : m.document.titleEn)}</p>
<div class="row"><span class="badge">${esc(w.status[m.status] ?? m.status)}</span><span class="badge">${esc(w.health[m.health] ?? m.health)}</span>
${bar(m.progress, w.progress)}<span>${m.progress}%</span></div>
${m.targetDate ? `<p class="sub">${esc(w.due)}: ${esc(m.targetDate)}</p>` : ''}
${latest ? `<p class="note">${esc(w.latest)} (${esc(latest.occurredOn)}): ${esc(note)}</p>` : ''}
<footer>${link(pageUrl, w.more)}</footer>`;
  return page(lang, `${m.code} ${title}`, body);
}

export function themeWidget(t: ThemeView, lang: Lang, pageUrl: string, measureUrl: (code: string) => string) {
  const w = WORDS[lang];
  const name = lang === 'zh' ? t.nameZh : t.nameEn;
  const items = t.measures
    .map(
      (m) =>
        `<li>${link(measureUrl(m.code), m.code)} ${esc(lang === 'zh' ? m.titleZh : m.titleEn)} — ${esc(w.status[m.status] ?? m.status)}, ${m.progress}%</li>`,
    )
    .join('');
  const average = Math.round(t.averageProgress);
  const body = `<h1><span class="code">${esc(t.code)}</span>${esc(name)}</h1>
<p class="sub">${esc(lang === 'zh' ? t.document.titleZh : t.document.titleEn)}</p>
<div class="row"><span>${esc(w.measures(t.total))}</span>${bar(average, w.average)}<span>${average}% ${esc(w.average)}</span></div>
<ul>${items}</ul>
<footer>${link(pageUrl, w.more)}</footer>`;
  return page(lang, `${t.code} ${name}`, body);
}

export const notFoundWidget = (lang: Lang) => page(lang, '404', `<p>${esc(WORDS[lang].notFound)}</p>`);
