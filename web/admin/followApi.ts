// The watch list's calls: what the signed-in user follows, follow/unfollow, and their feed (myFeed).
import { gql } from './api';

export interface Followed {
  recommendations: { code: string; titleZh: string; titleEn: string }[];
  themes: { code: string; nameZh: string; nameEn: string }[];
}

export interface FeedItem {
  cursor: string;
  kind: string;
  createdAt: string;
  actorName: string;
  summaryZh: string;
  summaryEn: string;
  recommendation: { code: string; titleZh: string; titleEn: string };
  progressUpdate: { note: string } | null;
}

/** A recommendation (by code) or a theme (by code). */
export type FollowTarget = { recommendationCode: string } | { themeCode: string };

const FOLLOWED = `recommendations { code titleZh titleEn } themes { code nameZh nameEn }`;
const FOLLOWING = `query ConsoleFollowing { me { following { ${FOLLOWED} } } }`;
const FOLLOW = `mutation ConsoleFollow($input: FollowInput!) { follow(input: $input) { ${FOLLOWED} } }`;
const UNFOLLOW = `mutation ConsoleUnfollow($input: FollowInput!) { unfollow(input: $input) { ${FOLLOWED} } }`;
const FEED = `query ConsoleMyFeed($after: String) { myFeed(first: 200, after: $after) { edges { node {
  cursor kind createdAt actorName summaryZh summaryEn
  recommendation { code titleZh titleEn } progressUpdate { note } } } pageInfo { hasNextPage endCursor } } }`;
const FEED_PAGES = 10;
const SHOWN = 50;

/** Null when anonymous. */
export const fetchFollowing = async (): Promise<Followed | null> =>
  (await gql<{ me: { following: Followed } | null }>(FOLLOWING)).me?.following ?? null;

export const setFollowing = async (target: FollowTarget, follow: boolean): Promise<Followed> => {
  const data = await gql<{ follow?: Followed; unfollow?: Followed }>(follow ? FOLLOW : UNFOLLOW, { input: target });
  return (data.follow ?? data.unfollow)!;
};

interface FeedPage {
  myFeed: { edges: { node: FeedItem }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The latest changes, newest first: the feed runs oldest first and only forward, so it is read to its end. */
export async function fetchMyFeed(): Promise<FeedItem[]> {
  let items: FeedItem[] = [];
  let after: string | null = null;
  for (let n = 0; n < FEED_PAGES; n++) {
    const page: FeedPage = await gql<FeedPage>(FEED, { after });
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
