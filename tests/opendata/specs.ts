// The two published specifications the open data is checked against, offline: the Frictionless Data Package
// profile (JSON Schema, with ajv) and the DCAT-AP 3 shapes (SHACL, with rdf-validate-shacl). Both are kept
// in tests/fixtures/specs (README.md there: where they come from, and their licences).
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { Parser, Store } from 'n3';

const SPECS = path.join(__dirname, '../fixtures/specs');

/** The Data Package's problems by the v2 profile, as ajv words them; none: it conforms. */
export function dataPackageProblems(descriptor: unknown): string[] {
  const profile = JSON.parse(fs.readFileSync(path.join(SPECS, 'datapackage-2.0.profile.json'), 'utf8'));
  // The profile's own keywords (propertyOrder, context, examples…) are annotations for editors: not an error.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // "textarea" tells a form editor how to show a description; it constrains nothing.
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(profile);
  if (validate(descriptor)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** A document loader that refuses: the catalogue's context must be inline, and a test never goes out. */
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`The JSON-LD asked to load ${url}: contexts must be inline.`);
};

async function quadsOfJsonLd(doc: object) {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: noNetwork as never,
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

export interface ShaclResult {
  conforms: boolean;
  /** Each violation: the focus node, the path and the message. */
  problems: string[];
  /** The catalogue as triples, for a test to look into. */
  quads: Awaited<ReturnType<typeof quadsOfJsonLd>>;
}

/** Validates JSON-LD against the DCAT-AP 3 shapes (Turtle). rdf-validate-shacl is ESM-only: imported here. */
export async function dcatProblems(doc: object): Promise<ShaclResult> {
  const { default: SHACLValidator } = await import('rdf-validate-shacl');
  const shapesText = fs.readFileSync(path.join(SPECS, 'dcat-ap-3.0.0-SHACL.ttl'), 'utf8');
  const validator = new SHACLValidator(new Store(new Parser({ format: 'Turtle' }).parse(shapesText)));
  const quads = await quadsOfJsonLd(doc);
  const report = await validator.validate(new Store(quads));
  const problems = report.results.map(
    (r) => `${r.focusNode?.value} ${r.path?.value ?? ''}: ${r.message.map((m) => m.value).join('; ')}`,
  );
  return { conforms: report.conforms, problems, quads };
}
