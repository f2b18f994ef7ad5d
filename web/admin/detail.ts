// A recommendation's page (#/r/<code>): titles, the verbatim quote, owners, dates, health, the indicators with
// their charts and value form (indicators.ts), the progress log as a timeline, the form to log progress, and the
// owners and target-date form (stewardForm.ts).
import { asApiError, fetchRecommendation, isAbort, type ProgressUpdate, type RecommendationDetail } from './api';
import { fill, h, safeLink, type Child } from './dom';
import { formatInstant, lang, ownerKindName, pick, pillarName, statusName, t } from './i18n';
import { archivedPanel } from './archive';
import { createLogForm } from './logForm';
import { createStewardForm } from './stewardForm';
import { asOfControl } from './pastView';
import { app, type View } from './state';
import { targetHistory } from './targetHistory';
import { draftBadge, summarySection } from './textOrigin';
import { followButton } from './following';
import { ft } from './followText';
import { proposalHistory } from './proposalHistory';
import { rv } from './reviewText';
import { evidenceList } from './evidenceLinks';
import { actionTree } from './actionTree';
import { createIndicatorSection } from './indicators';
import { hashOf, lastCatalogQuery, recordRoute } from './urlState';
import { errorContent, healthOf, progressBar, statusChip } from './widgets';

function header(r: RecommendationDetail): HTMLElement[] {
  const zhFirst = lang() === 'zh';
  return [
    h(
      'header',
      { class: 'rec-header' },
      h(
        'p',
        { class: 'eyebrow' },
        h('span', { class: 'code', id: 'rec-code' }, r.code),
        ' · ',
        r.pillar ? [pillarName(r.pillar), ' · '] : null,
        pick(r.theme.nameZh, r.theme.nameEn),
      ),
      h(
        'h1',
        { id: 'view-title', tabindex: '-1', lang: zhFirst ? 'zh-CN' : 'en' },
        zhFirst ? r.titleZh : r.titleEn,
        draftBadge(r, zhFirst ? 'titleZh' : 'titleEn'),
        r.asOf ? h('span', { class: 'visually-hidden' }, ` (${t('pastTitle', { date: r.asOf })})`) : null,
      ),
      h(
        'p',
        { class: 'subtitle', lang: zhFirst ? 'en' : 'zh-CN' },
        zhFirst ? r.titleEn : r.titleZh,
        draftBadge(r, zhFirst ? 'titleEn' : 'titleZh'),
      ),
      h(
        'div',
        { class: 'rec-state' },
        statusChip(r.status, { 'data-testid': 'status-chip', id: 'rec-status' }),
        progressBar(r.progress, { id: 'rec-progress', 'data-testid': 'rec-progress' }),
        healthOf(r, { id: 'rec-health', 'data-testid': 'rec-health' }),
        r.asOf
          ? null
          : // The version stays in the form's state (expectedVersion); a reader sees when it last changed.
            h(
              'span',
              { class: 'muted', id: 'rec-version', 'data-version': r.version },
              t('lastChanged', { when: formatInstant(r.updatedAt) }),
            ),
        r.archived ? h('span', { class: 'badge' }, t('archived')) : null,
      ),
      lineage(r),
      actionTree(r),
      // Following is about today's record: the past view has nothing to follow.
      r.asOf
        ? null
        : h(
            'div',
            { class: 'follow-controls' },
            followButton({ recommendationCode: r.code }),
            followButton({ themeCode: r.theme.code }, (followed) =>
              ft(followed ? 'unfollowTheme' : 'followTheme', { theme: pick(r.theme.nameZh, r.theme.nameEn) }),
            ),
          ),
    ),
    h(
      'dl',
      { class: 'meta' },
      h(
        'div',
        null,
        h('dt', null, t('owners'), r.asOf ? h('small', null, ` (${t('todayValue')})`) : null),
        h(
          'dd',
          { id: 'rec-owners' },
          r.owners.length
            ? h(
                'ul',
                { class: 'owner-list' },
                r.owners.map((o) => h('li', null, o.name, h('small', null, ownerKindName(o.kind)))),
              )
            : t('noOwners'),
        ),
      ),
      h(
        'div',
        null,
        h('dt', null, t('targetDate'), r.asOf ? h('small', null, ` (${t('todayValue')})`) : null),
        h('dd', { id: 'rec-target', class: r.health === 'OVERDUE' ? 'overdue' : '' }, r.targetDate ?? t('notSet')),
      ),
      h(
        'div',
        null,
        h('dt', null, t('lastProgress')),
        // As of a past date: the last entry that had happened by then.
        h(
          'dd',
          null,
          r.asOf
            ? (r.updates[0]?.occurredOn ?? t('never'))
            : r.lastProgressAt
              ? formatInstant(r.lastProgressAt)
              : t('never'),
        ),
      ),
      h('div', null, h('dt', null, t('document')), h('dd', null, pick(r.document.titleZh, r.document.titleEn))),
    ),
    h(
      'figure',
      { class: 'quote' },
      h('figcaption', null, t('quote')),
      h('blockquote', { id: 'rec-quote', lang: 'zh-CN' }, r.quote),
    ),
    summarySection(r),
  ];
}

