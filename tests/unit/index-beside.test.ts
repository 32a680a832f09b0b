/**
 * When `npm run build` indexes the search beside the Astro step (src/cli/index-beside.ts): only
 * when the two steps' estimated memory fits the budget, which BUILD_MEMORY_MB may set.
 */
import { describe, expect, it } from 'vitest';
import { besidePeak, indexBefore, indexBesideAstro, memoryBudget, memoryBudgetProblem, scheduleLine } from '../../src/cli/index-beside.ts';

const MB = 2 ** 20;
const GB = 2 ** 30;

describe('the memory budget', () => {
  it('is 4 GB, or half the machine when that is less, unless BUILD_MEMORY_MB sets it', () => {
    expect(memoryBudget(undefined, 24 * GB)).toBe(4 * GB);
    expect(memoryBudget(undefined, 4 * GB)).toBe(2 * GB);
    expect(memoryBudget('1500', 24 * GB)).toBe(1500 * MB);
    expect(memoryBudget(' 64 ', 24 * GB)).toBe(64 * MB);
  });

  it('refuses a BUILD_MEMORY_MB that is not a whole number of megabytes, saying what it expected', () => {
    expect(memoryBudgetProblem(undefined)).toBeUndefined();
    expect(memoryBudgetProblem('2048')).toBeUndefined();
    for (const bad of ['', '0', '-1', '2GB', '1.5', 'lots']) {
      expect(memoryBudgetProblem(bad), bad).toBe(`BUILD_MEMORY_MB is "${bad}" — expected a whole number of megabytes, e.g. BUILD_MEMORY_MB=2048`);
    }
  });
});

describe('indexing beside the Astro step', () => {
  // The sizes of the model and the search records written for the synthetic corpora (measured).
  const n1000 = { model: 64.5 * MB, records: 12.8 * MB };
  const n10000 = { model: 645 * MB, records: 128 * MB };

  it('is chosen for 1,000 articles and not for 10,000 within 4 GB', () => {
    expect(indexBesideAstro(n1000.model, n1000.records, 4 * GB)).toBe(true);
    expect(indexBesideAstro(n10000.model, n10000.records, 4 * GB)).toBe(false);
  });

  it('follows the budget, and the estimate grows with both files', () => {
    expect(indexBesideAstro(n1000.model, n1000.records, 1 * GB)).toBe(false);
    expect(indexBesideAstro(n10000.model, n10000.records, 16 * GB)).toBe(true);
    expect(besidePeak(2 * n1000.model, n1000.records)).toBeGreaterThan(besidePeak(n1000.model, n1000.records));
    expect(besidePeak(n1000.model, 2 * n1000.records)).toBeGreaterThan(besidePeak(n1000.model, n1000.records));
  });

  it('says which it chose, with the estimate and the budget', () => {
    expect(scheduleLine(n1000.model, n1000.records, 4 * GB)).toBe('build: indexing the search beside the pages (estimated peak 1.7 GB, within the 4.0 GB budget)');
    expect(scheduleLine(n10000.model, n10000.records, 4 * GB)).toMatch(/^build: indexing the search before the pages \(side by side they would need an estimated 7\.\d GB, over the 4\.0 GB budget/);
  });

  it('names the budget that would have made the build index before the pages', () => {
    const hint = indexBefore(n1000.model, n1000.records);
    const mb = Number(/^BUILD_MEMORY_MB=(\d+) or less makes the build index the search before the pages, not beside them$/.exec(hint)?.[1]);
    expect(indexBesideAstro(n1000.model, n1000.records, mb * MB)).toBe(false);
    expect(indexBesideAstro(n1000.model, n1000.records, (mb + 1) * MB)).toBe(true);
  });
});
