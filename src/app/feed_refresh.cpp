#include "app/feed_refresh.h"

#include <string>
#include <utility>

#include "core/refresh/item_merge.h"
#include "core/view/headline_rows.h"

namespace fv::app {

void take_fresh_feed(FeedSlot& slot, Feed fresh, std::vector<std::string> text_keys,
                     const reading::ReadingState& marks, std::int64_t now) {
  const std::size_t fresh_items = fresh.items.size();
  std::size_t kept = 0;
  if (slot.updated_at > 0 && !slot.feed.items.empty()) {
    refresh::MergeOptions options;
    options.now = now;
    const std::string& url = slot.url;
    kept = refresh::keep_missing_items(slot.feed.items, fresh, options, [&](const Item& item) {
             return marks.flags_of(url, item.id).starred;
           }).kept;
  }
  slot.warning.clear();
  if (fresh.truncated) {
    slot.warning = "The feed ends early (truncated?)";
    if (kept > 0)
      slot.warning += ": " + std::to_string(kept) + " earlier item" + (kept == 1 ? "" : "s") + " kept";
    else
      slot.warning += ": some items may be missing";
  }
  slot.feed = std::move(fresh);
  slot.text_keys = std::move(text_keys);
  if (slot.text_keys.size() == fresh_items && fresh_items > 0 && kept > 0)
    view::fill_text_keys(slot.feed.items, slot.text_keys, fresh_items);
}

}  // namespace fv::app
