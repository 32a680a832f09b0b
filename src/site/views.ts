/**
 * The views of this build's model, for pages. `npm run build` validates and renders the corpus
 * once and hands the model over in a file (src/corpus/model-file.ts); `astro dev` and
 * `astro check`, started without one, build the model here. Only pages call this: components
 * receive their data as props.
 */
import { loadCorpus } from '../corpus/load.ts';
import { MODEL_FILE_ENV, readModel } from '../corpus/model-file.ts';
import { buildViews, type Views } from '../views/index.ts';
import { builtSearchFacets } from './search-facets.ts';

let views: Views | undefined;

export function siteViews(): Views {
  if (views) return views;
  const file = process.env[MODEL_FILE_ENV];
  return (views = file ? buildViews(readModel(file), { searchFacets: builtSearchFacets() }) : buildViews(loadCorpus()));
}
