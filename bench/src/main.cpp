// fv_bench: the C++ side of bench/run.sh, built natively and to Wasm (run under node with
// NODERAWFS). Each subcommand prints JSON lines that bench/report.py turns into the table.
//
//   fv_bench throughput CORPUS_DIR feedview|raw MIN_SECONDS
//       one round: a warm-up pass, then whole passes over the corpus until MIN_SECONDS passed
//   fv_bench memory CORPUS_DIR
//       heap held by the model per item vs the item's share of feed bytes; peak while parsing
//       the Google-News-style file (counting allocator; plus maxrss delta natively)
//   fv_bench stories HEADLINES_TSV
//       StoryIndex clustering time for the labelled headlines, with pairwise precision/recall
//   fv_bench arrivals CORPUS_DIR
//       the headline rows kept up to date while 50 feeds arrive one by one: every row rebuilt
//       per arrival (the path before) against per-feed rows merged in (core/view/headline_rows),
//       with the items' text keys folded in the call or beforehand (as the page does, a hand-over
//       part at a time)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <string>
#include <vector>

#ifndef __EMSCRIPTEN__
#include <sys/resource.h>
#endif

#include "core/keywords/words.h"
#include "core/parse.h"
#include "core/stories/evaluation.h"
#include "core/stories/story_index.h"
#include "core/view/headline_rows.h"
#include "corpus_files.h"
#include "counting_allocator.h"
#include "raw_load.h"

