// App: the story in the reading pane as Markdown with YAML front matter (core/export, the
// shape of the reference export), copied to the clipboard or downloaded.
#include "app/app.h"
#include "core/export/markdown.h"

namespace fv::app {

bool App::export_target(std::size_t& feed, std::size_t& item) const {
  if (!pane_.is_open()) return false;
  for (std::size_t f = 0; f < feeds_.size(); ++f) {
    if (feeds_[f].removed || feeds_[f].url != pane_feed_url_) continue;
    const std::vector<Item>& items = feeds_[f].feed.items;
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (items[i].id != pane_item_id_) continue;
      feed = f;
      item = i;
      return true;
    }
  }
  return false;
}

namespace {

std::string markdown_for(const FeedSlot& slot, const Item& item) {
  const keywords::TermStats stats = exporting::term_stats_for(slot.feed);
  exporting::ExportOptions options;
  options.feed_url = slot.url;  // where it was fetched from: `source`, and its host `categories`
  options.term_stats = &stats;
  options.language = slot.feed.language;
  return exporting::item_to_markdown(item, options);
}

}  // namespace

void App::copy_markdown() {
  std::size_t f = 0, i = 0;
  if (!export_target(f, i)) return;
  platform_.set_clipboard_text(markdown_for(feeds_[f], feeds_[f].feed.items[i]));
}

void App::download_markdown() {
  std::size_t f = 0, i = 0;
  if (!export_target(f, i)) return;
  const Item& item = feeds_[f].feed.items[i];
  exporting::ExportOptions options;
  options.feed_url = feeds_[f].url;
  std::string name = exporting::item_front_matter(item, options).slug;
  if (name.empty()) name = "story";
  platform_.download_file(name + ".md", "text/markdown", markdown_for(feeds_[f], item));
}

}  // namespace fv::app
