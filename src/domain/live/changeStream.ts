// The subscriptions' event streams. A subscriber registers with its instance's hub (domain/live/changeHub.ts) first,
// then, when resuming `after` a cursor, replays the finished changes since then from the table, and then
// takes the hub's batches, skipping what the replay already gave. No change falls between the two: any change
// the hub delivered before the registration was finished before the replay's read, so the replay has it.
// Each payload is read after its commit, through the normal reads, in a context of its own (contextForEvent):
// the subscription's context is never changed, and nothing one event read is cached for the next.
import type { AppContext } from '../../context';
import type { ProgressUpdate } from '../../generated/prisma/client';
import { DomainError } from '../../errors';
import { createLoaders } from '../../db/loaders';
import { changesAfter, comparePositions, positionOf, type ChangePosition, type ChangeRow } from '../../db/changeEvents';
import { changeCursor, decodeChangeCursor } from './changes';
import { changeMatches, listQuery, parseFilter, type RecommendationFilterInput } from '../catalog/recommendationFilter';
import type { RecommendationRow } from '../catalog/recommendations';

const REPLAY_PAGE = 200;

/**
 * One event, with the context it was read in: the GraphQL layer resolves the event's fields in that same
 * context (graphql/liveEvents.ts), so that its loaders and clock are the event's, as a request's are its own.
 */
export interface LiveEvent<T> {
  value: T;
  ctx: AppContext;
}

/** The context of one event: the subscription's caller and handle, with fresh loaders and the clock now. */
const contextForEvent = (base: AppContext): AppContext => ({
  ...base,
  loaders: createLoaders(base.db),
  now: new Date(),
});

interface StreamArgs {
  filter?: RecommendationFilterInput;
  after?: string | null;
}

/**
 * Every change after `after` (or from now), in feed order, until `stop` aborts. It registers with the hub at
 * once, not when first read, so that a change committed right after the subscription started is not missed.
 */
function changeRows(ctx: AppContext, after: ChangePosition | null, stop: AbortSignal): AsyncGenerator<ChangeRow> {
  const hub = ctx.changeHub;
  if (!hub) throw new DomainError('SERVICE_UNAVAILABLE', 'This server does not serve subscriptions.');
  const queue: ChangeRow[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = hub.subscribe((rows) => {
    queue.push(...rows);
    wake?.();
  });
  stop.addEventListener('abort', () => {
    unsubscribe();
    wake?.();
  });
  let last = after ?? hub.delivered;
  return (async function* () {
    try {
      if (after) yield* replay(ctx, after, (p) => (last = p));
      while (!stop.aborted) {
        while (queue.length && !stop.aborted) {
          const row = queue.shift()!;
          if (comparePositions(positionOf(row), last) <= 0) continue;
          last = positionOf(row);
          yield row;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
    } finally {
      unsubscribe();
    }
  })();
}

/** The finished changes after `after`, page by page, telling `reached` where each page ends. */
async function* replay(ctx: AppContext, after: ChangePosition, reached: (p: ChangePosition) => void) {
  for (let page = await changesAfter(ctx.db, after, REPLAY_PAGE); page.length;) {
    yield* page;
    const end = positionOf(page.at(-1)!);
    reached(end);
    page = page.length < REPLAY_PAGE ? [] : await changesAfter(ctx.db, end, REPLAY_PAGE);
  }
}

/**
 * The changes whose record matches the filter now (changeMatches), each in its event's context; every record
 * matches when no filter is given.
 */
async function* matching(
  ctx: AppContext,
  rows: AsyncGenerator<ChangeRow>,
  filterInput: RecommendationFilterInput,
  wanted: (row: ChangeRow) => boolean,
): AsyncGenerator<LiveEvent<ChangeRow>> {
  const filter = filterInput ? parseFilter(filterInput) : null;
  for await (const row of rows) {
    if (!wanted(row)) continue;
    const event = contextForEvent(ctx);
    if (filter && !(await changeMatches(event.db, listQuery(event, filter), row.recommendationId))) continue;
    yield { value: row, ctx: event };
  }
}

/**
 * An async generator's return() waits for the next() under way, which here waits for the next change: a
 * subscriber who leaves would stay registered until then. This iterator's return() aborts that wait first.
 */
function closable<T>(make: (stop: AbortSignal) => AsyncGenerator<T>): AsyncIterableIterator<T> {
  const controller = new AbortController();
  const source = make(controller.signal);
  return {
    next: () => source.next(),
    return: (value?: unknown) => {
      controller.abort();
      return source.return(value as T);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * Checks what a subscription is given before it starts, so that a refusal is an error, not a silent stream;
 * returns the position to resume after.
 */
function check(args: StreamArgs): ChangePosition | null {
  if (args.filter) parseFilter(args.filter);
  return args.after ? decodeChangeCursor(args.after) : null;
}

export function recommendationChanges(
  ctx: AppContext,
  args: StreamArgs,
): AsyncIterableIterator<LiveEvent<RecommendationRow>> {
  const after = check(args);
  return closable((stop) => records(matching(ctx, changeRows(ctx, after, stop), args.filter, () => true)));
  async function* records(events: AsyncGenerator<LiveEvent<ChangeRow>>) {
    for await (const { value: row, ctx: event } of events) {
      const rec = await event.loaders.recommendation.load(row.recommendationId);
      if (rec) yield { value: { ...rec, asOf: null, changeCursor: changeCursor(row) }, ctx: event };
    }
  }
}

export function progressEntries(ctx: AppContext, args: StreamArgs): AsyncIterableIterator<LiveEvent<ProgressUpdate>> {
  const after = check(args);
  return closable((stop) =>
    entries(matching(ctx, changeRows(ctx, after, stop), args.filter, (r) => !!r.progressUpdateId)),
  );
  async function* entries(events: AsyncGenerator<LiveEvent<ChangeRow>>) {
    for await (const { value: row, ctx: event } of events) {
      const update = await event.loaders.progressUpdate.load(row.progressUpdateId!);
      if (update) yield { value: { ...update, changeCursor: changeCursor(row) }, ctx: event };
    }
  }
}

/**
 * The log entries of one change kind (`kind`, the operation table's), each read by `read` in its event's context
 * and carrying the change's cursor: a feature's own subscription (indicatorValueRecorded) over the one feed.
 */
export function entriesOfKind<T extends object>(
  ctx: AppContext,
  args: StreamArgs,
  kind: string,
  read: (event: AppContext, progressUpdateId: number) => Promise<T | null>,
): AsyncIterableIterator<LiveEvent<T>> {
  const after = check(args);
  return closable((stop) =>
    entries(matching(ctx, changeRows(ctx, after, stop), args.filter, (r) => r.kind === kind && !!r.progressUpdateId)),
  );
  async function* entries(events: AsyncGenerator<LiveEvent<ChangeRow>>) {
    for await (const { value: row, ctx: event } of events) {
      const value = await read(event, row.progressUpdateId!);
      if (value) yield { value: { ...value, changeCursor: changeCursor(row) }, ctx: event };
    }
  }
}

/** The cursor a subscription event carries (`changeCursor`), null on a row read any other way. */
export const changeCursorOf = (row: object): string | null =>
  'changeCursor' in row && typeof row.changeCursor === 'string' ? row.changeCursor : null;
