/**
 * Share images drawn ahead of the Astro step (src/cli/share-cards.ts): the cards not in the
 * cache are drawn, by child processes, into the files the site build then reads; a second run
 * draws none.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'share-ahead-'));
process.env.ASTRO_CACHE_DIR = path.join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
    }
    expect(await drawShareCards(cards, work)).toBe(0);
  }, 60_000);
});
