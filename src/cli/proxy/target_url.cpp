#include "cli/proxy/target_url.h"

#include <cctype>

namespace fv::proxy {

bool split_target_url(std::string_view url, TargetUrl& out, std::string& reason) {
  auto colon = url.find("://");
  if (colon == std::string_view::npos) {
    reason = "not an absolute URL";
    return false;
  }
  std::string scheme;
  for (char c : url.substr(0, colon)) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (scheme != "http" && scheme != "https") {
    reason = "only http and https URLs can be fetched";
    return false;
  }
  std::string_view rest = url.substr(colon + 3);
  auto end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  std::string_view tail = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  if (authority.find('@') != std::string_view::npos) {
    reason = "URLs with user names or passwords are not fetched";
    return false;
  }
  std::string_view host = authority, port;
  if (!authority.empty() && authority[0] == '[') {
    auto close = authority.find(']');
    if (close == std::string_view::npos) {
      reason = "malformed IPv6 host";
      return false;
    }
    host = authority.substr(1, close - 1);
    if (close + 1 < authority.size()) {
      if (authority[close + 1] != ':') {
        reason = "malformed host";
        return false;
      }
      port = authority.substr(close + 2);
    }
  } else if (auto c = authority.rfind(':'); c != std::string_view::npos) {
    host = authority.substr(0, c);
    port = authority.substr(c + 1);
  }
  if (host.empty()) {
    reason = "URL has no host";
    return false;
  }
  out.scheme = scheme;
  out.host.clear();
  for (char c : host) out.host += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  out.port = scheme == "https" ? 443 : 80;
  if (!port.empty()) {
    int p = 0;
    for (char c : port) {
      if (c < '0' || c > '9' || p > 65535) {
        reason = "malformed port";
        return false;
      }
      p = p * 10 + (c - '0');
    }
    if (p < 1 || p > 65535) {
      reason = "malformed port";
      return false;
    }
    out.port = p;
  }
  std::string_view path = tail.substr(0, tail.find('#'));
  out.path = path.empty() || path[0] != '/' ? "/" + std::string(path) : std::string(path);
  return true;
}

}  // namespace fv::proxy
