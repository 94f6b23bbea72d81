#include "cli/proxy/proxy_route.h"

#include <httplib.h>
#include <netdb.h>

#include <memory>
#include <string>

#include "cli/proxy/address_policy.h"
#include "cli/proxy/rate_limiter.h"
#include "cli/proxy/target_url.h"
#include "core/url/url.h"

namespace fv::proxy {
namespace {

// Headers the app needs to read from a cross-origin response.
constexpr const char* kExposed =
    "ETag, Last-Modified, Cache-Control, Retry-After, Content-Type, X-Feedview-Final-Url, "
    "X-Feedview-Moved-Permanently";

void add_cors(httplib::Response& res) {
  res.set_header("Access-Control-Allow-Origin", "*");
  res.set_header("Access-Control-Expose-Headers", kExposed);
  res.set_header("Vary", "Origin");
}

void fail(httplib::Response& res, int status, const std::string& why) {
  res.status = status;
  res.set_content("feedview proxy: " + why + "\n", "text/plain; charset=utf-8");
}

// Resolves the host and checks every address it has: one private answer is enough to refuse,
// since the connection could land on any of them. Returns the address to connect to.
bool resolve_checked(const TargetUrl& t, bool allow_private, std::string& ip, std::string& why) {
  addrinfo hints{};
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* list = nullptr;
  int rc = getaddrinfo(t.host.c_str(), nullptr, &hints, &list);
  if (rc != 0 || !list) {
    why = "cannot resolve " + t.host + ": " + gai_strerror(rc);
    return false;
  }
  std::unique_ptr<addrinfo, decltype(&freeaddrinfo)> guard(list, freeaddrinfo);
  for (addrinfo* a = list; a; a = a->ai_next) {
    std::string reason = forbidden_reason(a->ai_addr);
    if (!reason.empty() && !allow_private) {
      why = "refused: " + t.host + " resolves to a " + reason + " address (" +
            address_text(a->ai_addr) + ")";
      return false;
    }
  }
  ip = address_text(list->ai_addr);
  return true;
}

struct Fetched {
  int status = 0;
  httplib::Headers headers;
  std::string body;
};

void handle(const ProxyLimits& limits, RateLimiter& limiter, const httplib::Request& req,
            httplib::Response& res) {
  add_cors(res);
  int retry_after = 0;
  if (!limiter.allow(req.remote_addr, retry_after)) {
    res.set_header("Retry-After", std::to_string(retry_after));
    return fail(res, 429, "too many requests from " + req.remote_addr);
  }
  std::string url = req.get_param_value("url");
  if (url.empty()) return fail(res, 400, "missing ?url=");

  bool moved_permanently = true;  // only if every hop was permanent
  for (int hop = 0; hop <= limits.max_redirects; ++hop) {
    TargetUrl t;
    std::string why, ip;
    if (!split_target_url(url, t, why)) return fail(res, 400, why);
    if (!resolve_checked(t, limits.allow_private, ip, why)) return fail(res, 403, why);

    httplib::Client client(t.scheme + "://" + (t.host.find(':') != std::string::npos ? "[" + t.host + "]" : t.host) +
                           ":" + std::to_string(t.port));
    // Connect to the address we checked, not to whatever a second DNS answer says.
    client.set_hostname_addr_map({{t.host, ip}});
    client.set_connection_timeout(limits.timeout_seconds, 0);
    client.set_read_timeout(limits.timeout_seconds, 0);
    client.set_write_timeout(limits.timeout_seconds, 0);
    client.set_follow_location(false);
    client.set_decompress(true);
#ifdef CPPHTTPLIB_OPENSSL_SUPPORT
    client.enable_server_certificate_verification(true);
#endif

    httplib::Headers headers = {{"User-Agent", "feedview-proxy/0.1 (+feed reader)"},
                                {"Accept", "application/rss+xml, application/atom+xml, "
                                           "application/feed+json, application/xml;q=0.9, */*;q=0.8"}};
    for (const char* h : {"If-None-Match", "If-Modified-Since", "Accept-Language"})
      if (req.has_header(h)) headers.emplace(h, req.get_header_value(h));

    Fetched got;
    bool too_large = false;
    auto result = client.Get(
        t.path, headers,
        [&](const httplib::Response& r) {
          got.status = r.status;
          got.headers = r.headers;
          auto len = r.get_header_value("Content-Length");
          if (!len.empty() && std::strtoull(len.c_str(), nullptr, 10) > limits.max_bytes) {
            too_large = true;
            return false;
          }
          return true;
        },
        [&](const char* data, size_t n) {
          if (got.body.size() + n > limits.max_bytes) {
            too_large = true;
            return false;
          }
          got.body.append(data, n);
          return true;
        });
    if (too_large) return fail(res, 502, "response larger than " + std::to_string(limits.max_bytes) + " bytes");
    if (!result) return fail(res, 504, "cannot fetch " + url + ": " + httplib::to_string(result.error()));

    auto header = [&](const char* name) {
      auto it = got.headers.find(name);
      return it == got.headers.end() ? std::string() : it->second;
    };
    if (got.status >= 300 && got.status < 400 && got.status != 304 && !header("Location").empty()) {
      if (got.status != 301 && got.status != 308) moved_permanently = false;
      url = fv::url::resolve(url, header("Location"));
      continue;
    }
    res.status = got.status;
    for (const char* h : {"ETag", "Last-Modified", "Cache-Control", "Retry-After", "Expires"})
      if (auto v = header(h); !v.empty()) res.set_header(h, v);
    if (hop > 0) {
      res.set_header("X-Feedview-Final-Url", url);
      if (moved_permanently) res.set_header("X-Feedview-Moved-Permanently", "1");
    }
    std::string type = header("Content-Type");
    res.set_content(std::move(got.body), type.empty() ? "application/octet-stream" : type.c_str());
    return;
  }
  fail(res, 508, "more than " + std::to_string(limits.max_redirects) + " redirects");
}

}  // namespace

void add_proxy_route(httplib::Server& server, const ProxyLimits& limits) {
  auto limiter = std::make_shared<RateLimiter>(limits.requests_per_minute);
  server.Get("/proxy", [limits, limiter](const httplib::Request& req, httplib::Response& res) {
    handle(limits, *limiter, req, res);
  });
  // Conditional headers are not CORS-safelisted: browsers ask first.
  server.Options("/proxy", [](const httplib::Request&, httplib::Response& res) {
    add_cors(res);
    res.set_header("Access-Control-Allow-Methods", "GET");
    res.set_header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since");
    res.set_header("Access-Control-Max-Age", "86400");
    res.status = 204;
  });
  auto refuse = [](const httplib::Request&, httplib::Response& res) {
    add_cors(res);
    res.set_header("Allow", "GET, OPTIONS");
    fail(res, 405, "only GET");
  };
  server.Post("/proxy", refuse);
  server.Put("/proxy", refuse);
  server.Delete("/proxy", refuse);
  server.Patch("/proxy", refuse);
}

}  // namespace fv::proxy
