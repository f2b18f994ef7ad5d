// Errors that tell the client what to do: CONFLICT carries the current version, an illegal move the allowed
// statuses, bad input the offending field; through the real server against real PostgreSQL. The formatter's
// whitelist (no other detail, none on a masked error) is checked on the formatter itself.
import { GraphQLError } from 'graphql';
import { ADMIN_TOKEN, useTestServer, type GqlResult } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { createFormatError } from '../../src/graphql/errorFormatting';
import { createLogger } from '../../src/logger';
import { DomainError } from '../../src/errors';

const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { recommendation { version } } }';
const SET_OWNERS = 'mutation Owners($input: SetOwnersInput!) { setOwners(input: $input) { version } }';
const SET_TARGET = 'mutation Target($input: SetTargetDateInput!) { setTargetDate(input: $input) { version } }';
const UPDATE =
  'mutation Update($input: UpdateRecommendationInput!) { updateRecommendation(input: $input) { version } }';
const CREATE = 'mutation Create($input: CreateRecommendationInput!) { createRecommendation(input: $input) { code } }';
const ARCHIVE =
  'mutation Archive($code: String!, $v: Int) { archiveRecommendation(code: $code, expectedVersion: $v) { version } }';
const RESTORE =
  'mutation Restore($code: String!, $v: Int) { restoreRecommendation(code: $code, expectedVersion: $v) { version } }';
const LIST = 'query List($filter: RecommendationFilter) { recommendations(filter: $filter) { totalCount } }';

const s = useTestServer({ reset: true });

type GqlError = NonNullable<GqlResult['errors']>[number];

/** The one error of a result, whole, minus its locations (which only repeat the document above). */
const onlyError = (res: GqlResult): GqlError => {
  expect(res.errors).toHaveLength(1);
  const { locations: _locations, ...error } = res.errors![0] as GqlError & { locations?: unknown };
  return error;
};

describe('CONFLICT on a stale expectedVersion', () => {
  it('carries currentVersion on logProgress, the record’s version now', async () => {
    const rec = await createRecommendation(s.db);
    expect(
      (
        await s.exec(
          LOG,
          { input: { code: rec.code, note: 'first', progress: 10, status: 'IN_PROGRESS', expectedVersion: 1 } },
          ADMIN_TOKEN,
        )
      ).errors,
    ).toBeUndefined();
    const res = await s.exec(
      LOG,
      { input: { code: rec.code, note: 'late', progress: 20, expectedVersion: 1 } },
      ADMIN_TOKEN,
    );
    expect(onlyError(res)).toEqual({
      message: `${rec.code} is at version 2, not 1: reload and retry.`,
      path: ['logProgress'],
      extensions: { code: 'CONFLICT', currentVersion: 2 },
    });
  });

  it.each([
    ['setOwners', SET_OWNERS, (code: string) => ({ input: { code, owners: [], expectedVersion: 1 } })],
    [
      'setTargetDate',
      SET_TARGET,
      (code: string) => ({ input: { code, targetDate: '2030-01-01', reason: 'plan', expectedVersion: 1 } }),
    ],
    ['updateRecommendation', UPDATE, (code: string) => ({ input: { code, titleEn: 'New', expectedVersion: 1 } })],
    ['archiveRecommendation', ARCHIVE, (code: string) => ({ code, v: 1 })],
  ])('carries currentVersion on %s too', async (field, document, variables) => {
    const rec = await createRecommendation(s.db, { version: 7 });
    expect(onlyError(await s.exec(document, variables(rec.code), ADMIN_TOKEN))).toEqual({
      message: `${rec.code} is at version 7, not 1: reload and retry.`,
      path: [field],
      extensions: { code: 'CONFLICT', currentVersion: 7 },
    });
  });

  it('carries currentVersion on restoreRecommendation too', async () => {
    const rec = await createRecommendation(s.db, { version: 4, archivedAt: new Date('2026-01-01T00:00:00Z') });
    expect(onlyError(await s.exec(RESTORE, { code: rec.code, v: 3 }, ADMIN_TOKEN)).extensions).toEqual({
      code: 'CONFLICT',
      currentVersion: 4,
    });
  });
});

