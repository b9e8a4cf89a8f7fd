// Loads the built modules the way a page without a bundler does: the ES module glue plus the .wasm bytes,
// instantiated synchronously. Every node test goes through here so they all test the optimised release
// builds that ship, not a debug build.
//
//   pkg/          the readers' module (PKG_DIR overrides it)
//   pkg/author/   the authors' module (AUTHOR_PKG_DIR overrides it)

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEJONG_PATH = join(REPO_ROOT, 'briefs', 'sejong-2025-30.json');

/** The files of one built module. */
function moduleFiles(dir) {
  return {
    dir,
    wasm: join(dir, 'brief_insights_bg.wasm'),
    glue: join(dir, 'brief_insights.js'),
    types: join(dir, 'brief_insights.d.ts'),
  };
}

export const READER = moduleFiles(resolve(REPO_ROOT, process.env.PKG_DIR ?? 'pkg'));
export const AUTHOR = moduleFiles(resolve(REPO_ROOT, process.env.AUTHOR_PKG_DIR ?? join('pkg', 'author')));
export const STUDIO = moduleFiles(resolve(REPO_ROOT, join('pkg', 'studio')));

async function load(files) {
  if (!existsSync(files.wasm)) {
    throw new Error(`${files.wasm} is missing: run \`bash tools/build-wasm.sh\` first`);
  }
  const pkg = await import(pathToFileURL(files.glue).href);
  pkg.initSync({ module: readFileSync(files.wasm) });
  return pkg;
}

/** The readers' module: `Brief.fromJson`/`fromObject`, queries and renders; problems by JSON path. */
export const loadReader = () => load(READER);
/** The authors' module: the full API, with `validate`, `Brief.embedded` and line/column diagnostics. */
export const loadAuthor = () => load(AUTHOR);
/** Brief Studio's module: the authors' API plus `paragraphs`, `coverage`, `validateWithSource`, `convertText`. */
export const loadStudio = () => load(STUDIO);

/** Small deterministic PRNG (mulberry32), so a failing mutation can be reproduced from its seed. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
