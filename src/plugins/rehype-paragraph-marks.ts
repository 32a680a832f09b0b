/**
 * Decorates each numbered paragraph for readers: a ¶ number linking to the paragraph itself
 * (so any passage can be cited), and below it the paragraph's themes, the timeline
 * entries that cite it and the questions (perspectives) whose positions quote it. Decorations are kept out of the search index.
 */
import type { Root, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { h } from 'hastscript';
import { numberedParagraphs } from './paragraphs.ts';

export interface Options {
  /** Theme id → label. */
  themeLabel: (themeId: string) => string;
  themeHref: (themeId: string) => string;
}

export default function rehypeParagraphMarks(options: Options) {
  return (tree: Root, file: VFile) => {
    const elements = numberedParagraphs(tree);
    const citedBy = new Map<string, { id: string; title: string; href: string }[]>();
    const requests = new Map((file.data.citeRequests ?? []).map((r) => [r.key, r]));
    const questions = new Map<string, { id: string; question: string; href: string }[]>();
    for (const c of file.data.citations ?? []) {
      const { event, perspective } = requests.get(c.key) ?? {};
      if (!c.paragraph) continue;
      if (event) {
        const list = citedBy.get(c.paragraph) ?? [];
        if (!list.some((e) => e.id === event.id)) list.push(event);
        citedBy.set(c.paragraph, list);
      }
      if (perspective) {
        const list = questions.get(c.paragraph) ?? [];
        if (!list.some((q) => q.id === perspective.id)) list.push(perspective);
        questions.set(c.paragraph, list);
      }
    }
    for (const para of file.data.paragraphs ?? []) {
      const el = elements.get(para.id)!;
      const num = h('a', { className: ['para-num'], href: `#${para.id}`, ariaLabel: `¶${para.n}, link to paragraph ${para.n}`, dataPagefindIgnore: 'all' }, `¶${para.n}`);
      const meta: ElementContent[] = [];
      if (para.themes.length > 0)
        meta.push(
          h('span', { className: ['para-themes'] }, [
            h('span', { className: ['visually-hidden'] }, 'Themes: '),
            ...para.themes.flatMap((t, i) => [
              ...(i > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
              h('a', { href: options.themeHref(t.theme), className: ['chip'], title: `Tagged by ${t.reasons.join(', ')}` }, options.themeLabel(t.theme)),
            ]),
          ]),
        );
      const events = citedBy.get(para.id) ?? [];
      // The model reads the backlinks from here rather than working them out again.
      para.events = events.map((e) => e.id);
      if (events.length > 0)
        meta.push(
          h('span', { className: ['para-events'] }, [
            'Timeline: ',
            ...events.flatMap((e, i) => [...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []), h('a', { href: e.href }, e.title)]),
          ]),
        );
      const asked = questions.get(para.id) ?? [];
      if (asked.length > 0)
        meta.push(
          h('span', { className: ['para-perspectives'] }, [
            'Disagreements: ',
            ...asked.flatMap((q, i) => [...(i > 0 ? [{ type: 'text' as const, value: '; ' }] : []), h('a', { href: q.href, dataPerspective: q.id }, q.question)]),
          ]),
        );
      el.children.unshift(num, { type: 'text', value: ' ' });
      if (meta.length > 0) el.children.push(h('span', { className: ['para-meta'], dataPagefindIgnore: 'all' }, meta));
    }
  };
}
