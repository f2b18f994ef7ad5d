// Credentials that stop being valid while connections opened with them are still live. A WebSocket is
// authenticated once, when it opens, so every instance must hear of the end to close its sockets: the
// writing transaction notifies `tracker_credentials`, delivered to every instance's listener on commit
// (db/changeListener.ts) and never if it rolls back. A token's revocation names the token; a change to a
// whole account (an ended session, a disabled user, a new role) would name the user through the same call.
import type { Prisma } from '../generated/prisma/client';

export const CREDENTIALS_CHANNEL = 'tracker_credentials';

/** Whose connections must close: one token's, one browser session's, or every one of a user's. */
export type EndedCredential = { tokenId: number } | { sessionId: number } | { userId: number };

/** Tells every instance, once `tx` commits, that connections opened with `ended` must close. */
export async function announceEndedCredential(tx: Prisma.TransactionClient, ended: EndedCredential): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CREDENTIALS_CHANNEL}, ${JSON.stringify(ended)})`;
}

/** A notification's payload as sent above; null for anything else. */
export function parseEndedCredential(payload: string): EndedCredential | null {
  try {
    const value = JSON.parse(payload) as Record<string, unknown>;
    if (Number.isSafeInteger(value.tokenId)) return { tokenId: value.tokenId as number };
    if (Number.isSafeInteger(value.sessionId)) return { sessionId: value.sessionId as number };
    if (Number.isSafeInteger(value.userId)) return { userId: value.userId as number };
  } catch {
    // Not ours: ignored below.
  }
  return null;
}
