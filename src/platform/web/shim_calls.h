// Calls from C++ into the page's JS shim (web/feedview-shim.js). Each forwards to a method of
// the `fvShim` object the shim hands to the Emscripten module factory; see the shim for what
// each does in the DOM.
#pragma once

#include <string>

namespace fv::web {

void shim_fetch_feed(int index, const std::string& url);
void shim_open_url(const std::string& url);
void shim_publish_headlines(const std::string& json);
void shim_publish_article(const std::string& json);
void shim_set_clipboard(const std::string& text);
// Fetches an image, downscaled to fit max_w x max_h; answers with fv_image_loaded/failed.
void shim_request_image(const std::string& url, int max_w, int max_h);
void shim_set_cursor(const char* css_cursor);
// Places the hidden <input> over the active text field (CSS px) and focuses it, or blurs it.
void shim_text_input(bool active, float css_x, float css_y, float css_h);
// localStorage; `found` is false when the key is absent or storage is unavailable.
std::string shim_storage_get(const std::string& key, bool& found);
void shim_storage_set(const std::string& key, const std::string& value);
// Subscriptions and files (web/feedview-shim.js: store, find-feed, file picker, downloads).
void shim_save_subscription(const std::string& url, const std::string& title, const std::string& folder);
void shim_remove_subscription(const std::string& url, bool purge);
void shim_find_feed(int request, const std::string& address);
void shim_choose_opml_file();
void shim_download_file(const std::string& name, const std::string& mime, const std::string& text);
void shim_publish_subscriptions(const std::string& json);
// Wall-clock time in milliseconds (Date.now()).
double shim_date_now();

}  // namespace fv::web
