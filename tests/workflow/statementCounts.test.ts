// No N+1: the SQL statements Prisma issues for a request do not grow with the page or the catalog.
// `s.statements` records every statement; requests run anonymously so that resolving a token (part of
// createContext) adds nothing. Measured with Prisma 6.19 (query compiler, adapter-pg): see each test name.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { runWithCompiledPath } from '../helpers/runCompiled';
import { createTheme, createUserWithToken } from '../helpers/factories';
import { dayFromToday } from '../helpers/time';
import type { Prisma } from '../../src/generated/prisma/client';
import type { Db } from '../../src/db/client';

const PAGE = /* GraphQL */ `
  query Page($first: Int) {
    recommendations(first: $first) {
      totalCount
      edges {
        node {
          code
          theme {
            code
            nameEn
          }
          owners {
            name
            kind
          }
          updates(first: 3) {
            note
            actor
            occurredOn
          }
        }
      }
    }
  }
`;

const RICH_PAGE = /* GraphQL */ `
  query RichPage($first: Int, $asOf: Date, $filter: RecommendationFilter) {
    recommendations(first: $first, asOf: $asOf, filter: $filter) {
      totalCount
      edges {
        node {
          code
          pillar
          status
          progress
          health
          allowedNextStatuses
          theme {
            code
            recommendationCount
            document {
              slug
            }
          }
          document {
            slug
          }
          owners {
            name
          }
          targetDateHistory {
            newDate
            reason
          }
          quoteHistory {
            reason
          }
          updates(first: 3) {
            note
            corrects {
              id
            }
            recommendation {
              code
            }
          }
        }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query Summary {
    summary {
      total
      averageProgress
      byStatus {
        status
        count
      }
      byHealth {
        health
        count
      }
      byTheme {
        theme {
          code
        }
        total
        implemented
        averageProgress
        overdue
      }
      timeSeries(from: "2025-01-01", to: "2026-06-30") {
        month
        counts {
          status
          count
        }
      }
      recentUpdates(first: 10) {
        note
        recommendation {
          code
        }
      }
    }
  }
`;

const s = useTestServer({ reset: true });

