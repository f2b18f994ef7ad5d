// The strings of signing in and out, the header's account, "My account" and the Users page, in both
// languages, kept beside i18n.ts as followText.ts is, so that this feature stays in its own modules.
import { lang, translator } from './i18n';
import type { Role } from './__generated__/operations';

const roleNames: Record<'en' | 'zh', Record<Role, string>> = {
  en: { VIEWER: 'viewer', ANALYST: 'analyst', REVIEWER: 'reviewer', ADMIN: 'admin' },
  zh: { VIEWER: '查看者', ANALYST: '分析员', REVIEWER: '审核员', ADMIN: '管理员' },
};

export const roleName = (role: Role): string => roleNames[lang()][role];

const en = {
  signInLink: 'Sign in',
  navAccount: 'My account',
  navUsers: 'Users',
  signOut: 'Sign out',
  signOutFailed: 'Could not sign out: {message}',
  signedInAs: 'Signed in as {name} ({role})',
  anonymous: 'Not signed in: read-only',
  meFailed: 'Could not check who is signed in: {message}',
  institutions: 'Institutions: {names}',
  noInstitutions: 'No institution',
  signInTitle: 'Sign in',
  signInIntro: 'Sign in to log progress, follow recommendations and manage your account.',
  signInWith: 'Sign in with {label}',
  signInPasskey: 'Sign in with a passkey',
  orPassword: 'Or with your name and password',
  nameField: 'Name',
  passwordField: 'Password',
  signInSubmit: 'Sign in',
  signingIn: 'Signing in…',
  badCredentials: 'The name or the password is wrong.',
  throttled: 'Too many failed attempts. Try again in {minutes} min (at {time}).',
  signInFailed: 'Could not sign in: {message}',
  alreadySignedIn: 'You are signed in as {name}.',
  continue: 'Continue',
  methodsFailed: 'Could not load the ways to sign in: {message}',
};

export const ac = translator(en, {
  signInLink: '登录',
  navAccount: '我的账户',
  navUsers: '用户',
  signOut: '退出登录',
  signOutFailed: '无法退出登录：{message}',
  signedInAs: '已登录：{name}（{role}）',
  anonymous: '未登录：只读',
  meFailed: '无法确认登录状态：{message}',
  institutions: '所属机构：{names}',
  noInstitutions: '未加入任何机构',
  signInTitle: '登录',
  signInIntro: '登录后可以记录进展、关注建议并管理你的账户。',
  signInWith: '通过 {label} 登录',
  signInPasskey: '使用通行密钥登录',
  orPassword: '或使用用户名和密码',
  nameField: '用户名',
  passwordField: '密码',
  signInSubmit: '登录',
  signingIn: '正在登录…',
  badCredentials: '用户名或密码错误。',
  throttled: '失败次数过多。请在 {minutes} 分钟后（{time}）再试。',
  signInFailed: '无法登录：{message}',
  alreadySignedIn: '你已以 {name} 的身份登录。',
  continue: '继续',
  methodsFailed: '无法加载登录方式：{message}',
});
