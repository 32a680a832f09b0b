/**
 * `npm run import -- <capture-file> [--id <slug>] [--url <address>]`: adds a raw capture to the
 * corpus (CORPUS_DIR or ./content) and drafts its article.
 *
 * - copies the capture into sources/ unchanged (kept as provenance);
 * - drafts articles/<id>.md: the body is the capture minus its boilerplate (src/import/), the
 *   frontmatter holds what the capture shows, and placeholders ("TODO: …") for what the
 *   editors decide, which `npm run validate` reports as unfinished;
 * - drafts sources/<capture>.fidelity.yaml, the record of what was removed (the fidelity test
 *   reads it);
 * - prints a report: removed, kept, found, left to decide.
 * It never overwrites a file: when any target exists it writes nothing.
 */
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { slugId } from '../schemas/common.ts';
import { fidelityFileOf } from '../schemas/fidelity.ts';
import { displayPath, listFiles, readText } from '../corpus/read-files.ts';
import { formatProblem, ProblemList } from '../corpus/problems.ts';
import { draftArticle, sharedFurniture } from '../import/draft.ts';
import { formatReport, type NamesFound } from '../import/report.ts';
import { stripMarkdown } from '../import/words.ts';
import { actorsFileSchema } from '../schemas/actor.ts';
import { readYaml } from '../corpus/read-yaml.ts';
import { validateWith } from '../corpus/zod-problems.ts';
import { registryMatchers } from '../corpus/registry-matchers.ts';
import { missingNames, readIgnoredNames } from '../corpus/names.ts';

const USAGE = 'usage: npm run import -- <capture-file> [--id <slug>] [--url <address the capture was taken from>]';

export interface ImportResult {
  code: number;
  /** Paths written. */
  written: string[];
  report?: string;
}

/** Imports one capture into the corpus at `dir`; prints one line per problem and the report. */
export function runImport(args: readonly string[], dir = process.env.CORPUS_DIR ?? 'content', log: (line: string) => void = console.log): ImportResult {
  const fail = (message: string): ImportResult => {
    console.error(`import: ${message}`);
    return { code: 1, written: [] };
  };
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { id: { type: 'string' }, url: { type: 'string' } } });
  } catch (err) {
    return fail(`${err instanceof Error ? err.message : String(err)} — ${USAGE}`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) return fail(USAGE);
  const { id, url } = parsed.values;
  if (id !== undefined && !slugId.safeParse(id).success)
    return fail(`--id "${id}" is not a valid article id — expected a lowercase slug (a–z, 0–9, single hyphens) such as kirillova-karabakh-ceasefire`);
  if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) return fail(`--url "${url}" is not an address — expected an absolute http(s) URL`);

  const problems = new ProblemList();
  const capture = readText(file, problems);
  if (capture === undefined) {
    for (const p of problems.items) console.error(`import: ${formatProblem(p)}`);
    return { code: 1, written: [] };
  }
  if (!existsSync(dir)) return fail(`${displayPath(dir)} (folder) — does not exist — expected a corpus folder (see CORPUS_DIR)`);
  const captureFile = path.basename(file);
  if (!/^[^/\\]+\.txt$/.test(captureFile)) return fail(`${displayPath(file)} — the capture's file name must end in .txt (the article's capture field expects a .txt file in sources/)`);

  const sourcesDir = path.join(dir, 'sources');
  const captureTarget = path.join(sourcesDir, captureFile);
  let captureNote = 'copied unchanged';
  const copyCapture = !existsSync(captureTarget);
  if (!copyCapture) {
    if (!readFileSync(captureTarget).equals(readFileSync(file)))
      return fail(`${displayPath(captureTarget)} already exists with other content — never overwritten; rename the capture file`);
    captureNote = 'already in sources/, identical: not copied again';
  }

  const others = listFiles(sourcesDir, '.txt').filter((f) => path.basename(f) !== captureFile).map((f) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') }));
  const shared = sharedFurniture(capture, others);
  const draft = draftArticle({ capture, captureFile, id, url, sharedKeys: shared.keys });
  if (!slugId.safeParse(draft.id).success) return fail(`could not derive an article id from the title — give one with --id <slug>`);

  const articleTarget = path.join(dir, 'articles', `${draft.id}.md`);
  const fidelityTarget = path.join(sourcesDir, fidelityFileOf(captureFile));
  for (const target of [articleTarget, fidelityTarget])
    if (existsSync(target)) return fail(`${displayPath(target)} already exists — never overwritten; choose another id with --id, or remove the old draft first`);

  const fidelityYaml =
    `# How articles/${draft.id}.md was made from ${captureFile}, drafted by npm run import:\n` +
    '# the body is this capture minus the passages below, word for word (tests/unit/fidelity.test.ts).\n' +
    '# Review it with the draft: give each moved passage the frontmatter fields that now hold it.\n' +
    YAML.stringify(draft.fidelity, { lineWidth: 0 });
  const written: string[] = [];
  // Exclusive creation ("wx"): a file that appeared meanwhile is still not overwritten.
  mkdirSync(sourcesDir, { recursive: true });
  mkdirSync(path.dirname(articleTarget), { recursive: true });
  if (copyCapture) {
    copyFileSync(file, captureTarget, constants.COPYFILE_EXCL); // byte for byte
    written.push(captureTarget);
  }
  writeFileSync(articleTarget, draft.markdown, { flag: 'wx' });
  writeFileSync(fidelityTarget, fidelityYaml, { flag: 'wx' });
  written.push(articleTarget, fidelityTarget);

  const report = formatReport(
    draft,
    { article: displayPath(articleTarget), capture: displayPath(captureTarget), fidelity: displayPath(fidelityTarget), captureNote },
    shared.notes,
    namesIn(draft.body, dir),
  );
  log(report);
  return { code: 0, written, report };
}

/** The actors the draft names, and the names no actor alias matches (see src/corpus/names.ts). */
function namesIn(body: string, dir: string): NamesFound | string {
  const problems = new ProblemList();
  const file = path.join(dir, 'actors.yaml');
  const text = existsSync(file) ? readText(file, problems) : undefined;
  const yaml = text === undefined ? undefined : readYaml(text, displayPath(file), problems);
  const actors = yaml ? validateWith(actorsFileSchema, yaml.data ?? [], yaml, problems) : undefined;
  if (!actors) return `${displayPath(file)} could not be read: run npm run validate, then npm run validate -- --names`;
  const ignored = readIgnoredNames(dir, problems);
  const paragraphs = body.split(/\n\s*\n/).filter((b) => !b.startsWith('#')).map((b) => ({ text: stripMarkdown(b) }));
  const { aliases } = registryMatchers([], actors);
  const counts = new Map<string, number>();
  for (const p of paragraphs) for (const m of aliases.find(p.text)) counts.set(m.target, (counts.get(m.target) ?? 0) + 1);
  const byId = new Map(actors.map((a) => [a.id, a.name]));
  return {
    actors: [...counts].map(([id, count]) => ({ name: byId.get(id) ?? id, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    missing: missingNames({ themes: [], actors, articles: [{ id: 'draft', paragraphs }] }, ignored),
  };
}

if (import.meta.main) process.exitCode = runImport(process.argv.slice(2)).code;
