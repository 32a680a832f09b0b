/**
 * Perspectives in the model: the questions of content/perspectives/*.yaml and the timeline's
 * `claims` (disputed values), resolved into one list. Their quotes go through the same cite
 * requests as timeline sources (load.ts asks, the rehype-citations plugin finds), so a quote
 * missing from its article or found twice is the same one-line error at the same file:line.
 */
import { slug } from 'github-slugger';
import type { CorpusSources } from './sources.ts';
import type { ProblemList } from './problems.ts';
import { fieldLabel } from './cross-check.ts';
import type { Article, ResolvedEvent, ResolvedPerspective, ResolvedSource } from './model.ts';
import type { CiteRequest } from '../plugins/types.ts';
import type { TimelineEvent } from '../schemas/event.ts';

/** The permalink id of the perspective a timeline claim becomes: `<event id>-<about, slugged>`. */
export const claimPerspectiveId = (eventId: string, about: string) => `${eventId}-${slug(about)}`;

/** The question a claim is listed under when it does not give one. */
const claimQuestion = (about: string, event: Pick<TimelineEvent, 'title'>) => `${about.charAt(0).toUpperCase()}${about.slice(1)}: ${event.title}`;

type Origin = { file: string; line: number | undefined; field: string };
type Ask = (article: string, key: string, quote: string, origin: Origin, marks: Pick<CiteRequest, 'perspective'>) => void;

/** Cite-request key of quote `j` of position `k` of perspective number `p`. */
const quoteKey = (p: number, k: number, j: number) => `q${p}.p${k}.q${j}`;

/** Asks for every quote of every perspective file entry; each quote marks its paragraph with the question. */
export function askPerspectiveQuotes(src: CorpusSources, ask: Ask, href: (id: string) => string): void {
  src.perspectives.forEach((per, p) => {
    const perspective = { id: per.data.id, question: per.data.question, href: href(per.data.id) };
    per.data.positions.forEach((pos, k) =>
      pos.quotes.forEach((quote, j) => {
        const path = [per.index, 'positions', k, 'quotes', j];
        ask(pos.article, quoteKey(p, k, j), quote, { file: per.origin.file, line: per.origin.lineOf(path), field: fieldLabel(path) }, { perspective });
      }),
    );
  });
}

/** The mark a claim's quotes put on their paragraphs (the claim is listed as a perspective). */
export function claimMark(event: TimelineEvent, claim: TimelineEvent['claims'][number], href: (id: string) => string): Pick<CiteRequest, 'perspective'> {
  const id = claimPerspectiveId(event.id, claim.about);
  return { perspective: { id, question: claim.question ?? claimQuestion(claim.about, event), href: href(id) } };
}

type Resolve = (key: string, article: string, quote: string) => ResolvedSource | undefined;

/**
 * Every perspective, ordered by id: the files' questions and one per timeline claim. Fills the
 * `perspectives` backlinks of the timeline entries and paragraphs concerned. A claim
 * whose id an authored perspective already uses is an error (two pages cannot share a permalink).
 */
export function resolvePerspectives(
  src: CorpusSources,
  resolve: Resolve,
  { articleById, events }: { articleById: Map<string, Article>; events: ResolvedEvent[] },
  problems: ProblemList,
): ResolvedPerspective[] {
  const out: ResolvedPerspective[] = src.perspectives.map((per, p) => ({
    id: per.data.id,
    question: per.data.question,
    kind: per.data.kind,
    note: per.data.note,
    events: per.data.events,
    themes: per.data.themes,
    actors: per.data.actors,
    file: per.origin.file,
    origin: { kind: 'perspective' },
    positions: per.data.positions.map((pos, k) => ({
      article: pos.article,
      label: pos.label,
      quotes: pos.quotes.flatMap((quote, j) => resolve(quoteKey(p, k, j), pos.article, quote) ?? []),
    })),
  }));
  const authored = new Map(src.perspectives.map((per) => [per.data.id, per]));
  src.events.forEach((ev, e) =>
    ev.data.claims.forEach((c, k) => {
      const id = claimPerspectiveId(ev.data.id, c.about);
      const clash = authored.get(id);
      if (clash) {
        const path = [clash.index, 'id'];
        problems.error(clash.origin.file, fieldLabel(path), `duplicate perspective id "${id}": the claim "${c.about}" of timeline entry "${ev.data.id}" is listed under it`, 'another id, or the claim removed from the timeline entry', clash.origin.lineOf(path));
        return;
      }
      out.push({
        id,
        question: c.question ?? claimQuestion(c.about, ev.data),
        kind: 'factual',
        note: c.note,
        events: [ev.data.id],
        themes: ev.data.themes,
        actors: ev.data.actors,
        file: ev.origin.file,
        origin: { kind: 'claim', event: ev.data.id, about: c.about },
        positions: c.values.map((v, j) => ({
          article: v.article,
          label: v.value,
          quotes: [resolve(`e${e}.c${k}.v${j}`, v.article, v.quote)].filter((q) => q !== undefined),
        })),
      });
    }),
  );
  out.sort((a, b) => a.id.localeCompare(b.id));
  // Backlinks: each timeline entry and each paragraph a position quotes knows the question.
  const eventById = new Map(events.map((e) => [e.id, e]));
  for (const per of out) for (const id of per.events) eventById.get(id)?.perspectives.push(per.id);
  for (const per of out)
    for (const pos of per.positions)
      for (const q of pos.quotes) {
        const para = articleById.get(q.article)?.paragraphs.find((x) => x.id === q.paragraph);
        if (para && !para.perspectives.includes(per.id)) para.perspectives.push(per.id);
      }
  return out;
}
