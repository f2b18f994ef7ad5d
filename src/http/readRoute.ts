// The one dispatch of the REST reads (export, evidence, feeds): the request's context, the API's read rule
// (PUBLIC_READ=false needs a bearer token: 401) before anything is read or parsed, and a domain error answered
// by the REST responder. The GraphQL reads have the same rule at theirs (graphql/readAccess.ts).
import type { Request, RequestHandler, Response } from 'express';
import type { AppContext } from '../context';
import { authorizeRead } from '../domain/access/auth';
import { createContext, type ContextDeps } from './requestContext';
import { sendRestError } from './restErrors';

export type ReadHandler = (ctx: AppContext, req: Request, res: Response) => Promise<void>;

export const readRoute =
  (deps: ContextDeps, handle: ReadHandler): RequestHandler =>
  async (req, res) => {
    try {
      const ctx = await createContext(deps, req, res.locals.log);
      authorizeRead(ctx.actor, ctx.config);
      // What a signed-in reader gets may hold internal text (domain/visibility): never for a shared cache, and
      // never served to another credential. A route that says more (no-store) sets its own after this.
      res.vary('Authorization');
      res.vary('Cookie');
      if (ctx.actor) res.setHeader('Cache-Control', 'private');
      await handle(ctx, req, res);
    } catch (err) {
      sendRestError(res, err);
    }
  };
