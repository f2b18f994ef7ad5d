// Console preferences (`Viewer.preferences`, `setPreferences`): kept per account on the server, set field by
// field, audited when they change, and refused with a code, changing nothing, when the input is bad.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createUserWithToken } from '../helpers/factories';
import { MyPreferencesDocument, SetPreferencesDocument } from '../__generated__/preferences';

const s = useTestServer({ reset: true });

const SET = 'mutation S($input: SetPreferencesInput!) { setPreferences(input: $input) { name } }';

/** Every preference row and every audit entry, to show that a refused call left both as they were. */
const state = async () => ({
  preferences: await s.db.preference.findMany({ orderBy: { userName: 'asc' } }),
  audit: await s.db.auditEntry.count(),
});

it('starts with nothing chosen, keeps what is set per account, and leaves out fields as they were', async () => {
  const alice = await createUserWithToken(s.db, 'VIEWER', 'alice');
  const bob = await createUserWithToken(s.db, 'ANALYST', 'bob');
  expect(await s.exec(MyPreferencesDocument, {}, alice.token)).toEqual({
    data: { me: { name: 'alice', preferences: { language: null, chartsOpen: null } } },
  });
  const set = await s.exec(SetPreferencesDocument, { input: { language: 'ZH', chartsOpen: true } }, alice.token);
  expect(set).toEqual({
    data: { setPreferences: { name: 'alice', preferences: { language: 'ZH', chartsOpen: true } } },
  });
  const onlyCharts = await s.exec(SetPreferencesDocument, { input: { chartsOpen: false } }, alice.token);
  expect(onlyCharts.data!.setPreferences.preferences).toEqual({ language: 'ZH', chartsOpen: false });
  expect((await s.exec(MyPreferencesDocument, {}, alice.token)).data!.me!.preferences).toEqual({
    language: 'ZH',
    chartsOpen: false,
  });
  expect((await s.exec(MyPreferencesDocument, {}, bob.token)).data!.me!.preferences).toEqual({
    language: null,
    chartsOpen: null,
  });
});

it('audits each change with before and after, and writes nothing when the values are already set', async () => {
  const { token } = await createUserWithToken(s.db, 'VIEWER', 'carol');
  await s.exec(SetPreferencesDocument, { input: { language: 'EN' } }, token);
  await s.exec(SetPreferencesDocument, { input: { language: 'EN', chartsOpen: null } }, token);
  await s.exec(SetPreferencesDocument, { input: { language: 'ZH' } }, token);
  const audit = await s.db.auditEntry.findMany({ where: { operation: 'setPreferences' }, orderBy: { id: 'asc' } });
  expect(audit.map((e) => [e.actorName, e.targetId, e.before, e.after])).toEqual([
    ['carol', 'carol', null, { language: 'EN', chartsOpen: null }],
    ['carol', 'carol', { language: 'EN', chartsOpen: null }, { language: 'ZH', chartsOpen: null }],
  ]);
});

it('keeps ADMIN_TOKEN’s preferences too, under its own name', async () => {
  const set = await s.exec(SetPreferencesDocument, { input: { chartsOpen: true } }, ADMIN_TOKEN);
  expect(set.errors).toBeUndefined();
  expect((await s.exec(MyPreferencesDocument, {}, ADMIN_TOKEN)).data!.me!.preferences).toEqual({
    language: null,
    chartsOpen: true,
  });
});

describe('refuses, with a code and nothing changed,', () => {
  it.each([
    ['an input that sets nothing', {}, 'BAD_USER_INPUT'],
    ['an input of nulls only', { language: null, chartsOpen: null }, 'BAD_USER_INPUT'],
    ['a language the schema does not know', { language: 'FR' }, 'BAD_USER_INPUT'],
    ['a lower-case language', { language: 'zh' }, 'BAD_USER_INPUT'],
    ['chartsOpen as text', { chartsOpen: 'yes' }, 'BAD_USER_INPUT'],
    ['a field the input does not have', { language: 'ZH', theme: 'dark' }, 'BAD_USER_INPUT'],
  ])('%s', async (_name, input, code) => {
    const { token } = await createUserWithToken(s.db, 'VIEWER', 'dana');
    await s.exec(SetPreferencesDocument, { input: { language: 'EN', chartsOpen: false } }, token);
    const before = await state();
    const res = await s.exec(SET, { input }, token);
    expect({ data: res.data ?? null, code: errorCode(res) }).toEqual({ data: null, code });
    expect(await state()).toEqual(before);
  });

  it('an anonymous caller, with UNAUTHENTICATED', async () => {
    const before = await state();
    const res = await s.exec(SET, { input: { language: 'ZH' } });
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(await state()).toEqual(before);
  });

  it('a read-only token, with FORBIDDEN', async () => {
    const { user, token: readOnly } = await createUserWithToken(s.db, 'ADMIN', 'erin');
    await s.db.apiToken.updateMany({ where: { userId: user.id }, data: { readOnly: true } });
    const before = await state();
    const res = await s.exec(SET, { input: { language: 'ZH' } }, readOnly);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });
});
