// Who sees a proposal: its proposer, reviewers and admins. To anyone else (no token, a viewer, another analyst)
// every path to one answers as if there were none: node and nodes are null, a record's proposals are empty and
// its openProposal null, a log entry's proposal null, in lists, the change feed, the summary and subscriptions
// (an approved proposal's entry reaches every channel; an open proposal is no change at all).
// A schema walk keeps the list of paths whole: a new field that returns a Proposal fails it until it is here.
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { typeDefs } from '../../src/graphql/server';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { startInstance, subscribe, wsClient, type LiveInstance } from '../helpers/liveInstances';

const LOG = /* GraphQL */ `
  mutation Log($input: LogProgressInput!) {
    logProgress(input: $input) {
      proposal {
        id
      }
    }
  }
`;
const APPROVE = /* GraphQL */ `
  mutation Approve($input: ApproveProposalInput!) {
    approveProposal(input: $input) {
      proposal {
        id
      }
    }
  }
`;
const PATHS = /* GraphQL */ `
  query Paths($open: ID!, $approved: ID!, $a: String!, $b: String!) {
    openNode: node(id: $open) {
      id
    }
    approvedNode: node(id: $approved) {
      id
    }
    nodes(ids: [$open, $approved]) {
      id
    }
    a: recommendation(code: $a) {
      ...Proposals
    }
    b: recommendation(code: $b) {
      ...Proposals
    }
    recommendations(first: 10) {
      edges {
        node {
          ...Proposals
        }
      }
    }
    changes(first: 50) {
      edges {
        node {
          recommendation {
            code
            openProposal {
              id
            }
          }
          progressUpdate {
            proposal {
              id
            }
          }
        }
      }
    }
    summary {
      recentUpdates(first: 10) {
        proposal {
          id
        }
      }
    }
  }
  fragment Proposals on Recommendation {
    code
    proposals {
      id
    }
    openProposal {
      id
    }
    updates {
      proposal {
        id
      }
    }
  }
`;
const LOGGED = /* GraphQL */ `
  subscription Logged {
    progressLogged {
      proposal {
        id
      }
      recommendation {
        code
        proposals {
          id
        }
      }
    }
  }
`;

const s = useTestServer();
const tokens: Record<string, string | null> = { anonymous: null, admin: ADMIN_TOKEN };
const ids = { open: '', approved: '' };
const implement = (code: string) => ({
  code,
  note: 'In force',
  status: 'IMPLEMENTED',
  progress: 100,
  evidenceUrls: ['https://example.gov.cn/notice'],
});

beforeAll(async () => {
  for (const [name, role] of [
    ['viewer', 'VIEWER'],
    ['analyst', 'ANALYST'],
    ['proposer', 'ANALYST'],
    ['reviewer', 'REVIEWER'],
  ] as const)
    tokens[name] = (await createUserWithToken(s.db, role, name)).token;
  await createRecommendation(s.db, { code: 'GOV-SEEN-01', status: 'IN_PROGRESS', progress: 90 });
  await createRecommendation(s.db, { code: 'GOV-SEEN-02', status: 'IN_PROGRESS', progress: 90 });
  const first = await s.exec(LOG, { input: implement('GOV-SEEN-01') }, tokens.proposer);
  expect(first.errors).toBeUndefined();
  ids.approved = first.data!.logProgress.proposal.id;
  const approved = await s.exec(APPROVE, { input: { id: ids.approved, expectedVersion: 1 } }, tokens.reviewer);
  expect(approved.errors).toBeUndefined();
  ids.open = (await s.exec(LOG, { input: implement('GOV-SEEN-02') }, tokens.proposer)).data!.logProgress.proposal.id;
});

/** What PATHS answers to someone who sees proposals (`seen`) or does not. */
function pathsFor(seen: boolean) {
  const one = (id: string) => (seen ? { id } : null);
  const list = (id: string) => (seen ? [{ id }] : []);
  const a = {
    code: 'GOV-SEEN-01',
    proposals: list(ids.approved),
    openProposal: null,
    updates: [{ proposal: one(ids.approved) }],
  };
  const b = { code: 'GOV-SEEN-02', proposals: list(ids.open), openProposal: one(ids.open), updates: [] };
  return {
    openNode: one(ids.open),
    approvedNode: one(ids.approved),
    nodes: [one(ids.open), one(ids.approved)],
    a,
    b,
    recommendations: { edges: [{ node: a }, { node: b }] },
    // An open proposal is no change; an approved one is its entry's, like a direct entry.
    changes: {
      edges: [
        {
          node: {
            recommendation: { code: 'GOV-SEEN-01', openProposal: null },
            progressUpdate: { proposal: one(ids.approved) },
          },
        },
      ],
    },
    summary: { recentUpdates: [{ proposal: one(ids.approved) }] },
  };
}

