// Per-request DataLoaders: every list field resolves in one batched statement per page, never one per row.
import DataLoader from 'dataloader';
import { columnList, updateColumns } from './readModel/columns';
import { dateParam, replayedSql } from './readModel/replay';
import { latestEntriesSql, ownersOfSql } from './readModel/related';
import { searchMatchesLoader } from './readModel/search/matches';
import { ownersInScope, type OwnerInScope } from './readModel/ownersInScope';
import { quoteSql, subtreeNodes, type RollupNode } from './readModel/rollup';
import { Prisma } from '../generated/prisma/client';
import type {
  ApiToken,
  AuditEntry,
  Evidence,
  Indicator,
  IndicatorValue,
  Owner,
  ProgressUpdate,
  Proposal,
  QuoteRevision,
  Recommendation,
  RecommendationLink,
  RecommendationStatus,
  SourceDocument,
  TargetDateRevision,
  Theme,
  User,
} from '../generated/prisma/client';

/** What loaders read through: the database handle, or a transaction (models and raw queries are all they use). */
type Reader = Prisma.TransactionClient;

interface StateAsOf {
  status: RecommendationStatus;
  progress: number;
}

const byKey = <K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | null)[] => {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
};

/** Rows by id, one statement per batch. */
const byId = <V extends { id: number }>(find: (ids: number[]) => Promise<V[]>) =>
  new DataLoader<number, V | null>(async (ids) => byKey(ids, await find([...ids]), (v) => v.id));

const groupBy = <K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): V[][] => {
  const map = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) map.get(keyOf(r))?.push(r);
  return keys.map((k) => map.get(k) ?? []);
};

/**
 * The one key of an `updates(first)` read: the list page that primes it (readModel/page.ts) and the field
 * that reads it (Recommendation.updates) both go through loaders.updates, and so through this key; a field
 * set that differs only in fields needing no other column shares the read.
 */
export const updatesReadKey = (limit: number, asOf: Date | null, fields: ReadonlySet<string>): string =>
  `${limit}:${asOf?.toISOString() ?? ''}:${updateColumns(fields).join(',')}`;

/**
 * `updates(first)` may be asked with different limits, dates or fields in one request; each combination
 * batches alone. Rows carry only the selected columns: the fields asked are the only ones resolved on them.
 */
function updatesLoader(db: Reader, limit: number, asOf: Date | null, fields: ReadonlySet<string>) {
  const select = columnList(updateColumns(fields), Prisma.raw('u'));
  return new DataLoader<number, ProgressUpdate[]>(async (ids) => {
    const rows = await db.$queryRaw<ProgressUpdate[]>`
      SELECT e.* FROM unnest(${[...ids]}::int[]) AS r(id)
      CROSS JOIN LATERAL (${latestEntriesSql(select, Prisma.raw('r'), Prisma.sql`${limit}::int`, asOf)}) e`;
    return groupBy(ids, rows, (u) => u.recommendationId);
  });
}

/** An indicator with the revision a read sees: the last one written before the read's cut (or the last one). */
export type IndicatorRow = Indicator & {
  revDefinition: Prisma.JsonValue;
  revArchived: boolean;
  revTolerance: number;
  revVersion: number;
};

/** Indicators with their revision as of `cut` (null: now), on the condition `where` over `i`; in id order. */
const indicatorRowsSql = (cut: Date | null, where: Prisma.Sql) => Prisma.sql`
  SELECT i.*, rv.definition AS "revDefinition", rv.archived AS "revArchived", rv.tolerance AS "revTolerance",
    rv.version AS "revVersion"
  FROM "Indicator" i
  CROSS JOIN LATERAL (SELECT x.* FROM "IndicatorRevision" x WHERE x."indicatorId" = i.id
    ${cut ? Prisma.sql`AND x."createdAt" < (${cut.toISOString()}::timestamptz AT TIME ZONE 'UTC')` : Prisma.empty}
    ORDER BY x."createdAt" DESC, x.id DESC LIMIT 1) rv
  WHERE ${where} ORDER BY i.id`;

/** Each record's indicators as of `cut` (null: now), archived ones left out: one statement per page. */
function indicatorsLoader(db: Reader, cut: Date | null) {
  return new DataLoader<number, IndicatorRow[]>(async (ids) => {
    const rows = await db.$queryRaw<IndicatorRow[]>(
      indicatorRowsSql(cut, Prisma.sql`i."recommendationId" = ANY(${[...ids]}::int[]) AND NOT rv.archived`),
    );
    return groupBy(ids, rows, (r) => r.recommendationId);
  });
}

