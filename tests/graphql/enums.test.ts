// The enums that the database and the API share are written twice, in prisma/schema.prisma and in
// schema.graphql; the code derives its lists from Prisma's generated ones. These tests keep the two files
// in step, value for value and in the same order (the dashboard lists statuses in that order).
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import * as prismaEnums from '../../src/generated/prisma/enums';
import { HEALTHS } from '../../src/domain/health';

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));

function graphqlEnumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema.graphql has no enum ${name}`);
  return type.getValues().map((value) => value.name);
}

describe('enums shared by the database and the API', () => {
  const shared = Object.entries(prismaEnums) as [string, Record<string, string>][];

  it('covers every enum of prisma/schema.prisma', () => {
    expect(shared.map(([name]) => name).sort()).toEqual([
      'CandidateState',
      'DocumentKind',
      'DocumentRevisionState',
      'EvidenceCaptureState',
      'EvidenceFailure',
      'EvidenceLinkState',
      'ExtractionState',
      'IndicatorDirection',
      'IndicatorStatus',
      'Language',
      'OwnerKind',
      'Pillar',
      'ProposalState',
      'RecommendationLinkKind',
      'RecommendationStatus',
      'Role',
      'RollupRule',
      'TextOrigin',
      'Visibility',
      'WebhookDeliveryStatus',
      'WebhookEvent',
    ]);
  });

  it.each(shared)('gives %s the same values in schema.graphql as in prisma/schema.prisma', (name, prismaEnum) => {
    expect(graphqlEnumValues(name)).toEqual(Object.values(prismaEnum));
  });
});

describe('enums computed in the domain', () => {
  it('gives Health the values that healthOf can return', () => {
    expect(graphqlEnumValues('Health')).toEqual([...HEALTHS]);
  });
});
