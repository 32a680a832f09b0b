/**
 * Components render from props alone (Astro's container API): no model, no file system.
 * Each is given a small hand-made input and its markup is checked.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Pager from '../../src/components/Pager.astro';
import ArticleCard from '../../src/components/ArticleCard.astro';
import ActorThemeEvents from '../../src/components/ActorThemeEvents.astro';
import type { Article, ResolvedEvent } from '../../src/corpus/model.ts';

const render = async (component: Parameters<AstroContainer['renderToString']>[0], props: Record<string, unknown>) =>
  (await AstroContainer.create()).renderToString(component, { props });

describe('components take props only', () => {
  it('Pager shows the first, last and nearby pages, marks the current one, and nothing for one page', async () => {
    const html = await render(Pager, { current: 10, total: 40, pageHref: (n: number) => `/p/${n}/`, label: 'Pages' });
    const pages = [...html.matchAll(/href="\/p\/(\d+)\/"/g)].map((m) => Number(m[1]));
    expect(new Set(pages)).toEqual(new Set([1, 7, 8, 9, 10, 11, 12, 13, 40]));
    expect(html).toMatch(/href="\/p\/10\/" aria-current="page"/);
    expect(html).toContain('rel="prev"');
    expect((html.match(/class="gap"/g) ?? []).length).toBe(2);
    expect(await render(Pager, { current: 1, total: 1, pageHref: () => '/', label: 'Pages' })).not.toContain('<nav');
  });

  it('ArticleCard labels themes through the lookup it is given', async () => {
    const article = {
      id: 'a1',
      data: { title: 'A title', authors: [], outlet: { name: 'Outlet' }, published: { date: '2021-01-09', basis: 'stated' }, summary: 'S.', themes: ['t1'] },
      published: { earliest: '2021-01-09' },
    } as unknown as Article;
    const html = await render(ArticleCard, { article, lookup: { themeLabel: (id: string) => `Label of ${id}` } });
    expect(html).toContain('A title');
    expect(html).toContain('Label of t1');
    expect(html).toContain('unsigned');
  });

  it('ActorThemeEvents lists the latest entries of a long slice and links to the rest', async () => {
    const events = Array.from({ length: 35 }, (_, i) => ({ id: `e${i}`, title: `Entry ${i}`, display: `${2000 + i}`, kind: 'event' })) as unknown as ResolvedEvent[];
    const html = await render(ActorThemeEvents, { events, empty: 'None.', moreHref: '/timeline/theme/x/', limit: 30 });
    expect(html).not.toContain('Entry 4<');
    expect(html).toContain('Entry 5<');
    expect(html).toContain('Entry 34<');
    expect(html).toContain('All 35 entries on the timeline');
    expect(await render(ActorThemeEvents, { events: [], empty: 'None.', moreHref: '/' })).toContain('None.');
  });
});
