#include "core/refresh/http_cache_headers.h"

#include <cctype>
#include <limits>

#include "core/dates/parse_date.h"

namespace fv::refresh {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

// Non-negative decimal delta-seconds; saturates instead of overflowing (RFC 9111 §1.2.2).
std::optional<std::int64_t> delta_seconds(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
  if (s.empty()) return std::nullopt;
  std::int64_t v = 0;
  constexpr std::int64_t kCap = std::int64_t(1) << 31;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
    if (v > kCap) v = kCap;
  }
  return v;
}

}  // namespace

CacheControl parse_cache_control(std::string_view value) {
  CacheControl cc;
  while (!value.empty()) {
    const std::size_t comma = value.find(',');
    std::string_view directive = trim(value.substr(0, comma));
    value = comma == std::string_view::npos ? std::string_view() : value.substr(comma + 1);
    const std::size_t eq = directive.find('=');
    const std::string_view name = trim(directive.substr(0, eq));
    const std::string_view arg = eq == std::string_view::npos ? std::string_view() : directive.substr(eq + 1);
    if (iequals(name, "max-age")) {
      if (auto v = delta_seconds(arg); v && !cc.max_age) cc.max_age = v;  // the first one counts
    } else if (iequals(name, "no-store")) {
      cc.no_store = true;
    } else if (iequals(name, "no-cache")) {
      cc.no_cache = true;
    }
  }
  return cc;
}

std::optional<std::int64_t> expires_in(std::string_view expires, std::string_view date,
                                       std::int64_t now) {
  expires = trim(expires);
  if (expires.empty()) return std::nullopt;
  const auto when = dates::parse_date(expires);
  // RFC 9111 §5.3: an invalid Expires (notably "0") means already expired.
  if (!when) return 0;
  std::int64_t base = now;
  if (auto server_now = dates::parse_date(trim(date))) base = *server_now;
  return *when > base ? *when - base : 0;
}

std::optional<std::int64_t> parse_retry_after(std::string_view value, std::int64_t now) {
  value = trim(value);
  if (value.empty()) return std::nullopt;
  if (auto secs = delta_seconds(value)) return secs;
  if (auto when = dates::parse_date(value)) return *when > now ? *when - now : 0;
  return std::nullopt;
}

}  // namespace fv::refresh
