// fv::app::Platform in the browser: every call goes to the JS shim.
#pragma once

#include "app/platform.h"
#include "platform/web/local_storage_settings.h"
#include "platform/web/reading_shim.h"

namespace fv::web {

class WebPlatform : public app::Platform {
 public:
  void fetch_feed(int feed_index, const std::string& url) override;
  void open_url(const std::string& url) override;
  void publish_headlines(const std::string& json) override;
  void publish_article(const std::string& json) override;
  void publish_trends(const std::string& json) override;  // mirror_panels.cpp
  void publish_dialog(const std::string& json) override;  // mirror_panels.cpp
  void publish_toolbar(const std::string& json) override;  // mirror_panels.cpp
  void publish_undo(const std::string& json) override;    // mirror_panels.cpp
  void set_clipboard_text(const std::string& text) override;
  app::Settings& settings() override { return settings_; }
  void save_subscription(const std::string& url, const std::string& title,
                         const std::string& folder) override;
  void remove_subscription(const std::string& url, bool purge) override;
  void find_feed(int request, const std::string& address) override;
  void choose_opml_file() override;
  void download_file(const std::string& name, const std::string& mime,
                     const std::string& bytes) override;
  void publish_subscriptions(const std::string& json) override;
  void request_image(const std::string& url, int max_w, int max_h) override;
  std::uint64_t create_texture(const unsigned char* rgba, int w, int h) override;
  void destroy_texture(std::uint64_t texture) override;
  std::int64_t now() const override;
  app::ReadStateStore& read_state_store() override { return read_state_; }
  void refresh_feeds() override { shim_refresh_feeds(); }
  void publish_sidebar(const std::string& json) override { shim_publish_sidebar(json); }

 private:
  LocalStorageSettings settings_;
  WebReadStateStore read_state_;
};

}  // namespace fv::web
