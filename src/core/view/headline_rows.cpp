#include "core/view/headline_rows.h"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "core/search/search_query.h"

namespace fv::view {
namespace {

constexpr std::size_t kNoEntry = std::size_t(-1);
// Long bodies are cut for search: the first few kB hold what people search for.
constexpr std::size_t kKeyBodyBytes = 4096;

// Rows outside an indexed story are each their own story until StoryBook says otherwise.
void number_lone_stories(std::vector<Headline>& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    if (rows[i].entry == kNoEntry) rows[i].story = kNoEntry - i;
}

}  // namespace

Headline listed_copy(const Headline& h) {
  Headline out;
  out.feed = h.feed;
  out.item = h.item;
  out.title = h.title;
  out.source = h.source;
  out.link = h.link;
  out.time = h.time;
  out.sources = h.sources;
  out.image = h.image;
  out.story = h.story;
  out.story_lead = h.story_lead;
  out.entry = h.entry;
  return out;
}

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

bool listed_before(const Headline& a, const Headline& b) {
  if (a.time.has_value() != b.time.has_value()) return a.time.has_value();
  if (a.time && *a.time != *b.time) return *a.time > *b.time;
  if (a.feed != b.feed) return a.feed < b.feed;
  return a.item < b.item;
}

std::string text_search_key(const Item& item) {
  return search::matching_key(std::string_view(item.text).substr(0, kKeyBodyBytes));
}

void fill_text_keys(const std::vector<Item>& items, std::vector<std::string>& keys,
                    std::size_t from) {
  keys.resize(items.size());
  for (std::size_t i = from; i < items.size(); ++i)
    if (keys[i].empty() && !items[i].text.empty()) keys[i] = text_search_key(items[i]);
}

std::string row_search_key(std::string_view title, std::string_view source,
                           std::string_view text_key) {
  std::string key = search::matching_key(title);
  for (const std::string& part : {search::matching_key(source), std::string(text_key)}) {
    if (part.empty()) continue;
    if (!key.empty()) key.push_back(' ');  // the line break between them, collapsed
    key += part;
  }
  return key;
}

std::vector<Headline> feed_headlines(std::size_t feed_index, const Feed& feed,
                                     std::string_view feed_name,
                                     const std::vector<std::string>* text_keys) {
  if (text_keys && text_keys->size() != feed.items.size()) text_keys = nullptr;  // not this feed's
  std::vector<Headline> rows;
  rows.reserve(feed.items.size());
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    const Item& item = feed.items[i];
    Headline h;
    h.feed = feed_index;
    h.item = i;
    h.source = !item.source.title.empty() ? item.source.title : std::string(feed_name);
    h.title = title_without_source(item.title, item.source.title);
    if (h.title.empty()) h.title = "(untitled)";
    if (is_http_link(item.link)) h.link = item.link;
    h.time = item.published ? item.published : item.updated;
    h.sources = std::max<std::size_t>(1, item.related.size());
    if (is_http_link(item.image)) h.image = item.image;
    h.key = row_search_key(h.title, h.source,
                           text_keys ? (*text_keys)[i] : text_search_key(item));
    rows.push_back(std::move(h));
  }
  std::sort(rows.begin(), rows.end(), listed_before);
  return rows;
}

std::vector<Headline> all_headlines(const std::vector<RowsSource>& slots) {
  std::vector<Headline> rows;
  for (std::size_t f = 0; f < slots.size(); ++f) {
    if (!slots[f].feed) continue;
    std::vector<Headline> run = feed_headlines(f, *slots[f].feed, slots[f].name, slots[f].text_keys);
    rows.insert(rows.end(), std::make_move_iterator(run.begin()), std::make_move_iterator(run.end()));
  }
  std::sort(rows.begin(), rows.end(), listed_before);
  number_lone_stories(rows);
  return rows;
}

void HeadlineRows::invalidate(std::size_t index) {
  if (index < built_.size()) built_[index].stale = true;
}

bool HeadlineRows::update(std::vector<Headline>& rows, const std::vector<RowsSource>& slots) {
  if (built_.size() < slots.size()) built_.resize(slots.size());
  std::vector<char> changed(built_.size(), 0);
  bool any = false;
  for (std::size_t i = 0; i < built_.size(); ++i) {
    Built& b = built_[i];
    const Feed* feed = i < slots.size() ? slots[i].feed : nullptr;
    if (!feed) {
      if (b.listed) changed[i] = 1, any = true;
      b = Built{};
      continue;
    }
    // A refresh moves a new item vector into the slot: a new address (or count) says so.
    if (b.listed && !b.stale && b.items == feed->items.data() && b.count == feed->items.size() &&
        b.name == slots[i].name)
      continue;
    changed[i] = 1;
    any = true;
    b = Built{true, false, feed->items.data(), feed->items.size(), std::string(slots[i].name)};
  }
  if (!any) return false;

  // The unchanged rows keep their order; the changed slots' new rows are sorted, then merged.
  rows.erase(std::remove_if(rows.begin(), rows.end(),
                            [&](const Headline& h) { return h.feed < changed.size() && changed[h.feed]; }),
             rows.end());
  std::vector<Headline> fresh;
  for (std::size_t i = 0; i < built_.size(); ++i) {
    if (!changed[i] || !built_[i].listed) continue;
    std::vector<Headline> run = feed_headlines(i, *slots[i].feed, slots[i].name, slots[i].text_keys);
    items_built_ += run.size();
    if (fresh.empty())
      fresh = std::move(run);
    else
      fresh.insert(fresh.end(), std::make_move_iterator(run.begin()), std::make_move_iterator(run.end()));
  }
  std::sort(fresh.begin(), fresh.end(), listed_before);
  std::vector<Headline> merged;
  merged.reserve(rows.size() + fresh.size());
  std::merge(std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()),
             std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()),
             std::back_inserter(merged), listed_before);
  rows.swap(merged);
  number_lone_stories(rows);
  return true;
}

}  // namespace fv::view
