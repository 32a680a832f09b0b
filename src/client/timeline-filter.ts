/**
 * The in-page filter of /timeline/: select boxes for theme, actor, article and kind that hide
 * the entries not matching all of them (AND across facets). The number of entries shown is
 * announced in a live region, and the choice is mirrored in the query string
 * (?theme=…&kind=…) so a filtered view can be shared; on load the query is read back.
 *
 * A checkbox keeps only the entries some perspective (a question the articles disagree on)
 * concerns (?perspective=any).
 *
 * Without JavaScript none of this runs: the form stays `hidden` and the slice links
 * (/timeline/<facet>/<id>/) do the filtering instead.
 */
import type { Facet } from '../shared/labels.ts';

export const FILTER_FACETS: readonly Facet[] = ['theme', 'actor', 'article', 'kind'];

/** The chosen value per facet; a missing facet matches everything. */
export type FilterState = Partial<Record<Facet, string>> & {
  /** "any": only entries with at least one perspective. */
  perspective?: 'any';
};

/** What an entry carries in its data-* attributes. */
export interface EntryFacets {
  kind: string;
  themes: string[];
  actors: string[];
  articles: string[];
  /** Ids of the perspectives that concern the entry. */
  perspectives?: string[];
}

/** Does an entry match every chosen facet? */
export function matchesFilter(entry: EntryFacets, state: FilterState): boolean {
  return (
    (!state.theme || entry.themes.includes(state.theme)) &&
    (!state.actor || entry.actors.includes(state.actor)) &&
    (!state.article || entry.articles.includes(state.article)) &&
    (!state.kind || entry.kind === state.kind) &&
    (!state.perspective || (entry.perspectives ?? []).length > 0)
  );
}

/** The state a query string asks for, keeping only values that are real options. */
export function stateFromQuery(search: string, allowed: Record<Facet, ReadonlySet<string>>): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const facet of FILTER_FACETS) {
    const value = params.get(facet);
    if (value && allowed[facet].has(value)) state[facet] = value;
  }
  if (params.get('perspective') === 'any') state.perspective = 'any';
  return state;
}

/** `search` with the filter parameters replaced by `state` (other parameters kept), "" when empty. */
export function queryWithState(search: string, state: FilterState): string {
  const params = new URLSearchParams(search);
  for (const facet of FILTER_FACETS) {
    const value = state[facet];
    if (value) params.set(facet, value);
    else params.delete(facet);
  }
  if (state.perspective) params.set('perspective', state.perspective);
  else params.delete('perspective');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** "Showing 12 of 80 entries." / "Showing all 80 entries." */
export function statusText(shown: number, total: number, filtered: boolean): string {
  if (!filtered) return `Showing all ${total} entries.`;
  if (shown === 0) return `No entry matches these filters (0 of ${total}).`;
  return `Showing ${shown} of ${total} ${total === 1 ? 'entry' : 'entries'}.`;
}

const words = (value: string | undefined) => (value ? value.split(' ').filter(Boolean) : []);

function readEntry(el: HTMLElement): EntryFacets {
  return {
    kind: el.dataset.kind ?? '',
    themes: words(el.dataset.themes),
    actors: words(el.dataset.actors),
    articles: words(el.dataset.articles),
    perspectives: words(el.dataset.perspectives),
  };
}

/** Wires up the filter form on the page, if there is one. */
export function initTimelineFilter(doc: Document = document): void {
  const form = doc.querySelector<HTMLFormElement>('form[data-timeline-filter]');
  if (!form) return;
  const status = form.querySelector<HTMLElement>('[data-timeline-count]');
  const selects = new Map<Facet, HTMLSelectElement>();
  for (const facet of FILTER_FACETS) {
    const select = form.elements.namedItem(facet);
    if (select instanceof HTMLSelectElement) selects.set(facet, select);
  }
  const disputed = form.elements.namedItem('perspective');
  const disputedBox = disputed instanceof HTMLInputElement ? disputed : undefined;
  const entries = [...doc.querySelectorAll<HTMLElement>('[data-timeline-list] article[data-kind]')].map((el) => ({
    el,
    facets: readEntry(el),
  }));
  const years = [...doc.querySelectorAll<HTMLElement>('[data-timeline-list] section[data-year]')];
  // The axis marks (components/svg/TimelineAxis.astro), dimmed when their entry is hidden.
  const marks = new Map([...doc.querySelectorAll<SVGElement>('[data-mark]')].map((m) => [m.dataset.mark ?? '', m]));
  const allowed = Object.fromEntries(
    FILTER_FACETS.map((f) => [f, new Set([...(selects.get(f)?.options ?? [])].map((o) => o.value).filter(Boolean))]),
  ) as Record<Facet, Set<string>>;

  const currentState = (): FilterState => {
    const state: FilterState = {};
    for (const [facet, select] of selects) if (select.value) state[facet] = select.value;
    if (disputedBox?.checked) state.perspective = 'any';
    return state;
  };

  const apply = (state: FilterState, announce: boolean) => {
    let shown = 0;
    for (const { el, facets } of entries) {
      const match = matchesFilter(facets, state);
      el.hidden = !match;
      marks.get(el.id)?.classList.toggle('is-filtered-out', !match);
      if (match) shown++;
    }
    for (const section of years) {
      const visible = section.querySelectorAll('article[data-kind]:not([hidden])').length;
      section.hidden = visible === 0;
      const count = section.querySelector('[data-year-count]');
      if (count) count.textContent = `${visible} ${visible === 1 ? 'entry' : 'entries'}`;
    }
    const filtered = Object.keys(state).length > 0;
    if (status && (announce || filtered)) status.textContent = statusText(shown, entries.length, filtered);
  };

  const syncUrl = (state: FilterState) => {
    const url = `${location.pathname}${queryWithState(location.search, state)}${location.hash}`;
    history.replaceState(history.state, '', url);
  };

  const initial = stateFromQuery(location.search, allowed);
  for (const [facet, select] of selects) select.value = initial[facet] ?? '';
  if (disputedBox) disputedBox.checked = initial.perspective === 'any';
  apply(initial, false);
  syncUrl(initial); // drops unknown values from a shared address

  form.addEventListener('change', () => {
    const state = currentState();
    apply(state, true);
    syncUrl(state);
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    for (const select of selects.values()) select.value = '';
    if (disputedBox) disputedBox.checked = false;
    apply({}, true);
    syncUrl({});
  });
  form.addEventListener('submit', (event) => event.preventDefault());

  form.hidden = false;
  const links = doc.querySelector<HTMLElement>('[data-slice-nav]');
  if (links) links.hidden = true;
}
