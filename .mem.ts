import { loadCorpus } from './src/corpus/load.ts';
import { writeModel, readModel } from './src/corpus/model-file.ts';
import { buildViews } from './src/views/index.ts';
const mb = () => (process.memoryUsage().heapUsed / 1e6).toFixed(0) + ' MB heap, rss ' + (process.memoryUsage().rss / 1e6).toFixed(0);
{ const c = loadCorpus(); writeModel(c, '/tmp/m.bin'); }
globalThis.gc?.(); console.log('after load+write, gc', mb());
const c = readModel('/tmp/m.bin'); globalThis.gc?.(); console.log('model read', mb());
const v = buildViews(c); globalThis.gc?.(); console.log('views built', mb());
for (const [k, x] of Object.entries(v)) { void x; }
console.log(Object.keys(v).join(' '));
