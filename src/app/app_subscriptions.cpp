// App: the subscriptions — the Feeds button, the "Manage feeds" panel and what its requests do
// to the feed slots, the page's store (Platform::save/remove_subscription) and the mirror.
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "app/app.h"
#include "core/feed_json.h"
#include "core/opml/opml.h"
#include "core/subscriptions/subscriptions_opml.h"

namespace fv::app {

using Tone = SubscriptionsPanel::Tone;

void App::open_subscriptions(bool focus_address) {
  subs_panel_.open(focus_address);
  publish_subscriptions();
}

void App::sync_feed_slots() {
  for (std::size_t i = feeds_.size(); i < subs_.entries().size(); ++i) {
    const subscriptions::Subscription& s = subs_.entries()[i];
    FeedSlot slot;
    slot.url = s.url;
    slot.title = s.title;
    slot.folder = s.folder;
    slot.removed = s.removed;
    fonts_.note_text(s.title);
    fonts_.note_text(s.folder);
    feeds_.push_back(std::move(slot));
    if (!s.removed) platform_.fetch_feed(static_cast<int>(i), s.url);
  }
}

void App::publish_subscriptions() {
  fonts_.note_text(subs_panel_.message());
  platform_.publish_subscriptions(subs_panel_.mirror_json(subs_, feeds_, platform_.now()));
}

void App::subscribe_address(const std::string& typed) {
  subs_panel_.open();
  const std::string address = subscriptions::clean_feed_address(typed);
  if (address.empty()) {
    subs_panel_.set_message(typed.find_first_not_of(" \t") == std::string::npos
                                ? "Type the address of a feed or of a website first."
                                : "That is not a web address. Type one like example.com/feed.xml.",
                            Tone::Error);
  } else if (const int existing = subs_.find(address); existing >= 0) {
    subs_panel_.set_message("Already subscribed: \xE2\x80\x9C" + feed_display_name(subs_.at(existing), &feeds_[existing]) +
                                "\xE2\x80\x9D.",
                            Tone::Error);
  } else {
    ++find_request_;
    subs_panel_.set_message("Looking for a feed at " + address + "\xE2\x80\xA6", Tone::Busy);
    platform_.find_feed(find_request_, address);
  }
  publish_subscriptions();
}

void App::on_feed_found(int request, const std::string& feed_url, const std::string& error) {
  if (request != find_request_) return;  // an older request, overtaken by a newer one
  if (!error.empty()) {
    subs_panel_.set_message(error, Tone::Error);
    publish_subscriptions();
    return;
  }
  const subscriptions::EditResult r = subs_.add(feed_url);
  if (!r.ok) {
    subs_panel_.set_message(r.message, Tone::Error);
    publish_subscriptions();
    return;
  }
  sync_feed_slots();
  platform_.save_subscription(feed_url, "", "");
  subs_panel_.clear_address();
  subs_panel_.set_message("Added " + feed_url + ". Its headlines appear as soon as it loads.", Tone::Success);
  rebuild_headlines();
}

void App::rename_feed(int index, const std::string& name) { finish_feed_edit(subs_.rename(index, name)); }

void App::move_feed(int index, const std::string& folder) { finish_feed_edit(subs_.move(index, folder)); }

void App::finish_feed_edit(const subscriptions::EditResult& r) {
  // A renamed or moved feed is kept (one from the page address becomes a subscription), its
  // slot takes the new name and folder, and the page stores it.
  if (r.ok) {
    subs_.keep(r.index);
    const subscriptions::Subscription& s = subs_.at(r.index);
    feeds_[r.index].title = s.title;
    feeds_[r.index].folder = s.folder;
    fonts_.note_text(s.title);
    fonts_.note_text(s.folder);
    platform_.save_subscription(s.url, s.title, s.folder);
    rebuild_headlines();
  }
  subs_panel_.set_message(r.message, r.ok ? Tone::Success : Tone::Error);
  publish_subscriptions();
}

void App::rename_folder(const std::string& from, const std::string& to) {
  const subscriptions::EditResult r = subs_.rename_folder(from, to);
  if (r.ok) {
    for (std::size_t i = 0; i < subs_.entries().size(); ++i) {
      const subscriptions::Subscription& s = subs_.entries()[i];
      if (s.removed || s.folder == feeds_[i].folder) continue;
      feeds_[i].folder = s.folder;
      fonts_.note_text(s.folder);
      if (!s.for_visit) platform_.save_subscription(s.url, s.title, s.folder);
    }
    rebuild_headlines();
  }
  subs_panel_.set_message(r.message, r.ok ? Tone::Success : Tone::Error);
  publish_subscriptions();
}

void App::keep_feed(int index) {
  const subscriptions::EditResult r = subs_.keep(index);
  if (r.ok) {
    const subscriptions::Subscription& s = subs_.at(index);
    platform_.save_subscription(s.url, s.title, s.folder);
    subs_panel_.set_message("Subscribed to \xE2\x80\x9C" + feed_display_name(s, &feeds_[index]) + "\xE2\x80\x9D.",
                            Tone::Success);
  } else {
    subs_panel_.set_message(r.message, Tone::Error);
  }
  publish_subscriptions();
}

void App::remove_feed(int index) {
  const std::int64_t now = platform_.now();
  if (!subs_.valid(index)) return;
  const subscriptions::EditResult r = subs_.remove(index, now);
  if (!r.ok) return;
  FeedSlot& slot = feeds_[index];
  slot.removed = true;
  removed_feeds_[index] = std::move(slot.feed);
  slot.feed = Feed();
  stories_.rebuild(feeds_);  // its items leave the other feeds' stories
  // Off the stored list now (a reload will not bring it back); its items stay stored until
  // the undo runs out.
  platform_.remove_subscription(slot.url, false);
  if (pane_.is_open() && pane_feed_url_ == slot.url) close_article();
  subs_panel_.set_message("", Tone::Plain);  // the Undo bar says what happened
  rebuild_headlines();
}

void App::undo_remove() {
  const subscriptions::EditResult r = subs_.undo(platform_.now());
  if (r.ok) {
    FeedSlot& slot = feeds_[r.index];
    slot.removed = false;
    auto held = removed_feeds_.find(r.index);
    if (held != removed_feeds_.end()) {
      slot.feed = std::move(held->second);
      removed_feeds_.erase(held);
      stories_.add_feed(feeds_, static_cast<std::size_t>(r.index));
    }
    const subscriptions::Subscription& s = subs_.at(r.index);
    if (!s.for_visit) platform_.save_subscription(s.url, s.title, s.folder);
    platform_.fetch_feed(r.index, s.url);  // refreshing again
    subs_panel_.set_message("Restored \xE2\x80\x9C" + feed_display_name(s, &slot) + "\xE2\x80\x9D.", Tone::Success);
    rebuild_headlines();
  } else {
    subs_panel_.set_message(r.message, Tone::Error);
    publish_subscriptions();
  }
}

void App::import_opml(std::string_view bytes) {
  subs_panel_.open();
  const opml::ImportResult parsed = opml::import_opml(bytes);
  if (!parsed.ok) {
    subs_panel_.set_message("That file is not an OPML subscription list (" + parsed.error + ").", Tone::Error);
    publish_subscriptions();
    return;
  }
  const subscriptions::ImportSummary summary = subscriptions::import_opml(subs_, parsed.document);
  sync_feed_slots();
  for (int index : summary.added_indices) {
    const subscriptions::Subscription& s = subs_.at(index);
    platform_.save_subscription(s.url, s.title, s.folder);
  }
  subs_panel_.set_message(subscriptions::summary_text(summary), summary.added > 0 ? Tone::Success : Tone::Plain);
  rebuild_headlines();
}

void App::export_opml() {
  std::vector<std::string> titles;
  for (const FeedSlot& slot : feeds_) titles.push_back(slot.feed.title);
  const opml::Document doc = subscriptions::to_opml(subs_, "feedview subscriptions", &titles);
  platform_.download_file("subscriptions.opml", "text/x-opml", opml::export_opml(doc));
  const std::size_t n = opml::count_feeds(doc.outlines);
  subs_panel_.set_message("Saved subscriptions.opml with " + std::to_string(n) + (n == 1 ? " feed." : " feeds."),
                          Tone::Success);
  publish_subscriptions();
}

void App::download_view_json() {
  Feed view;
  view.title = "feedview: the listed headlines";
  view.generator = "feedview";
  for (const Headline& h : list_.rows()) view.items.push_back(feeds_[h.feed].feed.items[h.item]);
  platform_.download_file("feedview-view.json", "application/json", feed_to_json(view));
  const std::size_t n = view.items.size();
  subs_panel_.set_message("Saved feedview-view.json with " + std::to_string(n) + (n == 1 ? " headline." : " headlines."),
                          Tone::Success);
  publish_subscriptions();
}

void App::handle_panel_requests(const std::vector<PanelRequest>& requests) {
  for (const PanelRequest& r : requests) {
    switch (r.kind) {
      case PanelRequest::Kind::Add: subscribe_address(r.text); break;
      case PanelRequest::Kind::Rename: rename_feed(r.index, r.text); break;
      case PanelRequest::Kind::Move: move_feed(r.index, r.text); break;
      case PanelRequest::Kind::Remove: remove_feed(r.index); break;
      case PanelRequest::Kind::Undo: undo_remove(); break;
      case PanelRequest::Kind::Keep: keep_feed(r.index); break;
      case PanelRequest::Kind::RenameFolder: rename_folder(r.folder, r.text); break;
      case PanelRequest::Kind::ImportOpml: platform_.choose_opml_file(); break;
      case PanelRequest::Kind::ExportOpml: export_opml(); break;
      case PanelRequest::Kind::ViewJson: download_view_json(); break;
    }
  }
}

void App::draw_subscriptions(float scale, std::int64_t now) {
  // Removals past their undo: delete what the page stored for them.
  for (int index : subs_.expire(now)) {
    if (!subs_.at(index).for_visit) platform_.remove_subscription(subs_.at(index).url, true);
    removed_feeds_.erase(index);
  }
  const bool was_open = subs_panel_.is_open();
  const std::vector<PanelRequest> requests =
      subs_panel_.draw(fonts_.fonts(), palette(dark()), scale, subs_, feeds_, now);
  handle_panel_requests(requests);
  const int undo = subs_.pending_undo(now);
  if (undo != shown_undo_ || was_open != subs_panel_.is_open()) {
    shown_undo_ = undo;
    publish_subscriptions();
  }
}

float App::draw_feeds_button(float right, float center_y, float scale) {
  const Palette& p = palette(dark());
  ImGui::PushFont(fonts_.fonts().meta);
  const ImGuiStyle& style = ImGui::GetStyle();
  const char* label = "Feeds";
  const ImVec2 text = ImGui::CalcTextSize(label);
  const ImVec2 size(text.x + style.FramePadding.x * 2, ImGui::GetFontSize() + style.FramePadding.y * 2);
  ImGui::SetCursorScreenPos(ImVec2(right - size.x, std::floor(center_y - size.y * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  if (ImGui::Button("Feeds##manage", size)) open_subscriptions(true);
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("Manage feeds: add, rename, move, remove; OPML import and export");
  }
  ImGui::PopStyleColor(2);
  ImGui::PopFont();
  (void)scale;
  return size.x;
}

}  // namespace fv::app
