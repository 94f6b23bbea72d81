#!/usr/bin/env bash
# Repeatable profile of the native parse and clustering paths with valgrind's callgrind:
# instruction counts do not depend on how busy the machine is, so they compare across runs.
#
#   bench/profile.sh [NATIVE_BUILD_DIR]     (default build/native; run bench/run.sh once first
#                                            so the corpus exists in build/bench-corpus)
# Prints instructions per feed byte for feedview and for the raw pugixml load, and the top
# functions of each profile; the profiles stay in build/bench-profile/ for callgrind_annotate
# or kcachegrind.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=${1:-build/native}/bench/fv_bench
corpus=build/bench-corpus
out=build/bench-profile
mkdir -p "$out"
[[ -f $corpus/manifest.txt ]] || /usr/bin/python3 bench/corpus/make_corpus.py "$corpus" >&2
bytes=$(awk -F'\t' '{n += $2} END {print n}' "$corpus/manifest.txt")

instructions() {  # callgrind output file → total instructions
  callgrind_annotate "$1" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}'
}
# "throughput … 0" = one warm-up pass + one timed pass: two passes over the corpus.
for which in feedview raw; do
  valgrind --tool=callgrind --callgrind-out-file="$out/cg.$which.out" \
    "$bench" throughput "$corpus" "$which" 0 >/dev/null 2>"$out/cg.$which.log"
  ir=$(instructions "$out/cg.$which.out")
  awk -v ir="$ir" -v b="$bytes" -v w="$which" \
    'BEGIN {printf "%-9s %6.1f instructions per feed byte\n", w, ir / (2 * b)}'
done
echo
echo "Top functions, feedview (self instructions):"
callgrind_annotate "$out/cg.feedview.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | head -n 15 |
  sed -E 's/std::basic_string_view<char, std::char_traits<char> >/string_view/g;
          s/std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >/string/g;
          s/ \[[^]]*\]$//' | cut -c1-150

head -n 10001 "$corpus/headlines-50k.tsv" >"$out/headlines-10k.tsv"
valgrind --tool=callgrind --callgrind-out-file="$out/cg.stories.out" \
  "$bench" stories "$out/headlines-10k.tsv" >/dev/null 2>"$out/cg.stories.log"
echo
echo "Stories, 10,000 headlines: $(instructions "$out/cg.stories.out") instructions in all; inclusive top:"
callgrind_annotate --inclusive=yes "$out/cg.stories.out" 2>/dev/null | grep -E "StoryIndex::|keywords::|utf8proc_map|minhash" |
  head -8 | sed -E 's/\(std::basic_string_view[^)]*\)|\([^)]*\)//g; s/ \[[^]]*\]$//' | cut -c1-120
