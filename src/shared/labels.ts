/**
 * The one set of labels for the kinds of actor and of timeline entry, shared by pages,
 * components, pictures and downloads. (Search result kinds are named in search-facets.ts,
 * which the browser loads on its own.)
 */

/** Actor kinds, in the order pages list them (the actor schema takes its enum from here). */
export const ACTOR_KINDS = ['person', 'state', 'organisation', 'unrecognised-entity', 'region', 'place', 'armed-force', 'media'] as const;
export type ActorKindId = (typeof ACTOR_KINDS)[number];

/** Headings for the kinds of actor: [one, many]. */
export const ACTOR_KIND_LABELS: Record<ActorKindId, readonly [string, string]> = {
  person: ['Person', 'People'],
  state: ['State', 'States'],
  organisation: ['Organisation', 'Organisations'],
  'unrecognised-entity': ['Unrecognised entity', 'Unrecognised entities'],
  region: ['Region', 'Regions'],
  place: ['Place', 'Places'],
  'armed-force': ['Armed force', 'Armed forces'],
  media: ['Media outlet', 'Media'],
};

/** "Person", "States" … */
export const actorKindLabel = (kind: ActorKindId, plural = false): string => ACTOR_KIND_LABELS[kind][plural ? 1 : 0];

/** Kinds of timeline entry, in display order. */
export const EVENT_KINDS = ['event', 'statement', 'agreement', 'forecast', 'background'] as const;
export type EventKindId = (typeof EVENT_KINDS)[number];

const EVENT_KIND_LABELS: Record<EventKindId, { one: string; many: string }> = {
  event: { one: 'Event', many: 'Events' },
  statement: { one: 'Statement', many: 'Statements' },
  agreement: { one: 'Agreement', many: 'Agreements' },
  forecast: { one: 'Forecast', many: 'Forecasts' },
  background: { one: 'Background', many: 'Background' },
};

/** "Event", "Forecast" … (plural: "Events", "Forecasts"). */
export const kindLabel = (kind: EventKindId, plural = false): string => EVENT_KIND_LABELS[kind][plural ? 'many' : 'one'];

/** The ways the timeline is sliced: /timeline/<facet>/<id>/ pages and the in-page filter. */
export const TIMELINE_FACETS = ['theme', 'actor', 'article', 'kind'] as const;
export type Facet = (typeof TIMELINE_FACETS)[number];
