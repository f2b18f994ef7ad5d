// Read access is checked where reads are dispatched (src/graphql/readAccess.ts), not by each read service. This
// walks every field of Query and of Subscription as the schema has them, each asked alone by an anonymous
// caller of a server with PUBLIC_READ=false: every one but the two documented open fields is refused with the
// read rule's own code and message. A new field that the guard did not cover would answer, or be refused by
// some other check, and fail here.
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createSchema } from '../../src/graphql/server';
import { subscribeByEvent } from '../../src/graphql/liveEvents';
import { classifyError } from '../../src/graphql/errorFormatting';
import { useTestServer } from '../helpers/testServer';

/** Readable without a token even when PUBLIC_READ=false (docs/security.md): who am I, and the lifecycle table. */
const OPEN = ['me', 'transitions'];
const REFUSED = { code: 'UNAUTHENTICATED', message: 'Reads need a token on this server (PUBLIC_READ=false).' };

const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'GOV-X-01',
  ID: 'UmVjb21tZW5kYXRpb246MQ',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2026-01-01',
  DateTime: '2026-01-01T00:00:00Z',
  JSON: {},
};

/** A value that the argument's type accepts, so that a field is refused for who asks, not for what. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
        .map((f) => [f.name, sample(f.type)]),
    );
  if (!(type.name in SCALAR_SAMPLES)) throw new Error(`No sample for the scalar ${type.name}: add one.`);
  return SCALAR_SAMPLES[type.name];
}

/** An operation asking for `field` alone, its required arguments as variables. */
function operationFor(kind: 'query' | 'subscription', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const definitions = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    source: `${kind} Q${definitions && `(${definitions})`} { ${field.name}${args && `(${args})`}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
  };
}

const schema = createSchema();
const queryFields = Object.values(schema.getQueryType()!.getFields());
const subscriptionFields = Object.values(schema.getSubscriptionType()!.getFields());

const s = useTestServer({ env: { PUBLIC_READ: 'false' } });

type Refusal = { code: unknown; message: string };
const outcome = (refusals: Refusal[] | undefined) =>
  refusals?.length ? { code: refusals[0].code, message: refusals[0].message } : 'answered';

it('refuses every Query field but the open ones to an anonymous caller, with the read rule', async () => {
  const seen: Record<string, unknown> = {};
  for (const field of queryFields) {
    const { source, variables } = operationFor('query', field);
    const { errors } = await s.exec(source, variables, null);
    seen[field.name] = outcome(errors?.map((e) => ({ code: e.extensions?.code, message: e.message })));
  }
  expect(seen).toEqual(
    Object.fromEntries(queryFields.map((f) => [f.name, OPEN.includes(f.name) ? 'answered' : REFUSED])),
  );
});

it('refuses every subscription to an anonymous caller before its stream starts, with the read rule', async () => {
  const seen: Record<string, unknown> = {};
  for (const field of subscriptionFields) {
    const { source, variables } = operationFor('subscription', field);
    const contextValue = await s.contextFor(null);
    const result = await subscribeByEvent({ schema, document: parse(source), variableValues: variables, contextValue });
    if (Symbol.asyncIterator in result) {
      await result.return?.();
      seen[field.name] = 'answered';
    } else {
      seen[field.name] = outcome(
        result.errors?.map((e) => ({ code: classifyError(e.toJSON(), e).code, message: e.message })),
      );
    }
  }
  expect(seen).toEqual(Object.fromEntries(subscriptionFields.map((f) => [f.name, REFUSED])));
  expect(subscriptionFields.length).toBeGreaterThan(0);
});
