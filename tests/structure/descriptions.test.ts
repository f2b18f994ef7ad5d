// Schema-first: every type, field, argument, enum value and input field of schema.graphql says what it is,
// so that the playground, introspection and generated types carry the contract. A blank description counts
// as none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';

const described = (description: string | null | undefined) => !!description?.trim();

/** The dotted names of everything in `schema` without a description, e.g. `Query.node(id)`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!described(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields())) {
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args)
          if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields()))
        if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    if (isEnumType(type))
      for (const value of type.getValues())
        if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

it('describes every type, field, argument, enum value and input field of schema.graphql', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../schema.graphql'), 'utf8'));
  expect(undescribed(schema)).toEqual([]);
});

it('names what has no description, or a blank one', () => {
  const schema = buildSchema(`
    "Described." type Query { "Described." a(x: Int): Int, " " b: Int }
    enum E { "Described." ON OFF }
    input I { n: Int }
  `);
  expect(undescribed(schema).sort()).toEqual(['E', 'E.OFF', 'I', 'I.n', 'Query.a(x)', 'Query.b'].sort());
});
