/**
 * The import report, for the editor reviewing a draft: what was removed (and why), what was
 * kept, what was found (titles, bylines, dates, addresses) and what is left to decide.
 */
import type { Draft, Finding } from './draft.ts';
import type { NameCandidate } from '../corpus/names.ts';

/** Names in the drafted body: actors it mentions, and names no actor alias matches. */
export interface NamesFound {
  actors: { name: string; count: number }[];
  missing: NameCandidate[];
}

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export interface ReportPaths {
  article: string;
  capture: string;
  fidelity: string;
  /** What happened to the capture ("copied", "already there, identical"). */
  captureNote: string;
}

export function formatReport(draft: Draft, paths: ReportPaths, notes: readonly string[] = [], names?: NamesFound | string): string {
  const out: string[] = [];
  const kept = draft.decisions.filter((d) => d.role !== 'removed');
  const removed = draft.decisions.filter((d) => d.role === 'removed');
  out.push(`Drafted ${paths.article}`, `  capture:  ${paths.capture} (${paths.captureNote})`, `  fidelity: ${paths.fidelity}`, '');
  for (const n of notes) out.push(`Note: ${n}`);
  if (notes.length) out.push('');

  const paragraphs = draft.fidelity.paragraphs;
  out.push(`KEPT: ${paragraphs} paragraph(s), ${draft.fidelity.headings.length} heading(s), from line ${kept[0]?.unit.line ?? '–'} to ${kept.at(-1)?.unit.line ?? '–'}`);
  for (const d of kept.filter((d) => d.role === 'heading')) out.push(`  line ${d.unit.line}: heading — ${d.reason}: "${clip(d.unit.text)}"`);
  for (const d of kept.filter((d) => d.reason.startsWith('kept:'))) out.push(`  line ${d.unit.line}: ${d.reason}: "${clip(d.unit.text)}"`);
  for (const [a, b] of draft.joined) out.push(`  lines ${a} and ${b} joined into one paragraph (split at a page break: no full stop, then a lower-case start)`);
  out.push('');

  out.push(`REMOVED: ${removed.length} line(s)`);
  for (const d of removed) {
    const moved = draft.fidelity.moved.find((m) => d.unit.text.includes(m.passage));
    const to = moved && (Object.keys(moved.fields).join(', ') || 'for the editor to place');
    out.push(`  line ${d.unit.line}: ${to ? `metadata → ${to}; ` : ''}${d.reason}: "${clip(d.unit.text)}"`);
  }
  out.push('');

  const list = (label: string, items: readonly Finding[]) => {
    out.push(`  ${label}: ${items.length === 0 ? 'none' : ''}`);
    for (const f of items) out.push(`    "${clip(f.value)}" — ${f.evidence}${f.line && !/\(lines? \d/.test(f.evidence) ? ` (line ${f.line})` : ''}`);
  };
  out.push('FOUND');
  list('title candidates (best first)', draft.found.titles);
  list('bylines', draft.found.bylines);
  list('byline candidates (not used: confirm or leave unsigned)', draft.found.bylineCandidates);
  list('credits', draft.found.credits);
  list('dates', draft.found.dates);
  list('addresses', draft.found.addresses);
  list('provenance lines', draft.found.provenance);
  if (typeof names === 'string') out.push(`  names: ${names}`);
  else if (names) {
    out.push(`  actors named (by their aliases): ${names.actors.length === 0 ? 'none' : names.actors.map((a) => `${a.name} ×${a.count}`).join(', ')}`);
    out.push(`  names no actor alias matches (add the actor to actors.yaml, or the name to names-ignore.yaml with a reason): ${names.missing.length === 0 ? 'none' : ''}`);
    for (const c of names.missing) out.push(`    ${c.name} ×${c.count} — “${clip(c.example)}”`);
  }
  out.push('');

  out.push('LEFT TO DECIDE (npm run validate reports these as unfinished until they are filled):');
  for (const f of draft.toDecide) out.push(`  ${f}`);
  out.push('  also: the title (see the candidates), via / originalUrl for any provenance lines, editorNotes for slips in the text');
  out.push('  and in the fidelity record: give each "moved" passage the frontmatter fields that now hold it');
  for (const w of draft.warnings) out.push(`  check: ${w}`);
  out.push('', 'Then: review the draft against the capture, fill the placeholders, and run npm run validate.');
  return out.join('\n');
}
