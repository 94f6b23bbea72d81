// fv::app::Platform in the browser: every call goes to the JS shim.
#pragma once

#include "app/platform.h"
#include "platform/web/local_storage_settings.h"

namespace fv::web {

class WebPlatform : public app::Platform {
 public:
  void fetch_feed(int feed_index, const std::string& url) override;
  void open_url(const std::string& url) override;
  void publish_headlines(const std::string& json) override;
  void publish_article(const std::string& json) override;
  void set_clipboard_text(const std::string& text) override;
  app::Settings& settings() override { return settings_; }
  std::int64_t now() const override;

 private:
  LocalStorageSettings settings_;
};

}  // namespace fv::web
