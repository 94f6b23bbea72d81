#!/usr/bin/env bash
# feedview's benchmark: one command, one table. Builds what it needs, writes the corpus, runs
# every parser interleaved round by round on the same bytes, then memory, stories and browser
# figures, and prints the Markdown table (bench/report.py).
#
#   bench/run.sh [--rounds N] [--min-seconds S] [--no-browser] [--no-wasm]
#
# Uses build/native and build/wasm (the presets `./dev bench` builds); override with
# FV_BENCH_NATIVE_DIR / FV_BENCH_WASM_DIR. Raw results: build/bench-results/<time>.jsonl.
# On a shared or loaded machine run it under `nice` and expect noisy min–max ranges.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rounds=5
min_seconds=1
browser=1
wasm=1
while (($#)); do
  case $1 in
    --rounds) rounds=$2; shift 2 ;;
    --min-seconds) min_seconds=$2; shift 2 ;;
    --no-browser) browser=0; shift ;;
    --no-wasm) wasm=0; shift ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

native_dir=${FV_BENCH_NATIVE_DIR:-$root/build/native}
wasm_dir=${FV_BENCH_WASM_DIR:-$root/build/wasm}
corpus=$root/build/bench-corpus
results_dir=$root/build/bench-results
mkdir -p "$results_dir"
out=$results_dir/$(date +%Y%m%d-%H%M%S).jsonl
: >"$out"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
py=/usr/bin/python3
node_wasm=(node --no-experimental-fetch --stack-size=4000)

log() { echo "bench: $*" >&2; }

# --- build fv_bench (only that target) where it is missing
build_bench() {  # dir, targets (comma-separated), configure command...
  local dir=$1 targets=$2 log=$results_dir/build.log; shift 2
  if ! { [[ -f $dir/CMakeCache.txt ]] || "$@"; } >"$log" 2>&1 ||
     ! cmake --build "$dir" --target ${targets//,/ } -j 2 >>"$log" 2>&1; then
    cat "$log" >&2
    log "building $targets in $dir failed"
    exit 1
  fi
}
# The browser figures also need the `feedview` server and the web app (feedview_web).
log "building what the bench needs (up to date builds take seconds)"
native_targets=fv_bench wasm_targets=fv_bench
((browser)) && native_targets+=,feedview && wasm_targets+=,feedview_web
build_bench "$native_dir" "$native_targets" cmake -S "$root" -B "$native_dir" -DCMAKE_BUILD_TYPE=Release
native_bench=$native_dir/bench/fv_bench
if ((wasm)); then
  build_bench "$wasm_dir" "$wasm_targets" emcmake cmake -S "$root" -B "$wasm_dir" -DCMAKE_BUILD_TYPE=Release
  wasm_bench=$wasm_dir/bench/fv_bench.js
fi

# --- corpus (deterministic; regenerated when the generator changes)
if [[ ! -f $corpus/manifest.txt || bench/corpus/make_corpus.py -nt $corpus/manifest.txt ]]; then
  log "writing the corpus"
  $py bench/corpus/make_corpus.py "$corpus" >&2
fi

# --- 1. parse throughput: every runner once per round, the order rotating each round
runners=(feedview-native raw-native rss-parser fast-xml-parser feedparser)
((wasm)) && runners+=(feedview-wasm raw-wasm)
run_one() {
  case $1 in
    feedview-native) "$native_bench" throughput "$corpus" feedview "$min_seconds" ;;
    raw-native) "$native_bench" throughput "$corpus" raw "$min_seconds" ;;
    feedview-wasm) "${node_wasm[@]}" "$wasm_bench" throughput "$corpus" feedview "$min_seconds" ;;
    raw-wasm) "${node_wasm[@]}" "$wasm_bench" throughput "$corpus" raw "$min_seconds" ;;
    rss-parser) node bench/peers/rss-parser.mjs "$corpus" "$min_seconds" ;;
    fast-xml-parser) node bench/peers/fast-xml-parser.mjs "$corpus" "$min_seconds" ;;
    feedparser) $py bench/peers/feedparser_peer.py "$corpus" "$min_seconds" ;;
  esac
}
n=${#runners[@]}
for ((r = 0; r < rounds; r++)); do
  log "throughput round $((r + 1))/$rounds"
  for ((i = 0; i < n; i++)); do
    run_one "${runners[(i + r) % n]}" >>"$out"
  done
done

# --- 2. memory (fresh processes, so maxrss starts from the corpus alone)
log "memory"
"$native_bench" memory "$corpus" >>"$out"
((wasm)) && "${node_wasm[@]}" "$wasm_bench" memory "$corpus" >>"$out"

# --- 3. stories: 50,000 headlines
log "stories"
for ((r = 0; r < 3; r++)); do
  "$native_bench" stories "$corpus/headlines-50k.tsv" >>"$out"
  ((wasm)) && "${node_wasm[@]}" "$wasm_bench" stories "$corpus/headlines-50k.tsv" >>"$out"
done
# the tokenizer behind clustering, with and without its ASCII fast path
"$native_bench" words "$corpus/headlines-50k.tsv" >>"$out"
((wasm)) && "${node_wasm[@]}" "$wasm_bench" words "$corpus/headlines-50k.tsv" >>"$out"

# --- 3b. 50 feeds arriving one by one: headline rows rebuilt per arrival vs merged per feed
log "arrivals"
"$native_bench" arrivals "$corpus" >>"$out"
((wasm)) && "${node_wasm[@]}" "$wasm_bench" arrivals "$corpus" >>"$out"

# --- 4. browser (needs the Wasm app in build/wasm/web and Debian's chromium)
if ((browser)); then
  if [[ -f $wasm_dir/web/index.html && -x /usr/bin/chromium && -x $native_dir/feedview ]]; then
    log "browser"
    node bench/browser/browser_bench.mjs --feedview "$native_dir/feedview" --web "$wasm_dir/web" \
      --corpus "$corpus" --rounds 3 >>"$out" || log "browser bench failed (see above)"
  else
    log "browser figures skipped: need $wasm_dir/web/index.html, /usr/bin/chromium, $native_dir/feedview"
  fi
fi

printf '{"bench":"machine","loadavg":"%s"}\n' "$(cat /proc/loadavg)" >>"$out"
log "raw results: $out"
$py bench/report.py "$out"
