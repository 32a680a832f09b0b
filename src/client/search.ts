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
import { KIND_LABELS, KIND_WEIGHTS, SEARCH_FACETS, SEARCH_KINDS, type SearchFacet, type SearchKind } from '../shared/search-facets.ts';
import type { SearchLookup } from '../views/search-records.ts';
import { buildExcerpt, matchedWords, actorsNamedBy, phraseLocations, type WordLocation } from './search-excerpt.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindFragment, type PagefindResult } from './search-pagefind.ts';
import { emptyFilters, hasFilters, pagefindFilters, pagefindSort, parseState, serializeState, toggleFilter, type SearchState } from './search-state.ts';

const PAGE_SIZE = 20;
/** How many of the best results are reordered by kind (see runSearch). */
const RERANK_WINDOW = 40;
const TYPING_DELAY_MS = 200;
/** Facets whose long lists start folded to this many values. */
const FOLDED: Partial<Record<SearchFacet, number>> = { actor: 8, theme: 8, year: 8 };

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
const lookup = JSON.parse(app.dataset.lookup ?? '{}') as SearchLookup;
const actorList = Object.entries(lookup.actors).map(([id, a]) => ({ id, spellings: a.spellings }));

let state: SearchState = parseState(location.search);
/** Results in display order, and the ones already rendered. */
let ordered: PagefindResult[] = [];
let shown = 0;
let active = -1;
let runId = 0;
let typingTimer: ReturnType<typeof setTimeout> | undefined;
const unfolded = new Set<SearchFacet>();
let lastCounts: FilterCounts = {};

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
}

async function runSearch(pf: Pagefind, s: SearchState): Promise<Outcome> {
  const term = s.q || null;
  const sort = pagefindSort(s.sort);
  const main = await pf.search(term, { filters: pagefindFilters(s.filters), sort });
  // Disjunctive counts: each ticked facet counted as if it were not ticked.
  const counts: FilterCounts = { ...main.filters };
  await Promise.all(
    SEARCH_FACETS.filter((f) => s.filters[f].length > 0).map(async (f) => {
      const without = await pf.search(term, { filters: pagefindFilters(s.filters, f), sort });
      counts[f] = without.filters[f] ?? {};
    }),
  );
  if (sort) return { results: main.results, counts, total: main.results.length };
  // Relevance: Pagefind's score times the weight of the result's kind (KIND_WEIGHTS). The kind
  // is in a result's data, so the first RERANK_WINDOW results are loaded (the first page needs
  // most of them anyway) and reordered; the rest keep Pagefind's order. One search per kind
  // would order every result exactly, but costs a search each: seconds for a common word at
  // 500 articles.
  const top = main.results.slice(0, RERANK_WINDOW);
  const topData = await Promise.all(top.map(fragmentOf));
  const weighted = top.map((result, k) => {
    const kind = (topData[k]!.filters.kind?.[0] ?? 'article') as SearchKind;
    return { result, score: result.score * (own(KIND_WEIGHTS, kind) ?? 1) };
  });
  weighted.sort((a, b) => b.score - a.score);
  return { results: [...weighted.map((w) => w.result), ...main.results.slice(RERANK_WINDOW)], counts, total: main.results.length };
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
    const pf = await loadPagefind(app.dataset.bundle!);
    const outcome = await runSearch(pf, state);
    if (id !== runId) return;
    ordered = outcome.results;
    shown = 0;
    setActive(-1);
    listbox.replaceChildren();
    await showMore(id);
    if (id !== runId) return;
    lastCounts = outcome.counts;
    renderFacets(outcome.counts);
    renderStatus(outcome.total);
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
  fragment: PagefindFragment;
  /** Where the excerpt's marks go: Pagefind's matches, or the actor's spellings for a match through an alias. */
  locations: readonly WordLocation[];
  aliasNote?: string | undefined;
}

