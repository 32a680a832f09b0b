/**
 * From a raw capture to a draft article: the body (boilerplate.ts), what the capture shows
 * about the article (metadata.ts), the fidelity record of what was removed, and a report for
 * the editor. Pure: the CLI (src/cli/import.ts) does the reading and writing.
 */
import GithubSlugger from 'github-slugger';
import { classify, CORE_MIN_WORDS, type Decision } from './boilerplate.ts';
import { headingText, unitsOf, type Unit } from './lines.ts';
import {
  addressesIn,
  copyrightYear,
  datesIn,
  explicitByline,
  isCreditLine,
  isDateLine,
  looksLikeName,
  nameNearReportingVerb,
  provenanceLabel,
  sectionSuffix,

} from './metadata.ts';
import { stripMarkdown } from './words.ts';
import type { Fidelity, RemovedPassage } from '../schemas/fidelity.ts';
import { draftFrontmatter } from './frontmatter.ts';

export interface ImportInput {
  /** The capture's text. */
  capture: string;
  /** Its file name (kept in sources/). */
  captureFile: string;
  /** The article id; derived from the title when absent. */
  id?: string | undefined;
  /** The address the capture was taken from, when known: a date in it is evidence. */
  url?: string | undefined;
  /** Unit keys of the lines of the other captures in the corpus (see boilerplate.ts). */
  sharedKeys?: ReadonlySet<string> | undefined;
}

import type { DateFinding, Finding } from './findings.ts';
export type { DateFinding, Finding };

export interface Draft {
  id: string;
  /** The Markdown body. */
  body: string;
  /** The whole article file: frontmatter and body. */
  markdown: string;
  fidelity: Fidelity;
  decisions: Decision[];
  /** Pairs of capture lines joined into one paragraph (a page break split them). */
  joined: [number, number][];
  found: {
    titles: Finding[];
    bylines: Finding[];
    bylineCandidates: Finding[];
    credits: Finding[];
    dates: DateFinding[];
    addresses: Finding[];
    provenance: Finding[];
  };
  /** Frontmatter fields left as placeholders for the editor. */
  toDecide: string[];
  /** Things the editor should check (a passage that also stands in the text, …). */
  warnings: string[];
}


interface Moved {
  unit: Unit;
  passage: string;
  fields: Record<string, string>;
}

