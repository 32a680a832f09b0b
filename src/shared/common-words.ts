/**
 * The commonest English function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries). A theme term or actor alias that is one of them would tag or link nearly every
 * paragraph of the corpus, so the schemas refuse it.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up
  upon with within without about above across after against along among around before behind below
  beneath beside between beyond down during except inside near since through toward towards under until
  via i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those who whom whose which what where when why how all any both each every few many
  more most much no not some such other own same only also just very too is am are was were be been
  being have has had having do does did doing will would shall should can could may might must
  there here one said says`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when `phrase` (a term, or an alias that is not an all-capitals acronym) is one of the commonest words. */
export function isCommonWord(phrase: string): boolean {
  return COMMON_WORDS.has(phrase.trim().toLowerCase());
}
