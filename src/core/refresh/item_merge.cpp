#include "core/refresh/item_merge.h"

#include <string_view>
#include <unordered_set>

namespace fv::refresh {

MergeCounts keep_missing_items(const std::vector<Item>& shown, Feed& fresh,
                               const MergeOptions& options,
                               const std::function<bool(const Item&)>& pinned) {
  MergeCounts counts;
  std::unordered_set<std::string_view> fresh_ids;
  fresh_ids.reserve(fresh.items.size() * 2);
  for (const Item& item : fresh.items) fresh_ids.insert(item.id);
  std::vector<const Item*> missing;
  for (const Item& item : shown)
    if (!fresh_ids.count(item.id)) missing.push_back(&item);
  if (missing.empty()) return counts;
  // fresh_ids points into fresh.items, which grows below.
  fresh_ids.clear();
  fresh.items.reserve(fresh.items.size() + missing.size());
  for (const Item* item : missing) {
    const std::int64_t when = item->published ? *item->published : item->updated ? *item->updated : options.now;
    const bool young = options.now - when <= options.max_age_seconds;
    const bool room = fresh.items.size() < options.max_items;
    const bool keep = fresh.truncated || (pinned && pinned(*item)) || (young && room);
    if (!keep) {
      ++counts.dropped;
      continue;
    }
    fresh.items.push_back(*item);
    ++counts.kept;
  }
  return counts;
}

}  // namespace fv::refresh
