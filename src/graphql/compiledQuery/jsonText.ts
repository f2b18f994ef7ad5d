// The compiled path's answer is JSON text that PostgreSQL built. Parsing it into objects only for Apollo to
// stringify them again was, on the benchmark's L, the largest piece of the server's own work per request
// (JSON.parse of ~30 KB, the garbage of ~1,000 objects, JSON.stringify: docs/performance.md). So the answer's
// `data` is a lazy object: anything that reads it (a plugin, executeOperation in the tests) sees the parsed
// value, built on first touch, while the response writer (stringifyResult below, Apollo's own hook) copies the
// text as it is and never parses it.
import type { FormattedExecutionResult } from 'graphql';

/** Lazy `data` objects and the compact text each stands for. */
const texts = new WeakMap<object, string>();

/**
 * json_agg separates elements with ", \n " where JSON.stringify writes ",". Outside those separators the
 * statement's text is already compact (row_to_json), and a raw newline never occurs inside a JSON string.
 */
const compact = (text: string) => text.replaceAll(', \n ', ',');

/**
 * Whether a statement's compacted text is the bytes JSON.stringify would write: checked on its first answers
 * (a numeric with trailing zeros or a json_build_object would differ), then trusted. Bounded, as texts vary.
 */
const verdicts = new Map<string, { checked: number; same: boolean }>();
const CHECKS = 3;
const MAX_STATEMENTS = 500;

function compactIfSame(statement: string, text: string): string | null {
  const verdict = verdicts.get(statement);
  if (verdict && verdict.checked >= CHECKS) return verdict.same ? compact(text) : null;
  const same = (verdict?.same ?? true) && compact(text) === JSON.stringify(JSON.parse(text));
  if (verdicts.size >= MAX_STATEMENTS && !verdict) verdicts.clear();
  verdicts.set(statement, { checked: (verdict?.checked ?? 0) + 1, same });
  return same ? compact(text) : null;
}

/** `data` for a result: the parsed text, lazily, writable as the text itself when that is byte-exact. */
export function dataFromJsonText(statement: string, text: string): Record<string, unknown> {
  const exact = compactIfSame(statement, text);
  if (exact === null) return JSON.parse(text) as Record<string, unknown>;
  let parsed: Record<string, unknown> | undefined;
  const stale = () => {
    texts.delete(lazy);
    return true;
  };
  const value = () => (parsed ??= JSON.parse(text) as Record<string, unknown>);
  const lazy = new Proxy<Record<string, unknown>>(
    {},
    {
      get: (_, key) => Reflect.get(value(), key),
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
  texts.set(lazy, exact);
  return lazy;
}

/** Apollo's `stringifyResult`: its own `JSON.stringify(value) + '\n'`, with a lazy `data` copied as text. */
export function stringifyResult(value: FormattedExecutionResult): string {
  const text = value.data ? texts.get(value.data) : undefined;
  if (text === undefined || value.errors?.length || value.extensions !== undefined) return `${JSON.stringify(value)}\n`;
  return `{"data":${text}}\n`;
}
