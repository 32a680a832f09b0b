/**
 * Table tests of PhraseMatcher (src/shared/matcher.ts): which words of a text are found as
 * an actor or a theme, under the rules the About page states — longest alias first, whole
 * words only, aliases case-sensitive (acronyms exact), possessives found, theme terms
 * case-insensitive with a `*` ending.
 *
 * The alias and term matchers are built from the real registries exactly as the build builds
 * them (one matcher over every actor's name and aliases; one over every theme's terms), so
 * the cases also pin the registries' spellings; a few rules are tested on small literal tables.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from '../../src/shared/matcher.ts';
import { registryMatchers } from '../../src/corpus/registry-matchers.ts';
import { actorsFileSchema } from '../../src/schemas/actor.ts';
import { themesFileSchema } from '../../src/schemas/theme.ts';

const read = (name: string) => parse(readFileSync(new URL(`../../content/${name}`, import.meta.url), 'utf8'));
const actors = actorsFileSchema.parse(read('actors.yaml'));
const themes = themesFileSchema.parse(read('themes.yaml'));
const { aliases, terms } = registryMatchers(themes, actors);

/** [text as found, target] for every match, left to right. */
const found = <T>(m: PhraseMatcher<T>, text: string) => m.find(text).map((x) => [x.text, x.target] as const);

