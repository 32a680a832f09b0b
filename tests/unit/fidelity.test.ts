/**
 * Fidelity of every article to its raw capture (content/sources/): the body must be the
 * capture minus the passages listed here — site boilerplate, and metadata the frontmatter
 * now holds — with nothing dropped, added or reworded.
 *
 * For each article:
 *  1. every listed passage occurs in the capture (the list is honest) and is gone from the body;
 *  2. the capture with those passages removed equals the body, word for word, after the same
 *     normalisation on both sides (whitespace runs → one space, curly quotes → straight)
 *     and, on the capture's side, Markdown markers dropped (`*`, `#`, `[text](url)` → text);
 *  3. the metadata passages moved out of the body are in the frontmatter.
 * Plus the structure the whitespace normalisation cannot see: headings, paragraph count,
 * paragraphs the capture splits at a page break.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Article, Corpus } from '../../src/corpus/model.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

/**
 * A passage of the capture that is not part of the article's text. A plain string is removed
 * everywhere it occurs; `{ text, once: true }` only at its first occurrence (the capture
 * repeats it, and the later occurrence is text).
 */
type Passage = string | { text: string; once: true };

/** Metadata the capture prints around the text, and the frontmatter fields that now hold it. */
interface Moved {
  /** Exactly as in the capture. */
  passage: string;
  /** Frontmatter path (dot-separated; numbers index arrays) → expected value. An array field must contain it. */
  fields: Record<string, string>;
}

interface Case {
  id: string;
  capture: string;
  /** Site furniture: removed, and nowhere in the frontmatter either. */
  boilerplate: Passage[];
  moved: Moved[];
  /** Section headings, in order. */
  headings: string[];
  paragraphs: number;
  /** Passages that must stand inside a single paragraph. */
  oneParagraph?: string[];
}

const NBSP = '\u00a0';

