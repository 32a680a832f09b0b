/**
 * Share images drawn beside the Astro step (src/cli/share-cards.ts): the cards not in the cache
 * are drawn by child processes into the files the build then copies into the site; a second run
 * draws none; while the step they run beside is busy, they wait for it before reporting done;
 * a card missing from the cache is drawn when the images are copied.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'share-ahead-'));
process.env.ASTRO_CACHE_DIR = path.join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString() === 'PNG';

describe('drawShareCards', () => {
  it('draws each missing card once, as a PNG at the path the cache reads', async () => {
    const { drawShareCards } = await import('../../src/cli/share-cards.ts');
    const { shareCachePath } = await import('../../src/site/share-cache.ts');
    const cards = [
      { kicker: 'K', title: 'A first title', byline: 'A · B · 2020' },
      { kicker: 'K', title: 'Россия: a second title', byline: 'C · D · 2021' },
    ];
    expect(await drawShareCards(cards, work)).toBe(2);
    for (const c of cards) {
      const file = await shareCachePath(c);
      expect(existsSync(file), file).toBe(true);
      expect(isPng(file)).toBe(true);
    }
    expect(await drawShareCards(cards, work)).toBe(0);
  }, 60_000);

  it('reports done only once the step it runs beside has ended', async () => {
    const { drawShareCards } = await import('../../src/cli/share-cards.ts');
    const { shareCachePath } = await import('../../src/site/share-cache.ts');
    const card = { kicker: 'K', title: 'A title drawn beside a busy step', byline: 'E · F · 2022' };
    let endBusy!: () => void;
    const busy = new Promise<void>((resolve) => (endBusy = resolve));
    let done = false;
    const drawing = drawShareCards([card], mkdtempSync(path.join(work, 'beside-')), busy).then((n) => ((done = true), n));
    // Drawn while the step is still busy…
    await expect.poll(async () => existsSync(await shareCachePath(card)), { timeout: 30_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(done).toBe(false);
    // …and reported once it has ended.
    endBusy();
    expect(await drawing).toBe(1);
  }, 60_000);
});

describe('copyShareImages', () => {
  it('writes /share/<name>.png for every card, drawing one the cache does not have', async () => {
    const { copyShareImages } = await import('../../src/cli/share-cards.ts');
    const out = mkdtempSync(path.join(work, 'site-'));
    const cards = [
      { name: 'site', card: { kicker: 'K', title: 'A first title', byline: 'A · B · 2020' } },
      { name: 'never-drawn', card: { kicker: 'K', title: 'A title no child drew', byline: 'G · H · 2023' } },
    ];
    await copyShareImages(cards, out);
    for (const { name } of cards) expect(isPng(path.join(out, 'share', `${name}.png`)), name).toBe(true);
  }, 60_000);
});