describe('BAD_USER_INPUT on an illegal status move', () => {
  it('carries allowedStatuses, the moves this record allows, and field "status"', async () => {
    const rec = await createRecommendation(s.db, { status: 'NOT_STARTED' });
    const res = await s.exec(
      LOG,
      { input: { code: rec.code, note: 'stuck', status: 'STALLED', progress: 0 } },
      ADMIN_TOKEN,
    );
    expect(onlyError(res)).toEqual({
      message: 'Cannot move from NOT_STARTED to STALLED. Allowed next statuses: PLANNED, IN_PROGRESS, ABANDONED.',
      path: ['logProgress'],
      extensions: { code: 'BAD_USER_INPUT', allowedStatuses: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'], field: 'status' },
    });
  });
});

describe('BAD_USER_INPUT about one input field', () => {
  it.each([
    ['the note when it is blank', { note: '   ' }, 'note', 'Invalid input. note: must not be empty'],
    [
      'the second evidence link when it is not a URL',
      { evidenceUrls: ['https://example.org/a', 'see the minutes'] },
      'evidenceUrls.1',
      'Invalid input. evidenceUrls.1: must be an http or https URL',
    ],
    ['progress when it is out of range', { progress: 101 }, 'progress', 'Invalid input. progress: must be 0 to 100'],
    [
      'occurredOn when it is in the future',
      { occurredOn: '2999-01-01' },
      'occurredOn',
      'occurredOn may not be in the future.',
    ],
    [
      'evidenceUrls when IMPLEMENTED comes without evidence',
      { status: 'IMPLEMENTED', progress: 100 },
      'evidenceUrls',
      'IMPLEMENTED requires at least one evidence link (evidenceUrls).',
    ],
    [
      'progress when IMPLEMENTED comes below 100',
      { status: 'IMPLEMENTED', progress: 90, evidenceUrls: ['https://example.org/a'] },
      'progress',
      'IMPLEMENTED requires progress 100.',
    ],
    [
      'reason when ABANDONED comes without one',
      { status: 'ABANDONED' },
      'reason',
      'Moving to ABANDONED requires a reason.',
    ],
  ])('names %s in logProgress', async (_what, patch, field, message) => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 40 });
    const res = await s.exec(LOG, { input: { code: rec.code, note: 'n', ...patch } }, ADMIN_TOKEN);
    expect(onlyError(res)).toEqual({ message, path: ['logProgress'], extensions: { code: 'BAD_USER_INPUT', field } });
  });

  it('names the first field when several are wrong, and lists them all in the message', async () => {
    const rec = await createRecommendation(s.db);
    const res = await s.exec(LOG, { input: { code: rec.code, note: '', progress: -1 } }, ADMIN_TOKEN);
    expect(onlyError(res)).toEqual({
      message: 'Invalid input. note: must not be empty; progress: must be 0 to 100',
      path: ['logProgress'],
      extensions: { code: 'BAD_USER_INPUT', field: 'note' },
    });
  });

  it('names an owner by its position in setOwners, for a name too long or listed twice', async () => {
    const rec = await createRecommendation(s.db);
    const long = await s.exec(
      SET_OWNERS,
      { input: { code: rec.code, owners: [{ name: 'o'.repeat(201), kind: 'OTHER' }] } },
      ADMIN_TOKEN,
    );
    expect(onlyError(long).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'owners.0.name' });
    const twice = await s.exec(
      SET_OWNERS,
      {
        input: {
          code: rec.code,
          owners: [
            { name: '科技部', kind: 'MINISTRY' },
            { name: '科技部', kind: 'MINISTRY' },
          ],
        },
      },
      ADMIN_TOKEN,
    );
    expect(onlyError(twice)).toEqual({
      message: 'Owner 科技部 is listed twice.',
      path: ['setOwners'],
      extensions: { code: 'BAD_USER_INPUT', field: 'owners.1.name' },
    });
  });

  it('names the theme of a new recommendation when no theme has that code', async () => {
    await createTheme(s.db, { code: 'SANDBOX' });
    const input = {
      code: 'GOV-NOPE-01',
      theme: 'NOPE',
      titleZh: '新',
      titleEn: 'New',
      summaryEn: 'New.',
      quote: '引文',
    };
    expect(onlyError(await s.exec(CREATE, { input }, ADMIN_TOKEN))).toEqual({
      message: 'Unknown theme NOPE.',
      path: ['createRecommendation'],
      extensions: { code: 'BAD_USER_INPUT', field: 'theme' },
    });
  });

  it('names a filter field from the filter, in a list query', async () => {
    const res = await s.exec(LIST, { filter: { search: 's'.repeat(201) } });
    expect(onlyError(res).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('the formatter', () => {
  const format = createFormatError(createLogger({ logLevel: 'silent' }));
  const inResolver = (original: Error) =>
    new GraphQLError(original.message, { path: ['logProgress'], originalError: original });

  it('passes on only currentVersion, allowedStatuses and field, never another detail', () => {
    const leaky = new DomainError('CONFLICT', 'Stale.', {
      currentVersion: 3,
      field: 'expectedVersion',
      ...{ sql: 'SELECT 1', actorId: 7 },
    });
    expect(format({ message: 'Stale.', path: ['logProgress'] }, inResolver(leaky))).toEqual({
      message: 'Stale.',
      locations: undefined,
      path: ['logProgress'],
      extensions: { code: 'CONFLICT', currentVersion: 3, field: 'expectedVersion' },
    });
  });

  it('masks an unexpected error with no details at all', () => {
    const unexpected = Object.assign(new Error('boom in SELECT'), {
      details: { currentVersion: 3, field: 'note' },
      extensions: { field: 'note' },
    });
    expect(
      format(
        { message: 'boom in SELECT', path: ['logProgress'], extensions: { field: 'note' } },
        inResolver(unexpected),
      ),
    ).toEqual({
      message: 'Internal server error.',
      locations: undefined,
      path: ['logProgress'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });
});
