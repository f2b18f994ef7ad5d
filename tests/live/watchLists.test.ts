// Watch lists: a user follows recommendations and themes, `me { following }` lists them and `myFeed` holds
// their changes only.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import {
  FollowDocument,
  LiveLogDocument,
  MyFeedDocument,
  MyFollowingDocument,
  UnfollowDocument,
} from '../__generated__/live';

const s = useTestServer({ reset: true });

const log = (code: string, note: string) =>
  s.exec(LiveLogDocument, { input: { code, note, status: 'IN_PROGRESS', progress: 10 } }, ADMIN_TOKEN);

it('lists what a user follows, and their feed holds the changes to those records and themes only', async () => {
  const { token, user } = await createUserWithToken(s.db, 'VIEWER');
  const theme = await createTheme(s.db, { code: 'WATCHED' });
  const followed = await createRecommendation(s.db, { code: 'GOV-FOL-01' });
  await createRecommendation(s.db, { code: 'GOV-FOL-02', themeId: theme.id });
  await createRecommendation(s.db, { code: 'GOV-FOL-03' });
  await s.exec(FollowDocument, { input: { recommendationId: globalId('Recommendation', followed.id) } }, token);
  const following = await s.exec(FollowDocument, { input: { themeCode: 'WATCHED' } }, token);
  await log('GOV-FOL-01', 'Followed record');
  await log('GOV-FOL-02', 'In a followed theme');
  await log('GOV-FOL-03', 'Not followed');
  expect(following.data!.follow).toEqual({ recommendations: [{ code: 'GOV-FOL-01' }], themes: [{ code: 'WATCHED' }] });
  expect(await s.exec(MyFollowingDocument, {}, token)).toEqual({
    data: {
      me: { name: user.name, following: { recommendations: [{ code: 'GOV-FOL-01' }], themes: [{ code: 'WATCHED' }] } },
    },
  });
  const feed = await s.exec(MyFeedDocument, {}, token);
  expect(feed.data!.myFeed.edges.map((e) => e.node.progressUpdate?.note)).toEqual([
    'Followed record',
    'In a followed theme',
  ]);
});

it('unfollows, audits both, and changes nothing when following twice or unfollowing what is not followed', async () => {
  const { token, user } = await createUserWithToken(s.db, 'ANALYST');
  await createRecommendation(s.db, { code: 'GOV-FOL-04' });
  await s.exec(FollowDocument, { input: { recommendationCode: 'GOV-FOL-04' } }, token);
  await s.exec(FollowDocument, { input: { recommendationCode: 'GOV-FOL-04' } }, token);
  const after = await s.exec(UnfollowDocument, { input: { recommendationCode: 'GOV-FOL-04' } }, token);
  await s.exec(UnfollowDocument, { input: { recommendationCode: 'GOV-FOL-04' } }, token);
  expect(after.data!.unfollow).toEqual({ recommendations: [], themes: [] });
  const audit = await s.db.auditEntry.findMany({ where: { targetId: user.name }, orderBy: { id: 'asc' } });
  expect(audit.map((e) => [e.operation, e.before, e.after])).toEqual([
    ['follow', null, { recommendation: 'GOV-FOL-04' }],
    ['unfollow', { recommendation: 'GOV-FOL-04' }, null],
  ]);
});

it('refuses anonymous callers with UNAUTHENTICATED and unknown targets with NOT_FOUND, writing nothing', async () => {
  const { token } = await createUserWithToken(s.db, 'VIEWER');
  const anonymous = await s.exec(FollowDocument, { input: { themeCode: 'NOPE' } });
  const anonymousFeed = await s.exec(MyFeedDocument, {});
  const unknownTheme = await s.exec(FollowDocument, { input: { themeCode: 'NOPE' } }, token);
  const unknownRec = await s.exec(FollowDocument, { input: { recommendationCode: 'GOV-NONE-01' } }, token);
  const twoTargets = await s.exec(FollowDocument, { input: { themeCode: 'A', recommendationCode: 'B' } }, token);
  expect([anonymous, anonymousFeed, unknownTheme, unknownRec, twoTargets].map(errorCode)).toEqual([
    'UNAUTHENTICATED',
    'UNAUTHENTICATED',
    'NOT_FOUND',
    'NOT_FOUND',
    'BAD_USER_INPUT',
  ]);
  expect(await s.db.follow.count()).toBe(0);
});
