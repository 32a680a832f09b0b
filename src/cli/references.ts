/**
 * The "Cite this" references of the article and timeline entry pages, formatted by prepare.ts
 * in a worker thread while the same process renders the bodies and writes its files, rather
 * than by the Astro step page by page. citeproc and BibTeX cost ~2.5 ms a reference, about a
 * seventh of the Astro step's CPU (5.4 of 36 s at 1,000 articles, profiled), and the Astro step
 * is the longest one: at 10,000 articles it ran for over six minutes on one core, while prepare
 * leaves a core to share. The pages find each reference by its item's referenceKey
 * (src/site/references.ts), and format an item they do not find.
 */
import { Worker } from 'node:worker_threads';
import type { FormattedReference } from '../export/citation.ts';
import type { CslItem } from '../export/csl.ts';

export class ReferenceFormatter {
  #worker: Worker | undefined;
  #done: Promise<[string, FormattedReference][]> = Promise.resolve([]);

  /** The worker, started with the first batch: a corpus refused before that never starts one. */
  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = (this.#worker = new Worker(new URL('./reference-worker.ts', import.meta.url)));
    this.#done = new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      // After 'message' this changes nothing; before it, the worker died without an error event.
      worker.once('exit', (code) => reject(new Error(`the reference worker ended (exit code ${code}) before its work was done`)));
    });
    // A failure is reported where finish() is awaited, not as an unhandled rejection before.
    this.#done.catch(() => undefined);
    return worker;
  }

  /** Queues `items` for formatting (the worker starts on them at once). */
  add(items: CslItem[]): void {
    this.#started().postMessage(items);
  }

  /** Every item added so far, formatted, as [referenceKey, reference] pairs; the worker then ends. */
  finish(): Promise<[string, FormattedReference][]> {
    this.#worker?.postMessage(null);
    return this.#done;
  }
}
