#!/usr/bin/env bash
# Builds the three browser modules from the one crate, on stable Rust:
#
#   pkg/          the readers' module (--no-default-features): a brief from `JSON.parse`d data, problems
#                 reported by JSON path, every query and render. What a page showing a brief downloads.
#   pkg/author/   the authors' module (default features): also `validate`, `Brief.embedded()` (the Sejong
#                 brief compiled in) and diagnostics with line and column. Fetched only to explain a
#                 broken brief, and by editors and build tools.
#   pkg/studio/   Brief Studio's module (--features studio): the authors' module plus the paragraph rule,
#                 quote check, coverage and text extraction (with Unicode NFC tables). Only www/studio.html
#                 loads it.
#
# Each holds brief_insights.js (ES module glue), brief_insights_bg.wasm and brief_insights.d.ts.
#
#   bash tools/build-wasm.sh                        # the three modules
#   bash tools/build-wasm.sh --features wee_alloc   # for bench/ only: the reader with wee_alloc -> pkg-wee_alloc/
#   bash tools/build-wasm.sh --bench                # for bench/ only: the author module with the
#                                                   #   boundary-bench exports -> pkg-bench/
#
# wasm-opt flags come from Cargo.toml ([package.metadata.wasm-pack.profile.release]); wasm-pack runs the
# first wasm-opt on PATH, which must be the npm binaryen (node_modules/.bin), never Debian's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

mode=release
extra_features=""
while [ $# -gt 0 ]; do
  case "$1" in
    --features)
      [ $# -ge 2 ] || { echo "build-wasm: --features needs a value" >&2; exit 2; }
      mode=features
      extra_features="$2"
      shift 2 ;;
    --bench)
      mode=bench
      shift ;;
    *) echo "build-wasm: unknown argument $1" >&2; exit 2 ;;
  esac
done

wasm_opt="$(command -v wasm-opt || true)"
if [ "$wasm_opt" != "$ROOT/node_modules/.bin/wasm-opt" ]; then
  echo "build-wasm: wasm-opt resolves to '${wasm_opt:-nothing}', expected $ROOT/node_modules/.bin/wasm-opt; run npm ci (or bash tools/setup.sh)" >&2
  exit 1
fi

# Symbols stay in cargo's output: wasm-bindgen reads the target_features section from it (stripped, it
# warns and writes more glue); wasm-opt drops the names from the final module.
export CARGO_PROFILE_RELEASE_STRIP=false

# build OUT_DIR [cargo build arguments...]
build() {
  local out_dir="$1"
  shift
  # --mode no-install: use the wasm-bindgen on PATH (tools/setup.sh installs the version Cargo.lock pins)
  # and never download tools at build time. Everything after the crate path (`.`) goes to cargo build.
  wasm-pack --log-level warn build --release --target web --mode no-install --out-dir "$out_dir" . "$@"
  # The package is loaded from www/ and by the tests, not published from here: keep only what is served.
  rm -f "$out_dir/.gitignore" "$out_dir/brief_insights_bg.wasm.d.ts"
  for file in "$out_dir/brief_insights_bg.wasm" "$out_dir/brief_insights.js"; do
    printf 'build-wasm: %-34s %7s bytes (%6s gzipped)\n' "$file" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
  done
}

case "$mode" in
  release)
    # The modules inside pkg/ first, set aside while pkg/ itself is built: wasm-pack empties its --out-dir.
    build pkg/author
    build pkg/studio --features studio
    rm -rf pkg-nested-tmp
    mkdir pkg-nested-tmp
    mv pkg/author pkg/studio pkg-nested-tmp/
    build pkg --no-default-features
    mv pkg-nested-tmp/author pkg-nested-tmp/studio pkg/
    rmdir pkg-nested-tmp ;;
  features)
    build "pkg-${extra_features//,/-}" --no-default-features --features "$extra_features" ;;
  bench)
    build pkg-bench --features boundary-bench ;;
esac