const CASES: Case[] = [
  {
    id: 'dubnov-post-soviet-space-2-0',
    capture: '000_9b60150a5c6f2cb0.txt',
    boilerplate: [
      'Copyright © 2024',
      'The work of Euromaidan Press is supported by the International Renaissance Foundation',
      `When referencing our materials, please include an active hyperlink to the Euromaidan Press material and a maximum 500-character extract of the story. To reprint anything longer, written permission must be acquired from [email${NBSP}protected].`,
      'Privacy and Cookie Policies.',
      'Read More:',
      `You could close this page. Or you could join our community and help us produce more materials like this.${NBSP} We keep our reporting open and accessible to everyone because we believe in the power of free information. This is why our small, cost-effective team depends on the support of readers like you to bring deliver timely news, quality analysis, and on-the-ground reports about Russia's war against Ukraine and Ukraine's struggle to build a democratic society. A little bit goes a long way: for as little as the cost of one cup of coffee a month, you can help build bridges between Ukraine and the rest of the world, plus become a co-creator and vote for topics we should cover next. Become a patron or see other ways to support. Become a Patron!`,
      'To suggest a correction or clarification, write to us here',
      'You can also highlight the text and press Ctrl + Enter',
      'Please leave your suggestions or corrections here',
      [
        'Will the West continue to support Ukraine?',
        '• Know what moves the world.',
        '• Premium journalism from across Europe.',
        '• Tailored to your needs, translated into English.',
        'Special discount',
        'for Euromaidan Press readers',
        'Euromaidan Press',
      ].join('\n    '),
      'We are an independent media outlet that relies solely on advertising revenue to sustain itself. We do not endorse or promote any products or services for financial gain. Therefore, we kindly ask for your support by disabling your ad blocker. Your assistance helps us continue providing quality content. Thank you!',
      'Related Posts',
    ],
    moved: [
      {
        // Printed twice: once as the page title, once as the article headline.
        passage: 'Qarabagh war outcome opens way for Putin to create ‘post-Soviet space 2.0,’ Dubnov says',
        fields: { title: 'Qarabagh war outcome opens way for Putin to create ‘post-Soviet space 2.0,’ Dubnov says' },
      },
      // Printed twice: under the headline and above the donation appeal.
      { passage: 'Edited by: A. N.', fields: { credits: 'Edited by: A. N.' } },
    ],
    headings: [],
    paragraphs: 12,
  },
  {
    id: 'kirillova-karabakh-ceasefire-holding-tactic',
    capture: '001_051ae086cad48234.txt',
    boilerplate: [
      // The pull quote: the same sentence stands again, as text, in the paragraph beginning "But a".
      {
        text: 'A misunderstanding of the nature of public sentiment and the perception of people as weak-willed objects to be manipulated led to the Kremlin’s inability to predict the most serious political processes in neighbouring countries',
        once: true,
      },
      'Byline Times is funded by its subscribers. Receive our monthly print edition and help to support fearless, independent journalism.',
      'New to Byline Times? Find out more about us',
      'A new type of newspaper – independent, fearless, outside the system. Fund a better media.',
      'Don’t miss a story…',
      `Our leading investigations include: empire & the culture warBrexit, crony contractsRussian interferencethe Coronavirus pandemicdemocracy in danger, and${NBSP}the crisis in British journalism. We also introduce new voices of colour in Our Lives Matter.`,
      'More stories filed under Forgotten Wars',
      'More stories filed under Argument',
      // Sidebar stories and their teasers.
      '‘Ministers Can Make it Mean Anything they Want it To’: The Realities of Citizenship-Stripping in the UK',
      ', 27 September 2022',
      'Faima Bakar speaks to experts about the Government’s removal of citizenship without notice and its disproportionate impact on British Muslims',
      'The Tufton Street Elite Takes Back Control of the Brexit Project',
      'The libertarian ideologues in Downing Street are taking a hammer to Boris Johnson’s Brexit coalition, says Sam Bright',
      'Keir Starmer’s Labour is Starting to Believe it is Heading for Government',
      "Hope is overcoming fear for Labour delegates in Liverpool as they watch Liz Truss' Government begin to implode just weeks after its inception, reports Adam Bienkov",
      'More from the Byline Family',
    ],
    moved: [
      {
        passage:
          'Kseniya Kirillova reports on how the conflict between Armenia and Azerbaijan reveals Putin’s weaknesses in the ‘Post Soviet’ space',
        fields: {
          standfirst:
            'Kseniya Kirillova reports on how the conflict between Armenia and Azerbaijan reveals Putin’s weaknesses in the ‘Post Soviet’ space',
          authors: 'Kseniya Kirillova',
        },
      },
    ],
    headings: ['A Face-Saving Truce', 'The Cost of ‘Special Operations Tactics'],
    paragraphs: 15,
  },
  {
    id: 'cheterian-destabilization-after-ukraine-invasion',
    capture: '002_19686c42584d6862.txt',
    boilerplate: [
      // afgazad.com's masthead: site name, motto (a Ferdowsi couplet), address, section.
      '# افغانستان آزاد – آزاد افغانستان',
      'AA-AA',
      'چو کشور نباشد تن من مباد',
      'همه سر به سر تن به کشتن دهیم',
      'بدین بوم و بر زنده یک تن مباد',
      'از آن به که کشور به دشمن دهیم',
      // Also repeated between paragraphs (page furniture).
      '[www.afgazad.com](http://www.afgazad.com)',
      '[afgazad@gmail.com](mailto:afgazad@gmail.com)',
      'European Languages',
      'زبانهای اروپایی',
    ],
    moved: [
      { passage: 'By Vicken Cheterian', fields: { authors: 'Vicken Cheterian' } },
      { passage: '09.12.2022', fields: { 'published.date': '2022-12-09', 'via.3.date': '2022-12-09' } },
      {
        passage: "## Destabilization of ex-Soviet republics after Russia's invasion of Ukraine",
        fields: { title: "Destabilization of ex-Soviet republics after Russia's invasion of Ukraine" },
      },
      { passage: "**Sources:** A l'encontre", fields: { 'via.0.name': "A l'encontre", 'via.0.role': 'original' } },
      {
        passage:
          'Source: <https://alencontre.org/europe/russie/apres-linvasion-de-lukraine-par-la-russie-une-vague-de-destabilisation-du-caucase-a-lasie-centrale.html>',
        fields: {
          originalUrl:
            'https://alencontre.org/europe/russie/apres-linvasion-de-lukraine-par-la-russie-une-vague-de-destabilisation-du-caucase-a-lasie-centrale.html',
          'via.0.url':
            'https://alencontre.org/europe/russie/apres-linvasion-de-lukraine-par-la-russie-une-vague-de-destabilisation-du-caucase-a-lasie-centrale.html',
        },
      },
      // "south wind" is the machine translation of Viento Sur, "Rebellion" of Rebelión.
      { passage: 'Translation: **south wind**', fields: { 'via.1.name': 'Viento Sur', 'via.1.role': 'translation' } },
      { passage: '**Rebellion 08.12.2022**', fields: { 'via.2.name': 'Rebelión', 'via.2.date': '2022-12-08' } },
    ],
    headings: [
      "The war in Ukraine and the end of Putin's authoritarian model",
      'Regional conflicts and competition between great powers',
    ],
    paragraphs: 15,
    // The capture splits this paragraph at a page break.
    oneParagraph: ['The military presence Russian in Armenia did not prevent Azerbaijan from launching'],
  },
  {
    id: 'former-soviet-states-eye-opportunities',
    capture: '003_d2b80962dc7b4d43.txt',
    boilerplate: [
      ' | Ukraine', // the Guardian's section suffix on the title line
      'About Author',
      'Comments are closed.',
    ],
    moved: [
      {
        passage: 'Former Soviet states eye opportunities as Russia suffers Ukraine rout',
        fields: { title: 'Former Soviet states eye opportunities as Russia suffers Ukraine rout' },
      },
    ],
    headings: [],
    paragraphs: 24,
  },
  {
    id: 'zakhariadze-kremlin-blackmails-azerbaijan',
    capture: '004_7456b4fd73b1b2c3.txt',
    boilerplate: [
      'Read: 244',
      'Write comment',
      'Warning!\n(In their comments, readers should avoid expressing religious, racial and national discrimination, not use offensive and derogatory expressions, as well as appeals that are contrary to the law)',
      'Send\nYou can enter 512 characters',
      'News feed',
    ],
    moved: [
      {
        passage:
          'The Kremlin blackmails Azerbaijan with "peacemaking", just as it did Georgia in the 1990s. But Russia cannot regain its former influence',
        fields: {
          title:
            'The Kremlin blackmails Azerbaijan with "peacemaking", just as it did Georgia in the 1990s. But Russia cannot regain its former influence',
        },
      },
      { passage: '19.07.23 14:00', fields: { 'published.date': '2023-07-19', 'published.time': '14:00' } },
      { passage: 'Aleksandr Zakhariadze', fields: { authors: 'Aleksandr Zakhariadze' } }, // the signature
    ],
    headings: [],
    paragraphs: 18,
  },
];

