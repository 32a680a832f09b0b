/**
 * The Node options of the Astro step (src/cli/astro-heap.ts): how its large heap is collected,
 * and its limit; NODE_OPTIONS keeps the last word, and the pinned Node accepts every option.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroHeapArgs } from '../../src/cli/astro-heap.ts';

const GB = 2 ** 30;

describe('the Astro step’s heap options', () => {
  it('count the pages’ byte buffers with the heap, let it grow by a fifth, and raise the limit to half a large machine (at most 8 GB)', () => {
    expect(astroHeapArgs('', 24 * GB)).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20', '--max-old-space-size=8192']);
    expect(astroHeapArgs('', 12 * GB)).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20', '--max-old-space-size=6144']);
    // Half of a small machine is below Node's own cap: no limit is set.
    expect(astroHeapArgs('', 8 * GB)).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20']);
  });

  it('leave to NODE_OPTIONS what it sets', () => {
    expect(astroHeapArgs('--max-old-space-size=3000', 24 * GB)).toEqual(['--external-memory-accounted-in-global-limit', '--heap-growing-percent=20']);
    expect(astroHeapArgs('--heap-growing-percent=50', 24 * GB)).toEqual(['--max-old-space-size=8192']);
  });

  it('are options this Node accepts', () => {
    const run = spawnSync(process.execPath, [...astroHeapArgs('', 24 * GB), '-e', 'process.exit(0)'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
