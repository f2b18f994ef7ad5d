// "My account" and the Users page in a real Chromium: one's sessions (this one marked, another ended), a
// password change (only the new one after the first-start link), personal API tokens for any account (shown
// once, never stored by the page, read-only or not, listed with their last use, revoked), and an admin's Users
// page (institutions, a password reset, ending sessions, roles, disabling and enabling with a confirmation, the
// last admin kept), which an analyst is never offered.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedCatalog } from '../../prisma/seed';
import { randomBytes } from 'node:crypto';
import { hashToken } from '../../src/domain/access/auth';
import { createOwner, createUserWithPassword } from '../helpers/factories';
import { newTraffic, nonLocalUrls, openPage, type E2eServer, startBrowserSession, stopBrowserSession } from './browser';
import { seriousViolations, signIn, waitForCount, type Credentials } from './consolePages';

let server: E2eServer;
let browser: Browser;
const traffic = newTraffic();
let admin: Awaited<ReturnType<typeof createUserWithPassword>>;
let analyst: Awaited<ReturnType<typeof createUserWithPassword>>;

beforeAll(async () => {
  ({ server, browser } = await startBrowserSession());
  await seedCatalog(server.s.db);
  admin = await createUserWithPassword(server.s.db, 'ADMIN', 'account-admin');
  analyst = await createUserWithPassword(server.s.db, 'ANALYST', 'account-analyst');
}, 120_000);

afterAll(() => stopBrowserSession({ server, browser }));

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((c) => c.name === 'tracker_session')!.value;

/** Who the server says a request with these headers is (null: nobody; a refused token: its error code). */
async function whoIs(headers: Record<string, string>): Promise<string | null> {
  const response = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.baseUrl, ...headers },
    body: JSON.stringify({ query: '{ me { name } }' }),
  });
  const body = (await response.json()) as {
    data?: { me: { name: string } | null };
    errors?: { extensions: { code: string } }[];
  };
  return body.errors?.[0]?.extensions.code ?? body.data?.me?.name ?? null;
}

const passwordAccepted = async (name: string, password: string) =>
  (
    await fetch(`${server.baseUrl}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    })
  ).status;

async function signedIn(who: Credentials, hash = '#/account'): Promise<Page> {
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/admin/`);
  await signIn(page, who);
  await page.goto(`${server.baseUrl}/admin/${hash}`);
  return page;
}

const pageStorage = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }));

it('lists my sessions with this browser marked, and ends another browser’s, whose cookie then signs nobody in', async () => {
  const other = await signedIn(analyst, '#/');
  const otherCookie = await sessionCookie(other.context());
  const page = await signedIn(analyst);
  await waitForCount(page, '#session-table tbody tr', 2);
  expect(await page.locator('#session-table tr[data-current=true]').count()).toBe(1);
  expect(await page.locator('#session-table tr[data-current=true]').textContent()).toContain('This browser');
  expect(await seriousViolations(page)).toEqual([]);
  await page.locator('#session-table tr[data-current=false] button.end-session').click();
  await waitForCount(page, '#session-table tbody tr', 1);
  expect(await whoIs({ cookie: `tracker_session=${otherCookie}` })).toBeNull();
  // The other browser finds itself signed out at its next look at the account.
  await other.locator('#nav-account').click();
  await other.locator('#account-signin').waitFor();
  await other.locator('#me-status[data-state=anonymous]').waitFor();
  expect(await whoIs({ cookie: `tracker_session=${await sessionCookie(page.context())}` })).toBe(analyst.name);
  await other.context().close();
  await page.context().close();
});

