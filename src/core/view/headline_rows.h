// The headline list's rows, kept up to date feed by feed. A row is what the list shows of one
// item (title, source, link, time, thumbnail) plus its search key (core/search): folding a key
// is the expensive part of a row (~17 µs for an item with a long body), so a feed's rows and
// keys are built once, when that feed's items arrive, and merged into the sorted list — never
// rebuilt for the other feeds' items. 50 feeds arriving one by one cost O(items) key folds in
// all, not O(feeds × items) (bench: `fv_bench arrivals`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::view {

struct Headline {
  std::size_t feed = 0, item = 0;  // indices into the slots and their feed's items
  std::string title;               // shown title: the item title without a trailing " - Source"
  std::string source;              // item.source.title, else the feed's name
  std::string link;                // http(s) only, else empty
  std::optional<std::int64_t> time;  // published, else updated
  std::size_t sources = 1;            // outlets covering the story (app's StoryBook::annotate)
  std::string key;                   // what search matches: title, source, text (normalised)
  std::string image;                 // http(s) thumbnail URL, else empty
  std::size_t story = 0;             // equal for the headlines of one story (StoryBook)
  bool story_lead = false;           // leads its story
  std::size_t entry = std::size_t(-1);  // its stories::EntryId, if indexed
};

// The row as the visible list keeps it: every field but the search key. Only the full row set
// is searched; copying each key into the list doubled the keys' memory and copy time.
Headline listed_copy(const Headline& h);

// Google News (and others) append " - Source" to every title although the source is given
// separately; the row shows the source on its own line, so the suffix is dropped.
std::string title_without_source(const std::string& title, const std::string& source);

bool is_http_link(const std::string& url);

// The list's order: newest first, undated after dated; equal times keep feed order, then item
// order (a total order, so merging runs gives what one stable sort of every row gave).
bool listed_before(const Headline& a, const Headline& b);

// The search key of an item's text (its first 4 KB): the bulk of a row's key and of the time
// to build it, so the parse worker computes it off the main thread and hands it over with the
// item (core/handover/feed_wire.h).
std::string text_search_key(const Item& item);

// Folds the text keys of items[from, end) that have none yet (`keys` is resized to match):
// what the page does a hand-over part at a time when the parse worker sent no keys, so the
// folding is spread over the parts' tasks instead of one long task when the feed is listed.
void fill_text_keys(const std::vector<Item>& items, std::vector<std::string>& keys,
                    std::size_t from);

// A row's search key: its title, source and text folded (search::matching_key) — built from
// the text's key already folded, as the text's fold is what takes time. Equal to
// matching_key(title + "\n" + source + "\n" + text) (folding works code point by code point
// and a line break joins or separates nothing).
std::string row_search_key(std::string_view title, std::string_view source,
                           std::string_view text_key);

// One row per item of `feed` (slot `feed_index`), search keys built, in listed_before order.
// `feed_name` is the source shown for items that name none. `text_keys`, when it holds one key
// per item (text_search_key, e.g. from the parse worker), saves folding the items' text.
std::vector<Headline> feed_headlines(std::size_t feed_index, const Feed& feed,
                                     std::string_view feed_name,
                                     const std::vector<std::string>* text_keys = nullptr);

// A slot as the rows see it: its feed when its items are listed (nullptr when not: waiting,
// failed before any load, removed), its display name and its items' text keys if it has them.
struct RowsSource {
  const Feed* feed = nullptr;
  std::string_view name;
  const std::vector<std::string>* text_keys = nullptr;
};

// Every listed slot's rows from scratch: the path before HeadlineRows (kept for the bench and
// as the tests' reference).
std::vector<Headline> all_headlines(const std::vector<RowsSource>& slots);

// Keeps a sorted row vector in step with the slots, rebuilding only the slots that changed.
class HeadlineRows {
 public:
  // The items of slot `index` were replaced or edited in place: rebuild its rows next update.
  // (A replaced item vector, a listed/unlisted change or a new name are noticed without it.)
  void invalidate(std::size_t index);

  // Brings `rows` (sorted, built by earlier calls) in line with `slots`: the rows of changed
  // slots are dropped and their new rows merged in, O(rows) moves plus the changed slots' keys.
  // Returns whether any row changed. Rows that stay keep their fields (story annotations);
  // rows not in an indexed story get a unique `story` (see StoryBook).
  bool update(std::vector<Headline>& rows, const std::vector<RowsSource>& slots);

  // Key folds done by update() so far (one per item built): for tests and the bench.
  std::size_t items_built() const { return items_built_; }

 private:
  struct Built {
    bool listed = false;
    bool stale = false;
    const Item* items = nullptr;  // the item vector the rows were built from
    std::size_t count = 0;
    std::string name;
  };
  std::vector<Built> built_;
  std::size_t items_built_ = 0;
};

}  // namespace fv::view
