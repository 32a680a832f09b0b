/**
 * The search page (/search/): restores its state from the URL, runs Pagefind, renders the
 * results listbox and the facets with their counts, and writes the state back to the URL
 * with history.replaceState. See src/components/SearchApp.astro for the markup and the
 * keyboard model, src/views/search-records.ts for what is indexed.
 *
 * Counts are disjunctive: for a facet with values ticked, the counts are those of the search
 * without that facet (so a count says how many results ticking that value adds: OR within a
 * facet), while the other facets restrict it (AND across facets).
 */
import { own } from '../shared/own.ts';
import { KIND_LABELS, KIND_WEIGHTS, PASSAGE_LABEL, SEARCH_FACETS, SEARCH_KINDS, type SearchFacet, type SearchKind } from '../shared/search-facets.ts';
import { VOCABULARY_FILE, vocabularyWords, type VocabularyFile, type VocabularyWord } from '../shared/search-spelling.ts';
import type { SearchLookup } from '../views/search-records.ts';
import { buildExcerpt, matchedWords, actorsNamedBy, phraseLocations, type Excerpt, type WordLocation } from './search-excerpt.ts';
import { excerptBetween, leadEnd, passageHits, passagesMatching, sectionsOf, type PassageHit } from './search-passages.ts';
import { loadPagefind, loadFilterCounts, type FilterCounts, type Pagefind, type PagefindFragment, type PagefindResult } from './search-pagefind.ts';
import { emptyFilters, hasFilters, pagefindFilters, pagefindSort, parseState, serializeState, toggleFilter, type SearchState } from './search-state.ts';
import { correctedQuery, forgivingSearch, searchedWords, type Ranked, type TermStatus } from './search-forgive.ts';
import { actorNamedBy, explain } from './search-explain.ts';

/** Results shown at once (each needs its fragment: a page of them is what a first query loads). */
const PAGE_SIZE = 10;
/** Matching passages listed under an article, at most (the article's page has the rest, marked). */
const PASSAGES_PER_ARTICLE = 3;
const TYPING_DELAY_MS = 200;
/** Facets whose long lists start folded to this many values. */
const FOLDED: Partial<Record<SearchFacet, number>> = { actor: 8, theme: 8, author: 8, outlet: 8, year: 8 };
const FACET_PLURALS: Record<SearchFacet, string> = { kind: 'kinds', theme: 'themes', actor: 'actors', author: 'authors', outlet: 'outlets', year: 'years' };

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const app = $('search-app');
const nojs = $('search-nojs');
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const sortSelect = $<HTMLSelectElement>('search-sort');
const sortNote = $('sort-note');
const listbox = $('search-results');
const status = $('search-status');
const moreButton = $<HTMLButtonElement>('search-more');
const emptyState = $('search-empty');
const noneState = $('search-none');
const noneText = $('search-none-text');
const noneFilters = $('search-none-filters');
const clearFilters = $<HTMLButtonElement>('search-clear-filters');
const errorBox = $('search-error');
const filtersBox = $<HTMLDetailsElement>('search-filters');
const filtersOn = $('filters-on');
const suggestBox = $('search-suggest');
const countsNote = $('facet-counts-note');
const lookup = JSON.parse(app.dataset.lookup ?? '{}') as SearchLookup;
const bundleUrl = app.dataset.bundle!;
const actorList = Object.entries(lookup.actors).map(([id, a]) => ({ id, spellings: a.spellings }));
// Actors in order of how often they are named (the facet summary is sorted so): ties in naming go to the commoner one.
const actorRank = new Map((lookup.facets.actor ?? []).map(([id], k) => [id, k]));
const actorsByFrequency = [...actorList].sort((a, b) => (actorRank.get(a.id) ?? 1e9) - (actorRank.get(b.id) ?? 1e9));

let state: SearchState = parseState(location.search);
/** Results in display order, and the ones already rendered. */
let ordered: PagefindResult[] = [];
let shown = 0;
let active = -1;
let runId = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
const unfolded = new Set<SearchFacet>();
let lastCounts: FilterCounts = {};
/** Facet counts are loaded on demand: when the filters are first used, or the URL has some. */
let countsWanted = false;
let countsLoaded = false;
/** The actor pinned to the top of the results (a name query), if any. */
let pinned: { id: string; url: string } | undefined;
/** The words searched for after corrections (the alias note names actors by them). */
let searchedQuery = '';

// ---------------------------------------------------------------- labels

