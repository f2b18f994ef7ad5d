// Health is written twice, once per language: healthOf in JS (domain/health.ts) and healthSql in the read
// model (db/readModel/health.ts). This grid holds them to the same answer for every status, progress around
// the due-soon minimum, target dates around today and the due-soon window, and last activity around the
// stale threshold (logged or, with no entry, the record's creation), at two clocks.
import { Prisma, type RecommendationStatus } from '../../src/generated/prisma/client';
import { healthOf, type HealthInput } from '../../src/domain/health';
import { healthSql } from '../../src/db/readModel/health';
import { STATUSES } from '../../src/db/readModel/filter';
import { useTestServer } from '../helpers/testServer';

const t = { staleDays: 90, dueSoonDays: 30, dueSoonMinProgress: 50 };
const DAY = 86_400_000;
const s = useTestServer();

function grid(now: Date): HealthInput[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const targets = [null, -1, 0, 1, t.dueSoonDays - 1, t.dueSoonDays, t.dueSoonDays + 1].map((d) =>
    d === null ? null : new Date(today + d * DAY),
  );
  const stale = t.staleDays * DAY;
  const ages = [0, stale - 1, stale, stale + 1, 2 * stale].map((a) => new Date(now.getTime() - a));
  const out: HealthInput[] = [];
  for (const status of STATUSES)
    for (const progress of [0, t.dueSoonMinProgress - 1, t.dueSoonMinProgress, 100])
      for (const targetDate of targets)
        for (const activity of ages) {
          out.push({ status, progress, targetDate, lastProgressAt: activity, createdAt: new Date(0) });
          out.push({ status, progress, targetDate, lastProgressAt: null, createdAt: activity });
        }
  return out;
}

/** UTC wall time, as the columns store it. */
const wall = (d: Date | null) => d && d.toISOString().slice(0, 23);

async function healthInSql(rows: HealthInput[], now: Date): Promise<string[]> {
  const result = await s.db.$queryRaw<{ i: number; health: string }[]>`
    SELECT r.i, ${healthSql(now, t, Prisma.raw('r'))} AS health
    FROM unnest(${rows.map((_, i) => i)}::int[], ${rows.map((_, i) => -1 - i)}::int[], ${rows.map((r) => r.status)}::"RecommendationStatus"[],
      ${rows.map((r) => r.progress)}::int[], ${rows.map((r) => r.targetDate && r.targetDate.toISOString().slice(0, 10))}::date[],
      ${rows.map((r) => wall(r.lastProgressAt))}::timestamp[], ${rows.map((r) => wall(r.createdAt))}::timestamp[])
      AS r(i, id, status, progress, "targetDate", "lastProgressAt", "createdAt")
    ORDER BY r.i`;
  return result.map((r) => r.health);
}

it.each([new Date('2026-06-15T13:45:30.250Z'), new Date('2026-12-31T00:00:00.000Z')])(
  'gives every record of the grid the same health in SQL as healthOf at %s',
  async (now) => {
    const rows = grid(now);
    const inSql = await healthInSql(rows, now);
    expect(inSql).toEqual(rows.map((r) => healthOf(r, now, t)));
    // The grid reaches every health, so agreeing is not agreeing on one answer.
    expect(new Set(inSql)).toEqual(new Set(['DONE', 'OVERDUE', 'AT_RISK', 'ON_TRACK']));
  },
);

it('statuses cover the enum, so the grid misses none', () => {
  const all: RecommendationStatus[] = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'STALLED', 'IMPLEMENTED', 'ABANDONED'];
  expect([...STATUSES].sort()).toEqual(all.sort());
});
