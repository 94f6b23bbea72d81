// The feedview dashboard: owns the subscriptions, the parsed feeds and the headline list, and
// draws one ImGui frame at a time. The platform feeds it bytes and input; it answers through
// the Platform interface (fetches, links, the accessible mirror).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/headline_list.h"
#include "app/platform.h"
#include "app/reading_pane.h"
#include "core/search/search_query.h"
#include "app/subscriptions.h"

namespace fv::app {

class App {
 public:
  explicit App(Platform& platform);

  FontBook& fonts() { return fonts_; }

  // The system colour scheme (prefers-color-scheme); the "theme" setting may override it.
  void set_system_dark(bool dark) { system_dark_ = dark; }
  bool dark() const;

  // feeds/feeds.json: starts fetching every listed feed.
  void load_subscriptions(std::string_view json);
  void on_feed_bytes(int index, std::string_view bytes, const std::string& url,
                     const std::string& content_type);
  void on_feed_error(int index, const std::string& message);

  // One UI frame, between ImGui::NewFrame() and ImGui::Render(). `scale` = device pixels per
  // CSS pixel (ImGui coordinates are device pixels).
  void draw(float scale);

  // Seconds until the UI changes without input (a tooltip delay, a relative time turning
  // over); negative when nothing is scheduled.
  double next_wake() const { return next_wake_; }

  // The headline list's scroll offset in CSS px (tests check wheel and touch scrolling).
  float list_scroll_css() const { return list_scroll_css_; }
  // Headlines currently listed (after search).
  std::size_t listed() const { return list_.rows().size(); }

 private:
  void rebuild_headlines();
  void apply_search();
  void publish_mirror();
  void open_article(std::size_t row);
  void close_article();
  void draw_header(float scale);
  void draw_search_field(float x, float y, float width, float scale);
  float draw_theme_switch(float right, float center_y, float scale);  // returns its width

  Platform& platform_;
  FontBook fonts_;
  std::vector<FeedSlot> feeds_;
  bool subscriptions_loaded_ = false;
  std::vector<Headline> all_rows_;  // every loaded headline, newest first
  HeadlineList list_;                // the ones matching the search
  ReadingPane pane_;
  char search_[256] = {};
  std::string applied_search_;
  bool focus_search_ = false;
  float list_scroll_css_ = 0.0f;
  bool system_dark_ = false;
  bool style_dark_ = false;
  float style_scale_ = 0.0f;
  std::int64_t mirror_minute_ = -1;  // relative times in the mirror are refreshed each minute
  double next_wake_ = -1.0;
};

}  // namespace fv::app
