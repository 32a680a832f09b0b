import { indexSite } from './src/cli/search-index.ts';
const s = await indexSite(process.argv[2] ?? 'dist');
console.log(s.records, s.bytes);
