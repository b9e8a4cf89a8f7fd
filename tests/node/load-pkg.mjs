// Loads the built package (pkg/, or PKG_DIR) the way a page without a bundler does: the ES module glue plus
// the .wasm bytes, instantiated synchronously. Every node test goes through here so they all test the
// optimised release build that ships, not a debug build.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PKG_DIR = resolve(REPO_ROOT, process.env.PKG_DIR ?? 'pkg');
export const WASM_PATH = join(PKG_DIR, 'brief_insights_bg.wasm');
export const GLUE_PATH = join(PKG_DIR, 'brief_insights.js');
export const TYPES_PATH = join(PKG_DIR, 'brief_insights.d.ts');
export const SEJONG_PATH = join(REPO_ROOT, 'briefs', 'sejong-2025-30.json');

export async function loadPkg() {
  if (!existsSync(WASM_PATH)) {
    throw new Error(`${WASM_PATH} is missing: run \`bash tools/build-wasm.sh\` first`);
  }
  const pkg = await import(pathToFileURL(GLUE_PATH).href);
  pkg.initSync({ module: readFileSync(WASM_PATH) });
  return pkg;
}

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
