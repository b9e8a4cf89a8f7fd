#!/usr/bin/env bash
# THE test command: `bash tools/test.sh`. Installs what is missing (tools/setup.sh), then runs every suite:
#
#   rust        cargo test: the core, renderer and CLI, natively
#   assets      the committed map outline is what tools/make-outline.mjs generates
#   wasm-build  the release package pkg/ (tools/build-wasm.sh)
#   wasm-test   tests/wasm_api.rs in headless Chromium (wasm-pack test, Debian's chromedriver)
#   node        node --test tests/node/: the JS API end to end, hostile input, size budgets
#   browser     node --test tests/browser/: the <brief-insights> widget in headless Chromium
#
# Every suite runs even when an earlier one failed (except those that need the package when it did not
# build), and the last line says `N passed, N failed`. Exits non-zero if any suite failed.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=never

passed=0
failed=0
failures=()
log_dir="$ROOT/test-output/logs"
mkdir -p "$log_dir"

# run_suite NAME COMMAND...: runs COMMAND, shows its output, and counts the suite as passed or failed.
run_suite() {
  local name="$1"
  shift
  local started=$SECONDS
  printf '\n=== %s: %s\n' "$name" "$*"
  if "$@" 2>&1 | tee "$log_dir/$name.log"; then
    passed=$((passed + 1))
    printf '=== %s: passed (%ss)\n' "$name" "$((SECONDS - started))"
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf '=== %s: FAILED (%ss; log in %s)\n' "$name" "$((SECONDS - started))" "${log_dir#"$ROOT"/}/$name.log"
  fi
}

skip_suite() {
  failed=$((failed + 1))
  failures+=("$1")
  printf '\n=== %s: FAILED (not run: %s)\n' "$1" "$2"
}

# cargo test, and make sure tests actually ran: a harness that silently ran nothing is a failure.
rust_tests() {
  local out
  out="$(mktemp)"
  cargo test --locked 2>&1 | tee "$out"
  local status=${PIPESTATUS[0]}
  local ran
  ran="$(awk '/^test result:/ { for (i = 1; i <= NF; i++) if ($i ~ /^passed;?$/) n += $(i - 1) } END { print n + 0 }' "$out")"
  rm -f "$out"
  echo "cargo test: $ran tests passed"
  [ "$status" -eq 0 ] && [ "$ran" -gt 0 ]
}

browser_api_tests() {
  # webdriver.json (crate root) gives chromedriver Debian's chromium and the flags it needs as root.
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
    wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install -- --locked --test wasm_api
}

widget_tests() {
  node --test --test-concurrency=1 tests/browser/
}

if ! run_suite setup bash tools/setup.sh; then
  echo "setup failed; the remaining suites would only fail for the same reason" >&2
  printf '\n%d passed, %d failed (failed: %s)\n' "$passed" "$failed" "${failures[*]}"
  exit 1
fi

run_suite rust rust_tests
# The map outline is generated from world-atlas by tools/make-outline.mjs; the committed copy must match.
run_suite assets node tools/make-outline.mjs --check
run_suite wasm-build bash tools/build-wasm.sh
if [ -f pkg/brief_insights_bg.wasm ] && [[ " ${failures[*]} " != *" wasm-build "* ]]; then
  run_suite wasm-test browser_api_tests
  run_suite node node --test tests/node/
  if compgen -G "tests/browser/*.test.mjs" >/dev/null; then
    run_suite browser widget_tests
  else
    printf '\n=== browser: no tests in tests/browser/ yet, skipped\n'
  fi
else
  skip_suite wasm-test "the package did not build"
  skip_suite node "the package did not build"
  compgen -G "tests/browser/*.test.mjs" >/dev/null && skip_suite browser "the package did not build"
fi

if [ "$failed" -gt 0 ]; then
  printf '\n%d passed, %d failed (failed: %s)\n' "$passed" "$failed" "${failures[*]}"
  exit 1
fi
printf '\n%d passed, %d failed\n' "$passed" "$failed"
