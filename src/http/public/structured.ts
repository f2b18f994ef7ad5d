// JSON-LD for the pages (schema.org): a document as the type its kind names, a measure as a part of it, the
// lists as collections. Data only: layout.ts writes it through jsonLd, which escapes it.
import type { DocumentKind, SourceDocument } from '../../generated/prisma/client';
import type { Config } from '../../config';
import { pageUrl, siteName } from './layout';
import { formatDate, named, type Lang } from './words';

/** The schema.org type of a document's kind: an article, a law or regulation, or any other work. */
const SCHEMA_TYPE: Record<DocumentKind, 'Article' | 'Legislation' | 'CreativeWork'> = {
  ARTICLE: 'Article',
  LAW: 'Legislation',
  REGULATION: 'Legislation',
  PLAN: 'CreativeWork',
  SPEECH: 'CreativeWork',
  OTHER: 'CreativeWork',
};

export function documentLd(config: Config, lang: Lang, d: SourceDocument): Record<string, unknown> {
  return {
    '@type': SCHEMA_TYPE[d.kind],
    '@id': pageUrl(config, 'en', `documents/${encodeURIComponent(d.slug)}`),
    name: named(lang, d.titleZh, d.titleEn),
    headline: named(lang, d.titleZh, d.titleEn),
    alternateName: lang === 'zh' ? d.titleEn : d.titleZh,
    ...(d.author && { author: { '@type': 'Person', name: d.author } }),
    ...(d.publisher && { publisher: { '@type': 'Organization', name: d.publisher } }),
    ...(d.publishedOn && { datePublished: formatDate(d.publishedOn) }),
    ...(d.url && { sameAs: d.url }),
  };
}

export const collectionLd = (config: Config, lang: Lang, name: string): Record<string, unknown> => ({
  '@type': 'CollectionPage',
  name,
  isPartOf: { '@type': 'WebSite', name: siteName(config, lang), url: pageUrl(config, lang, '') },
});
