#!/usr/bin/env bash
# Builds the browser package: pkg/brief_insights.js (ES module glue), pkg/brief_insights_bg.wasm and
# pkg/brief_insights.d.ts, optimised for size.
#
#   bash tools/build-wasm.sh                        # default allocator  -> pkg/
#   bash tools/build-wasm.sh --features wee_alloc   # for bench/ only    -> pkg-wee_alloc/
#   bash tools/build-wasm.sh --prebuilt-std         # for bench/ only    -> pkg-prebuilt-std/
#
# The standard library is rebuilt for the module (cargo -Zbuild-std, from the rust-src component that
# tools/setup.sh adds) with three size settings that the prebuilt one cannot have: panics trap at once
# (panic=immediate-abort: no panic message formatting; a panic ends the instance either way), no file/line
# locations in the binary, and no Debug formatting code; std's optimize_for_size feature picks its smaller
# implementations. bench/size.md has the measured difference.
# These are unstable options: RUSTC_BOOTSTRAP=1 admits them on the stable toolchain, for this build only
# (the native build, the tests and the CLI never see them). --prebuilt-std builds without them.
#
# wasm-opt flags come from Cargo.toml ([package.metadata.wasm-pack.profile.release]); wasm-pack runs the
# first wasm-opt on PATH, which must be the npm binaryen (node_modules/.bin), never Debian's.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out_dir=pkg
features=()
prebuilt_std=0
while [ $# -gt 0 ]; do
  case "$1" in
    --features)
      [ $# -ge 2 ] || { echo "build-wasm: --features needs a value" >&2; exit 2; }
      features=(--features "$2")
      out_dir="pkg-${2//,/-}"
      shift 2 ;;
    --prebuilt-std)
      prebuilt_std=1
      out_dir=pkg-prebuilt-std
      shift ;;
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
# Symbols stay in cargo's output: wasm-bindgen reads the target_features section from it (stripped, it warns and
# writes 11 KB more glue), and wasm-opt drops names, producers and target_features from the final module.
export CARGO_PROFILE_RELEASE_STRIP=false
cargo_args=()
if [ "$prebuilt_std" = 0 ]; then
  rust_src="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  if [ ! -d "$rust_src" ]; then
    echo "build-wasm: the rust-src component is missing ($rust_src); run bash tools/setup.sh" >&2
    exit 1
  fi
  export RUSTC_BOOTSTRAP=1
  # Without reference types wasm-bindgen keeps JS values in a table in the glue rather than an externref
  # table managed by Wasm code: 630 B less Wasm, 234 B more glue (gzipped), and it runs on engines that
  # lack reference types. (Without multivalue too, the Wasm is 74 B smaller but the glue 205 B larger.)
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none -Ctarget-feature=-reference-types"
  # optimize_for_size: std's own switch to its smaller implementations (265 B less gzipped).
  cargo_args=(-Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size)
fi
# Everything after the crate path (`.`) goes to cargo build as it is: the features and -Zbuild-std.
wasm-pack --log-level warn build --release --target web --mode no-install --out-dir "$out_dir" . \
  ${features[@]+"${features[@]}"} ${cargo_args[@]+"${cargo_args[@]}"}

# The package is loaded from www/ and by the tests, not published to npm: keep only what is served.
rm -f "$out_dir/.gitignore" "$out_dir/brief_insights_bg.wasm.d.ts"

wasm="$out_dir/brief_insights_bg.wasm"
glue="$out_dir/brief_insights.js"
printf 'build-wasm: %s  %s bytes (%s gzipped)\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9c "$wasm" | wc -c)"
printf 'build-wasm: %s  %s bytes (%s gzipped)\n' "$glue" "$(wc -c <"$glue")" "$(gzip -9c "$glue" | wc -c)"
