// Values as PostgreSQL writes them into the compiled path's JSON, in exactly the form the API's scalars
// serialize to: DateTime as Date.toISOString writes it, Date as YYYY-MM-DD, IDs as domain/globalId.ts writes
// them. tests/graphql/compiledQuery.test.ts holds each form to the resolvers' answer, byte for byte.
import { Prisma } from '../../generated/prisma/client';

export const timestampJson = (x: Prisma.Sql) => Prisma.sql`to_char(${x}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
/** PostgreSQL writes a date into JSON as YYYY-MM-DD whatever its DateStyle; to_char would only add work. */
export const dateJson = (x: Prisma.Sql) => x;
export const typenameJson = (name: string) => Prisma.raw(`'${name}'`);
/** Text as base64url without padding, as Buffer's 'base64url' writes it (PostgreSQL's base64 also breaks lines). */
export const base64urlJson = (x: Prisma.Sql) =>
  Prisma.sql`translate(encode(convert_to(${x}, 'UTF8'), 'base64'), E'+/=\\n', '-_')`;
/** A row's global id (domain/globalId.ts): base64url of `Type:id`. */
export const globalIdJson = (type: string, row: Prisma.Sql) =>
  base64urlJson(Prisma.sql`${Prisma.raw(`'${type}:'`)} || ${row}.id`);
