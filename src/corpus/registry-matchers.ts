/**
 * The matchers built from the registries: one alias matcher over every actor's name and
 * aliases, one case-insensitive term matcher over every theme's terms. The build (load.ts)
 * and the pages that re-mark words in context (context.ts) use these same builders, so they
 * make the same longest-first choices.
 */
import { PhraseMatcher } from '../shared/matcher.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Theme } from '../schemas/theme.ts';

export interface RegistryMatchers {
  /** Name or alias → actor id. */
  aliases: PhraseMatcher<string>;
  /** Term → theme ids (case-insensitive, `*` endings). */
  terms: PhraseMatcher<string[]>;
  /** Actor id → theme ids whose mention tags a paragraph. */
  actorThemes: Map<string, string[]>;
}

export function registryMatchers(themes: readonly Theme[], actors: readonly Actor[]): RegistryMatchers {
  const aliases = new PhraseMatcher<string>(actors.flatMap((a) => [a.name, ...a.aliases].map((alias): [string, string] => [alias, a.id])));
  const termThemes = new Map<string, string[]>();
  const actorThemes = new Map<string, string[]>();
  for (const t of themes) {
    for (const term of t.terms) termThemes.set(term, [...(termThemes.get(term) ?? []), t.id]);
    for (const a of t.actors) actorThemes.set(a, [...(actorThemes.get(a) ?? []), t.id]);
  }
  return { aliases, terms: new PhraseMatcher(termThemes, { caseInsensitive: true }), actorThemes };
}