/** Each indicator's values recorded before `cut` (null: all), latest period first: one statement per page. */
function indicatorValuesLoader(db: Reader, cut: Date | null) {
  return new DataLoader<number, IndicatorValue[]>(async (ids) =>
    groupBy(
      ids,
      await db.indicatorValue.findMany({
        where: { indicatorId: { in: [...ids] }, ...(cut && { recordedAt: { lt: cut } }) },
        orderBy: [{ periodEnd: 'desc' }, { id: 'desc' }],
      }),
      (v) => v.indicatorId,
    ),
  );
}

/** Status and progress as they stood at the end of `asOf`, replayed from the log (readModel/replay.ts). */
function stateAsOfLoader(db: Reader, asOf: Date) {
  return new DataLoader<number, StateAsOf | null>(async (ids) => {
    const r = Prisma.raw('r');
    const rows = await db.$queryRaw<(StateAsOf & { id: number })[]>`
      SELECT r.id, ${replayedSql('status', r, dateParam(asOf))} AS status,
        ${replayedSql('progress', r, dateParam(asOf))} AS progress
      FROM "Recommendation" r WHERE r.id = ANY(${[...ids]}::int[])`;
    return byKey(ids, rows, (r) => r.id);
  });
}

export function createLoaders(db: Reader) {
  const memo = <T>() => new Map<string, T>();
  const updates = memo<ReturnType<typeof updatesLoader>>();
  const states = memo<ReturnType<typeof stateAsOfLoader>>();
  const searches = memo<ReturnType<typeof searchMatchesLoader>>();
  const trees = memo<DataLoader<number, RollupNode[]>>();
  const indicators = memo<ReturnType<typeof indicatorsLoader>>();
  const indicatorValues = memo<ReturnType<typeof indicatorValuesLoader>>();
  const scopes = memo<DataLoader<number, OwnerInScope[]>>();
  return {
    // Every page asks for its themes: raw SQL skips the query compiler, most of a Prisma call's cost here.
    theme: new DataLoader<number, Theme | null>(async (ids) =>
      byKey(ids, await db.$queryRaw<Theme[]>`SELECT * FROM "Theme" WHERE id = ANY(${[...ids]}::int[])`, (t) => t.id),
    ),
    document: byId<SourceDocument>((ids) => db.sourceDocument.findMany({ where: { id: { in: ids } } })),
    recommendation: byId<Recommendation>((ids) => db.recommendation.findMany({ where: { id: { in: ids } } })),
    progressUpdate: byId<ProgressUpdate>((ids) => db.progressUpdate.findMany({ where: { id: { in: ids } } })),
    // Rows by id for node(id:)/nodes(ids:) (domain/registry/nodes.ts): one statement per type however many ids.
    owner: byId<Owner>((ids) => db.owner.findMany({ where: { id: { in: ids } } })),
    user: byId<User>((ids) => db.user.findMany({ where: { id: { in: ids } } })),
    apiToken: byId<ApiToken>((ids) => db.apiToken.findMany({ where: { id: { in: ids } } })),
    auditEntry: byId<AuditEntry>((ids) => db.auditEntry.findMany({ where: { id: { in: ids } } })),
    owners: new DataLoader<number, Owner[]>(async (ids) => {
      const rows = await db.$queryRaw<(Owner & { recommendationId: number })[]>`
        SELECT e.* FROM unnest(${[...ids]}::int[]) AS r(id)
        CROSS JOIN LATERAL (${ownersOfSql(Prisma.sql`o.*, ro."recommendationId"`, Prisma.raw('r'))}) e`;
      return groupBy(ids, rows, (o) => o.recommendationId).map((list) =>
        list.map(({ recommendationId: _, ...owner }) => owner),
      );
    }),
    /** A user's institutions by user id, by name (the order of access/memberships.ts's membershipsOf). */
    memberships: new DataLoader<number, Owner[]>(async (ids) => {
      const rows = await db.membership.findMany({
        where: { userId: { in: [...ids] } },
        include: { owner: true },
        orderBy: { owner: { name: 'asc' } },
      });
      return groupBy(ids, rows, (m) => m.userId).map((list) => list.map((m) => m.owner));
    }),
    ownerAliases: new DataLoader<number, string[]>(async (ids) =>
      groupBy(
        ids,
        await db.ownerName.findMany({ where: { ownerId: { in: [...ids] }, isAlias: true }, orderBy: { id: 'asc' } }),
        (n) => n.ownerId,
      ).map((rows) => rows.map((n) => n.name)),
    ),
    targetRevisions: new DataLoader<number, TargetDateRevision[]>(async (ids) =>
      groupBy(
        ids,
        await db.targetDateRevision.findMany({ where: { recommendationId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (r) => r.recommendationId,
      ),
    ),
    // An entry's evidence records (ProgressUpdate.evidence), in the order of its evidenceUrls.
    evidence: new DataLoader<number, Evidence[]>(async (ids) =>
      groupBy(
        ids,
        await db.evidence.findMany({
          where: { progressUpdateId: { in: [...ids] } },
          orderBy: [{ progressUpdateId: 'asc' }, { position: 'asc' }],
        }),
        (e) => e.progressUpdateId,
      ),
    ),
    // A catalog split's two sides (prisma/catalogRevision.ts): rare, so plain Prisma reads.
    successors: new DataLoader<number, Recommendation[]>(async (ids) =>
      groupBy(
        ids,
        await db.recommendation.findMany({ where: { splitFromId: { in: [...ids] } }, orderBy: { code: 'asc' } }),
        (r) => r.splitFromId!,
      ),
    ),
    splitFrom: new DataLoader<number, Recommendation | null>(async (ids) => {
      const rows = await db.recommendation.findMany({ where: { id: { in: [...ids] } }, include: { splitFrom: true } });
      return ids.map((id) => rows.find((r) => r.id === id)?.splitFrom ?? null);
    }),
    // Actions (domain/catalog/rollup.ts): a record's children in code order, an action's quote (its ancestor's).
    children: new DataLoader<number, Recommendation[]>(async (ids) =>
      groupBy(
        ids,
        await db.recommendation.findMany({ where: { parentId: { in: [...ids] } }, orderBy: { code: 'asc' } }),
        (r) => r.parentId!,
      ),
    ),
    quote: new DataLoader<number, string | null>(async (ids) => {
      const rows = await db.$queryRaw<{ id: number; quote: string }[]>`
        SELECT r.id, ${quoteSql(Prisma.raw('r'))} AS quote FROM "Recommendation" r WHERE r.id = ANY(${[...ids]}::int[])`;
      return byKey(ids, rows, (r) => r.id).map((r) => r?.quote ?? null);
    }),
    /** The nodes of the subtrees under a batch of records, now or as of a date: every key answers the batch's. */
    rollupTrees(asOf: Date | null) {
      const key = asOf?.toISOString() ?? '';
      if (!trees.has(key))
        trees.set(
          key,
          new DataLoader<number, RollupNode[]>(async (ids) => {
            const nodes = await subtreeNodes(db, ids, asOf);
            return ids.map(() => nodes);
          }),
        );
      return trees.get(key)!;
    },
    // Links across documents (domain/catalog/links.ts): each record's links both ways, in the order they were
    // made, and the other documents that state its measure ("also in": its SAME_MEASURE partners' documents, and
    // those of the candidates merged into it): one statement a page each.
    links: new DataLoader<number, RecommendationLink[]>(async (ids) => {
      const rows = await db.recommendationLink.findMany({
        where: { OR: [{ fromId: { in: [...ids] } }, { toId: { in: [...ids] } }] },
        orderBy: { id: 'asc' },
      });
      return ids.map((id) => rows.filter((l) => l.fromId === id || l.toId === id));
    }),
    alsoIn: new DataLoader<number, SourceDocument[]>(async (ids) => {
      const rows = await db.$queryRaw<(SourceDocument & { recommendationId: number })[]>`
        SELECT d.*, x.rid AS "recommendationId" FROM (
          SELECT r.id AS rid, ot."documentId" AS did
          FROM unnest(${[...ids]}::int[]) AS r(id)
          JOIN "RecommendationLink" l ON l.kind = 'SAME_MEASURE' AND (l."fromId" = r.id OR l."toId" = r.id)
          JOIN "Recommendation" o ON o.id = CASE WHEN l."fromId" = r.id THEN l."toId" ELSE l."fromId" END
          JOIN "Theme" ot ON ot.id = o."themeId"
          UNION
          SELECT r.id, c."documentId"
          FROM unnest(${[...ids]}::int[]) AS r(id)
          JOIN "Candidate" c ON c."recommendationId" = r.id AND c.state = 'MERGED'
        ) x
        JOIN "Recommendation" me ON me.id = x.rid
        JOIN "Theme" mt ON mt.id = me."themeId"
        JOIN "SourceDocument" d ON d.id = x.did AND d.id <> mt."documentId"
        ORDER BY x.rid, d.id`;
      return groupBy(ids, rows, (d) => d.recommendationId).map((list) =>
        list.map(({ recommendationId: _, ...doc }) => doc),
      );
    }),
    quoteRevisions: new DataLoader<number, QuoteRevision[]>(async (ids) =>
      groupBy(
        ids,
        await db.quoteRevision.findMany({ where: { recommendationId: { in: [...ids] } }, orderBy: { id: 'asc' } }),
        (r) => r.recommendationId,
      ),
    ),
    // A second pair of eyes (domain/log/proposals.ts): proposals by id, and each record's, newest first.
    proposal: byId<Proposal>((ids) => db.proposal.findMany({ where: { id: { in: ids } } })),
    proposals: new DataLoader<number, Proposal[]>(async (ids) =>
      groupBy(
        ids,
        await db.proposal.findMany({ where: { recommendationId: { in: [...ids] } }, orderBy: { id: 'desc' } }),
        (p) => p.recommendationId,
      ),
    ),
    updateOfProposal: new DataLoader<number, ProgressUpdate | null>(async (ids) =>
      byKey(ids, await db.progressUpdate.findMany({ where: { proposalId: { in: [...ids] } } }), (u) => u.proposalId!),
    ),
    themeRecommendationCount: new DataLoader<number, number>(async (ids) => {
      const rows = await db.recommendation.groupBy({
        by: ['themeId'],
        // Top-level records, as every count (decisions.md, "Lists").
        where: { themeId: { in: [...ids] }, archivedAt: null, parentId: null },
        _count: { _all: true },
      });
      return ids.map((id) => rows.find((r) => r.themeId === id)?._count._all ?? 0);
    }),
    updates(limit: number, asOf: Date | null, fields: ReadonlySet<string>) {
      const key = updatesReadKey(limit, asOf, fields);
      if (!updates.has(key)) updates.set(key, updatesLoader(db, limit, asOf, fields));
      return updates.get(key)!;
    },
    stateAsOf(asOf: Date) {
      const key = asOf.toISOString();
      if (!states.has(key)) states.set(key, stateAsOfLoader(db, asOf));
      return states.get(key)!;
    },
    indicatorById: new DataLoader<number, IndicatorRow | null>(async (ids) =>
      byKey(
        ids,
        await db.$queryRaw<IndicatorRow[]>(indicatorRowsSql(null, Prisma.sql`i.id = ANY(${[...ids]}::int[])`)),
        (r) => r.id,
      ),
    ),
    indicatorValue: byId<IndicatorValue>((ids) => db.indicatorValue.findMany({ where: { id: { in: ids } } })),
    indicatorValueOfUpdate: new DataLoader<number, IndicatorValue | null>(async (ids) =>
      byKey(
        ids,
        await db.indicatorValue.findMany({ where: { progressUpdateId: { in: [...ids] } } }),
        (v) => v.progressUpdateId,
      ),
    ),
    /** Each record's indicators as of `cut`, the end of its asOf (null: now). */
    indicators(cut: Date | null) {
      const key = cut?.toISOString() ?? '';
      if (!indicators.has(key)) indicators.set(key, indicatorsLoader(db, cut));
      return indicators.get(key)!;
    },
    /** Each indicator's values recorded before `cut` (null: all). */
    indicatorValues(cut: Date | null) {
      const key = cut?.toISOString() ?? '';
      if (!indicatorValues.has(key)) indicatorValues.set(key, indicatorValuesLoader(db, cut));
      return indicatorValues.get(key)!;
    },
    /** Each record's owners as the scoping rule reads them for `userId` (Recommendation.viewerCan on a page). */
    ownersInScope(userId: number | null) {
      const key = String(userId);
      if (!scopes.has(key)) scopes.set(key, new DataLoader((ids) => ownersInScope(db, ids, userId)));
      return scopes.get(key)!;
    },
    // Where a list's search matched each record (Recommendation.searchMatches): one statement per page and search.
    searchMatches(search: string) {
      if (!searches.has(search)) searches.set(search, searchMatchesLoader(db, search));
      return searches.get(search)!;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
