// A refusal in plain words: the API's error codes (BAD_USER_INPUT, FORBIDDEN…) stay in the API and on the
// element's data-code, never on a screen. Each code is a sentence in the current language; in English the
// server's own words follow as the detail (they are English), in Chinese the sentence stands alone.
import { lang, translator } from './i18n';

const en = {
  BAD_USER_INPUT: 'The server did not accept this input.',
  UNAUTHENTICATED: 'You are not signed in, or your session has ended. Sign in again.',
  FORBIDDEN: 'Your account may not do this.',
  NOT_FOUND: 'This no longer exists, or never did.',
  CONFLICT: 'Someone else changed this in the meantime.',
  RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
  NETWORK_ERROR: 'The server did not answer. Check that it is running and try again.',
  other: 'Something went wrong on the server. Try again; if it keeps failing, tell an administrator.',
  detail: '{sentence} ({detail})',
};
const zh: typeof en = {
  BAD_USER_INPUT: '服务器未接受这项输入，请检查后重试。',
  UNAUTHENTICATED: '您尚未登录，或会话已结束。请重新登录。',
  FORBIDDEN: '您的账户无权进行此操作。',
  NOT_FOUND: '所请求的内容不存在或已被删除。',
  CONFLICT: '其他人已在此期间修改了这条内容。',
  RATE_LIMITED: '尝试次数过多，请稍候再试。',
  NETWORK_ERROR: '服务器没有响应。请确认服务正在运行后重试。',
  other: '服务器出了问题。请重试；如果仍然失败，请告知管理员。',
  detail: '{sentence}',
};
const et = translator(en, zh);
type Known = Exclude<keyof typeof en, 'other' | 'detail'>;
const isKnown = (code: string): code is Known => code in en && code !== 'other' && code !== 'detail';

/** A server developer's word that a reader must not see (codes, stack-ish text), left out of the detail. */
const CODE_LIKE = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

/** The sentence a reader sees for a refusal with this code and the server's message. */
export function plainError(code: string, serverMessage: string): string {
  const sentence = et(isKnown(code) ? code : 'other');
  if (lang() === 'zh' || !serverMessage || code === 'NETWORK_ERROR' || CODE_LIKE.test(serverMessage)) return sentence;
  return et('detail', { sentence, detail: serverMessage.replace(/\.$/, '') });
}
