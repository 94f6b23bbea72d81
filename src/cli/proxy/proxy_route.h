// GET /proxy?url=…: fetches a feed for the browser app when the feed's server sends no CORS
// headers. GET only, http(s) only, public addresses only (unless allow_private: tests), every
// redirect hop re-checked, size and time capped, conditional headers passed both ways, CORS
// headers added, a per-client rate limit.
#pragma once

#include <cstddef>

namespace httplib {
class Server;
}

namespace fv::proxy {

struct ProxyLimits {
  bool allow_private = false;              // allow loopback/private/link-local targets
  std::size_t max_bytes = 16u << 20;       // response body cap
  int timeout_seconds = 20;                // connect + read, per hop
  int max_redirects = 5;
  int requests_per_minute = 120;           // per client address
};

void add_proxy_route(httplib::Server& server, const ProxyLimits& limits);

}  // namespace fv::proxy
