#include "app/app.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include "app/click_targets.h"
#include "app/feed_refresh.h"
#include "app/reading_keys.h"
#include "core/layout/relative_time.h"
#include "core/parse.h"
#include "core/subscriptions/subscriptions_opml.h"

namespace fv::app {
namespace {

constexpr float kMaxColumnWidth = 760.0f;  // CSS px: a calm reading measure
constexpr float kMaxGridWidth = 1240.0f;    // CSS px: the card grid may use more
constexpr float kHeaderHeight = 56.0f;
constexpr float kTwoPaneMinWidth = 900.0f;  // CSS px: below this the pane replaces the list

}  // namespace

App::App(Platform& platform)
    : platform_(platform), reading_keys_(reading_key_sequences()) {
  list_.set_marks(&reading_);
}

bool App::dark() const {
  const std::string theme = platform_.settings().get("theme", "system");
  if (theme == "dark") return true;
  if (theme == "light") return false;
  return system_dark_;
}

void App::load_subscriptions(std::string_view json) {
  if (!subscriptions::add_feed_list(subs_, json)) {
    std::fprintf(stderr, "feedview: feeds.json is not a feed list\n");
  }
  subscriptions_loaded_ = true;
  sync_feed_slots();
  rebuild_headlines();
}

void App::on_feed_bytes(int index, std::string_view bytes, const std::string& url,
                        const std::string& content_type) {
  if (index < 0 || static_cast<std::size_t>(index) >= feeds_.size()) return;
  if (feeds_[index].removed) return;  // a fetch that was under way when the feed was removed
  ParseOptions options;
  options.base_url = url;
  options.content_type = content_type;
  ParseResult result = parse_feed(bytes, options);
  if (!result.ok) {
    on_feed_error(index, result.error.empty() ? "not a feed" : result.error);
    return;
  }
  on_feed_parsed(index, std::move(result.feed));
}

void App::on_feed_parsed(int index, Feed feed, std::vector<std::string> text_keys) {
  if (index < 0 || static_cast<std::size_t>(index) >= feeds_.size()) return;
  if (feeds_[index].removed) return;  // parsed while the feed was being removed
  FeedSlot& slot = feeds_[index];
  // Keeps what a refresh lacks (app/feed_refresh.h).
  take_fresh_feed(slot, std::move(feed), std::move(text_keys), reading_, platform_.now());
  slot.status = FeedSlot::Status::Loaded;
  slot.error.clear();
  slot.fetching = false;
  slot.updated_at = platform_.now();
  stories_.add_feed(feeds_, static_cast<std::size_t>(index));
  row_builder_.invalidate(static_cast<std::size_t>(index));
  fonts_.note_text(slot.feed.title);
  for (const Item& item : slot.feed.items) {
    fonts_.note_text(item.title);
    fonts_.note_text(item.source.title);
  }
  rebuild_headlines();
}

void App::on_feed_error(int index, const std::string& message) {
  if (index < 0 || static_cast<std::size_t>(index) >= feeds_.size()) return;
  if (feeds_[index].removed) return;
  feeds_[index].status = FeedSlot::Status::Failed;
  feeds_[index].error = message;
  feeds_[index].fetching = false;
  std::fprintf(stderr, "feedview: %s: %s\n", feeds_[index].url.c_str(), message.c_str());
  rebuild_headlines();
}

void App::rebuild_headlines() {
  // Only the slots that changed get new rows (and search keys); the rest are merged. The search
  // pass, and after it the story marks and the trends' inputs, runs from the next frame: feeds
  // arriving between two frames cost one pass (continue_search).
  if (row_builder_.update(all_rows_, headline_sources(feeds_))) derived_stale_ = true;
  rows_changed_ = true;
  for (FeedSlot& s : feeds_) std::vector<std::string>().swap(s.text_keys);  // now in the rows
  sync_reading();
  queue_search();
  publish_subscriptions();
}

void App::apply_search() {
  queue_search();
  continue_search();
}

void App::queue_search() {
  // Typing more of a query only filters what the last one matched — when only the query
  // changed: new rows, a new view or changed read state (same text) need every row again.
  const bool typed = applied_search_ != search_;
  applied_search_ = search_;
  search::SearchQuery query(applied_search_);
  const bool narrowing = typed && !rows_changed_ && query.narrows(query_);
  rows_changed_ = false;
  query_ = std::move(query);
  search_pass_.restart(all_rows_.size(), narrowing);
}

void App::continue_search() {
  // A few MB of keys per frame is a few ms of substring search: a long list is filtered over
  // several frames (the old result stays listed meanwhile) instead of freezing one.
  constexpr std::size_t kKeyBytesPerFrame = 4u << 20;
  const bool done = search_pass_.run(
      [&](std::size_t i) {
        const Headline& h = all_rows_[i];
        return reading_.matches(h.feed, h.item) && (query_.empty() || query_.matches(h.key));
      },
      [&](std::size_t i) { return all_rows_[i].key.size(); }, kKeyBytesPerFrame);
  if (!done) return;
  if (derived_stale_) {  // new rows since the last pass: once per pass, not per feed
    stories_.annotate(all_rows_);
    trends_.set_rows(all_rows_, feeds_);
    derived_stale_ = false;
  }
  std::vector<Headline> rows;
  rows.reserve(search_pass_.matches().size());
  std::size_t muted = 0;  // matches hidden only by a mute rule
  for (const std::uint32_t i : search_pass_.matches())
    if (trends_.admits(i, all_rows_[i], muted)) rows.push_back(view::listed_copy(all_rows_[i]));
  trends_.set_hidden_by_mutes(muted);
  list_.set_rows(std::move(rows));
  publish_mirror();
}

void App::open_article(std::size_t row) {
  if (row >= list_.rows().size()) return;
  const Headline& h = list_.rows()[row];
  // The list may still show rows of a feed replaced since (its new pass not yet finished).
  if (h.feed >= feeds_.size() || h.item >= feeds_[h.feed].feed.items.size()) return;
  pane_.show(h, feeds_[h.feed].feed.items[h.item], stories_.coverage(h));
  pane_feed_url_ = feeds_[h.feed].url;
  pane_item_id_ = feeds_[h.feed].feed.items[h.item].id;
  open_feed_ = h.feed;
  open_item_id_ = feeds_[h.feed].feed.items[h.item].id;
  reading_.mark_opened(h.feed, h.item);  // read on open
  after_marks_changed();                 // publishes the article's mirror too
}

void App::close_article() {
  pane_.close();
  platform_.publish_article("null");
}

void App::publish_mirror() {
  const std::int64_t now = platform_.now();
  mirror_minute_ = now / 60;
  // Only a window of rows around the view: the DOM stays small with 50,000 headlines.
  mirror_window_ = layout::mirror_window(list_.shown(), list_.first_visible());
  platform_.publish_headlines(list_.mirror_json(mirror_window_.first, mirror_window_.last, now));
}

void App::draw_header(float scale) {
  const FontHandles& f = fonts_.fonts();
  const Palette& p = palette(dark());
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  const float h = kHeaderHeight * scale;
  const float pad = 16.0f * scale;

  const float brand_y = pos.y + (h - f.brand->FontSize) * 0.5f;
  // Narrow windows: the sidebar is a drawer opened from a menu button before the brand.
  float brand_x = pos.x + pad;
  if (Sidebar::docked_width(ImGui::GetIO().DisplaySize.x, scale) == 0.0f)
    brand_x += draw_menu_button(pos.x + 8.0f * scale, pos.y + h * 0.5f, scale) - 2.0f * scale;

  // Status on the right: loading progress, then counts, then errors.
  std::size_t waiting = 0, failed = 0;
  std::size_t feed_count = 0;
  for (const FeedSlot& s : feeds_) {
    if (s.removed) continue;
    ++feed_count;
    waiting += s.status == FeedSlot::Status::Waiting;
    failed += s.status == FeedSlot::Status::Failed;
  }
  char status[128];
  if (!subscriptions_loaded_ || waiting > 0)
    std::snprintf(status, sizeof status, "Loading feeds\xE2\x80\xA6 %zu of %zu",
                  feed_count - waiting, feed_count);
  else {
    // "6 headlines", "1 of 6 headlines" while searching; then feeds, or how many failed.
    char count[64];
    const std::size_t shown = list_.rows().size(), total = all_rows_.size();
    if (shown != total)
      std::snprintf(count, sizeof count, "%zu of %zu headlines", shown, total);
    else
      std::snprintf(count, sizeof count, "%zu %s", total, total == 1 ? "headline" : "headlines");
    if (failed > 0)
      std::snprintf(status, sizeof status, "%s \xC2\xB7 %zu of %zu feeds failed", count, failed,
                    feed_count);
    else
      std::snprintf(status, sizeof status, "%s \xC2\xB7 %zu %s", count, feed_count,
                    feed_count == 1 ? "feed" : "feeds");
  }
  const ImVec2 sz = f.meta->CalcTextSizeA(f.meta->FontSize, FLT_MAX, 0, status);
  const float status_y = pos.y + (h - f.meta->FontSize) * 0.5f;
  // Narrow screens drop the status line first, then the labelled buttons become icons, then the
  // brand goes: the search field keeps a usable width (core/layout/header_layout).
  const layout::HeaderLayout hl = layout::header_layout(header_input(pos.x, w, brand_x, sz.x, scale));
  if (hl.show_brand)
    dl->AddText(f.brand, f.brand->FontSize, ImVec2(brand_x, brand_y), p.text, "feedview");
  const float cy = pos.y + h * 0.5f;
  if (hl.compact) {
    run_header_action(draw_header_icons(pos.x + w - pad, cy, scale, p, trends_.visible(),
                                        platform_.settings().get("theme", "system")));
  } else {  // the theme switch at the right edge, then Feeds, ?, Trends
    float theme_w = draw_theme_switch(pos.x + w - pad, cy, scale);
    theme_w += draw_feeds_button(pos.x + w - pad - theme_w - 4.0f * scale, cy, scale) + 4.0f * scale;
    theme_w += help_.draw_button(pos.x + w - pad - theme_w - 4.0f * scale, cy, f, p, platform_) +
               4.0f * scale;
    trends_.draw_toggle(pos.x + w - pad - theme_w - 4.0f * scale, cy, f, p);
  }
  const float right = pos.x + w - pad - hl.buttons_w - 12.0f * scale;
  if (hl.show_status)
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(right - sz.x, status_y),
                failed ? p.error : p.text_muted, status);
  draw_search_field(pos.x + hl.search_x, cy, hl.search_w, scale);
  publish_toolbar();
  dl->AddLine(ImVec2(pos.x, pos.y + h - 0.5f), ImVec2(pos.x + w, pos.y + h - 0.5f), p.divider);
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(ImVec2(w, h));
}

