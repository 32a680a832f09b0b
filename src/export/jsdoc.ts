/**
 * Reads the JSDoc of the zod schema files (src/schemas/*.ts) with the TypeScript parser, so
 * the JSON Schemas carry the same field descriptions as the code: one source of truth, shown
 * by an editor on hover.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The documented keys of one `z.object({…})` / `z.strictObject({…})` literal. */
export interface ObjectDocs {
  /** The literal's keys, sorted: how a zod object schema is matched to its source. */
  keys: string[];
  /** Description of each key that has a JSDoc comment. */
  docs: Record<string, string>;
}

export interface SchemaFileDocs {
  /** The file's opening JSDoc comment. */
  file: string | undefined;
  objects: ObjectDocs[];
}

function jsDocText(node: ts.Node): string | undefined {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean || undefined;
}

/** JSDoc of every object literal passed to `z.object` / `z.strictObject` in `source`. */
export function schemaDocs(source: string, fileName = 'schema.ts'): SchemaFileDocs {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const objects: ObjectDocs[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && /^(strictObject|object|looseObject)$/.test(node.expression.name.text)) {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        const docs: Record<string, string> = {};
        const keys: string[] = [];
        for (const prop of arg.properties) {
          if (!ts.isPropertyAssignment(prop) && !ts.isShorthandPropertyAssignment(prop)) continue;
          const key = ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText(file);
          keys.push(key);
          const doc = jsDocText(prop);
          if (doc) docs[key] = doc;
        }
        objects.push({ keys: keys.sort(), docs });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const first = file.statements[0];
  const leading = first ? ts.getLeadingCommentRanges(source, first.getFullStart()) ?? [] : [];
  const opening = leading.map((r) => source.slice(r.pos, r.end)).find((c) => c.startsWith('/**'));
  const fileDoc = opening
    ?.replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { file: fileDoc || undefined, objects };
}

/** `schemaDocs` of a file on disk. */
export function schemaFileDocs(path: string): SchemaFileDocs {
  return schemaDocs(readFileSync(path, 'utf8'), path);
}