namespace {

using Clock = std::chrono::steady_clock;
using fv::bench::CorpusFile;

#ifdef __EMSCRIPTEN__
constexpr const char* kBuild = "wasm";
#else
constexpr const char* kBuild = "native";
#endif

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::size_t total_bytes(const std::vector<CorpusFile>& files) {
  std::size_t n = 0;
  for (const auto& f : files) n += f.bytes.size();
  return n;
}

// One pass of the chosen parser over every file; returns items (feedview) or a checksum (raw).
std::size_t pass(const std::vector<CorpusFile>& files, bool feedview) {
  std::size_t sum = 0;
  for (const auto& f : files) {
    if (feedview) {
      fv::ParseResult r = fv::parse_feed(f.bytes);
      sum += r.ok ? r.feed.items.size() : 0;
    } else {
      sum += f.json() ? fv::bench::raw_load_and_walk_json(f.bytes)
                      : fv::bench::raw_load_and_walk_xml(f.bytes);
    }
  }
  return sum;
}

int throughput(const std::string& dir, const std::string& which, double min_seconds) {
  std::vector<CorpusFile> files;
  std::string error;
  if (!fv::bench::load_corpus(dir, files, error)) {
    std::fprintf(stderr, "fv_bench: %s\n", error.c_str());
    return 1;
  }
  bool feedview = which == "feedview";
  std::size_t check = pass(files, feedview);  // warm-up: caches, allocator, Wasm tier-up
  int passes = 0;
  auto t0 = Clock::now();
  double elapsed = 0;
  do {
    check += pass(files, feedview);
    ++passes;
    elapsed = seconds_since(t0);
  } while (elapsed < min_seconds);
  double bytes = double(total_bytes(files)) * passes;
  std::printf("{\"bench\":\"throughput\",\"runner\":\"%s-%s\",\"files\":%zu,\"bytes\":%.0f,"
              "\"passes\":%d,\"seconds\":%.6f,\"mbps\":%.3f,\"check\":%zu}\n",
              feedview ? "feedview" : "raw", kBuild, files.size(), bytes, passes, elapsed,
              bytes / elapsed / 1e6, check);
  return 0;
}

// Where the held bytes go: heap bytes of each Item field, summed over `items` (string capacity
// beyond the small-string buffer, vector storage). Printed as a JSON object.
std::string field_bytes_json(const std::vector<fv::Item>& items) {
  auto str = [](const std::string& s) {  // nothing on the heap while the text fits inline (SSO)
    const auto* self = reinterpret_cast<const char*>(&s);
    const bool inline_text = s.data() >= self && s.data() < self + sizeof s;
    return inline_text ? std::size_t(0) : s.capacity() + 1;
  };
  auto person = [&](const fv::Person& p) { return str(p.name) + str(p.email) + str(p.uri); };
  std::size_t id = 0, title = 0, link = 0, summary = 0, content = 0, text = 0, related = 0, other = 0;
  for (const fv::Item& it : items) {
    id += str(it.id);
    title += str(it.title);
    link += str(it.link);
    summary += str(it.summary);
    content += str(it.content);
    text += str(it.text);
    related += it.related.capacity() * sizeof(fv::Related);
    for (const auto& r : it.related) related += str(r.title) + str(r.link) + str(r.source);
    other += person(it.author) + it.authors.capacity() * sizeof(fv::Person) + str(it.image) +
             str(it.comments) + str(it.language) + str(it.source.title) + str(it.source.url) +
             it.categories.capacity() * sizeof(std::string) +
             it.enclosures.capacity() * sizeof(fv::Enclosure);
    for (const auto& p : it.authors) other += person(p);
    for (const auto& c : it.categories) other += str(c);
    for (const auto& e : it.enclosures) other += str(e.url) + str(e.type);
  }
  char buf[400];
  std::snprintf(buf, sizeof buf,
                "{\"Item structs\":%zu,\"id\":%zu,\"title\":%zu,\"link\":%zu,\"summary\":%zu,"
                "\"content\":%zu,\"text\":%zu,\"related\":%zu,\"other\":%zu}",
                items.size() * sizeof(fv::Item), id, title, link, summary, content, text,
                related, other);
  return buf;
}

long maxrss_kb() {
#ifdef __EMSCRIPTEN__
  return -1;
#else
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
#endif
}

int memory(const std::string& dir) {
  namespace heap = fv::bench::heap;
  heap::install_for_pugixml();
  std::vector<CorpusFile> files;
  std::string error;
  if (!fv::bench::load_corpus(dir, files, error)) {
    std::fprintf(stderr, "fv_bench: %s\n", error.c_str());
    return 1;
  }
  // The big file first, while this process's maxrss is still only the corpus bytes.
  auto big = std::max_element(files.begin(), files.end(), [](const auto& a, const auto& b) {
    return a.bytes.size() < b.bytes.size();
  });
  {
    long rss0 = maxrss_kb();
    std::size_t live0 = heap::live_bytes();
    heap::reset_peak();
    fv::ParseResult r = fv::parse_feed(big->bytes);
    std::size_t held = heap::live_bytes() - live0 + sizeof r;
    std::size_t peak = heap::peak_bytes() - live0;
    long rss1 = maxrss_kb();
    std::printf("{\"bench\":\"memory-big\",\"runner\":\"feedview-%s\",\"file\":\"%s\",\"bytes\":%zu,"
                "\"items\":%zu,\"held\":%zu,\"peak_heap\":%zu,\"maxrss_delta_kb\":%ld,\"fields\":%s}\n",
                kBuild, big->name.c_str(), big->bytes.size(), r.feed.items.size(), held, peak,
                rss0 < 0 ? -1L : rss1 - rss0, field_bytes_json(r.feed.items).c_str());
  }
  std::size_t bytes = 0, held = 0;
  std::vector<fv::Item> all;  // the field breakdown, over every feed's items
  for (const auto& f : files) {
    if (&f == &*big) continue;
    std::size_t live0 = heap::live_bytes();
    fv::ParseResult r = fv::parse_feed(f.bytes);
    held += heap::live_bytes() - live0 + sizeof r;
    bytes += f.bytes.size();
    for (auto& it : r.feed.items) all.push_back(std::move(it));
  }
  std::printf("{\"bench\":\"memory-feeds\",\"runner\":\"feedview-%s\",\"files\":%zu,\"bytes\":%zu,"
              "\"items\":%zu,\"held\":%zu,\"fields\":%s}\n",
              kBuild, files.size() - 1, bytes, all.size(), held, field_bytes_json(all).c_str());
  return 0;
}

int stories(const std::string& tsv_path) {
  std::string tsv, error;
  std::vector<fv::stories::LabelledHeadline> set;
  if (!fv::bench::read_file(tsv_path, tsv) || !fv::stories::parse_labelled_headlines(tsv, set, error)) {
    std::fprintf(stderr, "fv_bench: cannot read headlines %s %s\n", tsv_path.c_str(), error.c_str());
    return 1;
  }
  // Items are built before the clock starts: the bench times clustering, not the test harness.
  std::vector<std::size_t> order(set.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return set[a].time.value_or(0) < set[b].time.value_or(0);
  });
  std::vector<fv::Item> items(set.size());
  for (std::size_t i = 0; i < set.size(); ++i) {
    items[i].id = "h-" + std::to_string(i);
    items[i].title = set[i].headline;
    items[i].published = set[i].time;
    items[i].language = set[i].language;
    items[i].source.title = set[i].source;
  }
  fv::stories::StoryIndex index;
  std::vector<fv::stories::EntryId> entry_of(set.size());
  auto t0 = Clock::now();
  for (std::size_t i : order) entry_of[i] = index.add(set[i].source, items[i], set[i].language);
  double add_seconds = seconds_since(t0);
  auto t1 = Clock::now();
  std::vector<fv::stories::Story> all = index.stories();
  double list_seconds = seconds_since(t1);

  std::vector<std::string> truth, language;
  std::vector<std::size_t> predicted;
  for (std::size_t i = 0; i < set.size(); ++i) {
    truth.push_back(set[i].group);
    language.push_back(set[i].language);
    predicted.push_back(index.story_key(entry_of[i]));
  }
  fv::stories::PairScores s = fv::stories::score_pairs(truth, language, predicted);
  std::printf("{\"bench\":\"stories\",\"runner\":\"feedview-%s\",\"headlines\":%zu,\"stories\":%zu,"
              "\"add_seconds\":%.6f,\"list_seconds\":%.6f,\"precision\":%.4f,\"recall\":%.4f}\n",
              kBuild, set.size(), all.size(), add_seconds, list_seconds, s.precision, s.recall);
  return 0;
}