function valueLabel(facet: SearchFacet, value: string): string {
  // Values come from the URL and the index: look up own properties only (own.ts).
  if (facet === 'kind') return own(KIND_LABELS, value)?.many ?? value;
  if (facet === 'theme') return own(lookup.themes, value) ?? value;
  if (facet === 'actor') return own(lookup.actors, value)?.name ?? value;
  return value;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function describeFilters(s: SearchState): string {
  const parts = SEARCH_FACETS.filter((f) => s.filters[f].length > 0).map(
    (f) => `${f === 'kind' ? 'kind' : f}: ${s.filters[f].map((v) => valueLabel(f, v)).join(' or ')}`,
  );
  return parts.join('; ');
}

// ---------------------------------------------------------------- searching

interface Outcome {
  results: PagefindResult[];
  counts: FilterCounts;
  total: number;
  terms: TermStatus[];
  complete: number;
  searched: number;
  bestPartial: number;
}

let vocabulary: Promise<VocabularyWord[]> | undefined;
/** The corpus vocabulary, fetched the first time a query has a word the index does not. */
function loadVocabulary(): Promise<VocabularyWord[]> {
  vocabulary ??= fetch(new URL(VOCABULARY_FILE, new URL(bundleUrl, location.href)))
    .then((r) => (r.ok ? (r.json() as Promise<VocabularyFile>) : []))
    .then(vocabularyWords);
  return vocabulary;
}

async function runSearch(pf: Pagefind, s: SearchState): Promise<Outcome> {
  const sort = pagefindSort(s.sort);
  const options = { filters: pagefindFilters(s.filters), sort };
  if (!s.q) {
    const main = await pf.search(null, options);
    return { results: main.results, counts: await disjunctiveCounts(pf, s, null, main.filters), total: main.results.length, terms: [], complete: main.results.length, searched: 0, bestPartial: 0 };
  }
  const outcome = await forgivingSearch({ pf, options, vocabulary: loadVocabulary, fragment: fragmentOf, pageSize: PAGE_SIZE }, s.q);
  let ranked = outcome.results;
  // Relevance: within the first page (whose data is loaded to show it anyway), Pagefind's score
  // times the weight of the result's kind (KIND_WEIGHTS), after the number of words matched and
  // literal matches before matches through another spelling.
  if (!sort) ranked = await rerankFirstPage(ranked);
  const counts = countsWanted ? await disjunctiveCounts(pf, s, queryOf(outcome.terms), outcome.counts) : {};
  const bestPartial = Math.max(0, ...ranked.filter((r) => r.matched < outcome.searched).map((r) => r.matched));
  return { results: ranked.map((r) => r.result), counts, total: ranked.length, terms: outcome.terms, complete: outcome.complete, searched: outcome.searched, bestPartial };
}

/** The Pagefind query of the searched terms (after corrections), for the facet counts. */
const queryOf = (terms: readonly TermStatus[]) => searchedWords(terms).join(' ') || null;

async function rerankFirstPage(ranked: Ranked[]): Promise<Ranked[]> {
  const head = ranked.slice(0, PAGE_SIZE);
  const data = await Promise.all(head.map((r) => fragmentOf(r.result)));
  const weighted = head.map((r, k) => ({ r, w: r.result.score * (KIND_WEIGHTS[(data[k]!.filters.kind?.[0] ?? 'article') as SearchKind] ?? 1) }));
  weighted.sort((a, b) => b.r.matched - a.r.matched || Number(b.r.literal) - Number(a.r.literal) || b.w - a.w);
  return [...weighted.map((x) => x.r), ...ranked.slice(PAGE_SIZE)];
}

/**
 * Disjunctive counts: each ticked facet counted as if it were not ticked (OR within a facet,
 * AND across facets). Pagefind counts only facets whose filter data is loaded, so these come
 * once the counts were asked for (loadFilterCounts).
 */
async function disjunctiveCounts(pf: Pagefind, s: SearchState, term: string | null, base: FilterCounts): Promise<FilterCounts> {
  const counts: FilterCounts = { ...base };
  const sort = pagefindSort(s.sort);
  await Promise.all(
    SEARCH_FACETS.filter((f) => s.filters[f].length > 0).map(async (f) => {
      const without = await pf.search(term, { filters: pagefindFilters(s.filters, f), sort });
      counts[f] = without.filters[f] ?? {};
    }),
  );
  return counts;
}

/** A result's data, loaded once. */
const fragments = new WeakMap<PagefindResult, Promise<PagefindFragment>>();
function fragmentOf(result: PagefindResult): Promise<PagefindFragment> {
  let f = fragments.get(result);
  if (!f) fragments.set(result, (f = result.data()));
  return f;
}

async function search(immediate: boolean): Promise<void> {
  const id = ++runId;
  writeUrl();
  if (!state.q && !hasFilters(state)) {
    showEmpty();
    return;
  }
  app.setAttribute('aria-busy', 'true');
  try {
    if (!immediate) await new Promise((r) => (typingTimer = setTimeout(r, TYPING_DELAY_MS)));
    if (id !== runId) return;
    const pf = await loadPagefind(bundleUrl);
    if (countsWanted && !countsLoaded) {
      await loadFilterCounts(pf);
      countsLoaded = true;
    }
    const outcome = await runSearch(pf, state);
    if (id !== runId) return;
    ordered = outcome.results;
    shown = 0;
    setActive(-1);
    listbox.replaceChildren();
    searchedQuery = searchedWords(outcome.terms).join(' ');
    pinned = pinnedActor(outcome.terms);
    if (pinned) listbox.append(renderPinned(pinned.id));
    await showMore(id);
    if (id !== runId) return;
    lastCounts = outcome.counts;
    renderFacets(outcome.counts);
    renderStatus(outcome);
  } catch (err) {
    if (id !== runId) return;
    errorBox.textContent = `Search could not run: ${err instanceof Error ? err.message : String(err)}`;
    errorBox.hidden = false;
  } finally {
    if (id === runId) {
      app.removeAttribute('aria-busy');
      app.dataset.done = serializeState(state) || '?';
    }
  }
}

function showEmpty(): void {
  clearTimeout(typingTimer);
  ordered = [];
  shown = 0;
  setActive(-1);
  listbox.replaceChildren();
  listbox.hidden = true;
  input.setAttribute('aria-expanded', 'false');
  moreButton.hidden = true;
  noneState.hidden = true;
  errorBox.hidden = true;
  emptyState.hidden = false;
  status.textContent = '';
  suggestBox.replaceChildren();
  suggestBox.hidden = true;
  pinned = undefined;
  lastCounts = {};
  renderFacets({});
  app.dataset.done = '?';
}

// ---------------------------------------------------------------- results

interface ResultView {
  kind: SearchKind;
  title: string;
  meta: string;
  href: string;
  excerpt: Excerpt;
  aliasNote?: string | undefined;
  /** An article's matching passages, listed under it. */
  passages: PassageView[];
}

interface PassageView {
  /** Where in the article ("¶12", "§ Heading"); the article's title is read out after it, not shown again. */
  title: string;
  articleTitle: string;
  href: string;
  excerpt: Excerpt;
  aliasNote?: string | undefined;
}

function viewOf(result: PagefindResult, fragment: PagefindFragment): ResultView {
  const kind = (fragment.filters.kind?.[0] ?? 'article') as SearchKind;
  const title = fragment.meta.title ?? fragment.url;
  let meta = '';
  if (kind === 'article') meta = [fragment.meta.outlet, fragment.meta.date, fragment.meta.authors || 'unsigned'].filter(Boolean).join(' · ');
  else if (kind === 'timeline') meta = fragment.meta.date ?? '';

  // Highlight on the opened page the words that matched here; for a match through another
  // spelling of an actor, the spellings of that actor that the text does use.
  const words = matchedWords(fragment.content, fragment.weighted_locations);
  let locations: readonly WordLocation[] = fragment.weighted_locations;
  let aliasNote: string | undefined;
  // Only when the text itself has no match: otherwise the excerpt already shows why.
  if (result.matchedMetaFields?.includes('aliases') && fragment.weighted_locations.length === 0) {
    const candidates = actorList.filter((a) => fragment.filters.actor?.includes(a.id));
    const named = actorsNamedBy(searchedQuery, candidates);
    if (named.length > 0) {
      aliasNote = `Found through another spelling of ${named.map((id) => lookup.actors[id]!.name).join(', ')}, which this text names.`;
      const used = named.flatMap((id) => lookup.actors[id]!.spellings).filter((sp) => phraseLocations(fragment.content, [sp]).length > 0);
      locations = phraseLocations(fragment.content, used);
      for (const sp of used) if (!words.includes(sp)) words.push(sp);
    }
  }
  const href = withHighlight(fragment.url, words);
  const sections = sectionsOf(fragment.anchors ?? [], fragment.word_count);
  if (sections.length === 0) return { kind, title, meta, href, excerpt: buildExcerpt(fragment.content, locations), aliasNote, passages: [] };

  // An article: its lead (the standfirst, after the title) with any match in it marked, then
  // its best passages under the theme and actor filters ticked.
  const hits = passagesMatching(passageHits(sections, locations), state.filters).slice(0, PASSAGES_PER_ARTICLE);
  const lead = leadEnd(sections, fragment.word_count);
  const titleWords = Math.min(lead, title.split(/\s+/).filter(Boolean).length);
  const passages = hits.map((h) => passageView(fragment, title, h, words, aliasNote));
  // The note goes on the article and on each passage: a listbox option is read on its own.
  return { kind, title, meta, href, excerpt: excerptBetween(fragment.content, titleWords, lead, locations), aliasNote, passages };
}

function passageView(fragment: PagefindFragment, articleTitle: string, hit: PassageHit, words: readonly string[], aliasNote: string | undefined): PassageView {
  const where = hit.anchor.kind === 'paragraph' ? `¶${hit.anchor.n}` : `§ ${hit.anchor.text}`;
  return {
    title: where,
    articleTitle,
    href: withHighlight(`${fragment.url}#${hit.id}`, words),
    excerpt: excerptBetween(fragment.content, hit.start, hit.end, hit.locations),
    aliasNote,
  };
}

/** `url` with `?highlight=` terms inserted before its fragment. */
function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const [path, hash] = url.split('#', 2) as [string, string | undefined];
  const params = new URLSearchParams();
  for (const w of words) params.append('highlight', w);
  return `${path}${path.includes('?') ? '&' : '?'}${params}${hash ? `#${hash}` : ''}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(className: string, href: string, index: number, kind: string, label: string, title: string): HTMLAnchorElement {
  const a = el('a', className);
  a.href = href;
  a.id = `search-result-${index}`;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  a.dataset.kind = kind;
  a.append(el('span', 'r-kind', label), el('span', 'r-title', title));
  return a;
}

