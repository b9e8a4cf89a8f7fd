#!/usr/bin/env bash
# Builds the browser package: pkg/brief_insights.js (ES module glue), pkg/brief_insights_bg.wasm and
# pkg/brief_insights.d.ts, optimised for size.
#
#   bash tools/build-wasm.sh                        # default allocator  -> pkg/
#   bash tools/build-wasm.sh --features wee_alloc   # for bench/ only    -> pkg-wee_alloc/
#
# wasm-opt flags come from Cargo.toml ([package.metadata.wasm-pack.profile.release]); wasm-pack runs the
# first wasm-opt on PATH, which must be the npm binaryen (node_modules/.bin), never Debian's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out_dir=pkg
features=()
while [ $# -gt 0 ]; do
  case "$1" in
    --features)
      [ $# -ge 2 ] || { echo "build-wasm: --features needs a value" >&2; exit 2; }
      features=(--features "$2")
      out_dir="pkg-${2//,/-}"
      shift 2 ;;
    *) echo "build-wasm: unknown argument $1" >&2; exit 2 ;;
  esac
done

wasm_opt="$(command -v wasm-opt || true)"
if [ "$wasm_opt" != "$ROOT/node_modules/.bin/wasm-opt" ]; then
  echo "build-wasm: wasm-opt resolves to '${wasm_opt:-nothing}', expected $ROOT/node_modules/.bin/wasm-opt; run bash tools/setup.sh" >&2
  exit 1
fi

# --mode no-install: use the wasm-bindgen on PATH (tools/setup.sh installs the version Cargo.lock pins)
# and never download tools at build time.
wasm-pack --log-level warn build --release --target web --mode no-install --out-dir "$out_dir" \
  ${features[@]+"${features[@]}"}

# The package is loaded from www/ and by the tests, not published to npm: keep only what is served.
rm -f "$out_dir/.gitignore" "$out_dir/brief_insights_bg.wasm.d.ts"

wasm="$out_dir/brief_insights_bg.wasm"
glue="$out_dir/brief_insights.js"
printf 'build-wasm: %s  %s bytes (%s gzipped)\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9c "$wasm" | wc -c)"
printf 'build-wasm: %s  %s bytes (%s gzipped)\n' "$glue" "$(wc -c <"$glue")" "$(gzip -9c "$glue" | wc -c)"
