// The URL the proxy is asked to fetch, split into the parts a connection needs.
#pragma once

#include <string>
#include <string_view>

namespace fv::proxy {

struct TargetUrl {
  std::string scheme;  // "http" or "https"
  std::string host;    // without brackets for IPv6
  int port = 0;
  std::string path;    // path and query, at least "/"; never the fragment
};

// False with a reason for anything but an absolute http(s) URL with a host, no user info.
bool split_target_url(std::string_view url, TargetUrl& out, std::string& reason);

}  // namespace fv::proxy