/** `n` recommendations over 5 themes, each with 2 owners, a target revision, a quote revision and 4 log entries. */
async function catalog(n: number, db: Db = s.db) {
  const themes: Awaited<ReturnType<typeof createTheme>>[] = [];
  for (let t = 0; t < 5; t++) themes.push(await createTheme(db));
  const recs: Prisma.RecommendationCreateManyInput[] = Array.from({ length: n }, (_, i) => ({
    code: `GOV-N-${String(i).padStart(3, '0')}`,
    themeId: themes[i % 5].id,
    titleZh: '建议',
    titleEn: 'rec',
    summaryEn: 's',
    quote: 'q',
    status: 'IN_PROGRESS',
    progress: 40,
    targetDate: dayFromToday(i - 10),
  }));
  await db.recommendation.createMany({ data: recs });
  const ids = (await db.recommendation.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((r) => r.id);
  await db.owner.createMany({
    data: [
      { name: '国家网信办', kind: 'REGULATOR' },
      { name: '科技部', kind: 'MINISTRY' },
    ],
  });
  const owners = await db.owner.findMany();
  await db.recommendationOwner.createMany({
    data: ids.flatMap((id) => owners.map((o, k) => ({ recommendationId: id, ownerId: o.id, isLead: k === 0 }))),
  });
  await db.targetDateRevision.createMany({
    data: ids.map((id) => ({ recommendationId: id, newDate: new Date('2026-12-31'), reason: 'plan', actorName: 'a' })),
  });
  await db.quoteRevision.createMany({
    data: ids.map((id) => ({
      recommendationId: id,
      previousQuote: 'p',
      newQuote: 'q',
      reason: 'typo',
      actorName: 'a',
    })),
  });
  await db.progressUpdate.createMany({
    data: ids.flatMap((id) =>
      [1, 2, 3, 4].map((m) => ({
        recommendationId: id,
        note: `m${m}`,
        statusBefore: m === 1 ? ('NOT_STARTED' as const) : ('IN_PROGRESS' as const),
        status: 'IN_PROGRESS' as const,
        progressBefore: (m - 1) * 10,
        progress: m * 10,
        evidenceUrls: [],
        occurredOn: new Date(Date.UTC(2026, m, 1)),
        actorName: 'analyst',
      })),
    ),
  });
}

/** Runs one request and returns how many statements it issued, failing on any GraphQL error. */
async function statementsFor(query: string, variables: Record<string, unknown>, compiled = true) {
  const res = await runWithCompiledPath(s, query, variables, compiled);
  expect(res.errors).toBeUndefined();
  // SHOW_SQL=1 prints the statements, for when a count changes.
  if (process.env.SHOW_SQL) console.log(s.statements.map((q) => q.slice(0, 140)).join('\n'));
  return { count: s.statements.length, data: res.data! };
}

describe('a page of recommendations', () => {
  it('with theme, owners and updates(first: 3) costs 1 compiled statement for 5 items and for 50', async () => {
    await catalog(50);
    const five = await statementsFor(PAGE, { first: 5 });
    const fifty = await statementsFor(PAGE, { first: 50 });
    expect(fifty.data.recommendations.edges[49].node.owners).toEqual([
      { name: '国家网信办', kind: 'REGULATOR' },
      { name: '科技部', kind: 'MINISTRY' },
    ]);
    expect([five.count, fifty.count]).toEqual([1, 1]);
  });

  it('with theme, owners and updates(first: 3) costs 3 statements through the resolvers, for 5 items and for 50', async () => {
    await catalog(50);
    const five = await statementsFor(PAGE, { first: 5 }, false);
    const fifty = await statementsFor(PAGE, { first: 50 }, false);
    expect(five.data.recommendations.edges).toHaveLength(5);
    expect(fifty.data.recommendations.edges).toHaveLength(50);
    expect(fifty.data.recommendations.edges[49].node).toEqual({
      code: 'GOV-N-049',
      theme: { code: expect.any(String), nameEn: expect.any(String) },
      owners: [
        { name: '国家网信办', kind: 'REGULATOR' },
        { name: '科技部', kind: 'MINISTRY' },
      ],
      updates: [
        { note: 'm4', actor: 'analyst', occurredOn: '2026-05-01' },
        { note: 'm3', actor: 'analyst', occurredOn: '2026-04-01' },
        { note: 'm2', actor: 'analyst', occurredOn: '2026-03-01' },
      ],
    });
    expect(fifty.count).toBe(five.count);
    // the page with its themes and updates (read ahead), count, owners (with their links, one raw statement)
    expect(five.count).toBe(3);
  });

  it('with every nested field, as of a date and filtered by as-of status, costs 10 statements for 5 items and for 50', async () => {
    await catalog(50);
    const vars = { asOf: '2026-03-15', filter: { status: ['IN_PROGRESS'] } };
    const five = await statementsFor(RICH_PAGE, { ...vars, first: 5 });
    const fifty = await statementsFor(RICH_PAGE, { ...vars, first: 50 });
    expect([five.data.recommendations.edges.length, fifty.data.recommendations.edges.length]).toEqual([5, 50]);
    expect(fifty.data.recommendations.edges[0].node).toMatchObject({
      status: 'IN_PROGRESS',
      progress: 20,
      updates: [{ note: 'm2' }, { note: 'm1' }],
    });
    expect(fifty.count).toBe(five.count);
    // the page (its as-of status filter, themes and updates read ahead in it), count, theme counts, documents,
    // as-of states, owners, target revisions, quote revisions, recommendations behind updates, and the indicators
    // as of the date (health: an OFF_TRACK indicator makes a record AT_RISK; their values only when there are any)
    expect(five.count).toBe(10);
  });
});

describe('the dashboard', () => {
  it('costs the same number of statements for 3 recommendations and for 60', async () => {
    await catalog(3);
    const small = await statementsFor(SUMMARY, {});
    await s.reset();
    await catalog(60);
    const large = await statementsFor(SUMMARY, {});
    expect([small.data.summary.total, large.data.summary.total]).toEqual([3, 60]);
    // Measured: 5 (matching rows, monthly series, recent entries, themes, recommendations behind the
    // entries). Only the equality is asserted, so that a constant addition such as a cache check is free.
    expect(large.count).toBe(small.count);
  });
});

describe('the accounts page', () => {
  const USERS = /* GraphQL */ `
    query Users {
      users {
        name
        memberships {
          name
        }
      }
    }
  `;
  /** `n` users, each a member of two institutions. */
  async function accounts(n: number) {
    const [a, b] = await Promise.all(
      ['Ministry A', 'Regulator B'].map((name) => s.db.owner.create({ data: { name, kind: 'MINISTRY' } })),
    );
    for (let i = 0; i < n; i++) {
      const user = await s.db.user.create({ data: { name: `member-${i}`, role: 'ANALYST' } });
      await s.db.membership.createMany({ data: [a, b].map((o) => ({ userId: user.id, ownerId: o.id })) });
    }
  }
  async function usersStatements() {
    s.statements.length = 0;
    // ADMIN_TOKEN is compared in memory: resolving it adds no statement.
    const res = await s.exec(USERS, {}, ADMIN_TOKEN);
    expect(res.errors).toBeUndefined();
    return { count: s.statements.length, users: res.data!.users as { memberships: { name: string }[] }[] };
  }

  it('reads every listed user’s memberships at once: as many statements for 2 users as for 12', async () => {
    await accounts(2);
    const small = await usersStatements();
    await s.reset();
    await accounts(12);
    const large = await usersStatements();
    expect(large.users.map((u) => u.memberships.map((o) => o.name))).toEqual(
      Array(12).fill(['Ministry A', 'Regulator B']),
    );
    expect(large.count).toBe(small.count);
  });
});

describe('viewerCan under SCOPED_EDITING', () => {
  const scoped = useTestServer({ env: { SCOPED_EDITING: 'true' }, reset: true });
  const VIEWER_CAN = /* GraphQL */ `
    query ViewerCan($first: Int) {
      recommendations(first: $first) {
        edges {
          node {
            code
            viewerCan {
              log
              setOwners
              setTargetDate
            }
          }
        }
      }
    }
  `;
  type Page = { recommendations: { edges: { node: { code: string; viewerCan: Record<string, boolean> } }[] } };

  it('reads the owners of a page’s records at once: as many statements for 2 records as for 20', async () => {
    await catalog(20, scoped.db);
    // The analyst is a member of 科技部, which owns the even records only.
    const { user, token } = await createUserWithToken(scoped.db, 'ANALYST');
    const ministry = await scoped.db.owner.findFirstOrThrow({ where: { name: '科技部' } });
    await scoped.db.membership.create({ data: { userId: user.id, ownerId: ministry.id } });
    const oddCodes = Array.from({ length: 10 }, (_, i) => `GOV-N-${String(2 * i + 1).padStart(3, '0')}`);
    await scoped.db.recommendationOwner.deleteMany({
      where: { ownerId: ministry.id, recommendation: { code: { in: oddCodes } } },
    });
    const run = async (first: number) => {
      await scoped.exec(VIEWER_CAN, { first }, token); // resolving the token records its use once: not counted
      scoped.statements.length = 0;
      const res = await scoped.exec<Page>(VIEWER_CAN, { first }, token);
      expect(res.errors).toBeUndefined();
      return { count: scoped.statements.length, edges: res.data!.recommendations.edges };
    };
    const two = await run(2);
    const twenty = await run(20);
    expect(twenty.edges.map((e) => [e.node.code, e.node.viewerCan.log])).toEqual(
      Array.from({ length: 20 }, (_, i) => [`GOV-N-${String(i).padStart(3, '0')}`, i % 2 === 0]),
    );
    expect(twenty.edges[0].node.viewerCan).toEqual({ log: true, setOwners: true, setTargetDate: true });
    expect(twenty.edges[1].node.viewerCan).toEqual({ log: false, setOwners: false, setTargetDate: false });
    // the token, the page, its count, and the owners of every record on it (one statement)
    expect(twenty.count).toBe(two.count);
    expect(two.count).toBe(4);
  });
});