function excerptElement(excerpt: Excerpt): HTMLSpanElement {
  const p = el('span', 'r-excerpt');
  if (excerpt.cutStart) p.append('… ');
  // Text nodes and <mark> elements only: nothing from the content is parsed as HTML.
  for (const seg of excerpt.segments) p.append(seg.mark ? el('mark', '', seg.text) : document.createTextNode(seg.text));
  if (excerpt.cutEnd) p.append(' …');
  return p;
}

/** A result, then (for an article) its matching passages: options of the listbox numbered from `index`. */
function renderResult(view: ResultView, index: number): HTMLAnchorElement[] {
  const a = option('result', view.href, index, view.kind, KIND_LABELS[view.kind]?.one ?? view.kind, view.title);
  if (view.meta) a.append(el('span', 'r-meta', view.meta));
  if (view.excerpt.segments.length > 0) a.append(excerptElement(view.excerpt));
  if (view.aliasNote) a.append(el('span', 'r-alias', view.aliasNote));
  const passages = view.passages.map((p, k) => {
    const o = option('result passage', p.href, index + 1 + k, 'passage', PASSAGE_LABEL.one, p.title);
    o.querySelector('.r-title')!.append(el('span', 'visually-hidden', ` · ${p.articleTitle}`));
    o.append(excerptElement(p.excerpt));
    if (p.aliasNote) o.append(el('span', 'r-alias', p.aliasNote));
    return o;
  });
  return [a, ...passages];
}