/**
 * Where a catalog split took this record, and where it came from: links, so an old code leads on. A record can
 * be both (a split of a split, as DEV-FINANCE-07 in revision 3).
 */
function lineage(r: RecommendationDetail): Child[] {
  const link = (code: string) => h('a', { href: hashOf({ view: 'detail', code, asOf: '' }) }, code);
  return [
    r.successors.length
      ? h(
          'p',
          { class: 'lineage', id: 'rec-successors' },
          t('splitInto'),
          r.successors.map((s) => [' ', link(s.code), ` ${pick(s.titleZh, s.titleEn)}`]),
        )
      : null,
    r.splitFrom
      ? h('p', { class: 'lineage', id: 'rec-split-from' }, t('splitFromNote', { code: r.splitFrom.code }))
      : null,
  ];
}

function entry(u: ProgressUpdate): HTMLLIElement {
  const changed = u.statusBefore !== u.status;
  return h(
    'li',
    { class: 'entry', 'data-id': u.id, 'data-status': u.status },
    h(
      'div',
      { class: 'entry-head' },
      h('time', { datetime: u.occurredOn, class: 'entry-date' }, u.occurredOn),
      changed
        ? [
            statusChip(u.statusBefore, { 'data-testid': 'timeline-status' }),
            h('span', { 'aria-hidden': 'true' }, ' → '),
          ]
        : null,
      statusChip(u.status, { 'data-testid': 'timeline-status' }),
      h(
        'span',
        { class: 'entry-progress' },
        u.progressBefore !== u.progress ? `${u.progressBefore}% → ${u.progress}%` : `${u.progress}%`,
      ),
      changed
        ? h('span', { class: 'visually-hidden' }, `${statusName(u.statusBefore)} → ${statusName(u.status)}`)
        : null,
      u.visibility === 'INTERNAL'
        ? h('span', { class: 'chip chip-internal', 'data-testid': 'internal-chip' }, t('internalChip'))
        : null,
    ),
    h('p', { class: 'entry-note' }, u.note),
    u.evidenceUrls.length
      ? h(
          'div',
          { class: 'evidence' },
          h('span', { class: 'evidence-label' }, `${t('evidence')}:`),
          u.evidence.length ? evidenceList(u.evidence) : u.evidenceUrls.map(safeLink),
        )
      : null,
    h(
      'p',
      { class: 'entry-meta muted' },
      t('loggedBy', { actor: u.actor, when: formatInstant(u.createdAt) }),
      u.corrects ? [' · ', t('corrects', { date: u.corrects.occurredOn })] : null,
      u.proposal?.reviewer ? [' · ', rv('approvedBy', { name: u.proposal.reviewer })] : null,
    ),
  );
}

function timeline(r: RecommendationDetail): (HTMLElement | null)[] {
  return [
    h('h2', { id: 'history-title' }, t('history')),
    h(
      'ol',
      { id: 'timeline', 'data-testid': 'timeline', class: 'timeline', 'aria-labelledby': 'history-title' },
      r.updates.map(entry),
    ),
    r.updates.length
      ? null
      : h('p', { class: 'muted empty-timeline' }, r.asOf ? t('noEntriesYet', { date: r.asOf }) : t('noEntries')),
  ];
}

