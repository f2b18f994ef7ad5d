// The watch list in the console: a Follow button (for a recommendation or a theme) that says what pressing it
// does and keeps aria-pressed in step, and the Following view (#/following): what the user follows and the
// latest changes to it (myFeed), newest first, with links to each record and to the Atom feeds.
import { type ApiError, asApiError } from './api';
import { fill, h } from './dom';
import { emptyState } from './emptyState';
import { fetchFollowing, fetchMyFeed, isFollowed, setFollowing, type FeedItem, type FollowTarget } from './followApi';
import { ft } from './followText';
import { formatInstant, lang, pick, t } from './i18n';
import { app, type View } from './state';
import { errorContent } from './widgets';

/** A toggle button; `label` names the target for the theme button ("Follow theme Sandbox"). */
export function followButton(target: FollowTarget, label?: (followed: boolean) => string): HTMLElement {
  const id = 'themeCode' in target ? 'follow-theme' : 'follow-recommendation';
  const button = h('button', { type: 'button', id, 'data-testid': id, class: 'secondary', 'aria-pressed': 'false' });
  const message = h('span', { class: 'muted', role: 'status', id: `${id}-status` });
  let followed = false;
  const draw = () => {
    button.setAttribute('aria-pressed', String(followed));
    fill(button, label ? label(followed) : ft(followed ? 'unfollow' : 'follow'));
    button.hidden = !app.me;
  };
  const toggle = async () => {
    button.setAttribute('disabled', '');
    try {
      followed = isFollowed(await setFollowing(target, !followed), target);
      fill(message, '');
    } catch (error) {
      const e = asApiError(error);
      fill(message, ft('followFailed', { message: e.message }));
    } finally {
      button.removeAttribute('disabled');
      draw();
    }
  };
  button.addEventListener('click', () => void toggle());
  draw();
  if (app.me)
    void fetchFollowing()
      .then((f) => {
        followed = !!f && isFollowed(f, target);
        draw();
      })
      .catch(() => undefined);
  return h('span', { class: 'follow-control' }, button, message);
}

const recLink = (r: { code: string; titleZh: string; titleEn: string }) =>
  h('a', { href: `#/r/${encodeURIComponent(r.code)}?lang=${lang()}` }, `${r.code} ${pick(r.titleZh, r.titleEn)}`);

const feedRow = (item: FeedItem) =>
  h(
    'li',
    { class: 'feed-item', 'data-testid': 'feed-item' },
    h('time', { datetime: item.createdAt }, formatInstant(item.createdAt)),
    ' ',
    recLink(item.recommendation),
    ' — ',
    pick(item.summaryZh, item.summaryEn),
    item.progressUpdate ? h('p', { class: 'muted' }, item.progressUpdate.note) : null,
  );

export function followingView(): View {
  const root = h('section', { class: 'view following-view', 'aria-labelledby': 'view-title' });
  const body = h('div', { 'aria-live': 'polite' });
  let data: { followed: Awaited<ReturnType<typeof fetchFollowing>>; feed: FeedItem[] } | null = null;
  let error: ApiError | null = null;

  const render = () => {
    document.title = `${ft('followingTitle')} · ${t('appTitle')}`;
    fill(
      root,
      h('h1', { id: 'view-title', tabindex: '-1' }, ft('followingTitle')),
      h('p', null, ft('followingIntro')),
      body,
    );
    if (error) return fill(body, h('div', { class: 'alert', role: 'alert' }, errorContent(error.message, error.code)));
    if (!app.me) return fill(body, emptyState('following-signin', ft('signInTitle'), ft('signInNext')));
    if (!data) return fill(body, h('p', { class: 'muted' }, ft('loading')));
    const f = data.followed ?? { recommendations: [], themes: [] };
    if (!f.recommendations.length && !f.themes.length)
      return fill(body, emptyState('following-empty', ft('nothingFollowed'), ft('nothingFollowedNext')));
    const atom = (path: string, text: string) => h('a', { href: `../feeds/${path}.atom`, class: 'atom-link' }, text);
    fill(
      body,
      // A heading only over a list that has items: no empty "Themes" section.
      f.recommendations.length
        ? [
            h('h2', null, ft('followedRecommendations')),
            h(
              'ul',
              { id: 'followed-recommendations' },
              f.recommendations.map((r) => h('li', null, recLink(r), ' ', atom(`recommendation/${r.code}`, 'Atom'))),
            ),
          ]
        : null,
      f.themes.length
        ? [
            h('h2', null, ft('followedThemes')),
            h(
              'ul',
              { id: 'followed-themes' },
              f.themes.map((th) => h('li', null, pick(th.nameZh, th.nameEn), ' ', atom(`theme/${th.code}`, 'Atom'))),
            ),
          ]
        : null,
      h('h2', null, ft('feedTitle')),
      data.feed.length
        ? h('ol', { id: 'my-feed', class: 'feed' }, data.feed.map(feedRow))
        : h('p', { class: 'muted' }, ft('noChanges')),
    );
  };

  const load = async () => {
    data = null;
    error = null;
    render();
    if (!app.me) return;
    try {
      const [followed, feed] = await Promise.all([fetchFollowing(), fetchMyFeed()]);
      data = { followed, feed };
    } catch (e) {
      error = asApiError(e);
    }
    render();
  };

  void load();
  return { root, rerender: render, meChanged: () => void load(), destroy: () => undefined };
}
