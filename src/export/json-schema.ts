/**
 * JSON Schemas of the content files, generated from the zod schemas with `z.toJSONSchema`
 * (input side: fields with defaults are optional, as in the files people write), with the
 * JSDoc of each field as its `description`. What JSON Schema cannot say (an EDTF date that is
 * a real calendar day, cross-references between files) is approximated by a pattern or left
 * to `npm run validate`.
 */
import path from 'node:path';
import { z } from 'zod';
import { articleSchema } from '../schemas/article.ts';
import { actorsFileSchema } from '../schemas/actor.ts';
import { eventsFileSchema } from '../schemas/event.ts';
import { themesFileSchema } from '../schemas/theme.ts';
import { perspectivesFileSchema } from '../schemas/perspective.ts';
import { edtfDate, httpUrl } from '../schemas/common.ts';
import { schemaFileDocs, type ObjectDocs } from './jsdoc.ts';
import type { ExportContext } from './context.ts';

/** The schemas published under /data/schema/<name>.schema.json. */
export const jsonSchemaSpecs = {
  article: { title: 'Article frontmatter', file: 'article.ts', schema: articleSchema, validates: 'the YAML frontmatter of content/articles/<id>.md' },
  themes: { title: 'Theme registry', file: 'theme.ts', schema: themesFileSchema, validates: 'content/themes.yaml' },
  actors: { title: 'Actor registry', file: 'actor.ts', schema: actorsFileSchema, validates: 'content/actors.yaml' },
  events: { title: 'Timeline entries', file: 'event.ts', schema: eventsFileSchema, validates: 'each content/events/*.yaml' },
  perspectives: { title: 'Perspectives (where the articles disagree)', file: 'perspective.ts', schema: perspectivesFileSchema, validates: 'each content/perspectives/*.yaml' },
} as const;

export type JsonSchemaName = keyof typeof jsonSchemaSpecs;
export const jsonSchemaNames = Object.keys(jsonSchemaSpecs) as JsonSchemaName[];

/** Site path of a published schema. */
export const jsonSchemaPath = (name: JsonSchemaName) => `/data/schema/${name}.schema.json`;

/** EDTF levels 0–1 as used here: a date (year, month, day or season 21–24, optional ?~%), or an interval of two, either end open (".." or empty). */
const EDTF_PART = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12]\d|3[01]))?)?[?~%]?`;
export const EDTF_PATTERN = `^(?:${EDTF_PART}|(?:${EDTF_PART}|\\.\\.)?/(?:${EDTF_PART}|\\.\\.)?)$`;

const SCHEMA_DIR = path.resolve(process.cwd(), 'src/schemas');
const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Walks a JSON Schema tree; each object schema whose property names are those of a documented
 * zod object literal gets that literal's JSDoc as its properties' descriptions.
 */
function describeProperties(node: unknown, objects: readonly ObjectDocs[]): void {
  if (Array.isArray(node)) return node.forEach((n) => describeProperties(n, objects));
  if (!isRecord(node)) return;
  const props = node.properties;
  if (isRecord(props)) {
    const match = objects.find((o) => sameKeys(o.keys, Object.keys(props).sort()));
    for (const [key, doc] of Object.entries(match?.docs ?? {})) {
      const prop = props[key];
      if (isRecord(prop)) prop.description = doc;
    }
  }
  Object.values(node).forEach((v) => describeProperties(v, objects));
}

/** The JSON Schema document for `name`, with `$id` at its address on the site. */
export function buildJsonSchema(name: JsonSchemaName, ctx: ExportContext): Record<string, unknown> {
  const spec = jsonSchemaSpecs[name];
  const docs = schemaFileDocs(path.join(SCHEMA_DIR, spec.file));
  const generated = z.toJSONSchema(spec.schema, {
    io: 'input',
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === edtfDate) jsonSchema.pattern = EDTF_PATTERN;
      if (zodSchema === httpUrl) jsonSchema.pattern = '^https?://';
    },
  });
  // zod shares one output object between uses of one schema (`text`, `slugId`): copy the tree
  // before giving each property its own description.
  const tree = JSON.parse(JSON.stringify(generated)) as Record<string, unknown>;
  describeProperties(tree, docs.objects);
  const { $schema, ...rest } = tree;
  return {
    $schema,
    $id: ctx.url(jsonSchemaPath(name)),
    title: `${spec.title} (${ctx.siteName})`,
    description: `${docs.file ?? spec.title} Validates ${spec.validates}. Generated from src/schemas/${spec.file}.`,
    ...rest,
  };
}
