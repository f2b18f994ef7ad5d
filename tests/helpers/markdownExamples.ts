// Runs a Markdown page's examples in order, as a reader pasting them would: each ```graphql block as one
// document (its variables from the ```json block right after it), and each ```bash block that calls curl in
// bash, against a listening server.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Kind, parse, visit, type OperationDefinitionNode } from 'graphql';
import type { GqlResult, TestServer } from './testServer';

interface GraphqlExample {
  kind: 'graphql';
  name: string;
  mutation: boolean;
  query: string;
  variables?: Record<string, any>;
}
interface ShellExample {
  kind: 'shell';
  name: string;
  script: string;
}
export type Example = GraphqlExample | ShellExample;

/** The ```graphql blocks and the curl-calling ```bash blocks, in document order. */
export function examplesOf(markdown: string): Example[] {
  const blocks = [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], body: m[2] }));
  const examples: Example[] = [];
  blocks.forEach((block, i) => {
    if (block.lang === 'graphql') examples.push(graphqlExample(block.body, blocks[i + 1]));
    if (block.lang === 'bash' && /\bcurl\b/.test(block.body)) {
      const names = [...block.body.matchAll(/\b(?:query|mutation)\s+(\w+)/g)].map((m) => m[1]);
      examples.push({ kind: 'shell', name: names.join(' + ') || '(anonymous)', script: block.body });
    }
  });
  return examples;
}

function graphqlExample(body: string, next: { lang: string; body: string } | undefined): GraphqlExample {
  const ops = parse(body).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  // One named operation a block, so that the block is one paste and its name says which step it is.
  if (ops.length !== 1 || !ops[0].name) throw new Error(`A GraphQL block must hold one named operation:\n${body}`);
  const op = ops[0];
  let variables: Record<string, any> | undefined;
  if (op.variableDefinitions?.length) {
    if (next?.lang !== 'json') throw new Error(`${op.name!.value} takes variables but no \`\`\`json block follows it`);
    variables = JSON.parse(next.body);
  }
  return { kind: 'graphql', name: op.name!.value, mutation: op.operation === 'mutation', query: body, variables };
}

/** Every `{ code, expectedVersion }` pair an example sends, inline or in its variables. */
function expectedVersionsSent(example: GraphqlExample): { code: string; expectedVersion: number }[] {
  const pairs: { code: string; expectedVersion: number }[] = [];
  visit(parse(example.query), {
    ObjectValue(node) {
      const field = (n: string) => node.fields.find((f) => f.name.value === n)?.value;
      const code = field('code');
      const version = field('expectedVersion');
      if (code?.kind === Kind.STRING && version?.kind === Kind.INT)
        pairs.push({ code: code.value, expectedVersion: Number(version.value) });
    },
  });
  walk(example.variables, (o) => {
    if (typeof o.code === 'string' && typeof o.expectedVersion === 'number')
      pairs.push({ code: o.code, expectedVersion: o.expectedVersion });
  });
  return pairs;
}

function walk(value: unknown, visitObject: (o: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visitObject));
  else if (value && typeof value === 'object') {
    visitObject(value as Record<string, unknown>);
    Object.values(value).forEach((v) => walk(v, visitObject));
  }
}

export interface RunOptions {
  /** The token a step is sent with (null: none). */
  tokenFor(example: GraphqlExample, results: Map<string, GqlResult>): string | null;
  /** Where the shell examples' `localhost:4000` points, and their environment ($ADMIN_TOKEN, $TOKEN). */
  shell?: { host: string; env: Record<string, string> };
  /** The variables a reader takes from earlier results, where the page says to; by default the block's own. */
  variablesFor?(example: GraphqlExample, results: Map<string, GqlResult>): Record<string, any> | undefined;
  /** Steps that are meant to fail (the page shows the error); every other step must have none. */
  failing?: ReadonlySet<string>;
}

/**
 * Runs the examples on one database and returns each one's result by name. A mutation that sends an
 * `expectedVersion` must send the version that an earlier step of the same page read for that code.
 */
export async function runExamples(
  s: TestServer,
  examples: Example[],
  options: RunOptions,
): Promise<Map<string, GqlResult>> {
  const results = new Map<string, GqlResult>();
  const versionsRead = new Map<string, number>();
  for (const example of examples) {
    let result: GqlResult;
    if (example.kind === 'graphql') {
      expectVersionsRead(example, versionsRead);
      const variables = options.variablesFor?.(example, results) ?? example.variables;
      result = await s.exec(example.query, variables, options.tokenFor(example, results));
    } else {
      result = await runShell(example, options.shell);
    }
    if (!options.failing?.has(example.name))
      expect({ step: example.name, errors: result.errors }).toEqual({ step: example.name, errors: undefined });
    walk(result.data, (o) => {
      if (typeof o.code === 'string' && typeof o.version === 'number') versionsRead.set(o.code, o.version);
    });
    results.set(example.name, result);
  }
  return results;
}

function expectVersionsRead(example: GraphqlExample, versionsRead: Map<string, number>): void {
  for (const { code, expectedVersion } of expectedVersionsSent(example)) {
    const step = example.name;
    expect({ step, code, expectedVersion }).toEqual({ step, code, expectedVersion: versionsRead.get(code) });
  }
}

const execFileAsync = promisify(execFile);

/** Runs a shell example in bash (stopping at the first failing command); it prints one JSON response. */
async function runShell(example: ShellExample, shell: RunOptions['shell']): Promise<GqlResult> {
  if (!shell) throw new Error(`${example.name} is a shell example: pass the shell option`);
  if (!example.script.includes('localhost:4000')) throw new Error(`${example.name} does not call localhost:4000`);
  const script = example.script.replaceAll('localhost:4000', shell.host);
  const { stdout } = await execFileAsync('bash', ['-e', '-o', 'pipefail', '-c', script], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...shell.env },
    timeout: 30_000,
  });
  return JSON.parse(stdout) as GqlResult;
}