/** The actor a name query names, pinned first, when no filter or order would leave actors out. */
function pinnedActor(terms: readonly TermStatus[]): { id: string; url: string } | undefined {
  const others = SEARCH_FACETS.some((f) => f !== 'kind' && state.filters[f].length > 0);
  const kinds = state.filters.kind;
  if (others || state.sort !== 'relevance' || (kinds.length > 0 && !kinds.includes('actor'))) return undefined;
  const id = actorNamedBy(searchedWords(terms), actorsByFrequency);
  return id ? { id, url: lookup.actors[id]!.url } : undefined;
}

function renderPinned(id: string): HTMLAnchorElement {
  const actor = lookup.actors[id]!;
  const a = el('a', 'result pinned');
  a.href = actor.url;
  a.id = 'search-result-0';
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  a.dataset.kind = 'actor';
  a.append(el('span', 'r-kind', `${KIND_LABELS.actor.one} named in your search`), el('span', 'r-title', actor.name));
  const others = actor.spellings.slice(1);
  a.append(el('span', 'r-excerpt', `Every mention in context${others.length > 0 ? `, under every spelling: ${others.join(', ')}` : ''}.`));
  return a;
}

async function showMore(id = runId): Promise<void> {
  const batch = ordered.slice(shown, shown + PAGE_SIZE);
  const loaded = await Promise.all(batch.map(fragmentOf));
  if (id !== runId) return;
  batch.forEach((r, k) => {
    // The pinned actor page is already first.
    if (pinned && loaded[k]!.url === pinned.url) return;
    listbox.append(...renderResult(viewOf(r, loaded[k]!), listbox.children.length));
  });
  shown += batch.length;
  const any = listbox.children.length > 0;
  listbox.hidden = !any;
  input.setAttribute('aria-expanded', String(any));
  moreButton.hidden = shown >= ordered.length;
  moreButton.textContent = `Show more results (${(ordered.length - shown).toLocaleString('en')} more)`;
}

