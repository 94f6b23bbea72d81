#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake preset "fuzz": clang 14, ASan + UBSan) and runs each one
# for a while, one at a time, at the lowest priority. Seeds come from tests/fixtures/**,
# assets/feeds/, fuzz/seeds/*.txt (one seed per line, printf %b escapes: \n, \t, \xHH) and
# fuzz/regressions/<target>/ (inputs that once broke something).
#
#   scripts/fuzz.sh --smoke            8 s per target on the seeds alone (part of the test command)
#   scripts/fuzz.sh --seconds 600      long run; the corpus grows in build/fuzz/corpus/<target>
#   scripts/fuzz.sh --target fuzz_url --seconds 60 --no-build
#   scripts/fuzz.sh --seconds 600 --keep-going   fork mode: carry on past crashes (collects all)
#
# Per target one line "fuzz <target>: ok|FAILED …" with runs, exec/s, coverage; figures also go
# to build/fuzz/stats/<target>.txt. Ends with "# pass N" / "# fail N" (what scripts/run-tests.sh
# counts) and "fuzz: N passed, N failed". Crash inputs land in build/fuzz/artifacts/<target>/.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/build/fuzz

seconds=10 smoke=0 build=1 keep_going=0 only=()
while (($#)); do
  case $1 in
    --smoke) smoke=1 seconds=8 ;;
    --seconds) seconds=$2; shift ;;
    --target) only+=("$2"); shift ;;
    --no-build) build=0 ;;
    --keep-going) keep_going=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "fuzz.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

# target  dictionary  max_len  seed kinds (feeds html dates urls opml)
targets=(
  "fuzz_parse_feed      feed.dict  65536  feeds"
  "fuzz_opml            xml.dict   65536  opml"
  "fuzz_html_to_text    html.dict  16384  html"
  "fuzz_sanitize_html   html.dict  16384  html"
  "fuzz_parse_date      dates.dict 128    dates"
  "fuzz_to_utf8         xml.dict   16384  feeds-charset"
  "fuzz_url             url.dict   1024   urls"
  "fuzz_markdown_export feed.dict  65536  feeds"
  "fuzz_handover        feed.dict  65536  feeds"
)

if ((build)); then
  echo "== fuzz: building (preset fuzz, log build/fuzz/build.log)"
  mkdir -p "$out"
  if ! { cmake --preset fuzz && nice -n 19 cmake --build --preset fuzz; } >"$out/build.log" 2>&1; then
    tail -n 40 "$out/build.log"
    echo "# pass 0"; echo "# fail 1"; echo "fuzz: 0 passed, 1 failed (build)"
    exit 1
  fi
fi

# Writes one file per seed for `kind` into directory $2.
seed() { # kind dir
  local kind=$1 dir=$2 n=0 f line
  case $kind in
    feeds|feeds-charset)
      while IFS= read -r -d '' f; do
        n=$((n + 1))
        if [[ $kind == feeds-charset ]]; then
          # The first byte picks the HTTP charset; 0 = none.
          { printf '\0'; head -c 16384 "$f"; } >"$dir/seed-$n"
        else
          cp "$f" "$dir/seed-$n"
        fi
      done < <(find tests/fixtures assets/feeds -type f \( -name '*.xml' -o -name '*.rss' \
                 -o -name '*.atom' -o -name '*.rdf' -o -name '*.json' -o -name '*.txt' \) \
                 -size -256k -print0 2>/dev/null)
      ;;
    opml)
      while IFS= read -r -d '' f; do n=$((n + 1)); cp "$f" "$dir/seed-$n"; done \
        < <(find tests/fixtures -type f -name '*.opml' -print0 2>/dev/null)
      ;;
    html|dates|urls)
      if [[ $kind == html ]]; then
        while IFS= read -r -d '' f; do n=$((n + 1)); cp "$f" "$dir/seed-$n"; done \
          < <(find tests/fixtures -type f -name '*.html' -size -64k -print0 2>/dev/null)
      fi
      while IFS= read -r line; do
        n=$((n + 1)); printf '%b' "$line" >"$dir/line-$n"
      done <"fuzz/seeds/$kind.txt"
      ;;
  esac
}

passed=0 failed=0 failing=()
mkdir -p "$out/stats" "$out/logs"
for spec in "${targets[@]}"; do
  read -r name dict max_len kind <<<"$spec"
  if ((${#only[@]})) && [[ " ${only[*]} " != *" $name "* ]]; then continue; fi
  bin=$out/fuzz/$name
  if [[ ! -x $bin ]]; then
    echo "fuzz $name: FAILED (not built: $bin)"
    failed=$((failed + 1)) failing+=("$name"); continue
  fi
  if ((smoke)); then
    corpus=$out/smoke-corpus/$name
    rm -rf "$corpus"
  else
    corpus=$out/corpus/$name
  fi
  artifacts=$out/artifacts/$name
  mkdir -p "$corpus" "$artifacts"
  seed "$kind" "$corpus"
  [[ -d fuzz/regressions/$name ]] && cp fuzz/regressions/$name/* "$corpus/" 2>/dev/null
  log=$out/logs/$name.log
  start=$(date +%s)
  before=$(ls "$artifacts" | wc -l)
  mode=()
  ((keep_going)) && mode=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    nice -n 19 "$bin" "$corpus" -dict="fuzz/dict/$dict" -max_len="$max_len" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" "${mode[@]}" $( ((smoke)) && echo -seed=1 ) >"$log" 2>&1
  rc=$?
  found=$(($(ls "$artifacts" | wc -l) - before))
  ((found > 0 && rc == 0)) && rc=1  # fork mode exits 0 after ignoring crashes
  took=$(($(date +%s) - start))
  runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -n 1)
  speed=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log" | tail -n 1)
  if ((keep_going)); then  # fork mode: "#N: cov: … exec/s: E …" progress lines
    runs=$(sed -nE 's/^#([0-9]+): cov:.*/\1/p' "$log" | tail -n 1)
    speed=$(sed -nE 's/^#[0-9]+: cov:.* exec\/s:? ([0-9]+).*/\1/p' "$log" | tail -n 1)
  fi
  rss=$(sed -nE 's/^stat::peak_rss_mb: *([0-9]+)/\1/p' "$log" | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -n 1)
  figures="${took}s, ${runs:-?} runs, ${speed:-?} exec/s, ${cov:-no coverage line}, peak ${rss:-?} MB, $found new artifacts"
  printf '%s\n' "target=$name seconds=$took runs=${runs:-} exec_per_sec=${speed:-} $cov peak_rss_mb=${rss:-} new_artifacts=$found rc=$rc" \
    >"$out/stats/$name.txt"
  if ((rc == 0)); then
    echo "fuzz $name: ok ($figures)"
    passed=$((passed + 1))
  else
    echo "fuzz $name: FAILED, exit $rc ($figures); log $log"
    grep -E 'ERROR: |\*\*\* |SUMMARY|Test unit written|^ +#[0-9]+ .* in (fv::|LLVMFuzzerTestOneInput)' "$log" | head -n 25 | sed 's/^/    /'
    failed=$((failed + 1)) failing+=("$name")
  fi
done

((${#failing[@]} == 0)) || echo "failing: ${failing[*]}"
echo "# pass $passed"
echo "# fail $failed"
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
