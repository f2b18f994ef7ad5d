// A signed-in user's console preferences (`Viewer.preferences`, `setPreferences`): the language and whether the
// catalog's charts are open. They live on the server so that they follow the account to another browser; an
// anonymous visitor's console keeps its own in that browser. Rows are keyed by the actor's name, as follows are,
// so that the bootstrap ADMIN_TOKEN (no account row) has them too. A change is audited (target: the user) in its
// transaction; setting what is already set writes nothing.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Language } from '../../generated/prisma/client';
import { unauthenticated } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit';
import { authorize } from './auth';
import { parseInput } from '../validation';

/** `Viewer.preferences`: a field is null until first chosen. */
export interface PreferencesRow {
  language: Language | null;
  chartsOpen: boolean | null;
}

const NONE: PreferencesRow = { language: null, chartsOpen: null };

const preferencesSchema = z
  .object({
    language: z.enum(['ZH', 'EN']).nullish(),
    chartsOpen: z.boolean().nullish(),
  })
  .strict()
  .refine((i) => i.language != null || i.chartsOpen != null, {
    message: 'give at least one of language and chartsOpen',
  });

/** The preferences of the account named `userName`; every field null when none were ever set. */
export async function preferencesOf(ctx: AppContext, userName: string): Promise<PreferencesRow> {
  const row = await ctx.db.preference.findUnique({ where: { userName } });
  return row ? { language: row.language, chartsOpen: row.chartsOpen } : NONE;
}

/** Sets the fields given (others stay); returns the caller's name, `Viewer`'s parent with its role. */
export async function setPreferences(ctx: AppContext, raw: unknown) {
  if (!ctx.actor) throw unauthenticated('Preferences need a signed-in account: they are your own.');
  const actor = authorize(ctx.actor, 'setPreferences');
  const input = parseInput(preferencesSchema, raw);
  await inTransaction(ctx.db, async (tx) => {
    const existing = await tx.preference.findUnique({ where: { userName: actor.name } });
    const before: PreferencesRow = existing ? { language: existing.language, chartsOpen: existing.chartsOpen } : NONE;
    const after: PreferencesRow = {
      language: input.language ?? before.language,
      chartsOpen: input.chartsOpen ?? before.chartsOpen,
    };
    if (after.language === before.language && after.chartsOpen === before.chartsOpen) return;
    await tx.preference.upsert({
      where: { userName: actor.name },
      create: { userName: actor.name, ...after },
      update: after,
    });
    await recordAudit(tx, actor, 'setPreferences', actor.name, existing ? before : null, after);
  });
  return { name: actor.name, role: actor.role };
}
