#include "app/headlines.h"

#include <algorithm>
#include <cctype>

#include <nlohmann/json.hpp>

#include "core/search/search_query.h"
#include "core/layout/relative_time.h"

namespace fv::app {

bool is_http_link(const std::string& url) {
  auto starts = [&](const char* prefix) {
    std::size_t n = std::char_traits<char>::length(prefix);
    if (url.size() <= n) return false;
    for (std::size_t i = 0; i < n; ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
    return true;
  };
  return starts("http://") || starts("https://");
}

std::string title_without_source(const std::string& title, const std::string& source) {
  if (source.empty()) return title;
  for (const char* sep : {" - ", " – ", " — ", " | "}) {
    const std::string suffix = sep + source;
    if (title.size() > suffix.size() &&
        title.compare(title.size() - suffix.size(), suffix.size(), suffix) == 0)
      return title.substr(0, title.size() - suffix.size());
  }
  return title;
}

std::vector<Headline> collect_headlines(const std::vector<FeedSlot>& feeds) {
  std::vector<Headline> rows;
  for (std::size_t f = 0; f < feeds.size(); ++f) {
    const FeedSlot& slot = feeds[f];
    if (!slot.shows_items()) continue;
    const std::string& feed_name = !slot.feed.title.empty() ? slot.feed.title : slot.title;
    for (std::size_t i = 0; i < slot.feed.items.size(); ++i) {
      const Item& item = slot.feed.items[i];
      Headline h;
      h.feed = f;
      h.item = i;
      h.source = !item.source.title.empty() ? item.source.title : feed_name;
      h.title = title_without_source(item.title, item.source.title);
      if (h.title.empty()) h.title = "(untitled)";
      if (is_http_link(item.link)) h.link = item.link;
      h.time = item.published ? item.published : item.updated;
      h.sources = std::max<std::size_t>(1, item.related.size());
      if (is_http_link(item.image)) h.image = item.image;
      // Until StoryBook::annotate says otherwise, each headline is its own story.
      h.story = std::size_t(-1) - rows.size();
      // Long bodies are cut: the first few kB hold what people search for.
      const std::string_view body = std::string_view(item.text).substr(0, 4096);
      h.key = search::matching_key(h.title + "\n" + h.source + "\n" + std::string(body));
      rows.push_back(std::move(h));
    }
  }
  // Newest first; undated items keep feed order after the dated ones.
  std::stable_sort(rows.begin(), rows.end(), [](const Headline& a, const Headline& b) {
    if (a.time && b.time) return *a.time > *b.time;
    return a.time.has_value() && !b.time.has_value();
  });
  return rows;
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
