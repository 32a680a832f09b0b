/**
 * Share images written beside the Astro step (src/cli/share-cards.ts): every card's image lands
 * in the output folder as <name>.jpg, drawn into the cache when it was not there; a second run
 * copies from the cache and draws none; while the step they run beside is busy they wait for it
 * before reporting done; a card a failed child left behind is written by the last pass; paused,
 * the children finish their cards and a later call goes on.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { childrenRunning } from '../support/processes.ts';

const work = mkdtempSync(path.join(tmpdir(), 'share-ahead-'));
process.env.ASTRO_CACHE_DIR = path.join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A JPEG starts with its SOI marker and the next marker's 0xFF. */
const isJpeg = (file: string) => readFileSync(file).subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
const folder = (name: string) => mkdtempSync(path.join(work, `${name}-`));
/** The cards as the list file writeShareImages reads. */
function listOf(cards: readonly { name: string; card: { kicker: string; title: string; byline: string } }[]): string {
  const file = path.join(folder('list'), 'cards.json');
  writeFileSync(file, JSON.stringify(cards));
  return file;
}

describe('writeShareImages', () => {
  const cards = [
    { name: 'site', card: { kicker: 'K', title: 'A first title', byline: 'A · B · 2020' } },
    { name: 'second', card: { kicker: 'K', title: 'Россия: a second title', byline: 'C · D · 2021' } },
  ];

  it('writes every image as <name>.jpg and caches what it drew; a second run draws none', async () => {
    const { writeShareImages } = await import('../../src/cli/share-cards.ts');
    const { shareCachePath } = await import('../../src/site/share-cache.ts');
    const out = path.join(folder('site'), 'share');
    await writeShareImages(listOf(cards), out, folder('work'));
    for (const { name, card } of cards) {
      expect(isJpeg(path.join(out, `${name}.jpg`)), name).toBe(true);
      expect(isJpeg(await shareCachePath(card)), `${name} cached`).toBe(true);
    }
    const drawnAt = await Promise.all(cards.map(async (c) => statSync(await shareCachePath(c.card)).mtimeMs));
    const again = path.join(folder('site'), 'share');
    await writeShareImages(listOf(cards), again, folder('work'));
    for (const { name } of cards) expect(readFileSync(path.join(again, `${name}.jpg`))).toEqual(readFileSync(path.join(out, `${name}.jpg`)));
    expect(await Promise.all(cards.map(async (c) => statSync(await shareCachePath(c.card)).mtimeMs))).toEqual(drawnAt);
  }, 60_000);

  it('draws at the lowest priority, so that a step beside it keeps its core', async () => {
    const { writeShareImages } = await import('../../src/cli/share-cards.ts');
    const many = Array.from({ length: 150 }, (_, i) => ({ name: `low-${i}`, card: { kicker: 'K', title: `A card drawn at low priority, number ${i}`, byline: 'G · H · 2023' } }));
    const out = path.join(folder('site'), 'share');
    const writing = writeShareImages(listOf(many), out, folder('work'));
    // While they draw, the children are seen at the lowest priority (each sets it as it starts,
    // so one sampled in its first instant may still show 0: the sampling goes on until all show 19).
    let seen: number[] = [];
    await expect.poll(() => (seen = childrenRunning('src/cli/share-cards.ts').map((p) => p.nice)).length > 0 && seen.every((nice) => nice === 19), { timeout: 30_000, interval: 5 }).toBe(true);
    await writing;
  }, 60_000);

  it('reports done only once the step it runs beside has ended', async () => {
    const { writeShareImages } = await import('../../src/cli/share-cards.ts');
    const card = { name: 'beside', card: { kicker: 'K', title: 'A title drawn beside a busy step', byline: 'E · F · 2022' } };
    const out = path.join(folder('site'), 'share');
    let endBusy!: () => void;
    const busy = new Promise<void>((resolve) => (endBusy = resolve));
    let done = false;
    const writing = writeShareImages(listOf([card]), out, folder('work'), busy).then(() => (done = true));
    // Written while the step is still busy…
    await expect.poll(() => existsSync(path.join(out, 'beside.jpg')), { timeout: 30_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(done).toBe(false);
    // …and reported once it has ended.
    endBusy();
    await writing;
    expect(done).toBe(true);
  }, 60_000);

  it('writes a card that a failed child had claimed but not written (the last pass)', async () => {
    const { writeShareImages } = await import('../../src/cli/share-cards.ts');
    const out = path.join(folder('site'), 'share');
    const workDir = folder('work');
    // As a child that died after claiming the first card would leave it.
    mkdirSync(path.join(workDir, 'share-card-claims'), { recursive: true });
    writeFileSync(path.join(workDir, 'share-card-claims', '0'), '');
    await writeShareImages(listOf(cards), out, workDir);
    for (const { name } of cards) expect(isJpeg(path.join(out, `${name}.jpg`)), name).toBe(true);
  }, 60_000);

  it('paused by its signal, leaves no card claimed without its image and no partial file; the next call finishes the rest', async () => {
    const { writeShareImages } = await import('../../src/cli/share-cards.ts');
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `paused-${i}`, card: { kicker: 'K', title: `Paused title number ${i}`, byline: 'G · H · 2023' } }));
    const out = path.join(folder('site'), 'share');
    const workDir = folder('work');
    const claims = path.join(workDir, 'share-card-claims');
    const pause = new AbortController();
    let endBusy!: () => void;
    const busy = new Promise<void>((resolve) => (endBusy = resolve));
    const list = listOf(many);
    const first = writeShareImages(list, out, workDir, busy, pause.signal);
    await expect.poll(() => existsSync(out) && readdirSync(out).some((f) => f.endsWith('.jpg')), { timeout: 30_000 }).toBe(true);
    pause.abort();
    endBusy();
    await first;
    const drawn = readdirSync(out);
    expect(drawn.filter((f) => !f.endsWith('.jpg'))).toEqual([]);
    expect(drawn.length).toBeLessThan(many.length);
    for (const claimed of readdirSync(claims)) expect(drawn, `card ${claimed} claimed`).toContain(`${many[Number(claimed)]!.name}.jpg`);
    await writeShareImages(list, out, workDir);
    for (const { name } of many) expect(isJpeg(path.join(out, `${name}.jpg`)), name).toBe(true);
    expect(readdirSync(out)).toHaveLength(many.length);
  }, 90_000);
});