it('changes my password: the new one signs in, the old one no longer does', async () => {
  const changer = await createUserWithPassword(server.s.db, 'VIEWER', 'account-changer');
  const page = await signedIn(changer);
  const fresh = 'a brand new passphrase for 2027';
  await page.locator('#current-password').fill(changer.password);
  await page.locator('#new-password').fill(fresh);
  await page.locator('#new-password-again').fill(fresh);
  await page.locator('#password-submit').click();
  await page.locator('#account-status', { hasText: 'Password changed.' }).waitFor();
  expect(await passwordAccepted(changer.name, fresh)).toBe(204);
  expect(await passwordAccepted(changer.name, changer.password)).toBe(401);
  await page.context().close();
});

it('creates a personal token shown once and kept nowhere by the page, lists its last use, and revokes it', async () => {
  const page = await signedIn(admin);
  await page.locator('#token-label').fill('CI export');
  await page.locator('#token-expiry').fill(`${new Date().getUTCFullYear() + 1}-06-30`);
  await page.locator('#token-create').click();
  const secret = await page.locator('#token-secret').inputValue();
  expect(secret).toMatch(/^agt_/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await pageStorage(page)).not.toContain(secret);
  const row = page.locator('#token-table tr', { hasText: 'CI export' });
  expect(await row.locator('td').nth(1).textContent()).toBe('read and write');
  expect(await row.locator('td').nth(3).textContent()).toBe('never');
  // A program uses it; the list shows that use once the page is drawn again, and the secret is gone for good.
  expect(await whoIs({ authorization: `Bearer ${secret}` })).toBe(admin.name);
  await page.goto(`${server.baseUrl}/admin/#/`);
  await page.goto(`${server.baseUrl}/admin/#/account`);
  await page.locator('#token-table').waitFor();
  expect(await page.locator('#token-secret').count()).toBe(0);
  expect(await row.locator('td').nth(3).textContent()).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  expect(await row.locator('td').nth(4).textContent()).toMatch(new RegExp(`^${new Date().getUTCFullYear() + 1}-06-30`));
  await row.locator('button.revoke-token').click();
  await page.locator('#token-table tr[data-state=revoked]', { hasText: 'CI export' }).waitFor();
  expect(await whoIs({ authorization: `Bearer ${secret}` })).toBe('UNAUTHENTICATED');
  expect(await pageStorage(page)).not.toContain(secret);
  await page.context().close();
});

