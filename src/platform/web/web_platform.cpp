#include "platform/web/web_platform.h"

#include <cmath>

#include <GLES3/gl3.h>

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

void WebPlatform::request_image(const std::string& url, int max_w, int max_h) {
  if (app::is_http_link(url)) shim_request_image(url, max_w, max_h);
}

// Thumbnails are small RGBA textures sampled with linear filtering (they are drawn slightly
// scaled and cropped); ImGui's OpenGL 3 renderer binds the GL name passed as ImTextureID.
std::uint64_t WebPlatform::create_texture(const unsigned char* rgba, int w, int h) {
  if (!rgba || w <= 0 || h <= 0 || w > 4096 || h > 4096) return 0;
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint tex = 0;
  glGenTextures(1, &tex);
  if (tex == 0) return 0;
  glBindTexture(GL_TEXTURE_2D, tex);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  return tex;
}

void WebPlatform::destroy_texture(std::uint64_t texture) {
  const GLuint tex = static_cast<GLuint>(texture);
  if (tex != 0) glDeleteTextures(1, &tex);
}

std::int64_t WebPlatform::now() const {
  return static_cast<std::int64_t>(std::floor(shim_date_now() / 1000.0));
}

}  // namespace fv::web