export function draftArticle(input: ImportInput): Draft {
  const units = unitsOf(input.capture);
  const decisions = classify(units, { sharedKeys: input.sharedKeys });
  const standfirst = standfirstAfterTitle(decisions);
  const removed = decisions.filter((d) => d.role === 'removed');
  const edges = removed.filter((d) => d.zone !== 'inside');
  const before = edges.filter((d) => d.zone === 'before');
  const after = edges.filter((d) => d.zone === 'after');
  const plainish = (d: Decision) =>
    !d.unit.linkOnly && !d.unit.otherScript && d.cues.length === 0 && !isDateLine(d.unit.text) && !explicitByline(d.unit.text) && !isCreditLine(d.unit.text) && !provenanceLabel(d.unit.text);

  // ---- title candidates, best first
  const titles: (Finding & { unit: Unit; passage: string; suffix?: string })[] = [];
  const addTitle = (d: Decision, evidence: string) => {
    const bare = d.unit.markdownHeading ? headingText(d.unit.text) : stripMarkdown(d.unit.text).trim();
    const split = sectionSuffix(bare);
    const value = split ? split.title : bare;
    if (titles.some((t) => t.value === value)) return;
    titles.push({
      value,
      evidence: split ? `${evidence}; its section suffix "${split.suffix.trim()}" left out` : evidence,
      line: d.unit.line,
      unit: d.unit,
      passage: d.unit.markdownHeading ? d.unit.text : split ? split.title : d.unit.text,
      ...(split ? { suffix: split.suffix } : {}),
    });
  };
  const counts = new Map<string, Decision[]>();
  for (const d of before) counts.set(d.unit.key, [...(counts.get(d.unit.key) ?? []), d]);
  for (const [, ds] of counts)
    if (ds.length > 1 && plainish(ds[0]!)) addTitle(ds[0]!, `printed ${ds.length} times before the text (lines ${ds.map((d) => d.unit.line).join(', ')})`);
  for (const d of before) if (d.unit.markdownHeading && !d.unit.otherScript) addTitle(d, 'a Markdown heading before the text');
  if (standfirst) {
    const headline = before.find((d) => d.unit.index === standfirst.unit.index - 1);
    if (headline) addTitle(headline, 'printed in one block over the standfirst');
  }
  // A page title carries the site's section after a bar: "Headline | Section".
  for (const d of before) if (plainish(d) && sectionSuffix(stripMarkdown(d.unit.text).trim())) addTitle(d, 'a page title with a section suffix');
  const firstPlain = before.find(plainish);
  if (firstPlain) addTitle(firstPlain, 'the first plain line before the text');
  const title = titles[0];

  // ---- bylines, credits, dates, addresses, provenance
  const bylines: Finding[] = [];
  const bylineCandidates: Finding[] = [];
  const credits: Finding[] = [];
  const provenance: Finding[] = [];
  const addresses: Finding[] = [];
  const dates: DateFinding[] = [];
  const moved: Moved[] = [];
  for (const d of edges) {
    const { unit } = d;
    const byline = explicitByline(unit.text);
    if (byline && !bylines.some((b) => b.value === byline)) {
      bylines.push({ value: byline, evidence: `a "By …" line ${d.zone} the text`, line: unit.line });
      moved.push({ unit, passage: unit.text, fields: { authors: byline } });
    } else if (isCreditLine(unit.text)) {
      const credit = stripMarkdown(unit.text).trim();
      if (!credits.some((c) => c.value === credit)) credits.push({ value: credit, evidence: `a credit line ${d.zone} the text`, line: unit.line });
      if (!moved.some((m) => m.passage === unit.text)) moved.push({ unit, passage: unit.text, fields: { credits: credit } });
    } else if (provenanceLabel(unit.text)) {
      provenance.push({ value: stripMarkdown(unit.text).trim(), evidence: `labelled "${provenanceLabel(unit.text)}" ${d.zone} the text`, line: unit.line });
    }
  }
  for (const d of before) {
    const name = nameNearReportingVerb(stripMarkdown(d.unit.text));
    if (name) bylineCandidates.push({ value: name, evidence: `named with a reporting verb before the text: "${d.unit.text}"`, line: d.unit.line });
  }
  const signature = after[0];
  if (signature && looksLikeName(stripMarkdown(signature.unit.text)) && !explicitByline(signature.unit.text) && signature.cues.length === 0)
    bylineCandidates.push({ value: stripMarkdown(signature.unit.text).trim(), evidence: 'a name alone on the first line after the text (a signature?)', line: signature.unit.line });

  for (const d of decisions) {
    const where = d.role === 'removed' ? `${d.zone} the text` : 'in the text';
    for (const date of datesIn(d.unit.text)) {
      const dateLine = d.role === 'removed' && isDateLine(d.unit.text);
      const evidence = dateLine ? `a date line ${where}, read as ${date.reading}` : `in a line ${where} (${d.reason}), read as ${date.reading}`;
      dates.push({ value: date.time ? `${date.date} ${date.time}` : date.date, evidence, line: d.unit.line, date });
    }
    const year = copyrightYear(d.unit.text);
    if (year) dates.push({ value: year, evidence: 'a copyright year: the page footer at capture time, not the date of the article', line: d.unit.line, date: { date: year, match: year, reading: 'year' } });
    if (d.role === 'removed') for (const a of addressesIn(d.unit.text)) addresses.push({ value: a, evidence: `an address ${where}`, line: d.unit.line });
  }
  if (input.url) {
    addresses.unshift({ value: input.url, evidence: 'the address given with --url' });
    for (const date of datesIn(input.url)) dates.unshift({ value: date.date, evidence: `in the address given with --url, read as ${date.reading}`, date });
  }
  const statedDate = dates.find((d) => d.line !== undefined && d.evidence.startsWith('a date line before'));
  const addressDate = dates.find((d) => d.line === undefined);
  if (statedDate) {
    const unit = units.find((u) => u.line === statedDate.line)!;
    const fields: Record<string, string> = { 'published.date': statedDate.date.date };
    if (statedDate.date.time) fields['published.time'] = statedDate.date.time;
    moved.push({ unit, passage: unit.text, fields });
  }
  if (title) moved.push({ unit: title.unit, passage: title.passage, fields: { title: title.value } });
  if (standfirst) moved.push({ unit: standfirst.unit, passage: standfirst.unit.text, fields: { standfirst: standfirstText(standfirst.unit) } });

  // ---- the body: kept lines, page-break splits joined
  const blocks: { kind: 'p' | 'h'; text: string; lines: number[] }[] = [];
  const joined: [number, number][] = [];
  for (const d of decisions) {
    if (d.role === 'heading') blocks.push({ kind: 'h', text: headingText(d.unit.text), lines: [d.unit.line] });
    else if (d.role === 'text') {
      const text = d.unit.text.replace(/[ \t]*\r?\n[ \t]*/g, ' '); // a hard-wrapped paragraph on one line
      const prev = blocks.at(-1);
      if (prev?.kind === 'p' && !/[.!?…]["'”’»)\]*_]*$/u.test(prev.text) && d.unit.startsLower) {
        joined.push([prev.lines.at(-1)!, d.unit.line]);
        prev.text = `${prev.text} ${text}`;
        prev.lines.push(d.unit.line);
      } else blocks.push({ kind: 'p', text, lines: [d.unit.line] });
    }
  }
  const body = blocks.map((b) => (b.kind === 'h' ? `## ${b.text}` : b.text)).join('\n\n') + '\n';

  // ---- the fidelity record
  const movedUnits = new Set(moved.map((m) => m.unit));
  const leftOver = removed.filter((d) => !movedUnits.has(d.unit));
  const boilerplate: RemovedPassage[] = [];
  const warnings: string[] = [];
  const keptText = blocks.map((b) => b.text).join('\n');
  if (title?.suffix) boilerplate.push(title.suffix);
  for (const d of leftOver) {
    // Another printing of a moved line (the title twice, a credit above and below the text) goes with it.
    if (d.unit === title?.unit || moved.some((m) => m.passage === d.unit.text)) continue;
    const pullQuote = d.reason.includes('pull quote');
    if (boilerplate.some((p) => (typeof p === 'string' ? p : p.text) === d.unit.text)) continue;
    // A signature or a labelled source is metadata for the editor to place: moved, with no field yet.
    if (bylineCandidates.some((b) => b.line === d.unit.line) || provenance.some((p) => p.line === d.unit.line)) {
      moved.push({ unit: d.unit, passage: d.unit.text, fields: {} });
      continue;
    }
    boilerplate.push(pullQuote ? { text: d.unit.text, once: true } : d.unit.text);
    if (!pullQuote && keptText.includes(d.unit.text))
      warnings.push(`line ${d.unit.line} ("${d.unit.text}") was removed but also stands in the text: make it { text, once: true } in the fidelity record, or keep it`);
  }
  const movedPassages = [...new Map(moved.map((m) => [m.passage, m])).values()].sort((a, b) => a.unit.line - b.unit.line);
  const oneParagraph = joined.map(([a, b]) => {
    const left = units.find((u) => u.line === a)!.text.split(/\s+/).slice(-8);
    const right = units.find((u) => u.line === b)!.text.split(/\s+/).slice(0, 5);
    return [...left, ...right].join(' ');
  });
  const fidelity: Fidelity = {
    boilerplate,
    moved: movedPassages.map((m) => ({ passage: m.passage, fields: m.fields })),
    headings: blocks.filter((b) => b.kind === 'h').map((b) => b.text),
    paragraphs: blocks.filter((b) => b.kind === 'p').length,
    oneParagraph,
  };

  // ---- the frontmatter
  const id = input.id ?? idFrom(title?.value, input.captureFile);
  const frontmatter = draftFrontmatter({
    title: title?.value,
    titles,
    standfirst: standfirst ? { text: standfirstText(standfirst.unit), line: standfirst.unit.line } : undefined,
    bylines,
    bylineCandidates,
    credits,
    statedDate,
    addressDate,
    url: input.url,
    dates,
    addresses,
    provenance,
    captureFile: input.captureFile,
  });

  return {
    id,
    body,
    markdown: `${frontmatter.text}\n${body}`,
    fidelity,
    decisions,
    joined,
    found: { titles: titles.map(({ value, evidence, line }) => ({ value, evidence, line })), bylines, bylineCandidates, credits, dates, addresses, provenance },
    toDecide: frontmatter.toDecide,
    warnings,
  };
}

const standfirstText = (u: Unit) => stripMarkdown(u.text).replace(/\s+/g, ' ').trim();

/**
 * A standfirst: the first paragraph of the text printed in one block with the line before it
 * (the headline, with no blank line between). It is the outlet's summary above the text, not
 * the text: its decision is changed to removed here, before the title is looked for.
 */
function standfirstAfterTitle(decisions: Decision[]): Decision | undefined {
  const first = decisions.findIndex((d) => d.role === 'text');
  const d = decisions[first];
  const before = decisions[first - 1];
  if (!d || !before || before.role !== 'removed' || before.unit.block !== d.unit.block || before.unit.markdownHeading) return undefined;
  if (before.cues.length > 0 || before.unit.linkOnly || isDateLine(before.unit.text) || explicitByline(before.unit.text) || isCreditLine(before.unit.text)) return undefined;
  decisions[first] = { ...d, role: 'removed', zone: 'before', reason: 'before the text: a standfirst, printed in one block with the headline' };
  return decisions[first];
}

/** A slug id from the title's first words, or from the capture's file name. */
export function idFrom(title: string | undefined, captureFile: string): string {
  const base = title ? new GithubSlugger().slug(title).split('-').filter(Boolean).slice(0, 7).join('-') : '';
  const fallback = captureFile.replace(/\.[^.]*$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (base || fallback).replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-');
}

/** Two captures that share at least this many distinct lines come from one outlet's pages. */
export const SAME_OUTLET_MIN_SHARED = 3;

/**
 * The lines a capture shares with the other captures of the same outlet, for
 * `ImportInput.sharedKeys`: what two pages of one site both print is the site's furniture.
 * Captures count as one outlet's when they share SAME_OUTLET_MIN_SHARED lines or more, so a
 * heading two unrelated articles happen to share ("Background") is not taken for furniture.
 * A capture that shares most of its running text with this one is the same article captured
 * twice, not furniture: it is left out, with a note.
 */
export function sharedFurniture(capture: string, others: readonly { name: string; text: string }[]): { keys: Set<string>; notes: string[] } {
  const mine = unitsOf(capture);
  const myKeys = new Set(mine.map((u) => u.key).filter((k) => k.length > 0));
  const long = mine.filter((u) => u.words >= CORE_MIN_WORDS);
  const keys = new Set<string>();
  const notes: string[] = [];
  for (const other of others) {
    const theirs = new Set(unitsOf(other.text).map((u) => u.key));
    const common = long.filter((u) => theirs.has(u.key)).length;
    if (long.length > 0 && common > long.length / 2) {
      notes.push(`${other.name} shares ${common} of this capture's ${long.length} long lines: the same text captured twice? (its lines were not used as furniture)`);
      continue;
    }
    const shared = [...myKeys].filter((k) => theirs.has(k));
    if (shared.length >= SAME_OUTLET_MIN_SHARED) for (const k of shared) keys.add(k);
  }
  return { keys, notes };
}
