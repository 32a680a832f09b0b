/**
 * The timeline in a real browser against the built site: anchors (/timeline/#<id>), source
 * links that land on their paragraph, filtering without JavaScript (slice pages) and with it
 * (in-page, mirrored in the URL), the entry page's copy-link button, WCAG 2.2 AA, and no
 * console errors.
 */
import { test, expect, type Page } from '@playwright/test';
import { collectConsoleErrors, expectNoAxeViolations } from './helpers.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { normalizeText } from '../../src/shared/quotes.ts';
import { eventActors, timelineSlices } from '../../src/views/timeline.ts';

const corpus = loadCorpus();
const slices = timelineSlices(corpus);
const FIGHTING = 'armenia-azerbaijan-border-fighting-2022-09';
const fighting = corpus.eventById.get(FIGHTING)!;

/** Entries on the page that are not hidden. */
const visibleEntries = (page: Page) => page.locator('[data-timeline-list] article.entry:visible');

test('/timeline/#<id> opens on that entry, visibly targeted and not covered', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(`timeline/#${FIGHTING}`);
  const entry = page.locator(`article#${FIGHTING}`);
  await expect(entry).toBeInViewport();
  expect(await entry.evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(entry.getByRole('heading', { name: fighting.title })).toBeInViewport();

  // The target looks different from its neighbours.
  const look = (el: Element) => {
    const s = getComputedStyle(el);
    return `${s.outlineStyle} ${s.borderLeftColor} ${s.backgroundColor}`;
  };
  const other = page.locator('article.entry:not(:target)').first();
  expect(await entry.evaluate(look)).not.toBe(await other.evaluate(look));

  // Nothing sits on top of the entry's title: the topmost element there belongs to the entry.
  const title = entry.locator('.entry-title a');
  const box = (await title.boundingBox())!;
  const onTop = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('article')?.id,
    [box.x + box.width / 2, box.y + box.height / 2] as const,
  );
  expect(onTop).toBe(FIGHTING);

  // The entry shows its date, kind, both sources' quotes and the disputed death toll.
  await expect(entry.locator('time')).toHaveAttribute('datetime', fighting.span.earliest);
  await expect(entry.locator('time')).toHaveText(fighting.display);
  await expect(entry.locator('.kind')).toHaveText('Event');
  await expect(entry.locator('blockquote')).toHaveCount(fighting.sources.length);
  await expect(entry.locator('table tbody tr')).toHaveCount(fighting.claims[0]!.values.length);
  expect(errors).toEqual([]);
});

test('a source link lands on the paragraph that holds the quote', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto(`timeline/#${FIGHTING}`);
  for (const source of fighting.sources) {
    await page.goto(`timeline/#${FIGHTING}`);
    const link = page.locator(`article#${FIGHTING} .source-ref a`, { hasText: `¶${source.paragraph.slice(1)}` }).filter({ hasText: corpus.articleById.get(source.article)!.data.title });
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/articles/${source.article}/#${source.paragraph}(:~:|$)`));
    const para = page.locator(`#${source.paragraph}`);
    await expect(para).toBeInViewport();
    expect(await para.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(normalizeText((await para.textContent()) ?? '')).toContain(normalizeText(source.exact));
  }
  expect(errors).toEqual([]);
});