it('lets an analyst create and revoke their own tokens, a read-only one refused every write', async () => {
  const page = await signedIn(analyst);
  await page.locator('#token-label').fill('Dashboard reader');
  await page.locator('#token-read-only').check();
  await page.locator('#token-create').click();
  const secret = await page.locator('#token-secret').inputValue();
  expect(secret).toMatch(/^agt_/);
  const row = page.locator('#token-table tr', { hasText: 'Dashboard reader' });
  expect(await row.locator('td[data-read-only]').textContent()).toBe('read-only');
  expect(await seriousViolations(page)).toEqual([]);
  const token = await server.s.db.apiToken.findFirstOrThrow({ where: { label: 'Dashboard reader' } });
  expect([token.userId, token.readOnly]).toEqual([analyst.user.id, true]);
  // It reads as the analyst, and a write made with it (revoking itself) is refused.
  expect(await whoIs({ authorization: `Bearer ${secret}` })).toBe(analyst.name);
  const write = await fetch(`${server.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query: 'mutation R($id: ID!) { revokeToken(id: $id) { id } }', variables: { id: 'x' } }),
  });
  const refused = (await write.json()) as { errors: { extensions: { code: string; reason?: string } }[] };
  expect(refused.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'READ_ONLY_TOKEN' });
  await row.locator('button.revoke-token').click();
  await page.locator('#token-table tr[data-state=revoked]', { hasText: 'Dashboard reader' }).waitFor();
  expect(await whoIs({ authorization: `Bearer ${secret}` })).toBe('UNAUTHENTICATED');
  await page.context().close();
});

it('offers an analyst no Users page: no link, and the address alone shows nothing', async () => {
  const page = await signedIn(analyst);
  await page.locator('#token-form').waitFor();
  expect(await page.locator('#nav-users').isVisible()).toBe(false);
  await page.goto(`${server.baseUrl}/admin/#/users`);
  await page.locator('#users-forbidden').waitFor();
  expect(await page.locator('#users-table').count()).toBe(0);
  await page.context().close();
});

it('asks only for the new password in the session the first-start link opened, and for the current one after', async () => {
  const newcomer = await createUserWithPassword(server.s.db, 'VIEWER', 'account-newcomer');
  const secret = randomBytes(32).toString('base64url');
  await server.s.db.signInLink.create({
    data: { userId: newcomer.user.id, linkHash: hashToken(secret), expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const { page } = await openPage(browser, traffic);
  await page.goto(`${server.baseUrl}/auth/link/${secret}`);
  await page.waitForURL(/\/admin\/#\/account$/);
  await page.locator('#password-form[data-by-link=true]').waitFor();
  expect(await page.locator('#current-password').count()).toBe(0);
  expect(await page.locator('#password-by-link').textContent()).toContain('first-start link');
  expect(await seriousViolations(page)).toEqual([]);
  const chosen = 'the newcomer chose this passphrase';
  await page.locator('#new-password').fill(chosen);
  await page.locator('#new-password-again').fill(chosen);
  await page.locator('#password-submit').click();
  await page.locator('#account-status', { hasText: 'Password changed.' }).waitFor();
  expect(await passwordAccepted(newcomer.name, chosen)).toBe(204);
  // Once only: the form now asks for the current password too.
  await page.locator('#password-form[data-by-link=false] #current-password').waitFor();
  await page.context().close();
});

it('changes a role and disables and enables an account on the Users page, each after a confirmation', async () => {
  const member = await createUserWithPassword(server.s.db, 'ANALYST', 'account-role');
  const memberPage = await signedIn(member, '#/');
  const memberCookie = await sessionCookie(memberPage.context());
  const page = await signedIn(admin, '#/users');
  const disables: string[] = [];
  page.on('request', (r) => {
    if (r.postData()?.includes('"operationName":"ConsoleDisableUser"')) disables.push(r.url());
  });
  const row = page.locator('#users-table tr[data-user="account-role"]');
  await row.waitFor();
  await row.getByLabel('Role of account-role').selectOption('REVIEWER');
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Change role' }).click();
  await page.locator('#users-status', { hasText: 'account-role is now reviewer.' }).waitFor();
  await row.locator('td[data-role=REVIEWER]').waitFor();
  expect(await row.locator('td[data-role] .role-name').textContent()).toBe('reviewer');
  expect((await server.s.db.user.findUniqueOrThrow({ where: { name: 'account-role' } })).role).toBe('REVIEWER');

  // Declining the confirmation disables nothing (and sends nothing: counted below).
  page.once('dialog', (dialog) => void dialog.dismiss());
  await row.getByRole('button', { name: 'Disable account account-role' }).click();

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await row.getByRole('button', { name: 'Disable account account-role' }).click();
  await page.locator('#users-table tr[data-user="account-role"][data-disabled=true]').waitFor();
  expect(asked).toContain('Disable account-role?');
  expect(await row.locator('td[data-disabled]').textContent()).toContain('disabled');
  expect(await whoIs({ cookie: `tracker_session=${memberCookie}` })).toBeNull();
  expect(await passwordAccepted(member.name, member.password)).toBe(401);
  // One disableUser went out: the declined confirmation sent none.
  expect(disables).toHaveLength(1);

  await row.getByRole('button', { name: 'Enable account account-role' }).click();
  await page.locator('#users-table tr[data-user="account-role"][data-disabled=false]').waitFor();
  expect(await passwordAccepted(member.name, member.password)).toBe(204);
  await memberPage.context().close();
  await page.context().close();
});

it('keeps the last admin: demoting or disabling it is refused with a sentence, not a code', async () => {
  const page = await signedIn(admin, '#/users');
  const row = page.locator(`#users-table tr[data-user="${admin.name}"]`);
  await row.waitFor();
  const lastAdmin = 'This is the last active admin: make another account an admin first.';
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Disable account ${admin.name}` }).click();
  await page.locator('#users-error', { hasText: lastAdmin }).waitFor();
  await page.reload();
  await row.getByLabel(`Role of ${admin.name}`).selectOption('ANALYST');
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: 'Change role' }).click();
  await page.locator('#users-error', { hasText: lastAdmin }).waitFor();
  expect(await page.locator('#users-error').textContent()).toBe(lastAdmin);
  expect(await page.locator('body').textContent()).not.toContain('LAST_ADMIN');
  // In Chinese too.
  await page.locator('#lang-toggle').click();
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `停用账户 ${admin.name}` }).click();
  await page.locator('#users-error', { hasText: '这是最后一个有效的管理员：请先将另一个账户设为管理员。' }).waitFor();
  // The language switch is the admin's preference, kept with the account: back to English for the tests after.
  await page.locator('#lang-toggle').click();
  await page.locator('#lang-toggle', { hasText: '中文' }).waitFor();
  const saved = () => server.s.db.preference.findUnique({ where: { userName: admin.name } });
  for (let i = 0; i < 200 && (await saved())?.language !== 'EN'; i++) await new Promise((r) => setTimeout(r, 50));
  expect((await saved())?.language).toBe('EN');
  expect(await server.s.db.user.findUniqueOrThrow({ where: { name: admin.name } })).toMatchObject({
    role: 'ADMIN',
    disabledAt: null,
  });
  await page.context().close();
});

it('lets an admin manage accounts on the Users page: institutions, a new password, ending sessions', async () => {
  const ministry = await createOwner(server.s.db, { name: 'Ministry of Users', nameEn: 'Ministry of Users' });
  const member = await createUserWithPassword(server.s.db, 'ANALYST', 'account-member');
  const memberPage = await signedIn(member, '#/');
  const memberCookie = await sessionCookie(memberPage.context());
  const page = await signedIn(admin, '#/');
  await page.locator('#nav-users').click();
  const row = page.locator('#users-table tr[data-user="account-member"]');
  await row.waitFor();
  expect(await row.locator('td[data-role] .role-name').textContent()).toBe('analyst');
  expect(await seriousViolations(page)).toEqual([]);
  await row.locator('select.add-institution').selectOption({ label: 'Ministry of Users' });
  await row.getByRole('button', { name: 'Add' }).click();
  await row.locator(`li[data-owner]`, { hasText: 'Ministry of Users' }).waitFor();
  expect(await server.s.db.membership.count({ where: { userId: member.user.id, ownerId: ministry.id } })).toBe(1);
  await row.getByRole('button', { name: 'Remove account-member from Ministry of Users' }).click();
  await waitForCount(page, '#users-table tr[data-user="account-member"] li[data-owner]', 0);
  // Ending its sessions signs the member's browser out.
  await row.getByRole('button', { name: 'End every session of account-member' }).click();
  await page.locator('#users-status', { hasText: 'Every session of account-member has ended.' }).waitFor();
  expect(await whoIs({ cookie: `tracker_session=${memberCookie}` })).toBeNull();
  // A new password replaces the old one.
  const reset = 'reset by the admin on the users page';
  await row.getByLabel('New password for account-member').fill(reset);
  await row.getByRole('button', { name: 'Set password' }).click();
  await page.locator('#users-status', { hasText: 'Password set for account-member' }).waitFor();
  expect(await passwordAccepted(member.name, reset)).toBe(204);
  expect(await passwordAccepted(member.name, member.password)).toBe(401);
  await memberPage.context().close();
  await page.context().close();
});

it('made every request to 127.0.0.1, with no CSP violation or uncaught error', () => {
  expect(traffic.urls.length).toBeGreaterThan(0);
  expect(nonLocalUrls(traffic.urls)).toEqual([]);
  expect(traffic.problems).toEqual([]);
});