describe.each([
  ['anonymous', false],
  ['viewer', false],
  ['analyst', false],
  ['proposer', true],
  ['reviewer', true],
  ['admin', true],
])('to the %s', (caller, seen) => {
  it(seen ? 'shows the proposals on every path' : 'shows no proposal on any path', async () => {
    const res = await s.exec(PATHS, { ...ids, a: 'GOV-SEEN-01', b: 'GOV-SEEN-02' }, tokens[caller]);
    expect(res).toEqual({ data: pathsFor(seen) });
  });
});

it("tells another analyst that a record awaits review without naming the proposal's id, status or proposer", async () => {
  const other = await s.exec(LOG, { input: implement('GOV-SEEN-02') }, tokens.analyst);
  const reviewer = await s.exec(LOG, { input: implement('GOV-SEEN-02') }, tokens.reviewer);
  expect([other, reviewer].map((r) => r.errors?.[0]?.extensions?.code)).toEqual(['CONFLICT', 'CONFLICT']);
  expect(other.errors![0].message).toBe('GOV-SEEN-02 already has a proposal awaiting review: wait for its decision.');
  expect(reviewer.errors![0].message).toContain(ids.open);
});

describe('over a subscription', () => {
  let live: LiveInstance;
  beforeAll(async () => (live = await startInstance(s.config, s.url)));
  afterAll(() => live.close());

  it('carries an approved entry’s proposal to a reviewer and not to an anonymous subscriber', async () => {
    const anonymous = subscribe<any>(wsClient(live.wsUrl), LOGGED);
    const reviewer = subscribe<any>(wsClient(live.wsUrl, tokens.reviewer!), LOGGED);
    await new Promise((r) => setTimeout(r, 500));
    try {
      await createRecommendation(s.db, { code: 'GOV-SEEN-03', status: 'IN_PROGRESS', progress: 90 });
      const logged = await live.post(LOG, { input: implement('GOV-SEEN-03') }, tokens.proposer!);
      const id = logged.data!.logProgress.proposal.id;
      const approved = await live.post(APPROVE, { input: { id, expectedVersion: 1 } }, tokens.reviewer!);
      expect(approved.errors).toBeUndefined();
      const [[seenByAnonymous], [seenByReviewer]] = await Promise.all([anonymous.received(1), reviewer.received(1)]);
      const event = (proposal: object | null, proposals: object[]) => ({
        data: { progressLogged: { proposal, recommendation: { code: 'GOV-SEEN-03', proposals } } },
      });
      expect([seenByAnonymous, seenByReviewer]).toEqual([event(null, []), event({ id }, [{ id }])]);
    } finally {
      await anonymous.close();
      await reviewer.close();
    }
  });
});

it('covers every field of the schema that returns a Proposal', () => {
  const schema = buildSchema(typeDefs);
  const fields = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((f) => ['Proposal', 'ProposalConnection'].includes(getNamedType(f.type).name))
        .map((f) => `${type.name}.${f.name}`),
    );
  // Each is either tested above (node, nodes, Recommendation's two, ProgressUpdate.proposal) or answers its
  // caller only: the queue (reviewers), myProposals (the proposer), the decision payloads (reviewers), and
  // LogProgressPayload and RecordIndicatorValuePayload (the proposer, who just logged it).
  expect(fields.sort()).toEqual(
    [
      'LogProgressPayload.proposal',
      'RecordIndicatorValuePayload.proposal',
      'ProgressUpdate.proposal',
      'ProposalDecisionPayload.proposal',
      'ProposalEdge.node',
      'Query.myProposals',
      'Query.pendingReviews',
      'Recommendation.openProposal',
      'Recommendation.proposals',
    ].sort(),
  );
});
