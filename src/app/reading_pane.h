// The reading pane: the selected story's title (a link to the original), source, author and
// time, its text as paragraphs, an "Open original" button, and Full coverage — the other
// articles of its cross-feed story (StoryBook: the feed's own cluster, e.g. Google News', and
// the items of other feeds grouped with it), each with source and time, and why it was grouped
// on hover.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/headlines.h"
#include "app/story_book.h"
#include "app/theme.h"
#include "core/model.h"

namespace fv::app {

class Platform;

class ReadingPane {
 public:
  void show(const Headline& headline, const Item& item, std::vector<CoverageEntry> coverage);
  void close();
  bool is_open() const { return open_; }
  const std::string& link() const { return link_; }

  // Draws into the current (scrolling) window, `width` device px wide. Returns true when the
  // reader asked to go back (narrow layout's Back button).
  bool draw(const FontHandles& fonts, const Palette& colors, float scale, std::int64_t now,
            Platform& platform, float width, bool show_back);

  // "Copy as Markdown" / "Download Markdown" clicked since the last call (0 when neither).
  static constexpr int kCopyMarkdown = 1, kDownloadMarkdown = 2;
  int take_export_request() {
    const int r = export_request_;
    export_request_ = 0;
    return r;
  }

  // The open story's read/starred state, shown as its Star / Mark unread buttons.
  void set_marks(bool read, bool starred) {
    read_ = read;
    starred_ = starred;
  }
  // The button the reader pressed since the last call: 's' star, 'm' read/unread, 0 none.
  char take_mark_request() {
    const char r = mark_request_;
    mark_request_ = 0;
    return r;
  }

  // JSON for Platform::publish_article.
  std::string mirror_json(std::int64_t now) const;

 private:
  void draw_mark_buttons(const Palette& colors, float scale);

  bool open_ = false;
  std::string title_, link_, source_, author_;
  std::optional<std::int64_t> time_;
  std::vector<std::string> paragraphs_;
  std::vector<CoverageEntry> related_;
  bool scroll_to_top_ = false;
  int export_request_ = 0;
  bool read_ = false, starred_ = false;
  char mark_request_ = 0;
  std::int64_t copied_at_ = -1;
};

}  // namespace fv::app
