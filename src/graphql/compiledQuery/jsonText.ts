// The compiled path's answer is JSON text that PostgreSQL built. Parsing it into objects only for Apollo to
// stringify them again was, on the benchmark's L, the largest piece of the server's own work per request
// (JSON.parse of ~30 KB, the garbage of ~1,000 objects, JSON.stringify: docs/performance.md). So the answer's
// `data` is a lazy object: anything that reads it (a plugin, executeOperation in the tests) sees the parsed
// value, built on first touch, while the response writer (stringifyResult below, Apollo's own hook) copies the
// text as it is and never parses it.
import type { FormattedExecutionResult } from 'graphql';
import type { Db } from '../../db/client';

/** The key under which a lazy `data` object answers the compact text it stands for, while that text holds. */
const JSON_TEXT = Symbol('jsonText');

/**
 * json_agg separates elements with ", \n " where JSON.stringify writes ",". Outside those separators the
 * statement's text is already compact (row_to_json), and a raw newline never occurs inside a JSON string.
 */
const compact = (text: string) => text.replaceAll(', \n ', ',');

const CHECKS = 3;
const MAX_STATEMENTS = 500;

/**
 * Whether a statement's compacted text is the bytes JSON.stringify would write: checked on its first answers
 * (a numeric with trailing zeros or a json_build_object would differ), then trusted. The verdicts live on the
 * database handle that prepared the statements (db.jsonTextVerdicts), as the dashboard's cache does, so test
 * databases and servers never share them. Bounded, as texts vary.
 */
function compactIfSame(db: Pick<Db, 'jsonTextVerdicts'>, statement: string, text: string): string | null {
  const verdicts = db.jsonTextVerdicts;
  const verdict = verdicts.get(statement);
  if (verdict && verdict.checked >= CHECKS) return verdict.same ? compact(text) : null;
  const same = (verdict?.same ?? true) && compact(text) === JSON.stringify(JSON.parse(text));
  if (verdicts.size >= MAX_STATEMENTS && !verdict) verdicts.clear();
  verdicts.set(statement, { checked: (verdict?.checked ?? 0) + 1, same });
  return same ? compact(text) : null;
}

/**
 * `data` for a result of `statement` sent on `db`: the parsed text, lazily, writable as the text itself when
 * that is byte-exact.
 */
export function dataFromJsonText(
  db: Pick<Db, 'jsonTextVerdicts'>,
  statement: string,
  text: string,
): Record<string, unknown> {
  let exact = compactIfSame(db, statement, text);
  if (exact === null) return JSON.parse(text) as Record<string, unknown>;
  let parsed: Record<string, unknown> | undefined;
  const stale = () => {
    exact = null;
    return true;
  };
  const value = () => (parsed ??= JSON.parse(text) as Record<string, unknown>);
  return new Proxy<Record<string, unknown>>(
    {},
    {
      get: (_, key) => (key === JSON_TEXT ? exact : Reflect.get(value(), key)),
      has: (_, key) => Reflect.has(value(), key),
      ownKeys: () => Reflect.ownKeys(value()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(value(), key);
        return d && { ...d, configurable: true };
      },
      // A write makes the text stale (no plugin here writes to data; one that changed it deeper would need
      // to replace it instead).
      set: (_, key, v) => stale() && Reflect.set(value(), key, v),
      deleteProperty: (_, key) => stale() && Reflect.deleteProperty(value(), key),
      defineProperty: (_, key, d) => stale() && Reflect.defineProperty(value(), key, d),
    },
  );
}

/** Apollo's `stringifyResult`: its own `JSON.stringify(value) + '\n'`, with a lazy `data` copied as text. */
export function stringifyResult(value: FormattedExecutionResult): string {
  const text = (value.data as Record<symbol, unknown> | null | undefined)?.[JSON_TEXT];
  if (typeof text !== 'string' || value.errors?.length || value.extensions !== undefined)
    return `${JSON.stringify(value)}\n`;
  return `{"data":${text}}\n`;
}
