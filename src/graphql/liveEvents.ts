// Runs a subscription as graphql-js's subscribe does, but each event in its own context: the one its stream
// read it in (domain/live/changeStream.ts LiveEvent), with fresh loaders and the clock at the event. graphql-js
// runs every event with the subscription's one context, so its loaders would cache across events.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { LiveEvent } from '../domain/live/changeStream';

const isLiveEvent = (payload: unknown): payload is LiveEvent<unknown> =>
  typeof payload === 'object' && payload !== null && 'value' in payload && 'ctx' in payload;

/** graphql-ws's `subscribe`: the source stream, each event executed with the context it carries. */
export async function subscribeByEvent(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const source = stream[Symbol.asyncIterator]();
  const run = (payload: unknown) =>
    execute({
      ...args,
      rootValue: payload,
      contextValue: isLiveEvent(payload) ? payload.ctx : args.contextValue,
    }) as Promise<ExecutionResult>;
  const events: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const r = await source.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: await run(r.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return events;
    },
  };
  return events;
}
