#include "core/url/url.h"

#include <cctype>
#include <optional>
#include <vector>

namespace fv::url {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
std::string lowered(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = lower(c);
  return r;
}
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The five components of RFC 3986 Appendix B; "defined" is kept apart from "empty".
struct Parts {
  std::optional<std::string_view> scheme, authority, query, fragment;
  std::string_view path;
};

Parts split(std::string_view u) {
  Parts p;
  std::size_t i = 0;
  // scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
  if (!u.empty() && is_alpha(u[0])) {
    std::size_t j = 1;
    while (j < u.size() && (is_alpha(u[j]) || is_digit(u[j]) || u[j] == '+' || u[j] == '-' || u[j] == '.')) ++j;
    if (j < u.size() && u[j] == ':') {
      p.scheme = u.substr(0, j);
      i = j + 1;
    }
  }
  if (u.compare(i, 2, "//") == 0 && u.size() >= i + 2) {
    const std::size_t start = i + 2;
    std::size_t end = u.find_first_of("/?#", start);
    if (end == std::string_view::npos) end = u.size();
    p.authority = u.substr(start, end - start);
    i = end;
  }
  std::size_t path_end = u.find_first_of("?#", i);
  if (path_end == std::string_view::npos) path_end = u.size();
  p.path = u.substr(i, path_end - i);
  i = path_end;
  if (i < u.size() && u[i] == '?') {
    std::size_t q_end = u.find('#', i);
    if (q_end == std::string_view::npos) q_end = u.size();
    p.query = u.substr(i + 1, q_end - i - 1);
    i = q_end;
  }
  if (i < u.size() && u[i] == '#') p.fragment = u.substr(i + 1);
  return p;
}

// RFC 3986 §5.3.
std::string recompose(const std::optional<std::string>& scheme, const std::optional<std::string>& authority,
                      const std::string& path, const std::optional<std::string>& query,
                      const std::optional<std::string_view>& fragment) {
  std::string r;
  if (scheme) r += *scheme + ":";
  if (authority) r += "//" + *authority;
  r += path;
  if (query) r += "?" + *query;
  if (fragment) {
    r += '#';
    r += *fragment;
  }
  return r;
}

// Browsers drop leading/trailing C0 controls and spaces, and tabs/newlines anywhere. Characters
// that can never appear in a URI (inner spaces, other controls, '"', '<', '>') are
// percent-encoded, as the WHATWG URL parser does, so a resolved link is always one token.
std::string clean_reference(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && static_cast<unsigned char>(s[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(s[e - 1]) <= 0x20) --e;
  static const char kHex[] = "0123456789ABCDEF";
  std::string r;
  r.reserve(e - b);
  for (std::size_t i = b; i < e; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c <= 0x20 || c == 0x7F || c == '"' || c == '<' || c == '>') {
      r += '%';
      r += kHex[c >> 4];
      r += kHex[c & 0xF];
    } else {
      r += static_cast<char>(c);
    }
  }
  return r;
}

// The host of an authority: no userinfo, no port; IPv6 literals keep their brackets.
std::string_view authority_host(std::string_view a, std::string_view* port = nullptr) {
  const std::size_t at = a.rfind('@');
  if (at != std::string_view::npos) a = a.substr(at + 1);
  std::string_view h = a, pt;
  if (!a.empty() && a[0] == '[') {
    const std::size_t close = a.find(']');
    if (close != std::string_view::npos) {
      h = a.substr(0, close + 1);
      if (close + 1 < a.size() && a[close + 1] == ':') pt = a.substr(close + 2);
    }
  } else {
    const std::size_t colon = a.rfind(':');
    if (colon != std::string_view::npos) {
      h = a.substr(0, colon);
      pt = a.substr(colon + 1);
    }
  }
  if (port) *port = pt;
  return h;
}

}  // namespace

std::string scheme(std::string_view u) {
  const Parts p = split(u);
  return p.scheme ? lowered(*p.scheme) : std::string();
}

std::string remove_dot_segments(std::string_view path) {
  std::string in(path), out;
  while (!in.empty()) {
    if (in.compare(0, 3, "../") == 0) {
      in.erase(0, 3);
    } else if (in.compare(0, 2, "./") == 0) {
      in.erase(0, 2);
    } else if (in.compare(0, 3, "/./") == 0) {
      in.erase(0, 2);
    } else if (in == "/.") {
      in = "/";
    } else if (in.compare(0, 4, "/../") == 0 || in == "/..") {
      in = in == "/.." ? std::string("/") : in.substr(3);
      const std::size_t slash = out.rfind('/');
      out.erase(slash == std::string::npos ? 0 : slash);
    } else if (in == "." || in == "..") {
      in.clear();
    } else {
      const std::size_t next = in.find('/', in[0] == '/' ? 1 : 0);
      const std::size_t n = next == std::string::npos ? in.size() : next;
      out.append(in, 0, n);
      in.erase(0, n);
    }
  }
  return out;
}

