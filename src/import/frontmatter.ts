/**
 * The draft's frontmatter, as YAML text: what the capture shows (title, standfirst, bylines,
 * credits, a stated date) with its evidence in comments, and placeholders ("TODO: …") for what
 * the editors decide — which the validator reports as unfinished until they are filled.
 */
import type { DateFinding, Finding } from './findings.ts';
import { PLACEHOLDER_MARK as TODO } from '../schemas/placeholder.ts';

export interface FrontmatterInput {
  title?: string | undefined;
  titles: readonly Finding[];
  standfirst?: { text: string; line: number } | undefined;
  bylines: readonly Finding[];
  bylineCandidates: readonly Finding[];
  credits: readonly Finding[];
  statedDate?: DateFinding | undefined;
  addressDate?: DateFinding | undefined;
  url?: string | undefined;
  dates: readonly DateFinding[];
  addresses: readonly Finding[];
  provenance: readonly Finding[];
  captureFile: string;
}

const q = (v: string) => JSON.stringify(v);

/** The frontmatter block (from --- to ---) and the fields left as placeholders. */
export function draftFrontmatter(f: FrontmatterInput): { text: string; toDecide: string[] } {
  const toDecide: string[] = [];
  const todo = (field: string, what: string) => {
    toDecide.push(field);
    return q(`${TODO} ${what}`);
  };
  const lines: string[] = ['---'];
  if (f.title) {
    lines.push(`title: ${q(f.title)}`);
    for (const t of f.titles) lines.push(`#   title candidate: ${q(t.value)} — ${t.evidence}`);
  } else lines.push(`title: ${todo('title', 'the headline as the outlet gave it (the capture prints none that could be found)')}`);
  if (f.standfirst) lines.push(`standfirst: ${q(f.standfirst.text)}  # printed with the headline (line ${f.standfirst.line})`);
  if (f.bylines.length > 0) lines.push(`authors: [${f.bylines.map((b) => q(b.value)).join(', ')}]  # printed as a byline (${f.bylines.map((b) => `line ${b.line}`).join(', ')})`);
  else if (f.bylineCandidates.length > 0) {
    lines.push(`authors: [${todo('authors', 'confirm a byline printed in the capture, or [] when unsigned — never guess one')}]`);
    for (const b of f.bylineCandidates) lines.push(`#   candidate: ${q(b.value)} — ${b.evidence} (line ${b.line})`);
  } else lines.push('authors: []  # the capture prints no byline: unsigned (an author known from elsewhere goes in attributedAuthor)');
  if (f.credits.length > 0) lines.push(`credits: [${f.credits.map((c) => q(c.value)).join(', ')}]`);
  lines.push('outlet:', `  name: ${todo('outlet', 'the outlet whose page was captured')}`);
  lines.push('published:');
  if (f.statedDate) {
    lines.push(`  date: ${q(f.statedDate.date.date)}`);
    if (f.statedDate.date.time) lines.push(`  time: ${q(f.statedDate.date.time)}`);
    lines.push('  basis: stated', `  evidence: ${q(`The capture prints “${f.statedDate.date.match.trim()}” (${f.statedDate.date.reading}) on line ${f.statedDate.line}, before the text.`)}`);
  } else if (f.addressDate) {
    lines.push(`  date: ${q(f.addressDate.date.date)}`, '  basis: from-original-address', `  evidence: ${q(`The address ${f.url} gives it (${f.addressDate.date.reading}).`)}`);
  } else {
    lines.push(`  date: ${todo('published.date', 'EDTF date of publication (see the dates found in the import report)')}`);
    lines.push(`  basis: ${todo('published.basis', 'stated | inferred-from-text | from-original-address | from-elsewhere')}`);
    lines.push(`  evidence: ${todo('published.evidence', 'how the date is known')}`);
  }
  for (const d of f.dates) lines.push(`#   date found: ${d.value} — ${d.evidence}${d.line ? ` (line ${d.line})` : ''}`);
  if (f.url) lines.push(`originalUrl: ${q(f.url)}`);
  for (const a of f.addresses.filter((a) => a.line !== undefined)) lines.push(`#   address found: ${a.value} — ${a.evidence} (line ${a.line})`);
  for (const p of f.provenance) lines.push(`#   provenance found: ${q(p.value)} — line ${p.line}: place it in via / originalUrl`);
  lines.push(`language: ${todo('language', 'BCP 47 tag of the text, e.g. en')}`);
  lines.push(`summary: ${todo('summary', 'one or two neutral sentences, in the editors’ words')}`);
  lines.push(`themes: [${todo('themes', 'theme ids from themes.yaml that tag paragraphs of the text')}]`);
  lines.push(`capture: ${q(f.captureFile)}`);
  lines.push('rights:', `  holder: ${todo('rights', 'who holds the text')}`, `  notice: ${q(`${TODO} what may be done with it, shown on the article page`)}`);
  lines.push('---', '');
  return { text: lines.join('\n'), toDecide };
}