export function detailView(code: string, initialAsOf: string): View {
  let asOf = initialAsOf;
  const top = h('div', { class: 'rec-top' });
  const alert = h('div', { id: 'detail-error', class: 'alert', role: 'alert' });
  const pastSlot = h('div', { class: 'past-slot' });
  const asOfSlot = h('div', { class: 'detail-asof' });
  const history = h('section', { class: 'history', 'aria-labelledby': 'history-title' });
  const targets = h('section', { class: 'target-history', 'aria-labelledby': 'target-history-title' });
  const proposals = h('section', { class: 'proposal-history', 'aria-labelledby': 'proposal-history-title' });
  const pastNote = h('p', { class: 'past-form-note', id: 'past-form-note' });
  const scopeNote = h('p', { class: 'past-form-note', id: 'scope-note' });
  let rec: RecommendationDetail | null | undefined;
  let controller: AbortController | null = null;
  const form = createLogForm(() => rec!, reload);
  const steward = createStewardForm(() => rec!, reload);
  const indicators = createIndicatorSection(reload);
  const archivedSlot = h('div', { class: 'archived-slot' });
  const side = h('div', { class: 'side' }, archivedSlot, form.el, steward.el, pastNote, scopeNote);
  const columns = h(
    'div',
    { class: 'columns', hidden: true },
    h('div', null, indicators.el, history, proposals, targets),
    side,
  );
  const back = h('a', { href: '#/', class: 'back' });
  const root = h(
    'section',
    { class: 'view detail-view' },
    h('div', { class: 'detail-bar' }, h('nav', { 'aria-label': t('breadcrumb') }, back), asOfSlot),
    pastSlot,
    alert,
    top,
    columns,
  );

  const setAsOf = (next: string) => {
    if (next === asOf) return;
    asOf = next;
    recordRoute({ view: 'detail', code, asOf });
    rec = undefined;
    columns.hidden = true;
    render();
    void reload();
  };

  function render() {
    fill(back, '← ', t('back'));
    back.setAttribute('href', hashOf({ view: 'catalog', query: { ...lastCatalogQuery(), asOf } }));
    const past = asOfControl('detail-asof-input', asOf, setAsOf);
    fill(pastSlot, past.banner);
    fill(asOfSlot, past.field);
    if (rec === undefined) return fill(top, h('p', { class: 'muted', role: 'status' }, t('loading')));
    if (rec === null) {
      document.title = `${code} · ${t('appTitle')}`;
      return fill(top, h('h1', { id: 'view-title', tabindex: '-1' }, code), h('p', null, t('notFound', { code })));
    }
    document.title = `${rec.code} ${pick(rec.titleZh, rec.titleEn)} · ${t('appTitle')}`;
    fill(top, header(rec));
    indicators.update(rec);
    fill(history, timeline(rec));
    fill(targets, targetHistory(rec.targetDateHistory));
    // Proposals are today's review, not replayed: shown only for the present.
    fill(proposals, rec.asOf ? null : proposalHistory(rec.proposals));
    proposals.hidden = Boolean(rec.asOf) || !rec.proposals.length;
    // The past cannot be edited: the form is for today's record. An archived record takes no entries: its
    // page says why it was archived and offers admins Restore instead.
    const archived = rec.archived && !rec.asOf;
    fill(archivedSlot, archived ? archivedPanel(rec, reload) : null);
    // Only what the server would let through is offered (Recommendation.viewerCan, the writes' own rules).
    // Anonymous visitors and viewers keep the form, with a line saying the server will refuse it (logForm.ts).
    const notOurs = !rec.asOf && !rec.archived && !!app.me && app.me.role !== 'VIEWER' && !rec.viewerCan.log;
    form.el.hidden = Boolean(rec.asOf) || rec.archived || notOurs;
    scopeNote.hidden = !notOurs;
    fill(scopeNote, notOurs ? t('notYourRecord') : null);
    pastNote.hidden = !rec.asOf;
    fill(pastNote, rec.asOf ? t('pastFormNote') : null);
    columns.hidden = false;
  }

  async function reload() {
    controller?.abort();
    const mine = (controller = new AbortController());
    try {
      const next = await fetchRecommendation(code, asOf || null, mine.signal);
      fill(alert);
      rec = next;
      render();
      if (rec && !rec.asOf) form.update();
      if (rec) steward.update();
    } catch (error) {
      if (isAbort(error)) return;
      const e = asApiError(error);
      fill(alert, errorContent(t('loadFailed', { message: e.message }), e.code));
      if (rec === undefined) fill(top);
    }
  }

  render();
  void reload();
  return {
    root,
    rerender: () => {
      render();
      if (rec && !rec.asOf) form.relabel();
      if (rec) steward.update();
    },
    meChanged: () => {
      if (rec) void reload();
    },
    destroy: () => controller?.abort(),
  };
}
