// Whether an account may be authenticated at all, written once. An admin disables an account (accountAdmin.ts);
// from then on no way in signs it in (a password, a passkey, a provider, a one-time link: signin.ts's
// beginSession refuses it, whatever proved the user) and none of its credentials names it (a session, a token,
// and the checks that close their open subscriptions). Each way in still answers as it answers any refusal: a
// password the wrong password's 401, a passkey its 401, a provider a page saying the account is disabled.
import type { Prisma, User } from '../../generated/prisma/client';

/** Whether `user` may sign in, or be named by one of its sessions or tokens. */
export const mayAuthenticate = (user: Pick<User, 'disabledAt'>): boolean => user.disabledAt === null;

/** The same rule as a condition on a credential's user, for the lookups that read many rows at once. */
export const AUTHENTICATING_USER = { disabledAt: null } satisfies Prisma.UserWhereInput;

/** A way in proved someone whose account an admin disabled: nobody is signed in, and nothing is written. */
export class DisabledAccount extends Error {}
