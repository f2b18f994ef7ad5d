// Assembles the resolver map explicitly: one entry per schema type, each owned by one file.
import { DateResolver, DateTimeResolver, JSONResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Query } from './Query';
import { Mutation } from './Mutation';
import { Recommendation, RecommendationLink } from './Recommendation';
import { RecommendationConnection } from './RecommendationConnection';
import { ProgressUpdate } from './ProgressUpdate';
import { Theme } from './Theme';
import { BrokenQuote, DocumentRevision, SourceDocument } from './SourceDocument';
import { TrackerSummary, ThemeSummary } from './TrackerSummary';
import { ApiToken, AuditEntry, Passkey, QuoteRevision, Session, TargetDateRevision, User } from './Accounts';
import { Node } from './Node';
import { Owner } from './Owner';
import { PageInfo } from './PageInfo';
import { Webhook, WebhookDelivery } from './Webhook';
import { Evidence } from './Evidence';
import { Subscription } from './Subscription';
import { Change, ChangeConnection } from './Change';
import { Following, Viewer } from './Following';
import { Proposal } from './Proposal';
import { Indicator, IndicatorValue, ProposedIndicatorValue } from './Indicator';
import { Candidate } from './Candidate';

export const resolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  JSON: JSONResolver,
  Query,
  Mutation,
  Recommendation,
  RecommendationConnection,
  PageInfo,
  Node,
  ProgressUpdate,
  Owner,
  Theme,
  SourceDocument,
  Candidate,
  DocumentRevision,
  BrokenQuote,
  RecommendationLink,
  TrackerSummary,
  ThemeSummary,
  User,
  ApiToken,
  Session,
  Passkey,
  AuditEntry,
  TargetDateRevision,
  QuoteRevision,
  Webhook,
  WebhookDelivery,
  Evidence,
  Subscription,
  Change,
  ChangeConnection,
  Following,
  Viewer,
  Proposal,
  Indicator,
  IndicatorValue,
  ProposedIndicatorValue,
};
