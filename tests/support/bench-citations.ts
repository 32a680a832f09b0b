/**
 * What formatting the references costs, old path (citation-js, ./citation-reference.ts) against
 * new (src/export/apa-engine.ts): `node tests/support/bench-citations.ts [corpus-dir] [--runs 3]
 * [--format html|text]` (Node 24: `node_modules/.bin/node`). The corpus defaults to CORPUS_DIR or
 * content; `npm run synthetic-corpus -- 1000 .bench-corpus-1000` makes 1,000 articles and 1,000
 * timeline entries.
 *
 * Each run of each path is a fresh process, as a build is: it loads the corpus (not timed), then
 * formats every article and timeline entry once, in corpus order. "first" is the first item
 * (building citeproc's engine), "rest" the others; CPU is the process's user + system time. The
 * figures printed are the medians over the runs, with a hash of the outputs (equal when the two
 * paths agree).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/load.ts';
import { exportContext } from '../../src/export/context.ts';
import { articleCsl, eventCsl } from '../../src/export/csl.ts';
import { formatCitation } from '../../src/export/citation.ts';
import { formatCitationReference } from './citation-reference.ts';

interface Timing {
  items: number;
  firstMs: number;
  restCpuMs: number;
  restWallMs: number;
  hash: string;
}

const cpuMs = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};

/** One path, in this process: the timing as JSON on stdout. */
function measure(dir: string, path: 'old' | 'new', format: 'html' | 'text'): Timing {
  const corpus = loadCorpus({ dir, base: '/' });
  const ctx = exportContext('Bench Corpus', 'https://example.org', '/');
  const title = (id: string) => corpus.articleById.get(id)?.data.title ?? id;
  const items = [...corpus.articles.map((a) => articleCsl(a, ctx)), ...corpus.events.map((e) => eventCsl(e, title, ctx))];
  const fmt = path === 'old' ? formatCitationReference : formatCitation;
  const hash = createHash('sha256');
  let t = performance.now();
  hash.update(fmt(items[0]!, format));
  const firstMs = performance.now() - t;
  const cpu = process.cpuUsage();
  t = performance.now();
  for (const item of items.slice(1)) hash.update(fmt(item, format));
  return { items: items.length, firstMs, restCpuMs: cpuMs(cpu), restWallMs: performance.now() - t, hash: hash.digest('hex').slice(0, 12) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '3' }, format: { type: 'string', default: 'html' }, path: { type: 'string' } },
});
const dir = positionals[0] ?? process.env.CORPUS_DIR ?? 'content';
const format = values.format === 'text' ? 'text' : 'html';

if (values.path === 'old' || values.path === 'new') {
  process.stdout.write(JSON.stringify(measure(dir, values.path, format)));
} else {
  const self = fileURLToPath(import.meta.url);
  const runs: Record<'old' | 'new', Timing[]> = { old: [], new: [] };
  // Alternated, so that a busy spell of the machine does not fall on one path only.
  for (let r = 0; r < Number(values.runs); r++)
    for (const path of ['old', 'new'] as const)
      runs[path].push(JSON.parse(execFileSync(process.execPath, [self, dir, '--format', format, '--path', path], { encoding: 'utf8' })) as Timing);
  const row = (path: 'old' | 'new') => {
    const ts = runs[path];
    const rest = median(ts.map((t) => t.restCpuMs));
    return { path, items: ts[0]!.items, firstMs: median(ts.map((t) => t.firstMs)), restCpuMs: rest, restWallMs: median(ts.map((t) => t.restWallMs)), cpuMsPerItem: rest / (ts[0]!.items - 1), hash: ts[0]!.hash };
  };
  const [oldRow, newRow] = [row('old'), row('new')];
  console.table([oldRow, newRow].map((r) => ({ ...r, firstMs: Math.round(r.firstMs), restCpuMs: Math.round(r.restCpuMs), restWallMs: Math.round(r.restWallMs), cpuMsPerItem: r.cpuMsPerItem.toFixed(3) })));
  console.log(`${dir}, ${format}, median of ${values.runs} runs: per item (CPU) ${(oldRow.cpuMsPerItem / newRow.cpuMsPerItem).toFixed(1)}× faster; first item (engine build, wall) ${(oldRow.firstMs / newRow.firstMs).toFixed(1)}× faster; outputs ${oldRow.hash === newRow.hash ? 'identical' : 'DIFFER'}`);
}