describe('actor aliases (real registry)', () => {
  const cases: { name: string; text: string; expected: (readonly [string, string])[] }[] = [
    {
      name: 'the longest alias wins: Lavrov-Kalantarov is one mention, not "Lavrov" + rest',
      text: 'Sergey Lavrov-Kalantarov is feverishly trying; Lavrov-Kalantarov wants troops to stay.',
      expected: [['Sergey Lavrov-Kalantarov', 'sergey-lavrov'], ['Lavrov-Kalantarov', 'sergey-lavrov']],
    },
    {
      name: 'Nagorno-Karabakh is one mention, not also "Karabakh"',
      text: 'Armenia recognised Nagorno-Karabakh as part of Azerbaijan.',
      expected: [['Armenia', 'armenia'], ['Nagorno-Karabakh', 'nagorno-karabakh'], ['Azerbaijan', 'azerbaijan']],
    },
    {
      name: 'every spelling of Karabakh is the same actor',
      text: 'Qarabagh, Karabakh and Artsakh.',
      expected: [['Qarabagh', 'nagorno-karabakh'], ['Karabakh', 'nagorno-karabakh'], ['Artsakh', 'nagorno-karabakh']],
    },
    {
      name: 'Ilkham Aliyev and Ilham Aliyev are both the President of Azerbaijan',
      text: 'President Ilkham Aliyev met Ilham Aliyev.',
      expected: [['Ilkham Aliyev', 'ilham-aliyev'], ['Ilham Aliyev', 'ilham-aliyev']],
    },
    {
      name: 'Nikola Pashinyan and Nikol Pashinyan are one person',
      text: 'Nikola Pashinyan, or Nikol Pashinyan.',
      expected: [['Nikola Pashinyan', 'nikol-pashinyan'], ['Nikol Pashinyan', 'nikol-pashinyan']],
    },
    {
      name: 'the acronym and the full name of the CSTO',
      text: 'the CSTO (Collective Security Treaty Organization)',
      expected: [['CSTO', 'csto'], ['Collective Security Treaty Organization', 'csto']],
    },
    {
      name: 'an acronym matches exactly: lower-case "csto" is not the CSTO',
      text: 'the csto and the Csto',
      expected: [],
    },
    {
      name: 'proper names are case-sensitive: "turkey" the bird is not Turkey',
      text: 'a roast turkey in Turkey',
      expected: [['Turkey', 'turkey']],
    },
    {
      name: 'a word that merely contains an alias is not a mention (demonyms, adjectives)',
      text: 'Iranian drones, Russian troops, the Russians, Georgian wine, Ukrainians, USSRs',
      expected: [],
    },
    {
      name: 'an alias inside a longer capitalised word is not found (US in USSR, UN in UNESCO)',
      text: 'the USSR and UNESCO',
      expected: [['USSR', 'ussr']],
    },
    {
      name: 'possessives are mentions, with straight and curly apostrophes',
      text: "Russia's army, Russia’s neighbours, Azerbaijan's Karabakh",
      expected: [['Russia', 'russia'], ['Russia', 'russia'], ['Azerbaijan', 'azerbaijan'], ['Karabakh', 'nagorno-karabakh']],
    },
    {
      name: 'a multi-word alias is found across a line break',
      text: 'the Collective Security\nTreaty Organization and Nikol\nPashinyan',
      expected: [['Collective Security\nTreaty Organization', 'csto'], ['Nikol\nPashinyan', 'nikol-pashinyan']],
    },
    {
      name: 'a name written with a diacritic and without one',
      text: 'Recep Tayyip Erdoğan, Recep Tayyip Erdogan, Erdogan',
      expected: [['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'], ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'], ['Erdogan', 'recep-tayyip-erdogan']],
    },
    {
      name: 'an alias ending in a full stop (U.S.)',
      text: 'respect, over all from the U.S. and the US',
      expected: [['U.S.', 'united-states'], ['US', 'united-states']],
    },
    {
      name: 'metonyms are the places, not the states: Moscow, Baku and the Kremlin',
      text: 'Moscow told Baku what the Kremlin wants from Russia.',
      expected: [['Moscow', 'moscow'], ['Baku', 'baku'], ['Kremlin', 'kremlin'], ['Russia', 'russia']],
    },
    {
      name: 'Samachablo and South Ossetia are one entity; Transdniestria is Transnistria',
      text: 'Abkhazia and Samachablo; South Ossetia; the Donbas and Transdniestria',
      expected: [['Abkhazia', 'abkhazia'], ['Samachablo', 'south-ossetia'], ['South Ossetia', 'south-ossetia'], ['Donbas', 'donbas'], ['Transdniestria', 'transdniestria']],
    },
    {
      name: 'a fixed body named with an adjective is found; a loose phrase is not',
      text: 'the Russian Foreign Ministry said Russian peacekeepers and Russian forces would stay',
      expected: [['Russian Foreign Ministry', 'russian-foreign-ministry'], ['Russian peacekeepers', 'russian-peacekeepers']],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(found(aliases, text)).toEqual(expected);
  });

  it('reports offsets that cut the match out of the text', () => {
    const text = 'In Qarabagh, Ilkham Aliyev said.';
    for (const m of aliases.find(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(aliases.find(text).map((m) => m.start)).toEqual([3, 13]);
  });
});

describe('theme terms (real registry, case-insensitive)', () => {
  const cases: { name: string; text: string; expected: (readonly [string, string[]])[] }[] = [
    {
      name: 'a term in any case',
      text: 'KARABAKH, karabakh, Karabakh',
      expected: [['KARABAKH', ['karabakh']], ['karabakh', ['karabakh']], ['Karabakh', ['karabakh']]],
    },
    {
      name: 'a * term matches any ending, and the bare stem',
      text: 'Peacekeepers, peacekeeping and a peacekeep',
      expected: [['Peacekeepers', ['peacekeepers']], ['peacekeeping', ['peacekeepers']], ['peacekeep', ['peacekeepers']]],
    },
    {
      name: 'a * term does not match in the middle of a word',
      text: 'unpeacekeeping, disintegration, non-integrated',
      // The hyphen is a word boundary, so "integrated" after "non-" is a word of its own.
      expected: [['integrated', ['post-soviet-order']]],
    },
    {
      name: 'a term shared by two themes tags both',
      text: 'the Artsakh republic',
      expected: [['Artsakh', ['karabakh', 'separatism']]],
    },
    {
      name: 'multi-word terms, across a line break and in another case',
      text: 'the Collective Security\nTreaty and the War in Ukraine',
      expected: [['Collective Security\nTreaty', ['csto']], ['War in Ukraine', ['ukraine-war']]],
    },
    {
      name: 'a term that merely starts a word without a * is not found',
      text: 'Karabakhi, Crimean, Donbass',
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(found(terms, text)).toEqual(expected);
  });
});

describe('rules on small literal tables', () => {
  it('takes the longest phrase at a position whatever the order given', () => {
    for (const order of [
      [['Lavrov', 'short'], ['Lavrov-Kalantarov', 'long']],
      [['Lavrov-Kalantarov', 'long'], ['Lavrov', 'short']],
    ] as [string, string][][]) {
      const m = new PhraseMatcher(order);
      expect(found(m, 'Lavrov-Kalantarov and Lavrov')).toEqual([['Lavrov-Kalantarov', 'long'], ['Lavrov', 'short']]);
    }
  });

  it('finds the leftmost match first: a shorter phrase starting earlier wins over a longer one starting later', () => {
    const m = new PhraseMatcher([['Sergey Lavrov', 'a'], ['Lavrov-Kalantarov', 'b']]);
    // The text is read left to right, so "Sergey Lavrov" is taken before "Lavrov-Kalantarov" can start.
    expect(found(m, 'Sergey Lavrov-Kalantarov')).toEqual([['Sergey Lavrov', 'a']]);
  });

  it('is case-sensitive by default and folds case when asked', () => {
    expect(found(new PhraseMatcher([['Georgia', 'g']]), 'georgia Georgia')).toEqual([['Georgia', 'g']]);
    expect(found(new PhraseMatcher([['Georgia', 'g']], { caseInsensitive: true }), 'georgia GEORGIA')).toEqual([['georgia', 'g'], ['GEORGIA', 'g']]);
  });

  it('reads * as a wildcard only when folding case; otherwise it is a literal character', () => {
    expect(found(new PhraseMatcher([['Kazakh*', 'k']], { caseInsensitive: true }), 'Kazakhstan, kazakh')).toEqual([['Kazakhstan', 'k'], ['kazakh', 'k']]);
    expect(found(new PhraseMatcher([['Kazakh*', 'k']]), 'Kazakhstan, Kazakh*')).toEqual([['Kazakh*', 'k']]);
  });

  it('gives one spelling claimed twice to the last claimant, as the registry map did', () => {
    const m = new PhraseMatcher([['Northland', 'northland'], ['Northland', 'southland']]);
    expect(found(m, 'Northland')).toEqual([['Northland', 'southland']]);
  });

  it('escapes regular-expression characters in phrases', () => {
    const m = new PhraseMatcher([['U.S.', 'us'], ['C++ (lang)', 'c']]);
    expect(found(m, 'UXSX U.S. C++ (lang)')).toEqual([['U.S.', 'us'], ['C++ (lang)', 'c']]);
  });

  it('treats letters of any script and digits as word characters', () => {
    const m = new PhraseMatcher([['Baku', 'b'], ['G7', 'g']]);
    expect(found(m, 'Bakuё Baku2 ёBaku G7s G7, Baku')).toEqual([['G7', 'g'], ['Baku', 'b']]);
  });

  it('keeps each phrase’s own target when two fold to the same text (theme A "Kazakh*", theme B "kazakh")', () => {
    const m = new PhraseMatcher<string>([['Kazakh*', 'a'], ['kazakh', 'b']], { caseInsensitive: true });
    // Only A's wildcard can match "Kazakhstan": it must be attributed to A, not to B.
    expect(found(m, 'Kazakhstan')).toEqual([['Kazakhstan', 'a']]);
    // Both match the bare word; one match per place, and the last phrase given wins (as in a map).
    expect(found(m, 'Kazakh')).toEqual([['Kazakh', 'b']]);
    expect(found(new PhraseMatcher<string>([['kazakh', 'b'], ['Kazakh*', 'a']], { caseInsensitive: true }), 'Kazakh')).toEqual([['Kazakh', 'a']]);
  });

  it('counts a combining mark as part of a word (text in decomposed Unicode)', () => {
    const m = new PhraseMatcher([['Erdog', 'cut'], ['Baku', 'b']]);
    // "Erdoğan" with the breve as a separate combining character (NFD): "Erdog" is no whole word in it.
    expect(found(m, 'Erdog\u0306an and Baku')).toEqual([['Baku', 'b']]);
  });

  it('finds nothing with an empty table', () => {
    expect(new PhraseMatcher<string>([]).find('anything')).toEqual([]);
  });
});
