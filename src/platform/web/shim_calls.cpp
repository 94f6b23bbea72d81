#include "platform/web/shim_calls.h"

#include <cstdlib>

#include <emscripten/emscripten.h>

// `Module.fvShim` is the hook object passed by web/feedview-shim.js to the module factory.
EM_JS(void, fv_js_fetch_feed, (int index, const char* url),
      { Module.fvShim.fetchFeed(index, UTF8ToString(url)); });
EM_JS(void, fv_js_open_url, (const char* url), { Module.fvShim.openUrl(UTF8ToString(url)); });
EM_JS(void, fv_js_publish_headlines, (const char* json),
      { Module.fvShim.publishHeadlines(UTF8ToString(json)); });
EM_JS(void, fv_js_publish_article, (const char* json),
      { Module.fvShim.publishArticle(UTF8ToString(json)); });
EM_JS(void, fv_js_set_clipboard, (const char* text),
      { Module.fvShim.setClipboard(UTF8ToString(text)); });
EM_JS(void, fv_js_request_image, (const char* url, int w, int h),
      { Module.fvShim.requestImage(UTF8ToString(url), w, h); });
EM_JS(void, fv_js_set_cursor, (const char* cursor),
      { Module.fvShim.setCursor(UTF8ToString(cursor)); });
EM_JS(void, fv_js_text_input, (int active, float x, float y, float h),
      { Module.fvShim.textInput(!!active, x, y, h); });
EM_JS(char*, fv_js_storage_get, (const char* key), {
  var v = Module.fvShim.storageGet(UTF8ToString(key));
  if (v === null || v === undefined) return 0;
  var n = lengthBytesUTF8(v) + 1;
  var p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});
EM_JS(void, fv_js_storage_set, (const char* key, const char* value),
      { Module.fvShim.storageSet(UTF8ToString(key), UTF8ToString(value)); });
EM_JS(double, fv_js_date_now, (), { return Date.now(); });
EM_JS(void, fv_js_save_subscription, (const char* url, const char* title, const char* folder), {
  Module.fvShim.saveSubscription(UTF8ToString(url), UTF8ToString(title), UTF8ToString(folder));
});
EM_JS(void, fv_js_remove_subscription, (const char* url, int purge),
      { Module.fvShim.removeSubscription(UTF8ToString(url), !!purge); });
EM_JS(void, fv_js_find_feed, (int request, const char* address),
      { Module.fvShim.findFeed(request, UTF8ToString(address)); });
EM_JS(void, fv_js_choose_opml_file, (), { Module.fvShim.chooseOpmlFile(); });
// Text lengths are passed so text holding U+0000 survives (UTF8ToString stops at a NUL).
EM_JS(void, fv_js_download_file, (const char* name, const char* mime, const char* text, int len), {
  Module.fvShim.downloadFile(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text, len));
});
EM_JS(void, fv_js_publish_subscriptions, (const char* json),
      { Module.fvShim.publishSubscriptions(UTF8ToString(json)); });

namespace fv::web {

void shim_fetch_feed(int index, const std::string& url) { fv_js_fetch_feed(index, url.c_str()); }
void shim_open_url(const std::string& url) { fv_js_open_url(url.c_str()); }
void shim_publish_headlines(const std::string& json) { fv_js_publish_headlines(json.c_str()); }
void shim_publish_article(const std::string& json) { fv_js_publish_article(json.c_str()); }
void shim_set_clipboard(const std::string& text) { fv_js_set_clipboard(text.c_str()); }
void shim_request_image(const std::string& url, int max_w, int max_h) {
  fv_js_request_image(url.c_str(), max_w, max_h);
}
void shim_set_cursor(const char* css_cursor) { fv_js_set_cursor(css_cursor); }
void shim_text_input(bool active, float css_x, float css_y, float css_h) {
  fv_js_text_input(active ? 1 : 0, css_x, css_y, css_h);
}
std::string shim_storage_get(const std::string& key, bool& found) {
  char* p = fv_js_storage_get(key.c_str());
  found = p != nullptr;
  if (!p) return {};
  std::string value(p);
  std::free(p);
  return value;
}
void shim_storage_set(const std::string& key, const std::string& value) {
  fv_js_storage_set(key.c_str(), value.c_str());
}
double shim_date_now() { return fv_js_date_now(); }
void shim_save_subscription(const std::string& url, const std::string& title, const std::string& folder) {
  fv_js_save_subscription(url.c_str(), title.c_str(), folder.c_str());
}
void shim_remove_subscription(const std::string& url, bool purge) {
  fv_js_remove_subscription(url.c_str(), purge ? 1 : 0);
}
void shim_find_feed(int request, const std::string& address) { fv_js_find_feed(request, address.c_str()); }
void shim_choose_opml_file() { fv_js_choose_opml_file(); }
void shim_download_file(const std::string& name, const std::string& mime, const std::string& text) {
  fv_js_download_file(name.c_str(), mime.c_str(), text.c_str(), static_cast<int>(text.size()));
}
void shim_publish_subscriptions(const std::string& json) { fv_js_publish_subscriptions(json.c_str()); }

}  // namespace fv::web