function renderStatus(outcome: Outcome): void {
  const total = outcome.total;
  emptyState.hidden = true;
  errorBox.hidden = true;
  const filtered = describeFilters(state);
  const what = state.q ? ` for “${state.q}”` : '';
  const notes = explain({ terms: outcome.terms, total, complete: outcome.complete, bestPartial: outcome.bestPartial });
  renderSuggestion(outcome.terms);
  if (total === 0) {
    status.textContent = [`No results${what}${filtered ? ` with ${filtered}` : ''}.`, ...notes].join(' ');
    noneText.textContent = state.q ? `Nothing in the corpus matches “${state.q}”${filtered ? ' with these filters' : ''}.` : 'Nothing matches these filters.';
    noneFilters.hidden = !hasFilters(state) || !state.q;
    noneState.hidden = false;
  } else {
    noneState.hidden = true;
    const order = state.sort === 'relevance' ? '' : state.sort === 'newest' ? ', newest first' : ', oldest first';
    status.textContent = [`${plural(total, 'result', 'results')}${what}${filtered ? `, ${filtered}` : ''}${order}.`, ...notes].join(' ');
  }
  sortNote.hidden = state.sort === 'relevance';
}

/** "Did you mean …?" as a link to the search with the corrected spellings. */
function renderSuggestion(terms: readonly TermStatus[]): void {
  suggestBox.replaceChildren();
  suggestBox.hidden = !terms.some((t) => t.status === 'corrected');
  if (suggestBox.hidden) return;
  const corrected = correctedQuery(terms);
  const link = el('a', 'suggestion', corrected);
  link.href = `${location.pathname}${serializeState({ ...state, q: corrected })}`;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    input.value = corrected;
    state = { ...state, q: corrected };
    void search(true);
  });
  suggestBox.append('Did you mean ', link, '?');
}

