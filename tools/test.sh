#!/usr/bin/env bash
# THE test command: `bash tools/test.sh`. Installs what is missing (tools/setup.sh), then runs every suite:
#
#   rust        cargo test: the core, renderer and CLI, natively
#   lint        cargo fmt --check and cargo clippy -D warnings (native, and the three Wasm builds)
#   assets      every brief's map outline is what tools/make-map.mjs generates (make-map --check), and the
#               studio's vendored mammoth and pdf.js are the devDependencies' files (vendor-studio --check)
#   wasm-build  the release package pkg/ (tools/build-wasm.sh)
#   wasm-test   tests/wasm_api.rs in headless Chromium (wasm-pack test, Debian's chromedriver)
#   node        node --test tests/node/: the JS API end to end, hostile input, size budgets
#   browser     node --test tests/browser/: the <brief-insights> widget in headless Chromium
#   package     node --test tests/package/: the npm package installed into a Vite app, shown in Chromium
#
# Every suite runs even when an earlier one failed (except those that need the package when it did not
# build). Only tests that really ran count: the rust and wasm-test suites fail if no test passed or any was
# ignored; the node and browser suites fail if any test failed, was skipped, todo or cancelled, or none
# passed. Each suite prints its counts; the last line says
#   `N suites passed, N failed; T tests passed (rust R, wasm-test W, node N, browser B)`.
# Exits non-zero if any suite failed.
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
  local started=$SECONDS count=""
  printf '\n=== %s: %s\n' "$name" "$*"
  rm -f "$log_dir/$name.count"
  local ok=0
  "$@" 2>&1 | tee "$log_dir/$name.log" && ok=1
  if [ -f "$log_dir/$name.count" ]; then
    count="$(cat "$log_dir/$name.count")"
    ran_in[$name]="$count"
    total_ran=$((total_ran + count))
    count=", $count tests passed"
  fi
  if [ "$ok" = 1 ]; then
    passed=$((passed + 1))
    printf '=== %s: passed (%ss%s)\n' "$name" "$((SECONDS - started))" "$count"
  else
    failed=$((failed + 1))
    failures+=("$name")
    printf '=== %s: FAILED (%ss%s; log in %s)\n' "$name" "$((SECONDS - started))" "$count" "${log_dir#"$ROOT"/}/$name.log"
  fi
}

skip_suite() {
  failed=$((failed + 1))
  failures+=("$1")
  printf '\n=== %s: FAILED (not run: %s)\n' "$1" "$2"
}

# Tests that really ran, per suite, for the summary: each counting suite writes its count to
# $log_dir/NAME.count, and run_suite collects it.
declare -A ran_in=()
total_ran=0

# count_cargo_results LOG NAME: sums cargo's `test result:` lines (every test binary and the doc-tests).
# Fails if no test passed or any test was ignored: an ignored test counts as run without testing anything.
count_cargo_results() {
  local log="$1" name="$2" counts pass fail ignored
  counts="$(awk '/test result:/ {
      for (i = 2; i <= NF; i++) {
        w = $i; gsub(/[;,.]/, "", w)
        if (w == "passed") p += $(i - 1)
        if (w == "failed") f += $(i - 1)
        if (w == "ignored") g += $(i - 1)
      }
    } END { print p + 0, f + 0, g + 0 }' "$log")"
  read -r pass fail ignored <<<"$counts"
  echo "$pass" >"$log_dir/$name.count"
  echo "$name: $pass passed, $fail failed, $ignored ignored"
  if [ "$ignored" -gt 0 ]; then
    echo "$name: $ignored test(s) ignored; every test must run" >&2
    return 1
  fi
  if [ "$pass" -eq 0 ]; then
    echo "$name: no test passed; a harness that ran nothing is a failure" >&2
    return 1
  fi
}

# cargo test: the exit status, and the counts from its output.
rust_tests() {
  local out status
  out="$(mktemp)"
  cargo test --locked 2>&1 | tee "$out"
  status=${PIPESTATUS[0]}
  count_cargo_results "$out" rust || status=1
  rm -f "$out"
  return "$status"
}

wasm_api_tests() {
  local out status
  out="$(mktemp)"
  # webdriver.json (crate root) gives chromedriver Debian's chromium and the flags it needs as root.
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
    wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install -- --locked --test wasm_api --no-default-features --features author \
    2>&1 | tee "$out"
  status=${PIPESTATUS[0]}
  count_cargo_results "$out" wasm-test || status=1
  rm -f "$out"
  return "$status"
}

