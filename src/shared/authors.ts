/**
 * Who an article is credited to, and the id of an author's page. Ids come from names alone, so
 * any page can link a byline without the author index; spellings that differ only in case,
 * accents or punctuation ("José García", "Jose Garcia") share one page.
 */
import { slug } from 'github-slugger';

/** One person an article is credited to. */
export interface AuthorCredit {
  /** Author page id, e.g. "kseniya-kirillova". */
  id: string;
  /** The name as the article's frontmatter gives it. */
  name: string;
  /** True when the capture prints no byline and the author is known from elsewhere. */
  attributed: boolean;
  /** How an attribution is known (attributed credits only). */
  evidence?: string | undefined;
}

/** "Kseniya Kirillova" → "kseniya-kirillova"; accents folded; a name with no letter or digit gets "author-" and its code points. */
export function authorId(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '');
  const id = slug(folded).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return id || `author-${[...name].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;
}

/**
 * The people an article is credited to: its printed bylines; for an unsigned capture, the author
 * known from elsewhere, marked as attributed; otherwise none (the article stays unsigned). The
 * citations (src/export/csl.ts) credit the same people.
 */
/** The frontmatter fields that credit an article (structural: this layer imports no schema). */
interface Bylines {
  authors: readonly string[];
  attributedAuthor?: { name: string; evidence: string } | undefined;
}

export function articleCredits(data: Bylines): AuthorCredit[] {
  if (data.authors.length > 0) return data.authors.map((name) => ({ id: authorId(name), name, attributed: false }));
  const a = data.attributedAuthor;
  return a ? [{ id: authorId(a.name), name: a.name, attributed: true, evidence: a.evidence }] : [];
}
