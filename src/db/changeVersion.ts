// The database's change version: the sum of tracker_internal."ChangeCounter", which statement triggers bump
// on every table a read can return (migrations *_raw_change_counter and *_raw_change_counter_everywhere).
// Under MVCC the sum changes exactly when such a change commits, from this process or any other, so every
// instance on the same database reads the same version. The dashboard's cache and the HTTP ETags rest on it.
import type { Db } from './client';

export async function changeVersion(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<
    { v: string }[]
  >`SELECT sum("version")::text AS v FROM "tracker_internal"."ChangeCounter"`;
  return row.v;
}
