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

std::int64_t WebPlatform::now() const {
  return static_cast<std::int64_t>(std::floor(shim_date_now() / 1000.0));
}

}  // namespace fv::web
