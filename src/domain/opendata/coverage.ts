// When each table last changed, and the period its rows are about: what a harvester shows as a dataset's
// "modified" and "temporal coverage". Each is one aggregate over the table's own dates.
import type { AppContext } from '../../context';

export interface Coverage {
  /** The latest write the table shows; null while it is empty. */
  modified: Date | null;
  /** The first and last day its rows are about, where its rows have days. */
  start?: Date | null;
  end?: Date | null;
}

const latest = (...dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);

export async function coverageOf(ctx: AppContext): Promise<Record<string, Coverage>> {
  const db = ctx.db;
  const [documents, themes, recs, log, indicators, values, owners] = await Promise.all([
    db.sourceDocument.aggregate({ _max: { createdAt: true, publishedOn: true }, _min: { publishedOn: true } }),
    db.theme.aggregate({ _max: { id: true } }),
    db.recommendation.aggregate({ _max: { updatedAt: true }, _min: { createdAt: true } }),
    db.progressUpdate.aggregate({ _max: { createdAt: true, occurredOn: true }, _min: { occurredOn: true } }),
    db.indicator.aggregate({ _max: { updatedAt: true }, _min: { baselineDate: true } }),
    db.indicatorValue.aggregate({ _max: { recordedAt: true, periodEnd: true }, _min: { periodStart: true } }),
    db.owner.aggregate({ _max: { createdAt: true, archivedAt: true } }),
  ]);
  const record = { modified: recs._max.updatedAt, start: recs._min.createdAt, end: latest(recs._max.updatedAt) };
  return {
    documents: {
      modified: documents._max.createdAt,
      start: documents._min.publishedOn,
      end: documents._max.publishedOn,
    },
    // A theme has no date of its own: it comes with its document, or with a record's write (createTheme).
    themes: { modified: themes._max.id === null ? null : latest(documents._max.createdAt, recs._max.updatedAt) },
    recommendations: record,
    'progress-log': { modified: log._max.createdAt, start: log._min.occurredOn, end: log._max.occurredOn },
    indicators: { modified: indicators._max.updatedAt, start: indicators._min.baselineDate, end: null },
    'indicator-values': {
      modified: values._max.recordedAt,
      start: values._min.periodStart,
      end: values._max.periodEnd,
    },
    owners: { modified: latest(owners._max.createdAt, owners._max.archivedAt) },
  };
}

/** The latest of the tables' changes: the catalogue's and the package's own date. */
export const modifiedOf = (coverage: Record<string, Coverage>): Date | null =>
  latest(...Object.values(coverage).map((c) => c.modified));