const PASSAGE_URL = /\/articles\/([^/#?]+)\/(?:#(p(\d+)))?$/;

function viewOf(result: PagefindResult, fragment: PagefindFragment): ResultView {
  const kind = (fragment.filters.kind?.[0] ?? 'article') as SearchKind;
  const m = PASSAGE_URL.exec(fragment.url);
  const article = m ? own(lookup.articles, m[1]!) : undefined;
  let title = fragment.meta.title ?? fragment.url;
  let meta = '';
  if (kind === 'passage' && article) {
    title = `¶${m![3]} · ${article.title}`;
    meta = [article.outlet, article.date].join(' · ');
  } else if (kind === 'article' && article) {
    meta = [article.outlet, article.date, article.authors].join(' · ');
  } else if (kind === 'timeline') meta = fragment.meta.date ?? '';

  // Highlight on the opened page the words that matched here; for a match through another
  // spelling of an actor, the spellings of that actor that the text does use.
  const words = matchedWords(fragment.content, fragment.weighted_locations);
  let locations: readonly WordLocation[] = fragment.weighted_locations;
  let aliasNote: string | undefined;
  // Only when the text itself has no match: otherwise the excerpt already shows why.
  if (result.matchedMetaFields?.includes('aliases') && fragment.weighted_locations.length === 0) {
    const candidates = actorList.filter((a) => fragment.filters.actor?.includes(a.id));
    const named = actorsNamedBy(state.q, candidates);
    if (named.length > 0) {
      aliasNote = `Found through another spelling of ${named.map((id) => lookup.actors[id]!.name).join(', ')}, which this text names.`;
      const used = named.flatMap((id) => lookup.actors[id]!.spellings).filter((sp) => phraseLocations(fragment.content, [sp]).length > 0);
      locations = phraseLocations(fragment.content, used);
      for (const sp of used) if (!words.includes(sp)) words.push(sp);
    }
  }
  return { kind, title, meta, href: withHighlight(fragment.url, words), fragment, locations, aliasNote };
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

function renderResult(view: ResultView, index: number): HTMLAnchorElement {
  const a = el('a', 'result');
  a.href = view.href;
  a.id = `search-result-${index}`;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  a.dataset.kind = view.kind;
  a.append(el('span', 'r-kind', KIND_LABELS[view.kind]?.one ?? view.kind), el('span', 'r-title', view.title));
  if (view.meta) a.append(el('span', 'r-meta', view.meta));
  const excerpt = buildExcerpt(view.fragment.content, view.locations);
  const p = el('span', 'r-excerpt');
  if (excerpt.cutStart) p.append('… ');
  // Text nodes and <mark> elements only: nothing from the content is parsed as HTML.
  for (const seg of excerpt.segments) p.append(seg.mark ? el('mark', '', seg.text) : document.createTextNode(seg.text));
  if (excerpt.cutEnd) p.append(' …');
  a.append(p);
  if (view.aliasNote) a.append(el('span', 'r-alias', view.aliasNote));
  return a;
}

async function showMore(id = runId): Promise<void> {
  const batch = ordered.slice(shown, shown + PAGE_SIZE);
  const loaded = await Promise.all(batch.map(fragmentOf));
  if (id !== runId) return;
  batch.forEach((r, k) => listbox.append(renderResult(viewOf(r, loaded[k]!), shown + k)));
  shown += batch.length;
  const any = shown > 0;
  listbox.hidden = !any;
  input.setAttribute('aria-expanded', String(any));
  moreButton.hidden = shown >= ordered.length;
  moreButton.textContent = `Show more results (${(ordered.length - shown).toLocaleString('en')} more)`;
}

function renderStatus(total: number): void {
  emptyState.hidden = true;
  errorBox.hidden = true;
  const filtered = describeFilters(state);
  const what = state.q ? ` for “${state.q}”` : '';
  if (total === 0) {
    status.textContent = `No results${what}${filtered ? ` with ${filtered}` : ''}.`;
    noneText.textContent = state.q ? `Nothing in the corpus matches “${state.q}”${filtered ? ' with these filters' : ''}.` : 'Nothing matches these filters.';
    noneFilters.hidden = !hasFilters(state) || !state.q;
    noneState.hidden = false;
  } else {
    noneState.hidden = true;
    status.textContent = `${plural(total, 'result', 'results')}${what}${filtered ? `, ${filtered}` : ''}${state.sort === 'relevance' ? '' : state.sort === 'newest' ? ', newest first' : ', oldest first'}.`;
  }
  sortNote.hidden = state.sort === 'relevance';
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
    let values = [...new Set([...Object.keys(c).filter((v) => (own(c, v) ?? 0) > 0), ...selected])];
    if (facet === 'kind') values = SEARCH_KINDS.filter((k) => values.includes(k));
    else if (facet === 'year') values.sort((a, b) => b.localeCompare(a));
    else values.sort((a, b) => (own(c, b) ?? 0) - (own(c, a) ?? 0) || valueLabel(facet, a).localeCompare(valueLabel(facet, b)));
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
        label.append(valueLabel(facet, value), ' ');
        const n = own(c, value) ?? 0;
        const count = el('span', 'count', `(${n.toLocaleString('en')})`);
        count.setAttribute('aria-label', plural(n, 'result', 'results'));
        label.append(count);
        li.append(box, label);
        return li;
      }),
    );
    fieldset.hidden = values.length === 0;
    more.hidden = limit === undefined || values.length <= limit + 2;
    more.setAttribute('aria-expanded', String(!folded));
    more.textContent = folded ? `Show all ${values.length} ${facet === 'actor' ? 'actors' : facet === 'theme' ? 'themes' : 'years'}` : 'Show fewer';
  }
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
nojs.hidden = true;
app.hidden = false;
input.value = state.q;
sortSelect.value = state.sort;
const headerInput = document.getElementById('header-q');
if (headerInput instanceof HTMLInputElement) headerInput.value = state.q;
void search(true);
