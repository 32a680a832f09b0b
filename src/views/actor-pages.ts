/**
 * Everything /actors/, /actors/<id>/ and /actors/<id>/mentions/<n>/ show, derived once per
 * model: each actor's mentions as marked sentences grouped by article and split into pages,
 * its spellings, the actors named alongside it, its members and its slice of the timeline.
 */
import type { Corpus, ResolvedEvent } from '../corpus/model.ts';
import type { Actor } from '../schemas/actor.ts';
import { mentionSentences, type MentionInSentence } from './context.ts';
import { actorsByKind, affiliatedWith, coMentions, groupByArticle, MENTION_BUDGET, pageGroups, paragraphKey, spellingCounts, type ActorEntry, type CoMention, type SpellingCount } from './stats.ts';
import type { CorpusIndex } from './corpus-index.ts';

export interface MentionGroup {
  article: string;
  items: MentionInSentence[];
}

export interface ActorPage {
  actor: Actor;
  mentions: number;
  /** Paragraphs that mention the actor. */
  paragraphs: number;
  /** Articles that mention the actor. */
  articles: number;
  spellings: SpellingCount[];
  alongside: CoMention[];
  /** Actors that list this one among their affiliations. */
  members: Actor[];
  /** Timeline entries the actor takes part in or that happen in it. */
  events: readonly ResolvedEvent[];
  /** Mention groups split into pages; page 1 is the actor page itself. */
  pages: MentionGroup[][];
}

export interface ActorViews {
  pages: ActorPage[];
  byId: ReadonlyMap<string, ActorPage>;
  /** Actors grouped by kind for /actors/. */
  byKind: { kind: Actor['kind']; actors: ActorEntry[] }[];
  totalMentions: number;
}

export function actorViews(corpus: Pick<Corpus, 'actors' | 'articles' | 'mentionsByActor'>, index: CorpusIndex): ActorViews {
  const order = corpus.articles.map((a) => a.id);
  const pages = corpus.actors.map((actor): ActorPage => {
    const mentions = corpus.mentionsByActor.get(actor.id) ?? [];
    const keys = [...new Set(mentions.map((m) => paragraphKey(m)))];
    const groups = groupByArticle(mentionSentences(mentions), order);
    return {
      actor,
      mentions: mentions.length,
      paragraphs: keys.length,
      articles: groups.length,
      spellings: spellingCounts(actor, mentions),
      // Only the paragraphs that mention this actor can hold a co-mention.
      alongside: coMentions(actor.id, keys.flatMap((k) => index.paragraph(k) ?? [])),
      members: affiliatedWith(corpus.actors, actor.id),
      events: index.slice('actor', actor.id),
      pages: pageGroups(groups, MENTION_BUDGET),
    };
  });
  let totalMentions = 0;
  for (const ms of corpus.mentionsByActor.values()) totalMentions += ms.length;
  return { pages, byId: new Map(pages.map((p) => [p.actor.id, p])), byKind: actorsByKind(corpus.actors, corpus.mentionsByActor), totalMentions };
}
