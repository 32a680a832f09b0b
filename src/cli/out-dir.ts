/**
 * Where ASTRO_OUT_DIR may point. Inside the project, or anywhere outside it — but not the
 * project itself or a folder holding it (the build replaces the output folder as a whole), and
 * not a folder beside the project whose path merely begins with the project's
 * (`/work/corpus-site` next to `/work/corpus`): Astro takes such a folder for one inside the
 * project, writes its prerender chunks there, and they cannot find the packages in the
 * project's node_modules ("Cannot find package …"). Elsewhere outside the project, Astro
 * writes those chunks to the project's own .astro/ (hence the build lock, src/cli/build-lock.ts).
 */
import path from 'node:path';

/** True when `inner` is `outer` or lies inside it. */
function within(outer: string, inner: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || !(relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative));
}

/** Why the build cannot write to `outDir` (absolute), or undefined when it can. */
export function outDirProblem(root: string, outDir: string): string | undefined {
  if (within(outDir, root))
    return `ASTRO_OUT_DIR ${outDir} is the project folder or holds it — the build replaces that folder as a whole; choose a folder of its own, e.g. ${path.join(root, 'dist')}`;
  // The staging folder (<out>-next) is what Astro writes to: check its path as Astro does.
  if (!within(root, outDir) && `${outDir}-next`.startsWith(root))
    return `ASTRO_OUT_DIR ${outDir} is beside the project and its path begins with the project's (${root}) — Astro would put its prerender chunks there, where the packages cannot be found; choose a folder inside the project or one whose path does not begin with ${root}`;
  return undefined;
}
