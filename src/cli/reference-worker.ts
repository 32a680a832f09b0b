/**
 * The worker thread of ./references.ts: formats every CSL item it is sent (a batch per message)
 * and, sent `null`, posts back the references by referenceKey, and ends.
 */
import { parentPort } from 'node:worker_threads';
import { formatReference, referenceKey, type FormattedReference } from '../export/citation.ts';
import type { CslItem } from '../export/csl.ts';

const port = parentPort;
if (!port) throw new Error('reference-worker.ts runs as a worker thread of src/cli/references.ts');
const formatted: [string, FormattedReference][] = [];
port.on('message', (items: CslItem[] | null) => {
  if (items === null) {
    port.postMessage(formatted);
    port.close();
    return;
  }
  for (const item of items) formatted.push([referenceKey(item), formatReference(item)]);
});
