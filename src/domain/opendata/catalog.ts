// /open-data/catalog.jsonld: the open data as a DCAT-AP 3 catalogue, which data portals (CKAN's dcat harvester and
// others) read: one dataset per table, each with its CSV as a distribution, the licence, the publisher, the EU's
// data themes, temporal coverage and modification dates. The context is inline (prefixes only), so that reading
// it never fetches anything. Every node a property points at is typed with the class DCAT-AP's shapes expect,
// because a validator (and a harvester) infers nothing; tests validate it against the shapes (tests/fixtures).
import type { AppContext } from '../../context';
import { LICENCES } from '../../config';
import { coverageOf, modifiedOf, type Coverage } from './coverage';
import { OPEN_TABLES } from './tables';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const EU = 'http://publications.europa.eu/resource/authority';
const DATA_THEMES = `${EU}/data-theme`;
/** The EU's data themes the tracker's data falls under: government and public sector; science and technology. */
const THEMES = [
  { code: 'GOVE', en: 'Government and public sector' },
  { code: 'TECH', en: 'Science and technology' },
];

const en = (value: string) => ({ '@value': value, '@language': 'en' });
const zh = (value: string) => ({ '@value': value, '@language': 'zh' });
const dateTime = (d: Date) => ({ '@value': d.toISOString(), '@type': 'xsd:dateTime' });
const dateOnly = (d: Date) => ({ '@value': d.toISOString().slice(0, 10), '@type': 'xsd:date' });
const resource = (url: string) => ({ '@id': url, '@type': 'rdfs:Resource' });

function temporal(c: Coverage) {
  if (!c.start) return {};
  return {
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': dateOnly(c.start),
      ...(c.end && { 'dcat:endDate': dateOnly(c.end) }),
    },
  };
}

export async function dcatCatalog(ctx: AppContext) {
  const { licence, nameEn, nameZh } = ctx.config.publicSite;
  const origin = ctx.config.publicOrigin;
  const base = `${origin}/open-data/`;
  const coverage = await coverageOf(ctx);
  const modified = modifiedOf(coverage) ?? ctx.now;
  const licenceNode = { '@id': LICENCES[licence].url, '@type': 'dct:LicenseDocument', 'dct:title': en(licence) };
  const publisher = { '@id': `${origin}/#publisher`, '@type': 'foaf:Agent', 'foaf:name': [en(nameEn), zh(nameZh)] };
  const themes = THEMES.map((t) => ({
    '@id': `${DATA_THEMES}/${t.code}`,
    '@type': 'skos:Concept',
    'skos:prefLabel': en(t.en),
    'skos:inScheme': { '@id': DATA_THEMES },
  }));
  const datasets = OPEN_TABLES.map((t) => {
    const c = coverage[t.name];
    const csv = `${base}${t.name}.csv`;
    return {
      '@id': `${base}#${t.name}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': `${base}#${t.name}`,
      'dct:title': en(t.title),
      'dct:description': en(t.description),
      'dct:publisher': { '@id': publisher['@id'] },
      'dcat:theme': themes.map((th) => ({ '@id': th['@id'] })),
      'dcat:keyword': [en('AI governance'), zh('人工智能治理')],
      'dct:modified': dateTime(c.modified ?? modified),
      ...temporal(c),
      'dcat:distribution': {
        '@id': csv,
        '@type': 'dcat:Distribution',
        'dct:title': en(`${t.title} (CSV)`),
        'dct:description': en(`${t.description} Described by ${base}datapackage.json (resource "${t.name}").`),
        'dcat:accessURL': resource(csv),
        'dcat:downloadURL': resource(csv),
        'dcat:mediaType': { '@id': 'http://www.iana.org/assignments/media-types/text/csv', '@type': 'dct:MediaType' },
        'dct:format': { '@id': `${EU}/file-type/CSV`, '@type': 'dct:MediaTypeOrExtent' },
        'dct:license': { '@id': licenceNode['@id'] },
        'dct:modified': dateTime(c.modified ?? modified),
      },
    };
  });
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@id': `${base}catalog.jsonld`,
        '@type': 'dcat:Catalog',
        'dct:title': [en(`${nameEn}: open data`), zh(`${nameZh}：开放数据`)],
        'dct:description': en(
          'The measures of AI-governance policy documents that the tracker follows: their status, progress, ' +
            'public log, indicators and responsible institutions, as CSV with a Frictionless Data Package.',
        ),
        'dct:publisher': { '@id': publisher['@id'] },
        'dct:license': { '@id': licenceNode['@id'] },
        'dct:modified': dateTime(modified),
        'dct:language': { '@id': `${EU}/language/ZHO`, '@type': 'dct:LinguisticSystem' },
        'foaf:homepage': { '@id': `${origin}/`, '@type': 'foaf:Document' },
        'dcat:themeTaxonomy': { '@id': DATA_THEMES },
        'dcat:dataset': datasets.map((d) => ({ '@id': d['@id'] })),
      },
      publisher,
      licenceNode,
      { '@id': DATA_THEMES, '@type': 'skos:ConceptScheme', 'dct:title': en('Data theme') },
      ...themes,
      ...datasets,
    ],
  };
}