// ---------------------------------------------------------------------------------------
// Helpers

const CURLY: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** Whitespace runs (NBSP included) → one space; curly quotes → straight. */
function normalise(text: string): string {
  return text
    .replace(/[‘’“”]/g, (c) => CURLY[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Markdown markers that occur in the captures: `[text](url)` → text; `*` and `#` dropped. */
function stripMarkdown(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*#]/g, '');
}

/** Capture text as it should read in the body (for comparisons). */
const plain = (captureText: string) => normalise(stripMarkdown(captureText));

const textOf = (p: Passage) => (typeof p === 'string' ? p : p.text);
const isOnce = (p: Passage) => typeof p !== 'string';

/** Non-overlapping occurrences of `needle` in `haystack`. */
function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Removes a passage (replaced by a line break, so the words around it never merge). */
function remove(text: string, p: Passage): string {
  return isOnce(p) ? text.replace(textOf(p), () => '\n') : text.split(textOf(p)).join('\n');
}

/** Value at a dotted path ("via.2.date") in the frontmatter. */
function get(data: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), data);
}

const readCapture = (file: string) => readFileSync(path.join(CONTENT, 'sources', file), 'utf8');

// ---------------------------------------------------------------------------------------

let corpus: Corpus;
beforeAll(async () => {
  corpus = loadCorpus({ dir: CONTENT });
});

function article(id: string): Article {
  const a = corpus.articleById.get(id);
  if (!a) throw new Error(`no article "${id}" in the corpus`);
  return a;
}

it('covers every capture, one article each', () => {
  expect(corpus.articles.map((a) => a.id).sort()).toEqual(CASES.map((c) => c.id).sort());
  expect(CASES.map((c) => c.capture).sort()).toEqual(
    [...new Set(CASES.map((c) => c.capture))].sort(),
  );
});

describe.each(CASES)('$id', (c) => {
  const capture = readCapture(c.capture);
  const passages: Passage[] = [...c.boilerplate, ...c.moved.map((m) => m.passage)];

  it('is built from the capture it names', () => {
    expect(article(c.id).data.capture).toBe(c.capture);
  });

  it('leaves out every listed passage, each of which is in the capture', () => {
    const body = normalise(article(c.id).bodyText);
    for (const p of passages) {
      expect(capture, 'listed passage is not in the capture').toContain(textOf(p));
      const needle = plain(textOf(p));
      // A `once` passage recurs as text: all but one of its occurrences stay.
      const expected = isOnce(p) ? count(plain(capture), needle) - 1 : 0;
      expect(count(body, needle), `occurrences of "${needle.slice(0, 60)}" in the body`).toBe(expected);
    }
  });

  it('is the capture, word for word, once those passages are removed', () => {
    let rest = capture;
    for (const p of passages) {
      // Checked again on what is left, so overlapping entries fail here instead of passing silently.
      expect(rest).toContain(textOf(p));
      rest = remove(rest, p);
    }
    const words = (text: string) => text.split(' ');
    expect(words(normalise(article(c.id).bodyText))).toEqual(words(plain(rest)));
  });

  it('keeps the moved metadata in the frontmatter, and the title out of the body', () => {
    const { data, bodyText } = article(c.id);
    for (const m of c.moved) {
      for (const [path, value] of Object.entries(m.fields)) {
        const actual = get(data, path);
        if (Array.isArray(actual)) expect(actual, path).toContain(value);
        else expect(actual, path).toBe(value);
      }
    }
    expect(normalise(bodyText)).not.toContain(normalise(data.title));
  });

  it('keeps the section headings and the paragraph structure', () => {
    const a = article(c.id);
    expect(a.headings.map((h) => h.text)).toEqual(c.headings);
    expect(a.headings.every((h) => h.depth === 2), 'section headings are ## (the title is not in the body)').toBe(true);
    expect(a.paragraphs).toHaveLength(c.paragraphs);
    for (const passage of c.oneParagraph ?? [])
      expect(a.paragraphs.filter((p) => normalise(p.text).includes(normalise(passage))), passage).toHaveLength(1);
  });
});
