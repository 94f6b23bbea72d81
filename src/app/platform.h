// What the dashboard needs from the platform it runs on. The browser implements it in
// src/platform/web/web_platform.*; a test double or a native host could implement it too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "app/read_state_store.h"

namespace fv::app {

// Small string key/value store that survives reloads (localStorage in the browser).
class Settings {
 public:
  virtual ~Settings() = default;
  virtual std::string get(std::string_view key, std::string_view fallback = {}) const = 0;
  virtual void set(std::string_view key, std::string_view value) = 0;
};

class Platform {
 public:
  virtual ~Platform() = default;

  // Starts fetching `url`; the answer comes back through App::on_feed_bytes / on_feed_error
  // with the same `feed_index`.
  virtual void fetch_feed(int feed_index, const std::string& url) = 0;

  // Opens an http(s) URL in a new tab (noopener). Other schemes are ignored.
  virtual void open_url(const std::string& url) = 0;

  // The accessible headline mirror: a window of the listed rows as JSON
  // {total, first, rows: [{title, url, source, time}]} (headlines.h, mirror_json).
  virtual void publish_headlines(const std::string& json) = 0;

  // The accessible mirror of the reading pane: a JSON object {title, url, source, time, author,
  // paragraphs: [..], related: [{title, url, source}]}, or "null" when the pane is closed.
  virtual void publish_article(const std::string& json) = 0;

  // The accessible mirror of the Trends panel and list filters: a JSON object {open, filters:
  // ["Keyword: …"], hidden, showingMuted, mutes: ["word: …"], keywords: [{term, headlines}],
  // timeline: "…"} (TrendsPanel::mirror_json).
  virtual void publish_trends(const std::string& json) { (void)json; }

  // The accessible mirror of an open dialog: {title, rows: [[keys, what]]}, or "null" when
  // none is open.
  virtual void publish_dialog(const std::string& json) { (void)json; }

  // The accessible mirror of the undo bar under the list: {text}, or "null" when it offers
  // nothing; its Undo calls App::undo_offered.
  virtual void publish_undo(const std::string& json) { (void)json; }

  virtual void set_clipboard_text(const std::string& text) = 0;

  virtual Settings& settings() = 0;

  // ---- Subscriptions, files (defaults do nothing: a host without storage or files) -------

  // Stores one subscription: added, renamed, moved, kept, or restored by an undo.
  virtual void save_subscription(const std::string& url, const std::string& title,
                                 const std::string& folder) {
    (void)url, (void)title, (void)folder;
  }
  // Takes a feed off the stored list and stops refreshing it. `purge` (once its undo has run
  // out) also deletes what was stored for it: items (but starred ones), last response.
  virtual void remove_subscription(const std::string& url, bool purge) { (void)url, (void)purge; }
  // Looks for a feed at `address`: the feed itself, or the feeds a web page announces. The
  // answer comes back through App::on_feed_found with the same `request`.
  virtual void find_feed(int request, const std::string& address) { (void)request, (void)address; }
  // Offers a file picker for an OPML file; its bytes come back through App::import_opml.
  virtual void choose_opml_file() {}
  // Saves `bytes` as a file called `name` (a download in the browser).
  virtual void download_file(const std::string& name, const std::string& mime,
                             const std::string& bytes) {
    (void)name, (void)mime, (void)bytes;
  }
  // The accessible mirror of the feeds panel: JSON, see SubscriptionsPanel::mirror_json.
  virtual void publish_subscriptions(const std::string& json) { (void)json; }

  // Thumbnails. request_image fetches an http(s) image and downscales it to fit max_w x max_h
  // pixels; the answer comes back through App::on_image / App::on_image_failed with the same
  // URL. create_texture uploads RGBA pixels and returns an ImTextureID-compatible handle (0 on
  // failure); destroy_texture frees it. The defaults do nothing (no thumbnails).
  virtual void request_image(const std::string& url, int max_w, int max_h) {
    (void)url, (void)max_w, (void)max_h;
  }
  virtual std::uint64_t create_texture(const unsigned char* rgba, int w, int h) {
    (void)rgba, (void)w, (void)h;
    return 0;
  }
  virtual void destroy_texture(std::uint64_t texture) { (void)texture; }

  // Wall-clock time, Unix seconds (UTC).
  virtual std::int64_t now() const = 0;

  // Read/starred marks across reloads (the default keeps them for the session only).
  virtual ReadStateStore& read_state_store() {
    static SessionReadStateStore session;
    return session;
  }

  // Fetches every feed again now because a person asked ("r"); per-feed progress comes back
  // through App::on_feed_busy, new bytes through App::on_feed_bytes.
  virtual void refresh_feeds() {}

  // The accessible mirror's toolbar (the header's buttons and the view options): JSON from
  // toolbar_json (app/header_buttons.h).
  virtual void publish_toolbar(const std::string& json) { (void)json; }

  // The sidebar's accessible mirror: JSON from Sidebar::mirror_json.
  virtual void publish_sidebar(const std::string& json) { (void)json; }
};

}  // namespace fv::app
