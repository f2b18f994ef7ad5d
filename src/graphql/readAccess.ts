// Read access is checked where reads are dispatched, as Keystone merges access control into each list
// operation: every field of Query and every subscription passes through one guard, added to the schema once
// when it is built, so a new field is covered without anyone remembering and no read service checks it
// itself. Mutations keep their role check (OPERATION_ROLES, domain/access/auth.ts); the REST reads have
// theirs at their one dispatch too (http/readRoute.ts).
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { AppContext } from '../context';
import { authorizeRead } from '../domain/access/auth';

/**
 * Readable without a token even with PUBLIC_READ=false: who am I (null when anonymous, which is how a client
 * learns it must sign in), and the fixed lifecycle table, which holds no data.
 */
const OPEN_QUERY_FIELDS: readonly string[] = ['me', 'transitions'];

type Resolver = GraphQLFieldResolver<unknown, AppContext>;

const guarded =
  (resolve: Resolver): Resolver =>
  (source, args, ctx, info) => {
    authorizeRead(ctx.actor, ctx.config);
    return resolve(source, args, ctx, info);
  };

/** Puts the read rule in front of every Query field (but the open ones) and every subscription; returns `schema`. */
export function guardReads(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {}))
    if (!OPEN_QUERY_FIELDS.includes(field.name)) field.resolve = guarded(field.resolve ?? defaultFieldResolver);
  for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {}))
    field.subscribe = guarded(field.subscribe ?? defaultFieldResolver);
  return schema;
}
