// Stories: one event covered by many sources, across all loaded feeds, built incrementally as
// feeds arrive. Items join a story for one of four reasons (strongest first):
//   Explicit        an aggregator listed them together (a Google News item's related coverage);
//   SameLink        links equal after url::normalize_for_identity (scheme, www., tracking
//                   parameters, fragment, trailing slash);
//   SameGuid        equal guids in different feeds;
//   SimilarHeadline near-duplicate headlines from different feeds within a time window; two
//                   headlines of the same outlet (in different feeds) only when nearly
//                   identical (similarity >= 0.8: the same article syndicated twice).
// Stories are the connected components of these links (union-find), so adding an item costs a
// few LSH bucket look-ups and never recomputes earlier items.
//
// Headline similarity: headlines become sets of term keys (keywords/words.h: case-folded,
// diacritics stripped, stop words of the headline's language removed, crude stem); candidates
// come from MinHash/LSH (minhash.h); each candidate's exact similarity is the IDF-weighted
// Jaccard of the two key sets — shared rare words (names, places, numbers) count more than shared
// common ones — with the IDF of the index so far. Pairs at or above `candidate_floor` are kept,
// so set_threshold() can move the threshold either way by relinking stored pairs, without
// rehashing anything.
//
// Usage (dashboard):
//   StoryIndex index;
//   for (item : feed.items) index.add(feed_url, item, feed.language);
//   for (const Story& s : index.stories()) … index.entry(s.lead).title …
//   Explanation e = index.explain(a, b);  // e.shared_terms: the words that joined a and b
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/model.h"
#include "core/stories/minhash.h"

namespace fv::stories {

using EntryId = std::size_t;

struct StoryOptions {
  // Defaults measured on tests/fixtures/stories/labelled_headlines.tsv (see its test): 0.25 is
  // where F1 peaks with precision still above 0.95; recall falls steeply above 0.3.
  double threshold = 0.25;         // weighted Jaccard at or above which headlines join
  double candidate_floor = 0.12;   // lowest threshold set_threshold() can reach exactly
  // One news cycle: same-topic follow-ups a day later ("rates held" / "rates cut") stay apart.
  std::int64_t window_seconds = 24 * 3600;  // headlines further apart in time never join
  std::size_t min_shared_terms = 2;  // a single shared word never joins two headlines
  std::size_t max_bucket_scan = 2000;  // newest entries checked per LSH bucket (bounds hot terms)
};

enum class Reason { None, Explicit, SameLink, SameGuid, SimilarHeadline };
std::string_view reason_name(Reason r);  // "explicit", "same-link", "same-guid", "similar-headline"

// One headline the index knows: an item, or a related-coverage entry listed by an item.
struct Entry {
  std::string feed_id;
  std::string item_id;    // the item's id (guid); empty for related entries
  std::string title;      // headline, source suffix removed
  std::string link;
  std::string source;     // outlet name (item <source>, related source, else the link's host)
  std::string source_key; // `source` case-folded: same-outlet pairs never join by headline
  std::string language;   // language whose stop words applied
  UnixTime time;          // published, else updated; a related entry takes its item's time
  bool related = false;   // listed in another item's related coverage
  bool lists_related = false;  // an item carrying an explicit cluster (leads its story)
  EntryId parent = 0;     // for related entries: the item that listed it
};

struct Story {
  std::vector<EntryId> members;  // in the order they were added
  EntryId lead = 0;              // the item that brought the explicit cluster, else the earliest
  std::size_t source_count = 0;  // distinct outlets (case-insensitive)
  UnixTime first_seen, last_seen;
};

// A direct link between two members, as the UI draws "why these are together".
struct StoryLink {
  EntryId a = 0, b = 0;
  Reason reason = Reason::None;
  double similarity = 1;  // weighted Jaccard for SimilarHeadline, 1 otherwise
};

struct Explanation {
  bool same_story = false;
  Reason reason = Reason::None;  // the direct link between a and b, if any
  double similarity = 0;         // weighted Jaccard of their headlines
  std::vector<std::string> shared_terms;  // the words both headlines have, as `a` writes them (folded)
};

class StoryIndex {
 public:
  explicit StoryIndex(StoryOptions options = {});

  // Adds an item (and its related coverage) from the feed `feed_id` (e.g. its URL). Re-adding an
  // item with the same (feed_id, item.id) — a feed refresh — changes nothing. Returns the item's
  // entry id; its related entries follow it.
  EntryId add(std::string_view feed_id, const Item& item, std::string_view language_hint = {});

  // Relinks stored pairs under a new threshold (clamped to at least candidate_floor).
  void set_threshold(double threshold);
  double threshold() const { return options_.threshold; }

  std::size_t size() const { return entries_.size(); }
  const Entry& entry(EntryId id) const { return entries_[id]; }

  // Every story, singletons included; most sources first, then most recent.
  std::vector<Story> stories() const;
  // A key equal for all entries of one story (valid until the next add or set_threshold).
  EntryId story_key(EntryId id) const;

  // Why a and b are grouped. `reason` is the strongest direct link between them; two members can
  // share a story through others with no direct link (reason None, same_story true) — see links().
  Explanation explain(EntryId a, EntryId b) const;

  // The links in force inside `story` (under the current threshold): a spanning picture of why
  // its members are together.
  std::vector<StoryLink> links(const Story& story) const;

  // The entry of an item added earlier from `feed_id`, if any.
  std::optional<EntryId> find_item(std::string_view feed_id, std::string_view item_id) const;

 private:
  struct Terms {
    std::vector<std::uint32_t> ids;   // term ids of the match keys, sorted, unique
    std::vector<std::string> folded;  // display form per id
  };
  struct Edge {
    EntryId a, b;
    Reason reason;
    double similarity;
  };

  EntryId add_entry(Entry e);
  void index_headline(EntryId id);
  void link(EntryId a, EntryId b, Reason reason, double similarity);
  EntryId find(EntryId id) const;
  void unite(EntryId a, EntryId b);
  double idf(std::uint32_t term) const;
  double similarity(const Terms& a, const Terms& b, std::size_t* shared) const;
  bool within_window(const Entry& a, const Entry& b) const;

  StoryOptions options_;
  std::vector<Entry> entries_;
  std::vector<Terms> terms_;
  mutable std::vector<EntryId> parent_;  // union-find with path halving
  std::vector<Edge> edges_;
  std::unordered_map<std::string, EntryId> by_link_;
  std::unordered_map<std::string, EntryId> by_guid_;
  std::unordered_map<std::string, EntryId> by_feed_item_;  // feed_id + '\n' + item id
  std::unordered_map<std::uint64_t, std::vector<EntryId>> buckets_;
  std::unordered_map<std::string, std::uint32_t> term_ids_;  // match key -> dense id
  std::vector<std::uint32_t> document_frequency_;            // by term id
  std::vector<std::uint32_t> seen_stamp_;
  std::uint32_t stamp_ = 0;
};

}  // namespace fv::stories
