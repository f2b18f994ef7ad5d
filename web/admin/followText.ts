// The strings of the watch list (follow buttons and the Following view), in both languages, kept beside
// i18n.ts as exchangeText.ts is, so that this feature stays in its own modules.
import { translator } from './i18n';

const en = {
  navFollowing: 'Following',
  follow: 'Follow',
  unfollow: 'Unfollow',
  followTheme: 'Follow theme {theme}',
  unfollowTheme: 'Unfollow theme {theme}',
  followHint: 'Sign in to follow recommendations and themes.',
  followFailed: 'Could not change the watch list: {message}',
  followingTitle: 'Following',
  followingIntro: 'The recommendations and themes you follow, and their latest changes. Also as Atom feeds.',
  followedRecommendations: 'Recommendations',
  followedThemes: 'Themes',
  feedTitle: 'Latest changes',
  nothingFollowed: 'You follow nothing yet',
  nothingFollowedNext: 'Open a recommendation and press Follow, for it or for its theme.',
  noChanges: 'No changes yet to what you follow.',
  signInTitle: 'Sign in to see what you follow',
  signInNext: 'Sign in at the top of the page: the watch list is your own.',
  loading: 'Loading…',
};

export const ft = translator(en, {
  navFollowing: '关注',
  follow: '关注',
  unfollow: '取消关注',
  followTheme: '关注主题“{theme}”',
  unfollowTheme: '取消关注主题“{theme}”',
  followHint: '登录后即可关注建议和主题。',
  followFailed: '未能更改关注列表：{message}',
  followingTitle: '我的关注',
  followingIntro: '您关注的建议和主题及其最新变化，也可通过 Atom 订阅。',
  followedRecommendations: '建议',
  followedThemes: '主题',
  feedTitle: '最新变化',
  nothingFollowed: '尚未关注任何内容',
  nothingFollowedNext: '打开一条建议，点击“关注”，关注它或它所属的主题。',
  noChanges: '您关注的内容尚无变化。',
  signInTitle: '登录后查看您的关注',
  signInNext: '请在页面顶部登录：关注列表属于您本人。',
  loading: '正在加载…',
});
