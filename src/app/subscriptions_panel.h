// "Manage feeds": an overlay over the dashboard listing the subscriptions by folder, with an
// address field to add a feed, Rename / Move / Remove on each feed (Undo for a few seconds),
// OPML import and export, and "Download view as JSON". It only draws and collects what the
// reader asked for; App carries the requests out (app_subscriptions.cpp) and the list logic is
// core/subscriptions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/subscriptions.h"
#include "app/theme.h"
#include "core/subscriptions/subscription_list.h"

namespace fv::app {

struct PanelRequest {
  enum class Kind { Add, Rename, Move, Remove, Undo, Keep, RenameFolder, ImportOpml, ExportOpml, ViewJson };
  PanelRequest(Kind k, int i = -1, std::string t = {}, std::string f = {})
      : kind(k), index(i), text(std::move(t)), folder(std::move(f)) {}
  Kind kind;
  int index;
  std::string text;    // the address, the new name or the folder
  std::string folder;  // RenameFolder: the folder being renamed
};

class SubscriptionsPanel {
 public:
  enum class Tone { Plain, Busy, Success, Error };

  // `focus_address`: put the keyboard in the address field (opened from the canvas; not when
  // the accessible mirror or an import opened it, so the page's focus stays where it is).
  void open(bool focus_address = false);
  void close();
  bool is_open() const { return open_; }

  // The line under the address field: what the last action did.
  void set_message(std::string text, Tone tone);
  const std::string& message() const { return message_; }
  void clear_address() { address_[0] = '\0'; }

  // Draws the overlay over the whole display (call after the dashboard window). Returns what
  // the reader asked for this frame.
  std::vector<PanelRequest> draw(const FontHandles& fonts, const Palette& colors, float scale,
                                 const subscriptions::SubscriptionList& list,
                                 const std::vector<FeedSlot>& slots, std::int64_t now);

  // For Platform::publish_subscriptions: {open, message, tone, undo: {index, name} | null,
  // folders: [..], feeds: [{index, name, url, folder, status, error, visit}]}.
  std::string mirror_json(const subscriptions::SubscriptionList& list,
                          const std::vector<FeedSlot>& slots, std::int64_t now) const;

 private:
  enum class Edit { None, Rename, Move, Folder };
  // The one-line edit field (edit_text_) with its Save and Cancel buttons: a feed's name or
  // folder, a folder's name. True when the reader saves (button or Enter); either ends the edit.
  bool draw_edit_field(const char* id, const char* hint, const char* save_label, const Palette& colors,
                       float scale, float width);
  void draw_folder_header(const std::string& folder, const FontHandles& fonts, const Palette& colors,
                          float scale, float width, std::vector<PanelRequest>& out);
  void draw_row(int index, const FontHandles& fonts, const Palette& colors, float scale,
                float width, bool narrow, const subscriptions::SubscriptionList& list,
                const std::vector<FeedSlot>& slots, std::vector<PanelRequest>& out);

  bool open_ = false;
  bool focus_address_ = false;
  char address_[1024] = {};
  std::string message_;
  Tone tone_ = Tone::Plain;
  Edit edit_ = Edit::None;
  int edit_index_ = -1;
  bool focus_edit_ = false;
  char edit_text_[256] = {};
  std::string edit_folder_;  // Edit::Folder: the folder being renamed
};

// The name a feed goes by in the panel: the reader's name, the feed's own title, its address.
std::string feed_display_name(const subscriptions::Subscription& s, const FeedSlot* slot);

}  // namespace fv::app