float App::draw_theme_switch(float right, float center_y, float scale) {
  // Cycles Auto (follow the system) → Light → Dark; remembered in the settings.
  const std::string theme = platform_.settings().get("theme", "system");
  const char* label = theme == "light" ? "Light" : theme == "dark" ? "Dark" : "Auto";
  const FontHandles& f = fonts_.fonts();
  const Palette& p = palette(dark());
  ImGui::PushFont(f.meta);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 text = ImGui::CalcTextSize("Light");  // widest label: the button never jumps
  const ImVec2 size(text.x + style.FramePadding.x * 2, ImGui::GetFontSize() + style.FramePadding.y * 2);
  ImGui::SetCursorScreenPos(ImVec2(right - size.x, std::floor(center_y - size.y * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  if (ImGui::Button(label, size)) run_header_action(HeaderAction::Theme);
  note_click_target("theme");
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s", theme_hint(theme));
  }
  ImGui::PopStyleColor(2);
  ImGui::PopFont();
  (void)scale;
  return size.x;
}

void App::draw_search_field(float x, float center_y, float width, float scale) {
  if (width < 60.0f * scale) return;
  const Palette& p = palette(dark());
  const ImGuiStyle& style = ImGui::GetStyle();
  const float frame_h = ImGui::GetFontSize() + style.FramePadding.y * 2;
  ImGui::SetCursorScreenPos(ImVec2(x, std::floor(center_y - frame_h * 0.5f)));
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.divider));
  if (focus_search_) {
    ImGui::SetKeyboardFocusHere();
    focus_search_ = false;
  }
  ImGui::InputTextWithHint("##search", "Search headlines", search_, sizeof search_);
  note_click_target("search");
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  ImGui::PopStyleColor();
  ImGui::PopStyleVar();
  if (applied_search_ != search_) apply_search();
}