std::string resolve(std::string_view base_in, std::string_view ref_in) {
  const std::string ref = clean_reference(ref_in);
  const std::string base = clean_reference(base_in);
  const Parts b = split(base);
  if (base.empty() || !b.scheme) return ref;
  const Parts r = split(ref);

  std::optional<std::string> scheme_out, authority_out, query_out;
  std::string path_out;
  auto opt = [](const std::optional<std::string_view>& v) {
    return v ? std::optional<std::string>(std::string(*v)) : std::nullopt;
  };
  // RFC 3986 §5.2.2 (strict: a reference with a scheme is absolute even if it equals base's).
  if (r.scheme) {
    scheme_out = std::string(*r.scheme);
    authority_out = opt(r.authority);
    path_out = remove_dot_segments(r.path);
    query_out = opt(r.query);
  } else {
    if (r.authority) {
      authority_out = opt(r.authority);
      path_out = remove_dot_segments(r.path);
      query_out = opt(r.query);
    } else {
      if (r.path.empty()) {
        path_out = std::string(b.path);
        query_out = r.query ? opt(r.query) : opt(b.query);
      } else {
        if (r.path[0] == '/') {
          path_out = remove_dot_segments(r.path);
        } else {
          // §5.2.3 merge
          std::string merged;
          if (b.authority && b.path.empty()) {
            merged = "/" + std::string(r.path);
          } else {
            const std::size_t slash = b.path.rfind('/');
            merged = slash == std::string_view::npos ? std::string(r.path)
                                                     : std::string(b.path.substr(0, slash + 1)) + std::string(r.path);
          }
          path_out = remove_dot_segments(merged);
        }
        query_out = opt(r.query);
      }
      authority_out = opt(b.authority);
    }
    scheme_out = std::string(*b.scheme);
  }
  return recompose(scheme_out, authority_out, path_out, query_out, r.fragment);
}

bool is_http_url(std::string_view u) {
  const Parts p = split(u);
  if (!p.scheme || !p.authority) return false;
  const std::string s = lowered(*p.scheme);
  if (s != "http" && s != "https") return false;
  const std::string_view h = authority_host(*p.authority);
  if (h.empty()) return false;
  constexpr std::string_view kNeverInHost = "\"<>\\^`{|}%";
  for (char c : h)
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || kNeverInHost.find(c) != std::string_view::npos)
      return false;
  return true;
}

std::string host(std::string_view u) {
  const std::string cleaned = clean_reference(u);
  const Parts p = split(cleaned);
  if (!p.authority) return {};
  return lowered(authority_host(*p.authority));
}

bool is_tracking_parameter(std::string_view name) {
  const std::string n = lowered(name);
  if (n.compare(0, 4, "utm_") == 0) return true;
  static const char* const kTracking[] = {
      "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid",
      "mc_cid", "mc_eid", "ocid", "cmpid", "_ga", "_gl", "mkt_tok", "oly_anon_id",
      "oly_enc_id", "vero_id", "wt.mc_id", "__twitter_impression", "spm", "ns_mchannel",
      "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "hsctatracking", "_hsenc", "_hsmi",
  };
  for (const char* t : kTracking)
    if (n == t) return true;
  return false;
}

// RFC 3986 §6.2.2.1–2: percent-escapes in upper case, and unreserved characters unescaped,
// so "%7euser", "%7Euser" and "~user" compare equal.
std::string normalize_percent_encoding(std::string_view s) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string r;
  r.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
      const char c = static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
      if (is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~') {
        r += c;
      } else {
        r += '%';
        r += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 1])));
        r += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i + 2])));
      }
      i += 2;
    } else {
      r += s[i];
    }
  }
  return r;
}

std::string normalize_for_identity(std::string_view u_in) {
  const std::string u = clean_reference(u_in);
  const Parts p = split(u);
  if (!p.authority) return u;  // not a URL we can take apart: compare it as written
  const std::string s = p.scheme ? lowered(*p.scheme) : std::string();
  std::string_view port;
  std::string h = lowered(authority_host(*p.authority, &port));
  if (h.compare(0, 4, "www.") == 0) h.erase(0, 4);
  while (!h.empty() && h.back() == '.') h.pop_back();  // "example.com." is the same host
  std::string r = h;
  const bool default_port = port.empty() || (s == "http" && port == "80") || (s == "https" && port == "443");
  if (!default_port) {
    r += ':';
    r += port;
  }
  std::string path = remove_dot_segments(normalize_percent_encoding(p.path));
  while (!path.empty() && path.back() == '/') path.pop_back();
  r += path;
  if (p.query) {
    std::string kept;
    std::string_view q = *p.query;
    std::size_t i = 0;
    while (i <= q.size()) {
      std::size_t amp = q.find('&', i);
      if (amp == std::string_view::npos) amp = q.size();
      const std::string_view param = q.substr(i, amp - i);
      const std::string_view name = param.substr(0, param.find('='));
      if (!param.empty() && !is_tracking_parameter(name)) {
        if (!kept.empty()) kept += '&';
        kept += normalize_percent_encoding(param);
      }
      i = amp + 1;
    }
    if (!kept.empty()) r += "?" + kept;
  }
  return r;
}

}  // namespace fv::url