// ---------------------------------------------------------------- facets

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function renderFacets(counts: FilterCounts): void {
  const focused = document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'checkbox' ? document.activeElement.id : undefined;
  for (const facet of SEARCH_FACETS) {
    const fieldset = app.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`)!;
    const list = fieldset.querySelector('ul')!;
    const more = fieldset.querySelector<HTMLButtonElement>('.facet-more')!;
    const c = counts[facet] ?? {};
    const selected = state.filters[facet];
    // Before the counts are loaded, every value of the corpus is listed (from the page's summary), without a count.
    const idle = !state.q && !hasFilters(state);
    const known = idle ? [] : countsLoaded ? Object.keys(c).filter((v) => (own(c, v) ?? 0) > 0) : (lookup.facets[facet] ?? []).map(([v]) => v);
    let values = [...new Set([...known, ...selected])];
    if (facet === 'kind') values = SEARCH_KINDS.filter((k) => values.includes(k));
    else if (facet === 'year') values.sort((a, b) => b.localeCompare(a));
    else if (countsLoaded) values.sort((a, b) => (own(c, b) ?? 0) - (own(c, a) ?? 0) || valueLabel(facet, a).localeCompare(valueLabel(facet, b)));
    const limit = FOLDED[facet];
    const folded = limit !== undefined && !unfolded.has(facet) && values.length > limit + 2;
    const visible = folded ? values.filter((v, k) => k < limit || selected.includes(v)) : values;
    list.replaceChildren(
      ...visible.map((value) => {
        const li = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = `f-${facet}-${slug(value)}`;
        box.value = value;
        box.checked = selected.includes(value);
        box.dataset.facet = facet;
        const label = document.createElement('label');
        label.htmlFor = box.id;
        label.append(valueLabel(facet, value));
        if (countsLoaded) {
          const n = own(c, value) ?? 0;
          const count = el('span', 'count', `(${n.toLocaleString('en')})`);
          count.setAttribute('aria-label', plural(n, 'result', 'results'));
          label.append(' ', count);
        }
        li.append(box, label);
        return li;
      }),
    );
    fieldset.hidden = values.length === 0;
    more.hidden = limit === undefined || values.length <= limit + 2;
    more.setAttribute('aria-expanded', String(!folded));
    more.textContent = folded ? `Show all ${values.length} ${FACET_PLURALS[facet]}` : 'Show fewer';
  }
  countsNote.hidden = countsLoaded || !state.q;
  clearFilters.hidden = !hasFilters(state);
  const on = SEARCH_FACETS.reduce((n, f) => n + state.filters[f].length, 0);
  filtersOn.textContent = on > 0 ? `(${plural(on, 'filter', 'filters')} on)` : '';
  if (focused) document.getElementById(focused)?.focus();
}

// ---------------------------------------------------------------- keyboard

function options(): HTMLAnchorElement[] {
  return [...listbox.querySelectorAll<HTMLAnchorElement>('a[role="option"]')];
}

function setActive(index: number): void {
  const all = options();
  all.forEach((o, k) => o.setAttribute('aria-selected', String(k === index)));
  active = index >= 0 && index < all.length ? index : -1;
  if (active >= 0) {
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

input.addEventListener('keydown', async (event) => {
  const count = options().length;
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    if (active + 1 >= count && shown < ordered.length) await showMore();
    setActive(Math.min(active + 1, options().length - 1));
  } else if (event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active - 1);
  } else if (event.key === 'Enter' && active >= 0) {
    event.preventDefault();
    location.assign(options()[active]!.href);
  } else if (event.key === 'Escape') {
    event.preventDefault();
    if (active >= 0) setActive(-1);
    else if (input.value) {
      input.value = '';
      state = { ...state, q: '' };
      void search(true);
    }
  }
});

// ---------------------------------------------------------------- wiring

function writeUrl(): void {
  const url = `${location.pathname}${serializeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

input.addEventListener('input', () => {
  state = { ...state, q: input.value.trim() };
  void search(false);
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim() };
  void search(true);
});

sortSelect.addEventListener('change', () => {
  state = { ...state, sort: sortSelect.value as SearchState['sort'] };
  void search(true);
});

app.addEventListener('change', (event) => {
  const box = event.target;
  if (!(box instanceof HTMLInputElement) || box.type !== 'checkbox' || !box.dataset.facet) return;
  state = toggleFilter(state, box.dataset.facet as SearchFacet, box.value, box.checked);
  void search(true);
});

app.addEventListener('click', (event) => {
  const button = (event.target as Element).closest('.facet-more');
  if (!button) return;
  const facet = button.closest('fieldset')!.dataset.facet as SearchFacet;
  if (unfolded.has(facet)) unfolded.delete(facet);
  else unfolded.add(facet);
  renderFacets(lastCounts);
  (button as HTMLElement).focus();
});

/** The first use of the filters loads their counts (see loadFilterCounts). */
function wantCounts(): void {
  if (countsWanted) return;
  countsWanted = true;
  if (state.q || hasFilters(state)) void search(true);
}
for (const type of ['focusin', 'pointerenter', 'toggle'] as const) filtersBox.addEventListener(type, wantCounts, { once: true });

const dropFilters = () => {
  state = { ...state, filters: emptyFilters() };
  void search(true);
};
clearFilters.addEventListener('click', dropFilters);
$('search-none-clear').addEventListener('click', dropFilters);
moreButton.addEventListener('click', () => void showMore());

// Start: show the interface, restore the state from the URL, search. On a narrow screen the
// filters start folded (results first), unless the URL has some on.
const wide = window.matchMedia('(min-width: 56rem)');
filtersBox.open = wide.matches || hasFilters(state);
wide.addEventListener('change', () => {
  if (wide.matches) filtersBox.open = true;
});
countsWanted = hasFilters(state);
nojs.hidden = true;
app.hidden = false;
input.value = state.q;
sortSelect.value = state.sort;
const headerInput = document.getElementById('header-q');
if (headerInput instanceof HTMLInputElement) headerInput.value = state.q;
void search(true);