void App::draw(float scale) {
  clear_click_targets();
  const bool is_dark = dark();
  if (is_dark != style_dark_ || scale != style_scale_) {
    apply_style(is_dark, scale);
    style_dark_ = is_dark;
    style_scale_ = scale;
  }
  const FontHandles& f = fonts_.fonts();
  const Palette& p = palette(is_dark);
  const ImGuiIO& io = ImGui::GetIO();
  const std::int64_t now = platform_.now();
  if (!search_pass_.finished()) continue_search();
  if (stories_.pending()) {
    // ~250 headlines are a few ms of clustering; headlines show at once, grouped when done.
    constexpr std::size_t kStoryItemsPerFrame = 250;
    if (stories_.step(feeds_, kStoryItemsPerFrame)) {
      stories_.annotate(all_rows_);
      rows_changed_ = true;
      apply_search();
    }
  }
  if (now / 60 != mirror_minute_) publish_mirror();
  thumbs_.begin_frame();

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("##dashboard", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);

  // Layouts: the sidebar docked at the left (a drawer when narrow), then the list alone in a
  // centred column; list + reading pane side by side when wide; the pane alone (with Back)
  // when narrow.
  const float x0 = draw_sidebar(scale, kHeaderHeight * scale);
  const float avail = io.DisplaySize.x - x0;
  const bool reading = pane_.is_open();
  const bool wide = avail >= kTwoPaneMinWidth * scale;
  const bool pane_only = reading && !wide;
  float list_w = avail;
  if (reading && wide)
    list_w = std::floor(std::clamp(avail * 0.42f, 380.0f * scale, 620.0f * scale));
  view_bar_.load(platform_.settings());
  list_.set_view(view_bar_.options(), view_bar_.cards());
  const float max_column = (list_.cards() ? kMaxGridWidth : kMaxColumnWidth) * scale;
  const float column = reading ? list_w : std::min(avail, max_column);
  const float left = reading ? 0.0f : std::floor((avail - column) * 0.5f);

  // Keys when no text field has the keyboard: '/' focuses search, Escape closes the pane; while
  // the help overlay is open it takes ? and Escape and the list ignores keys.
  const bool help_keys = help_.handle_keys(platform_);
  if (!help_keys && !io.WantTextInput && !io.KeyCtrl && !io.KeySuper && !subs_panel_.is_open()) {
    for (ImWchar c : io.InputQueueCharacters)
      if (c == '/') focus_search_ = true;
    if (reading && !sidebar_.drawer_open() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
      close_article();
  }
  if (!help_keys && !subs_panel_.is_open()) {
    list_.handle_keys(platform_);
    handle_reading_keys();
  }

  header_search_x_ = x0 + left;
  ImGui::SetCursorPos(ImVec2(0, 0));
  ImGui::BeginChild("##header", ImVec2(io.DisplaySize.x, kHeaderHeight * scale), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  draw_header(scale);
  ImGui::EndChild();

  float list_y = kHeaderHeight * scale;
  if (!pane_only) {
    ImGui::SetCursorPos(ImVec2(x0 + (reading ? 0.0f : left), list_y));
    ImGui::BeginChild("##viewbar", ImVec2(reading ? list_w : column, ViewBar::kHeight * scale), false,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    if (view_bar_.draw(f, p, scale, platform_.settings(), reading ? list_w : column)) {
      list_.set_view(view_bar_.options(), view_bar_.cards());
      publish_mirror();
    }
    ImGui::EndChild();
    list_y += ViewBar::kHeight * scale;
  }

  if (!pane_only) {
    // The list scrolls in a child as wide as its area so the wheel works in the margins too;
    // its rows sit in the column.
    ImGui::SetCursorPos(ImVec2(x0, list_y));
    ImGui::BeginChild("##list", ImVec2(list_w, 0), false);
    ImGui::SetCursorPos(ImVec2(left, ImGui::GetCursorPosY() + 8.0f * scale));
    if (trends_.draw(f, p, scale, now, column - (reading ? ImGui::GetStyle().ScrollbarSize : 0.0f)))
      apply_search();
    ImGui::SetCursorPosX(left);
    if (list_.rows().empty()) {
      bool loading = !subscriptions_loaded_;
      for (const FeedSlot& s : feeds_) loading |= !s.removed && s.status == FeedSlot::Status::Waiting;
      const std::string msg = loading ? "Loading headlines\xE2\x80\xA6"
                              : all_rows_.empty() ? "No headlines yet."
                              : trends_.filtering() ? "No headlines match the filters."
                                                  : empty_list_message();
      ImGui::SetCursorPos(ImVec2(left + 16.0f * scale, ImGui::GetCursorPosY() + 24.0f * scale));
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(1.0f, column - 32.0f * scale));
      ImGui::TextUnformatted(msg.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
    } else {
      list_.draw(f, p, scale, now, platform_, thumbs_,
                 column - (reading ? ImGui::GetStyle().ScrollbarSize : 0.0f));
      const auto past = scroll_read_.after_draw(list_, ScrollRead::enabled(platform_.settings()));
      if (!past.empty()) {  // "mark as read when scrolled past" (opt-in, view options)
        reading_.mark_read(past);
        after_marks_changed();
      }
      ImGui::Dummy(ImVec2(column, 24.0f * scale));  // breathing room below the last row
    }
    list_scroll_css_ = ImGui::GetScrollY() / scale;
    ImGui::EndChild();
  }

  if (list_.take_view_changed()) publish_mirror();
  const std::string mute = list_.take_mute_request();
  if (!mute.empty()) trends_.mute_source(mute);  // undoable from the filter bar
  const int open = list_.take_open_request();
  if (open >= 0) open_article(static_cast<std::size_t>(open));

  if (reading) {
    const float pane_x = x0 + (pane_only ? 0.0f : list_w);
    const float pane_w = io.DisplaySize.x - pane_x;
    ImGui::SetCursorPos(ImVec2(pane_x, kHeaderHeight * scale));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(p.surface));
    ImGui::BeginChild("##pane", ImVec2(pane_w, 0), false);
    const float content_w = std::min(pane_w - ImGui::GetStyle().ScrollbarSize, 760.0f * scale);
    const reading::Flags open_marks = open_flags();
    pane_.set_marks(open_marks.read, open_marks.starred);
    if (pane_.draw(f, p, scale, now, platform_, content_w, pane_only)) close_article();
    const int export_request = pane_.take_export_request();
    if (export_request == ReadingPane::kCopyMarkdown) copy_markdown();
    if (export_request == ReadingPane::kDownloadMarkdown) download_markdown();
    const char mark = pane_.take_mark_request();
    if (mark == 's') toggle_open_star();
    if (mark == 'm') toggle_open_read();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (!pane_only) {
      const float y0 = kHeaderHeight * scale;
      ImGui::GetWindowDrawList()->AddLine(ImVec2(pane_x - 0.5f, y0),
                                          ImVec2(pane_x - 0.5f, io.DisplaySize.y), p.divider);
    }
  }
  help_.draw(f, p, scale, platform_);
  ImGui::End();
  draw_drawer(scale, kHeaderHeight * scale);
  draw_undo_bar(x0, io.DisplaySize.x - x0, scale);
  draw_subscriptions(scale, now);

  // The list scrolled past a step of the mirror's window: list the rows now in view.
  if (layout::mirror_window(list_.shown(), list_.first_visible()) != mirror_window_)
    publish_mirror();

  next_wake_ = list_.next_wake();
  // The search or the story clustering goes on next frame.
  if (!search_pass_.finished() || stories_.pending()) next_wake_ = 0.0;
  // A dialog that just opened needs a few frames: keyboard focus lands, the backdrop fades in.
  else if (trends_.wants_frames() || help_.wants_frames()) next_wake_ = 1.0 / 60.0;
  // Relative times turn over at the next minute boundary.
  const double to_minute = 60.0 - static_cast<double>(now % 60);
  if (next_wake_ < 0 || to_minute < next_wake_) next_wake_ = to_minute;
  // The Undo offer runs out on its own.
  const double undo_left = static_cast<double>(subs_.undo_seconds_left(now));
  if (undo_left > 0 && undo_left < next_wake_) next_wake_ = undo_left;
  const double mute_wake = trends_.wake_in();
  if (mute_wake >= 0 && (next_wake_ < 0 || mute_wake < next_wake_)) next_wake_ = mute_wake;
  const double reading_wake = reading_wake_in();
  if (reading_wake >= 0 && (next_wake_ < 0 || reading_wake < next_wake_)) next_wake_ = reading_wake;
}

}  // namespace fv::app
