#include "app/headlines.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/layout/relative_time.h"

namespace fv::app {

std::vector<view::RowsSource> headline_sources(const std::vector<FeedSlot>& feeds) {
  std::vector<view::RowsSource> out;
  out.reserve(feeds.size());
  for (const FeedSlot& slot : feeds) {
    const std::string& name = !slot.feed.title.empty() ? slot.feed.title : slot.title;
    out.push_back({slot.shows_items() && !slot.removed ? &slot.feed : nullptr, name,
                   slot.text_keys.empty() ? nullptr : &slot.text_keys});
  }
  return out;
}

std::string mirror_json(const std::vector<Headline>& rows, std::size_t first, std::size_t last,
                        std::int64_t now, const reading::ReadingState* marks) {
  last = std::min(last, rows.size());
  first = std::min(first, last);
  nlohmann::json arr = nlohmann::json::array();
  for (std::size_t i = first; i < last; ++i) {
    const Headline& h = rows[i];
    const reading::Flags flags = marks ? marks->flags(h.feed, h.item) : reading::Flags{};
    arr.push_back({{"title", h.title},
                   {"url", h.link},
                   {"source", h.source},
                   {"time", h.time ? layout::relative_time(*h.time, now) : std::string()},
                   {"read", flags.read},
                   {"starred", flags.starred}});
  }
  const nlohmann::json doc = {{"total", rows.size()}, {"first", first}, {"rows", std::move(arr)}};
  // Replace invalid UTF-8 rather than failing: feed text has been decoded by core already.
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
