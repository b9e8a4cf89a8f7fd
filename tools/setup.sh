#!/usr/bin/env bash
# Installs what building and testing brief-insights needs, on a fresh Debian machine (run as root).
# Idempotent: each step checks first and does nothing when the tool is already there at the right version,
# so tools/test.sh and tools/demo.sh can run it every time.
#
# The scripts put node_modules/.bin first in PATH so that wasm-pack picks the npm binaryen `wasm-opt`:
# Debian's binaryen 108 corrupts current Rust output.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# Rust target for the browser module.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: tools/build-wasm.sh rebuilds std for the module with size settings.
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust component rust-src"
  rustup component add rust-src
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, or the generated glue and the
# module disagree. It also provides wasm-bindgen-test-runner for `wasm-pack test`.
wasm_bindgen_locked="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -z "$wasm_bindgen_locked" ]; then
  echo "setup: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" != "$wasm_bindgen_locked" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_locked (takes several minutes)"
  cargo install --locked wasm-bindgen-cli --version "$wasm_bindgen_locked"
fi

if ! command -v wasm-pack >/dev/null 2>&1; then
  say "installing wasm-pack (takes several minutes)"
  cargo install --locked wasm-pack
fi

# Browsers and site generators for the browser tests and the CMS examples. chromium-driver is Debian's
# chromedriver, matched to Debian's chromium, so wasm-pack never downloads one.
missing=()
for pair in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver hugo:/usr/bin/hugo jekyll:/usr/bin/jekyll; do
  [ -x "${pair#*:}" ] || missing+=("${pair%%:*}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

# npm devDependencies (binaryen's wasm-opt, playwright-core, axe-core, map data). npm records what it
# installed in node_modules/.package-lock.json; reinstall when the lockfile or package.json is newer.
cd "$ROOT"
if [ ! -f package-lock.json ]; then
  say "npm install (creates package-lock.json)"
  npm install --no-audit --no-fund
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

if [ -e /usr/bin/wasm-opt ]; then
  say "warning: /usr/bin/wasm-opt (Debian binaryen) is installed; it is not used, $ROOT/node_modules/.bin comes first in PATH"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"version 13"[2-9]*|*"version 1"[4-9][0-9]*) ;;
  *) echo "setup: wasm-opt on PATH is '${wasm_opt_version:-missing}' ($(command -v wasm-opt || echo none)); expected binaryen >= 132 from node_modules" >&2
     exit 1 ;;
esac
say "ok: $(rustc --version), wasm-bindgen $wasm_bindgen_locked, $(wasm-pack --version), $wasm_opt_version, node $(node --version)"
