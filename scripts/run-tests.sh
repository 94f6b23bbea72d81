#!/usr/bin/env bash
# Builds everything and runs every test: native unit tests, the same unit tests under
# AddressSanitizer+UBSan, the same unit tests as Wasm under node, the CLI as a process, and the
# app in Chromium. Called by `./dev test` (after set-up) and so by .ci/run.
# Ends with one line "tests: N passed, N failed" summing every suite.
#   FV_SKIP_ASAN=1   skip the sanitizer build (quicker local runs)
#   FV_SKIP_FUZZ=1   skip the libFuzzer smoke run (every target a few seconds on its seeds)
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
jobs=$(nproc 2>/dev/null || echo 2)
logs=build/test-logs
mkdir -p "$logs"

passed=0 failed=0 broken=()

# Adds a suite's counts from its log: ctest's "… tests failed out of N", Catch2's summary, or
# node's "# pass/# fail".
count() { # name log exit-code
  local name=$1 log=$2 rc=$3 p=0 f=0 line
  if line=$(grep -aE 'tests? failed out of [0-9]+' "$log" | tail -n 1) && [[ -n $line ]]; then
    local total fails  # ctest
    total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")
    fails=$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")
    p=$((total - fails)) f=$fails
  elif line=$(grep -aE 'All tests passed \(.* in [0-9]+ test cases?\)' "$log" | tail -n 1) && [[ -n $line ]]; then
    p=$(sed -E 's/.* in ([0-9]+) test cases?\).*/\1/' <<<"$line")  # Catch2, all passed
  elif line=$(grep -aE '^test cases: +[0-9]+ \| +[0-9]+ passed \| +[0-9]+ failed' "$log" | tail -n 1) && [[ -n $line ]]; then
    p=$(sed -E 's/.*\| +([0-9]+) passed.*/\1/' <<<"$line")  # Catch2, some failed
    f=$(sed -E 's/.*\| +([0-9]+) failed.*/\1/' <<<"$line")
  elif grep -qE '^# (pass|fail) [0-9]+' "$log"; then
    p=$(grep -E '^# pass [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+' "$log" | tail -n 1 | awk '{print $3}')
  fi
  if [[ $rc != 0 && $f == 0 ]]; then f=1; fi  # a suite that crashed or could not build
  passed=$((passed + p)) failed=$((failed + f))
  ((f == 0)) || broken+=("$name")
  echo "== $name: $p passed, $f failed"
}

run_suite() { # name command...
  local name=$1; shift
  local log="$logs/${name// /-}.log"
  echo "== $name"
  "$@" 2>&1 | tee "$log"
  count "$name" "$log" "${PIPESTATUS[0]}"
}

build() { # name command...
  local name=$1; shift
  local log="$logs/build-${name}.log"
  echo "== build $name"
  if ! "$@" >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "== build $name FAILED (full log: $log)"
    failed=$((failed + 1)) broken+=("build $name")
    return 1
  fi
}

wasm_ok=0 native_ok=0
build wasm bash -c "emcmake cmake --preset wasm && cmake --build --preset wasm -j $jobs" && wasm_ok=1
build native bash -c "cmake --preset native && cmake --build --preset native -j $jobs" && native_ok=1

if ((native_ok)); then
  run_suite "native unit" ctest --preset native -j "$jobs"
  run_suite "cli" node --test tests/cli/
  run_suite "web modules" node --test tests/web/
fi
if ((wasm_ok)); then
  # The Catch2 runner itself (what ctest --preset wasm runs), so each test case is counted.
  run_suite "wasm unit" node --no-experimental-fetch --stack-size=4000 build/wasm/tests/feedview_tests.js --use-colour no
fi
if ((wasm_ok && native_ok)); then
  FV_FEEDVIEW_BIN=$PWD/build/native/feedview FV_WEB_ROOT=$PWD/build/wasm/web \
    run_suite "browser" node --test tests/browser/
fi
if [[ ${FV_SKIP_ASAN:-0} != 1 ]]; then
  if build asan bash -c "cmake --preset asan && cmake --build --preset asan -j $jobs --target feedview_tests feedview"; then
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      run_suite "asan unit" ctest --preset asan -j "$jobs"
  fi
fi

if [[ ${FV_SKIP_FUZZ:-0} != 1 ]]; then
  run_suite "fuzz smoke" scripts/fuzz.sh --smoke
fi

echo
((${#broken[@]} == 0)) || echo "failing: ${broken[*]}"
echo "tests: $passed passed, $failed failed"
((failed == 0))
