// The feedview dashboard: owns the subscriptions, the parsed feeds and the headline list, and
// draws one ImGui frame at a time. The platform feeds it bytes and input; it answers through
// the Platform interface (fetches, links, the accessible mirror).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/fonts.h"
#include "app/headline_list.h"
#include "app/header_buttons.h"
#include "app/help_overlay.h"
#include "app/platform.h"
#include "app/reading_pane.h"
#include "app/scroll_read.h"
#include "app/sidebar.h"
#include "core/layout/header_layout.h"
#include "core/layout/mirror_window.h"
#include "core/search/filter_pass.h"
#include "app/story_book.h"
#include "app/thumbnails.h"
#include "app/view_bar.h"
#include "core/search/search_query.h"
#include "app/subscriptions.h"
#include "app/subscriptions_panel.h"
#include "app/trends_panel.h"
#include "core/subscriptions/subscription_list.h"
#include "core/reading/key_sequence.h"
#include "core/reading/reading_state.h"

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
  // A feed parsed elsewhere (the parse worker): replaces the slot's items. `text_keys`: each
  // item's text search key when the worker folded them (core/view/headline_rows.h).
  void on_feed_parsed(int index, Feed feed, std::vector<std::string> text_keys = {});
  void on_feed_error(int index, const std::string& message);
  // A thumbnail asked for with Platform::request_image: RGBA pixels, or a failure.
  void on_image(const std::string& url, const unsigned char* rgba, int w, int h) {
    thumbs_.on_image(url, rgba, w, h);
  }
  void on_image_failed(const std::string& url) { thumbs_.on_failed(url); }
  std::size_t thumbnail_textures() const { return thumbs_.textures(); }

  // Reading state (src/app/app_reading.cpp): the stored marks at start-up (marks JSON, see
  // core/reading/marks_json.h); a feed's fetch starting or ending; the sidebar mirror's
  // buttons — kind "view" (id All/Unread/Starred), "folder" (its name) or "feed" (its index).
  void restore_marks(std::string_view json);
  void on_feed_busy(int index, bool busy);
  // A refresh of a feed that shows items failed (message) or worked again (""): the feed is
  // marked failed with the message, its last good items stay.
  void on_feed_refresh_failed(int index, const std::string& message);
  // kind "view", "folder" or "feed" filters; "folder-toggle" opens or closes folder `id`.
  void select_from_mirror(std::string_view kind, std::string_view id);
  // The open story's Star / Mark unread, for the reading pane and its mirror.
  void toggle_open_star();
  void toggle_open_read();
  // The mirror's "Undo mute" (the row menu's "Mute source", while its offer shows).
  void undo_mute() { trends_.undo_mute(); }
  // A header button, from the canvas or the mirror's toolbar (app_header.cpp).
  void run_header_action(HeaderAction action);

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
  // The accessible mirror's "show earlier/later headlines": selects row `row` and scrolls the
  // list to it, which moves the mirror's window there.
  void show_row(int row) { list_.select(row); }
  // Rows shown (one per story when grouped).
  std::size_t shown() const { return list_.shown(); }
  int list_columns() const { return list_.columns(); }

  // ---- Subscriptions: the "Manage feeds" panel and its actions (app_subscriptions.cpp) ----
  // The sidebar and the header's Feeds button open it; the accessible mirror calls the rest.
  void open_subscriptions(bool focus_address = false);
  bool subscriptions_open() const { return subs_panel_.is_open(); }
  void subscribe_address(const std::string& typed);
  // The page's answer to Platform::find_feed: the feed's URL, or a message in `error`.
  void on_feed_found(int request, const std::string& feed_url, const std::string& error);
  void rename_feed(int index, const std::string& name);
  void move_feed(int index, const std::string& folder);
  void keep_feed(int index);
  void rename_folder(const std::string& from, const std::string& to);
  void remove_feed(int index);
  void undo_remove();
  // Undoes what the undo bar offers (Ctrl+Z, the mirror's Undo); false when it offers nothing.
  bool undo_offered();
  // An OPML file's bytes (file picker or a file dropped on the page).
  void import_opml(std::string_view bytes);
  void choose_opml_file() { platform_.choose_opml_file(); }
  void export_opml();
  // The listed headlines as one feed in the CLI schema (`feedview parse`), downloaded.
  void download_view_json();
  // ---- The open story as Markdown with front matter (app_exports.cpp) ----
  void copy_markdown();
  void download_markdown();

 private:
  void rebuild_headlines();
  void apply_search();
  void queue_search();     // restarts the search pass; continue_search runs it
  void continue_search();  // the search pass's next slice; the list updates once it is done
  void publish_mirror();
  void open_article(std::size_t row);
  void close_article();
  // Reading state and sidebar (app_reading.cpp).
  void sync_reading();
  void set_filter(const reading::Filter& filter);
  void handle_reading_keys();
  void run_reading_command(int command);
  void mark_all_read_in_view();
  void undo_mark_all();
  enum class UndoOffer { None, MarkRead, Remove };
  UndoOffer shown_undo_offer();  // what the undo bar offers now (the newest live offer)
  std::string undo_text(UndoOffer offer) const;  // what the bar says; "" for None
  void after_marks_changed();
  int current_row() const;  // the selected row, else the open story's row; -1 if none
  float draw_sidebar(float scale, float top);  // returns the docked width (0 in drawer mode)
  void draw_drawer(float scale, float top);    // the sidebar as a drawer, when open
  void apply_sidebar_actions(const Sidebar::Actions& actions);
  void publish_sidebar();  // the sidebar's accessible mirror, after any change it shows
  std::string empty_list_message() const;      // why the list is empty (view, feed, search)
  double reading_wake_in() const;
  reading::Flags open_flags() const;  // the reading pane's story  // seconds until the undo bar or a key sequence expires
  float draw_menu_button(float x, float center_y, float scale);  // returns its width
  void draw_undo_bar(float x, float width, float scale);
  void draw_header(float scale);
  // app_header.cpp: the header's parts at this width, its buttons' actions, the mirror toolbar.
  layout::HeaderInput header_input(float x, float width, float brand_x, float status_w, float scale);
  void publish_toolbar();
  void draw_search_field(float x, float y, float width, float scale);
  void finish_feed_edit(const subscriptions::EditResult& r);  // rename_feed's and move_feed's common end
  float draw_theme_switch(float right, float center_y, float scale);  // returns its width
  // app_subscriptions.cpp
  float draw_feeds_button(float right, float center_y, float scale);  // returns its width
  void draw_subscriptions(float scale, std::int64_t now);
  void sync_feed_slots();  // a slot (and a fetch) for each new subscription
  void publish_subscriptions();
  void handle_panel_requests(const std::vector<PanelRequest>& requests);
  bool export_target(std::size_t& feed, std::size_t& item) const;

  Platform& platform_;
  FontBook fonts_;
  std::vector<FeedSlot> feeds_;
  bool subscriptions_loaded_ = false;
  std::vector<Headline> all_rows_;  // every loaded headline, newest first
  view::HeadlineRows row_builder_;  // rebuilds only the feeds that changed
  bool derived_stale_ = false;      // all_rows_ changed; stories/trends not yet told (next pass)
  HeadlineList list_;                // the ones matching the search
  ReadingPane pane_;
  TrendsPanel trends_{platform_};  // timeline, keywords, date range and mute filters
  HelpOverlay help_;
  StoryBook stories_;     // cross-feed stories, grown as feeds arrive
  Thumbnails thumbs_{platform_};
  ViewBar view_bar_;
  ScrollRead scroll_read_;  // "mark as read when scrolled past"
  char search_[256] = {};
  std::string applied_search_;
  bool focus_search_ = false;
  float list_scroll_css_ = 0.0f;
  bool system_dark_ = false;
  bool style_dark_ = false;
  float style_scale_ = 0.0f;
  std::int64_t mirror_minute_ = -1;  // relative times in the mirror are refreshed each minute
  layout::MirrorWindow mirror_window_;  // the rows the mirror lists
  search::FilterPass search_pass_;      // the search being applied, a slice per frame
  search::SearchQuery query_;           // the query it applies
  bool rows_changed_ = true;            // all_rows_ rebuilt since that pass began
  double next_wake_ = -1.0;
  // Subscriptions (app_subscriptions.cpp): entry i of subs_ is feeds_[i].
  subscriptions::SubscriptionList subs_;
  SubscriptionsPanel subs_panel_;
  std::map<int, Feed> removed_feeds_;  // items of removed feeds, back on undo
  int find_request_ = 0;
  int shown_undo_ = -1;
  std::string pane_feed_url_, pane_item_id_;  // the story in the reading pane, for exports

  reading::ReadingState reading_;
  reading::KeySequence reading_keys_;
  Sidebar sidebar_;
  std::size_t open_feed_ = 0;   // the story in the reading pane, by feed index and item id
  std::string open_item_id_;
  reading::UndoSnapshot undo_;  // the last "mark all read", while its undo bar shows
  double undo_until_ = -1.0;    // ImGui time the undo bar goes away
  // One undo bar for both offers, the newest wins: when each was made (ImGui time), and the
  // removal last seen pending (to notice a new one).
  double undo_mark_at_ = -1.0, undo_remove_at_ = -1.0;
  int undo_remove_seen_ = -1;
  std::string published_undo_;  // the undo bar's text as the mirror last got it
  float header_search_x_ = 0.0f;  // where the search field starts (aligned with the list)
  std::string toolbar_published_;  // the mirror toolbar's JSON last sent
};

}  // namespace fv::app
