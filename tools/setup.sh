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
# die TOOL COMMAND: stops the run, naming what could not be installed and the command to run by hand.
die() {
  printf '\nsetup: FAILED: could not install %s.\nsetup: run this by hand, then run the script again:\n  %s\n' "$1" "$2" >&2
  exit 1
}

# cargo_install TOOL ARGS...: `cargo install --locked ARGS`, the tool's own lockfile. This registry does not
# carry every version such lockfiles pin (wasm-bindgen-cli 0.2.130's pins webpki-roots 1.0.11, which it
# lacks), so when --locked fails the install is retried without it: cargo then resolves the tool's
# dependencies afresh, to versions the registry has, within the tool's own version requirements.
cargo_install() {
  local tool="$1"
  shift
  say "installing $tool: cargo install --locked $* (takes several minutes)"
  if cargo install --locked "$@"; then
    return 0
  fi
  say "FALLBACK: 'cargo install --locked $*' failed (the registry may lack a version $tool's lockfile pins)."
  say "FALLBACK: retrying without --locked: $tool's dependencies get a fresh resolution, not its lockfile."
  if cargo install "$@"; then
    say "installed $tool with a fresh dependency resolution (cargo install without --locked)"
    return 0
  fi
  die "$tool" "cargo install $*   (tried with and without --locked)"
}

cd "$ROOT"

# The Rust toolchain: rust-toolchain.toml pins the channel, the wasm32-unknown-unknown target and the
# rustfmt and clippy components; rustup installs all of it if anything is missing.
toolchain_ok() {
  rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
    && rustup component list --installed 2>/dev/null | grep -q '^rustfmt' \
    && rustup component list --installed 2>/dev/null | grep -q '^clippy'
}
if ! toolchain_ok; then
  say "installing the toolchain rust-toolchain.toml pins (with its target and components)"
  rustup toolchain install --no-self-update || die "the Rust toolchain of rust-toolchain.toml" "cd $ROOT && rustup toolchain install"
  toolchain_ok || die "the wasm32-unknown-unknown target or the rustfmt/clippy components" "cd $ROOT && rustup toolchain install"
fi
say "toolchain: $(rustup show active-toolchain) -> $(rustc --version)"

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly, or the generated glue and the
# module disagree. It also provides wasm-bindgen-test-runner for `wasm-pack test`.
wasm_bindgen_locked="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
if [ -z "$wasm_bindgen_locked" ]; then
  echo "setup: cannot find the wasm-bindgen version in Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" != "$wasm_bindgen_locked" ]; then
  cargo_install wasm-bindgen-cli wasm-bindgen-cli --version "$wasm_bindgen_locked"
fi
[ "$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }')" = "$wasm_bindgen_locked" ] \
  || die "wasm-bindgen-cli $wasm_bindgen_locked" "cargo install --force wasm-bindgen-cli --version $wasm_bindgen_locked"

if ! command -v wasm-pack >/dev/null 2>&1; then
  cargo_install wasm-pack wasm-pack
fi
command -v wasm-pack >/dev/null 2>&1 || die wasm-pack "cargo install wasm-pack"

# Browsers and site generators for the browser tests and the CMS examples. chromium-driver is Debian's
# chromedriver, matched to Debian's chromium, so wasm-pack never downloads one.
missing=()
for pair in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver hugo:/usr/bin/hugo jekyll:/usr/bin/jekyll; do
  [ -x "${pair#*:}" ] || missing+=("${pair%%:*}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update || die "${missing[*]}" "apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  apt-get install -y --no-install-recommends "${missing[@]}" \
    || die "${missing[*]}" "apt-get install -y --no-install-recommends ${missing[*]}"
  for pair in chromium:/usr/bin/chromium chromium-driver:/usr/bin/chromedriver hugo:/usr/bin/hugo jekyll:/usr/bin/jekyll; do
    [ -x "${pair#*:}" ] || die "${pair%%:*}" "apt-get install -y --no-install-recommends ${pair%%:*}"
  done
fi

# npm devDependencies (binaryen's wasm-opt, playwright-core, axe-core, map data). npm records what it
# installed in node_modules/.package-lock.json; reinstall when the lockfile or package.json is newer.
if [ ! -f package-lock.json ]; then
  say "npm install (creates package-lock.json)"
  npm install --no-audit --no-fund || die "the npm devDependencies" "cd $ROOT && npm install"
elif [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] \
  || [ package.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund || die "the npm devDependencies (binaryen, playwright-core, axe-core, vnu-jar, ...)" "cd $ROOT && npm ci"
fi

if [ -e /usr/bin/wasm-opt ]; then
  say "warning: /usr/bin/wasm-opt (Debian binaryen) is installed; it is not used, $ROOT/node_modules/.bin comes first in PATH"
fi
wasm_opt_version="$(wasm-opt --version 2>/dev/null || true)"
case "$wasm_opt_version" in
  *"version 13"[2-9]*|*"version 1"[4-9][0-9]*) ;;
  *) echo "setup: wasm-opt on PATH is '${wasm_opt_version:-missing}' ($(command -v wasm-opt || echo none)); expected binaryen >= 132 from node_modules" >&2
     die "binaryen (npm, never Debian's)" "cd $ROOT && rm -rf node_modules && npm ci" ;;
esac
say "ok: $(rustup show active-toolchain | awk '{ print $1 }') ($(rustc --version)), wasm-bindgen $wasm_bindgen_locked, $(wasm-pack --version), $wasm_opt_version, node $(node --version)"