// keywords::split_words over the same headlines, with its ASCII fast path and through utf8proc
// only (the path before the fast path): the tokenizer is the largest part of clustering.
int words(const std::string& tsv_path) {
  std::string tsv, error;
  std::vector<fv::stories::LabelledHeadline> set;
  if (!fv::bench::read_file(tsv_path, tsv) || !fv::stories::parse_labelled_headlines(tsv, set, error)) {
    std::fprintf(stderr, "fv_bench: cannot read headlines %s %s\n", tsv_path.c_str(), error.c_str());
    return 1;
  }
  for (const bool fast : {false, true, false, true}) {  // interleaved: load changes hit both
    std::size_t count = 0;
    auto t0 = Clock::now();
    for (const auto& h : set)
      count += (fast ? fv::keywords::split_words(h.headline)
                     : fv::keywords::split_words_unicode_only(h.headline)).size();
    const double s = seconds_since(t0);
    std::printf("{\"bench\":\"words\",\"runner\":\"feedview-%s\",\"path\":\"%s\",\"headlines\":%zu,"
                "\"words\":%zu,\"seconds\":%.6f}\n",
                kBuild, fast ? "ascii-fast-path" : "utf8proc-only", set.size(), count, s);
  }
  return 0;
}

// 50 feeds of the corpus arrive one by one; after each arrival the dashboard needs its sorted
// headline rows with search keys. "rebuild" is the path before (every row and key built again,
// App::rebuild_headlines → collect_headlines), "per-feed" the arriving feed's rows merged in.
int arrivals(const std::string& dir) {
  std::vector<CorpusFile> files;
  std::string error;
  if (!fv::bench::load_corpus(dir, files, error)) {
    std::fprintf(stderr, "fv_bench: %s\n", error.c_str());
    return 1;
  }
  constexpr std::size_t kFeeds = 50;
  std::vector<fv::Feed> feeds;
  for (const auto& f : files) {
    if (feeds.size() == kFeeds) break;
    fv::ParseResult r = fv::parse_feed(f.bytes);
    if (r.ok) feeds.push_back(std::move(r.feed));
  }
  std::size_t items = 0;
  // What the page has folded, a hand-over part at a time, by the time a feed is listed.
  std::vector<std::vector<std::string>> text_keys(feeds.size());
  for (std::size_t k = 0; k < feeds.size(); ++k) {
    items += feeds[k].items.size();
    for (const fv::Item& it : feeds[k].items) text_keys[k].push_back(fv::view::text_search_key(it));
  }
  static const char* const kPaths[] = {"rebuild", "per-feed", "per-feed-prefolded"};
  for (int round = 0; round < 6; ++round) {  // interleaved: load changes hit every path
    const char* path = kPaths[round % 3];
    const bool per_feed = round % 3 != 0, prefolded = round % 3 == 2;
    std::vector<fv::view::RowsSource> slots(feeds.size());
    std::vector<fv::view::Headline> rows;
    fv::view::HeadlineRows tracker;
    std::size_t keys = 0;
    double total = 0, longest = 0;
    for (std::size_t k = 0; k < feeds.size(); ++k) {
      slots[k] = {&feeds[k], feeds[k].title, prefolded ? &text_keys[k] : nullptr};
      auto t0 = Clock::now();
      if (per_feed) {
        tracker.update(rows, slots);
      } else {
        rows = fv::view::all_headlines(slots);
        keys += rows.size();
      }
      const double s = seconds_since(t0);
      total += s;
      longest = std::max(longest, s);
    }
    if (per_feed) keys = tracker.items_built();
    std::printf("{\"bench\":\"arrivals\",\"runner\":\"feedview-%s\",\"path\":\"%s\",\"feeds\":%zu,"
                "\"items\":%zu,\"rows\":%zu,\"keys\":%zu,\"seconds\":%.6f,\"longest\":%.6f}\n",
                kBuild, path, feeds.size(), items, rows.size(), keys,
                total, longest);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> a(argv + 1, argv + argc);
  if (a.size() == 4 && a[0] == "throughput" && (a[2] == "feedview" || a[2] == "raw"))
    return throughput(a[1], a[2], std::atof(a[3].c_str()));
  if (a.size() == 2 && a[0] == "memory") return memory(a[1]);
  if (a.size() == 2 && a[0] == "stories") return stories(a[1]);
  if (a.size() == 2 && a[0] == "words") return words(a[1]);
  if (a.size() == 2 && a[0] == "arrivals") return arrivals(a[1]);
  std::fprintf(stderr,
               "usage: fv_bench throughput CORPUS_DIR feedview|raw MIN_SECONDS\n"
               "       fv_bench memory CORPUS_DIR\n"
               "       fv_bench stories HEADLINES_TSV\n"
               "       fv_bench words HEADLINES_TSV\n"
               "       fv_bench arrivals CORPUS_DIR\n");
  return 2;
}
