// What the widgets and oEmbed share: when they are served, how they may be framed, and where they link.
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import type { Lang } from './widgetHtml';

export interface EmbedDeps {
  apollo: ApolloServer<AppContext>;
  db: Db;
  config: Config;
  log: Logger;
}

/**
 * Widgets carry no cookie and are read as nobody, so they exist only while anonymous reads do (PUBLIC_READ) and
 * the public face is on (PUBLIC_SITE).
 */
export const embedsServed = (config: Config) => config.publicSite.enabled && config.publicRead;

/** The widgets' policy: nothing loads, nothing runs (sandboxed: no origin, so no cookie either), links open outside. */
export const widgetCsp = (config: Config) =>
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; " +
  'sandbox allow-popups allow-popups-to-escape-sandbox; ' +
  `frame-ancestors ${config.publicSite.embedOrigins.join(' ') || "'none'"}`;

/** The public pages a widget links to (the public site's contract: /en/measures/<CODE>, /en/themes/<CODE>). */
export const publicPage = (config: Config, lang: Lang, kind: 'measures' | 'themes', code: string) =>
  `${config.publicOrigin}/${lang}/${kind}/${encodeURIComponent(code)}`;
