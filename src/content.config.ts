/**
 * Astro content collections over the corpus folder (./content, or CORPUS_DIR).
 *
 * The loaders reuse the corpus reader (src/corpus/sources.ts), so the files are validated by
 * the same zod schemas and with the same messages as `npm run validate`. Pages read the
 * cross-referenced model (src/corpus/load.ts → getCorpus), which renders each article once;
 * these collections give Astro's tooling (types, `astro sync`, editors) the raw entries.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { themeSchema } from './schemas/theme.ts';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { perspectiveSchema } from './schemas/perspective.ts';
import { readSources, type CorpusSources } from './corpus/sources.ts';
import { CorpusError, ProblemList } from './corpus/problems.ts';

let cached: CorpusSources | undefined;
function sources(): CorpusSources {
  if (cached) return cached;
  const problems = new ProblemList();
  const read = readSources(process.env.CORPUS_DIR ?? 'content', problems);
  if (problems.hasErrors) throw new CorpusError(problems.items);
  return (cached = read);
}

/** Astro wants entry files relative to the project; a corpus elsewhere (a temp bench corpus) gets none. */
const projectPath = (file: string) => (file.startsWith('/') || file.startsWith('..') ? {} : { filePath: file });

function corpusLoader(kind: 'articles' | 'themes' | 'actors' | 'events' | 'perspectives'): Loader {
  return {
    name: `corpus-${kind}`,
    load: async ({ store }) => {
      store.clear();
      const src = sources();
      if (kind === 'articles')
        for (const a of src.articles) store.set({ id: a.id, data: a.data, body: a.body, ...projectPath(a.origin.file) });
      else for (const item of src[kind]) store.set({ id: item.data.id, data: item.data, ...projectPath(item.origin.file) });
    },
  };
}

export const collections = {
  articles: defineCollection({ loader: corpusLoader('articles'), schema: articleSchema }),
  themes: defineCollection({ loader: corpusLoader('themes'), schema: themeSchema }),
  actors: defineCollection({ loader: corpusLoader('actors'), schema: actorSchema }),
  events: defineCollection({ loader: corpusLoader('events'), schema: eventSchema }),
  perspectives: defineCollection({ loader: corpusLoader('perspectives'), schema: perspectiveSchema }),
};
