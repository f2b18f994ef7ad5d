// The tabs the playground opens with, the first time (GraphiQL persists tabs in localStorage after
// that; "Reset examples" brings these back). Every operation is named so history and tabs read well.
import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

const isoDate = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** First day of the month eleven months ago, and today: the last twelve months. */
function lastTwelveMonths(today = new Date()): { from: string; to: string } {
  return { from: isoDate(new Date(today.getFullYear(), today.getMonth() - 11, 1)), to: isoDate(today) };
}

/**
 * A log entry's fields, one a line at `indent`: the same in both tabs, so that the entry LogProgress returns reads
 * like the ones RecommendationWithLog lists.
 */
const logEntryFields = (indent: string): string =>
  ['note', 'status', 'progress', 'occurredOn', 'actor', 'evidenceUrls'].map((field) => indent + field).join('\n');

const listQuery = `# Recommendations matching "沙盒" (sandbox) in their
# code, titles, summary or quote, ten per page.
# Pass pageInfo.endCursor as \`after\` for the next page;
# \`last\` with startCursor as \`before\` pages back.
query SearchRecommendations {
  recommendations(filter: { search: "沙盒" }, first: 10) {
    totalCount
    edges {
      cursor
      node {
        code
        titleZh
        titleEn
        status
        progress
        health
        theme {
          code
          nameEn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
      hasPreviousPage
      startCursor
    }
  }
}
`;

const oneQuery = `# One recommendation, its verbatim quote and its
# progress log (newest first). logProgress takes
# \`version\` back as \`expectedVersion\`.
query RecommendationWithLog {
  recommendation(code: "GOV-SANDBOX-01") {
    code
    titleZh
    titleEn
    summaryEn
    quote
    status
    progress
    health
    version
    targetDate
    allowedNextStatuses
    owners {
      name
      kind
    }
    updates(first: 10) {
${logEntryFields('      ')}
    }
  }
}
`;

const dashboardQuery = `# The dashboard: counts by status, health and theme,
# a monthly series rebuilt from the log, and the
# latest entries. Variables: the last 12 months.
query Dashboard($from: Date!, $to: Date!) {
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
        nameEn
      }
      total
      implemented
      averageProgress
      overdue
    }
    timeSeries(from: $from, to: $to) {
      month
      counts {
        status
        count
      }
    }
    recentUpdates(first: 5) {
      occurredOn
      actor
      note
      status
      progress
      recommendation {
        code
        titleEn
      }
    }
  }
}
`;

const logQuery = `# Appends an entry to the progress log. Needs an
# analyst or admin: sign in on the console (or put a
# program's token in Headers). Add "expectedVersion" (the \`version\` you
# read) to fail with CONFLICT if someone else
# changed the recommendation first.
mutation LogProgress($input: LogProgressInput!) {
  logProgress(input: $input) {
    recommendation {
      code
      status
      progress
      version
      health
      allowedNextStatuses
    }
    update {
      id
${logEntryFields('      ')}
    }
  }
}
`;

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export function exampleTabs(today = new Date()): TabDefinition[] {
  return [
    { query: listQuery },
    { query: oneQuery },
    { query: dashboardQuery, variables: json(lastTwelveMonths(today)) },
    {
      query: logQuery,
      variables: json({
        input: {
          code: 'GOV-SANDBOX-01',
          note: 'Pilot sandbox rules published for public comment.',
          status: 'PLANNED',
          progress: 10,
          occurredOn: isoDate(today),
          evidenceUrls: ['https://example.org/sandbox-pilot-notice'],
        },
      }),
    },
  ];
}
