// The watch list's calls: what the signed-in user follows, follow/unfollow, and their feed (myFeed).
import {
  ConsoleFollowDocument,
  ConsoleFollowingDocument,
  ConsoleMyFeedDocument,
  ConsoleUnfollowDocument,
  type ConsoleFollowedFragment,
  type ConsoleMyFeedQuery,
} from './__generated__/operations';
import { gql } from './api';

export type Followed = ConsoleFollowedFragment;
export type FeedItem = ConsoleMyFeedQuery['myFeed']['edges'][number]['node'];

/** A recommendation (by code) or a theme (by code). */
export type FollowTarget = { recommendationCode: string } | { themeCode: string };

const FEED_PAGES = 10;
const SHOWN = 50;

/** Null when anonymous. */
export const fetchFollowing = async (): Promise<Followed | null> =>
  (await gql(ConsoleFollowingDocument, {})).me?.following ?? null;

export const setFollowing = async (target: FollowTarget, follow: boolean): Promise<Followed> => {
  return follow
    ? (await gql(ConsoleFollowDocument, { input: target })).follow
    : (await gql(ConsoleUnfollowDocument, { input: target })).unfollow;
};

/** The latest changes, newest first: the feed runs oldest first and only forward, so it is read to its end. */
export async function fetchMyFeed(): Promise<FeedItem[]> {
  let items: FeedItem[] = [];
  let after: string | null = null;
  for (let n = 0; n < FEED_PAGES; n++) {
    const page: ConsoleMyFeedQuery = await gql(ConsoleMyFeedDocument, { after });
    items = [...items, ...page.myFeed.edges.map((e) => e.node)].slice(-SHOWN);
    if (!page.myFeed.pageInfo.hasNextPage) break;
    after = page.myFeed.pageInfo.endCursor;
  }
  return items.reverse();
}

export const isFollowed = (f: Followed, target: FollowTarget): boolean =>
  'themeCode' in target
    ? f.themes.some((t) => t.code === target.themeCode)
    : f.recommendations.some((r) => r.code === target.recommendationCode);