# node_suite NAME DIR [NODE-ARGS...]: node --test, readable output on the terminal and TAP in a file whose
# summary (# tests, # pass, # fail, # cancelled, # skipped, # todo) decides: any failed, cancelled,
# skipped or todo test fails the suite, and so does a run in which nothing passed.
node_suite() {
  local name="$1" dir="$2"
  shift 2
  local tap="$log_dir/$name.tap" status
  rm -f "$tap"
  node --test "$@" --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$dir"
  status=$?
  if [ ! -s "$tap" ]; then
    echo "$name: node --test wrote no TAP summary" >&2
    return 1
  fi
  local tests pass fail cancelled skipped todo
  field() { awk -v k="$1" '$1 == "#" && $2 == k && NF == 3 { v = $3 } END { print v + 0 }' "$tap"; }
  tests="$(field tests)" pass="$(field pass)" fail="$(field fail)"
  cancelled="$(field cancelled)" skipped="$(field skipped)" todo="$(field todo)"
  echo "$pass" >"$log_dir/$name.count"
  echo "$name: $tests tests, $pass passed, $fail failed, $cancelled cancelled, $skipped skipped, $todo todo"
  if [ "$fail" -gt 0 ] || [ "$cancelled" -gt 0 ] || [ "$skipped" -gt 0 ] || [ "$todo" -gt 0 ]; then
    echo "$name: every test must run and pass (failed, cancelled, skipped or todo tests above)" >&2
    return 1
  fi
  if [ "$pass" -eq 0 ] || [ "$pass" -ne "$tests" ]; then
    echo "$name: $pass of $tests tests passed" >&2
    return 1
  fi
  return "$status"
}

if ! run_suite setup bash tools/setup.sh; then
  echo "setup failed; the remaining suites would only fail for the same reason" >&2
  printf '\n%d suites passed, %d failed (failed: %s); 0 tests passed\n' "$passed" "$failed" "${failures[*]}"
  exit 1
fi

run_suite rust rust_tests
lint() {
  cargo fmt --check &&
    cargo clippy --locked --all-targets -- -D warnings &&
    cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy --locked --lib --features studio --target wasm32-unknown-unknown -- -D warnings &&
    cargo clippy --locked --lib --no-default-features --target wasm32-unknown-unknown -- -D warnings
}
run_suite lint lint
# A brief's map outline is generated from world-atlas by tools/make-map.mjs; every brief with a `map`
# must carry what it generates.
map_outlines() {
  local brief status=0 checked=0
  for brief in briefs/*.json; do
    # Without a `map` there is nothing to check; a file that is not JSON goes to make-map, which says so.
    node -e 'try { process.exit("map" in JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")) ? 0 : 1) } catch {}' \
      "$brief" || continue
    checked=$((checked + 1))
    node tools/make-map.mjs "$brief" --check || status=1
  done
  echo "assets: $checked brief(s) with a map checked"
  # Brief Studio's .docx and .pdf readers are mammoth's and pdf.js's own files, copied from the devDependencies.
  node tools/vendor-studio.mjs --check || status=1
  return "$status"
}
run_suite assets map_outlines
run_suite wasm-build bash tools/build-wasm.sh
if [ -f pkg/brief_insights_bg.wasm ] && [[ " ${failures[*]} " != *" wasm-build "* ]]; then
  run_suite wasm-test wasm_api_tests
  run_suite node node_suite node tests/node/
  run_suite browser node_suite browser tests/browser/ --test-concurrency=1
  run_suite package node_suite package tests/package/
else
  skip_suite wasm-test "the package did not build"
  skip_suite node "the package did not build"
  skip_suite browser "the package did not build"
  skip_suite package "the package did not build"
fi

# The last line: suites passed and failed, and the tests that really ran and passed, per suite.
per_suite=""
for name in rust wasm-test node browser package; do
  per_suite+="${per_suite:+, }$name ${ran_in[$name]:-0}"
done
if [ "$failed" -gt 0 ]; then
  printf '\n%d suites passed, %d failed (failed: %s); %d tests passed (%s)\n' \
    "$passed" "$failed" "${failures[*]}" "$total_ran" "$per_suite"
  exit 1
fi
printf '\n%d suites passed, 0 failed; %d tests passed (%s)\n' "$passed" "$total_ran" "$per_suite"
