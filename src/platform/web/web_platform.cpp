#include "platform/web/web_platform.h"

#include <cmath>

#include "app/headlines.h"
#include "platform/web/shim_calls.h"

namespace fv::web {

void WebPlatform::fetch_feed(int feed_index, const std::string& url) {
  shim_fetch_feed(feed_index, url);
}

void WebPlatform::open_url(const std::string& url) {
  // The shim checks the scheme again; never hand it anything but http(s).
  if (app::is_http_link(url)) shim_open_url(url);
}

void WebPlatform::publish_headlines(const std::string& json) { shim_publish_headlines(json); }

void WebPlatform::publish_article(const std::string& json) { shim_publish_article(json); }

void WebPlatform::set_clipboard_text(const std::string& text) { shim_set_clipboard(text); }

void WebPlatform::save_subscription(const std::string& url, const std::string& title,
                                    const std::string& folder) {
  shim_save_subscription(url, title, folder);
}

void WebPlatform::remove_subscription(const std::string& url, bool purge) {
  shim_remove_subscription(url, purge);
}

void WebPlatform::find_feed(int request, const std::string& address) { shim_find_feed(request, address); }

void WebPlatform::choose_opml_file() { shim_choose_opml_file(); }

void WebPlatform::download_file(const std::string& name, const std::string& mime,
                                const std::string& bytes) {
  shim_download_file(name, mime, bytes);
}

void WebPlatform::publish_subscriptions(const std::string& json) { shim_publish_subscriptions(json); }

std::int64_t WebPlatform::now() const {
  return static_cast<std::int64_t>(std::floor(shim_date_now() / 1000.0));
}

}  // namespace fv::web
