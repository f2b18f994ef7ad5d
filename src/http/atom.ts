// Atom 1.0 (RFC 4287) documents of the change feed. Every text is escaped, and characters XML 1.0 forbids
// (control characters a note might carry) are dropped, so that the document always parses. Titles carry
// both languages in one line, Chinese first: "GOV-RISK-01 风险监测 · Risk monitoring — 记录进展 · Progress logged".
import type { FeedChange } from '../domain/live/changes';

/** The `tag:` URI authority of every id: stable across hosts and instances, as Atom ids must be. */
const TAG = 'tag:ai-governance-tracker,2026-12-01:';

const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const xmlText = (s: string) => s.replace(INVALID_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);

export interface AtomFeed {
  /** Where the feed is, after `tag:…:feed/` in its id: `all`, `theme/SANDBOX`, `recommendation/GOV-RISK-01`. */
  key: string;
  title: string;
  selfUrl: string;
  /** The console page the feed is about. */
  pageUrl: string;
  /** A change's console page, from the recommendation's code. */
  pageOf(code: string): string;
  changes: FeedChange[];
  /** The feed's `updated` when it has no entry yet. */
  emptyUpdated: Date;
}

function entry(feed: AtomFeed, c: FeedChange): string {
  const r = c.recommendation;
  const title = `${r.code} ${r.titleZh} · ${r.titleEn} — ${c.summary.zh} · ${c.summary.en}`;
  // An internal entry's note is "" for a reader who may not read it: the change's line says what happened.
  const summary = c.update?.note || `${c.summary.zh} · ${c.summary.en}`;
  return [
    '  <entry>',
    `    <id>${TAG}change/${c.row.id}</id>`,
    `    <title type="text">${xmlText(title)}</title>`,
    `    <updated>${c.row.createdAt.toISOString()}</updated>`,
    `    <author><name>${xmlText(c.row.actorName)}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${xmlText(feed.pageOf(r.code))}"/>`,
    `    <category term="${xmlText(c.row.kind)}"/>`,
    `    <summary type="text">${xmlText(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}

export function atomDocument(feed: AtomFeed): string {
  const updated = feed.changes[0]?.row.createdAt ?? feed.emptyUpdated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${TAG}feed/${xmlText(feed.key)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.pageUrl)}"/>`,
    '  <author><name>AI-governance tracker</name></author>',
    ...feed.changes.map((c) => entry(feed, c)),
    '</feed>',
    '',
  ].join('\n');
}
