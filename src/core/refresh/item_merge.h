// What a refresh does to the items a feed already shows. A feed is a window onto its latest
// items, not the whole archive: an item leaving the window was not deleted by anyone, and a
// download cut short (a truncated document) lists only its first items. So, like Miniflux and
// NetNewsWire, a refresh never takes items away by itself:
//   - the fresh items come first, in the feed's order (new ones and updated copies of known
//     ones — the fresh copy wins);
//   - then every shown item the refresh lacks, in its old order, while it is younger than
//     `max_age_seconds` (by its date; undated ones count as young) and the feed holds fewer
//     than `max_items` — except that pinned items (starred) are always kept, and after a
//     truncated refresh every shown item is kept (the refresh proves nothing about them).
// Identity is the item id (core/identity), the same key read and starred marks use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/model.h"

namespace fv::refresh {

struct MergeOptions {
  std::int64_t now = 0;                          // Unix seconds
  std::int64_t max_age_seconds = 30 * 86400;     // same bound as the page's item store
  std::size_t max_items = 500;                   // per feed, fresh items included
};

struct MergeCounts {
  std::size_t kept = 0;     // shown items the refresh lacked, still listed
  std::size_t dropped = 0;  // shown items the refresh lacked, let go (old or over the bound)
};

// Appends to `fresh.items` the items of `shown` it lacks, by the rules above.
MergeCounts keep_missing_items(const std::vector<Item>& shown, Feed& fresh,
                               const MergeOptions& options,
                               const std::function<bool(const Item&)>& pinned = {});

}  // namespace fv::refresh