test('an axis mark leads to its entry', async ({ page }) => {
  await page.goto('timeline/');
  await page.locator(`svg a[data-entry="${FIGHTING}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${FIGHTING}$`));
  await expect(page.locator(`article#${FIGHTING}`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('slice links filter the timeline', async ({ page }) => {
    await page.goto('timeline/');
    await expect(page.locator('form[data-timeline-filter]')).toBeHidden();
    const slice = slices.theme.find((s) => s.id === 'central-asia')!;
    await page.locator('[data-slice-nav]').getByRole('link', { name: new RegExp(`^${slice.label} \\d+$`) }).click();
    await expect(page).toHaveURL(/\/timeline\/theme\/central-asia\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Timeline: ${slice.label}`);
    const entries = page.locator('[data-timeline-list] article.entry');
    await expect(entries).toHaveCount(slice.events.length);
    expect(await entries.evaluateAll((els) => els.map((el) => el.id))).toEqual(slice.events.map((e) => e.id));
    for (const themes of await entries.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.themes ?? '')))
      expect(themes.split(' ')).toContain('central-asia');
    await page.getByRole('link', { name: /^Back to all/ }).click();
    await expect(page.locator('[data-timeline-list] article.entry')).toHaveCount(corpus.events.length);
  });

  test('an actor chip opens that actor’s slice, and the copy button stays away', async ({ page }) => {
    await page.goto(`timeline/#${FIGHTING}`);
    const actor = corpus.actorById.get('armenia')!;
    await page.locator(`article#${FIGHTING}`).getByRole('link', { name: actor.name, exact: true }).first().click();
    await expect(page).toHaveURL(/\/timeline\/actor\/armenia\/$/);
    await expect(page.locator('[data-timeline-list] article.entry')).toHaveCount(corpus.events.filter((e) => eventActors(e).includes('armenia')).length);
    await page.goto(`timeline/${FIGHTING}/`);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.locator('[data-copy-text]')).toHaveText(new RegExp(`/timeline/${FIGHTING}/$`));
  });
});

test('the in-page filter narrows the list, announces the count and mirrors the URL', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('timeline/');
  await expect(page.locator('[data-slice-nav]')).toBeHidden();
  const form = page.locator('form[data-timeline-filter]');
  await expect(form).toBeVisible();
  const total = corpus.events.length;
  await expect(visibleEntries(page)).toHaveCount(total);

  await form.getByLabel('Theme').selectOption('karabakh');
  const karabakh = corpus.events.filter((e) => e.themes.includes('karabakh'));
  await expect(visibleEntries(page)).toHaveCount(karabakh.length);
  await expect(page).toHaveURL(/\?theme=karabakh$/);
  await expect(form.getByRole('status')).toHaveText(`Showing ${karabakh.length} of ${total} entries.`);

  await form.getByLabel('Kind').selectOption('forecast');
  const both = karabakh.filter((e) => e.kind === 'forecast');
  expect(both.length).toBeGreaterThan(0);
  expect(both.length).toBeLessThan(karabakh.length);
  await expect(visibleEntries(page)).toHaveCount(both.length);
  await expect(page).toHaveURL(/\?theme=karabakh&kind=forecast$/);
  expect(await visibleEntries(page).evaluateAll((els) => els.map((el) => el.id))).toEqual(both.map((e) => e.id));
  // Years left without a shown entry are hidden too.
  await expect(page.locator('section.year:visible')).toHaveCount(new Set(both.map((e) => e.year)).size);

  // The address can be shared: opening it restores the filter.
  await page.reload();
  await expect(form.getByLabel('Theme')).toHaveValue('karabakh');
  await expect(form.getByLabel('Kind')).toHaveValue('forecast');
  await expect(visibleEntries(page)).toHaveCount(both.length);

  await form.getByRole('button', { name: 'Show all' }).click();
  await expect(visibleEntries(page)).toHaveCount(total);
  await expect(page).toHaveURL(/\/timeline\/$/);
  expect(errors).toEqual([]);
});

test.describe('entry page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies its permalink', async ({ page }) => {
    const errors = collectConsoleErrors(page);
    await page.goto(`timeline/${FIGHTING}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fighting.title);
    const permalink = (await page.locator('[data-copy-text]').textContent())!.trim();
    expect(permalink).toMatch(new RegExp(`^https?://[^/]+/(.+/)?timeline/${FIGHTING}/$`));
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText(`Link copied: ${permalink}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    // Back to its place in the timeline.
    await page.getByRole('link', { name: 'See this entry in the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`/timeline/#${FIGHTING}$`));
    await expect(page.locator(`article#${FIGHTING}`)).toBeInViewport();
    expect(errors).toEqual([]);
  });

  test('shows sources, disputed values and related entries', async ({ page }) => {
    const trilateral = corpus.eventById.get('trilateral-statement-november-2020')!;
    await page.goto(`timeline/${trilateral.id}/`);
    await expect(page.locator('blockquote')).toHaveCount(trilateral.sources.length);
    const rows = page.locator('table tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.locator('th')).toHaveText(trilateral.claims[0]!.values.map((v) => v.value));
    await expect(page.getByRole('heading', { name: 'Related entries' })).toBeVisible();
  });
});

test('/data/events.json lists every entry, and its paragraph URLs lead to the quotes', async ({ page, request }) => {
  const response = await request.get('data/events.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/json/);
  const data = (await response.json()) as { count: number; events: { id: string; sources: { url: string; exact: string; paragraph: string }[] }[] };
  expect(data.count).toBe(corpus.events.length);
  expect(data.events.map((e) => e.id)).toEqual(corpus.events.map((e) => e.id));
  const record = data.events.find((e) => e.id === FIGHTING)!;
  for (const source of record.sources) {
    await page.goto(new URL(source.url, response.url()).href); // url is absolute from the base path
    const para = page.locator(`#${source.paragraph}`);
    await expect(para).toBeInViewport();
    expect(normalizeText((await para.textContent()) ?? '')).toContain(normalizeText(source.exact));
  }
});

// axe over the whole timeline (every entry, with its quotes and tables) takes a while.
for (const scheme of ['light', 'dark'] as const) {
  for (const path of ['timeline/', `timeline/${FIGHTING}/`, 'timeline/kind/forecast/']) {
    test(`no WCAG 2.2 AA violations on ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(240_000); // about a minute for /timeline/ on a busy 2-CPU machine
      const errors = collectConsoleErrors(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path === 'timeline/' ? `timeline/#${FIGHTING}` : path); // with an entry targeted
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }
}
