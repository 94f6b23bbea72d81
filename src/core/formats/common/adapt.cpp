#include "core/formats/common/adapt.h"

#include <algorithm>
#include <cctype>

#include "core/dates/parse_date.h"
#include "core/text/html_to_text.h"
#include "core/text/unicode.h"
#include "core/text/sanitize.h"
#include "core/url/url.h"

namespace fv::adapt {
namespace {


std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace((unsigned char)s.front())) s.remove_prefix(1);
  while (!s.empty() && std::isspace((unsigned char)s.back())) s.remove_suffix(1);
  return s;
}

constexpr std::size_t kMaxWarnings = 64;

}  // namespace

void Context::warn(std::string message) {
  if (!warnings) return;
  if (warnings->size() == kMaxWarnings) {
    warnings->push_back("more warnings omitted");
    return;
  }
  if (warnings->size() > kMaxWarnings) return;
  if (item_index) message = "item " + std::to_string(item_index) + ": " + message;
  warnings->push_back(std::move(message));
}

namespace {

// Whether `s` (valid UTF-8) can be returned as a plain line unchanged: no markup or references,
// no controls, no doubled spaces, and none of the characters to_plain_line or
// strip_invisible_controls would touch — Unicode spaces, zero-width and bidi controls, soft
// hyphen, BOM. Accents, curly quotes, dashes and CJK pass, which keeps most titles off the
// HTML tokenizer.
bool is_already_plain(std::string_view s) {
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (c == '&' || c == '<' || c < 0x20 || c == 0x7F) return false;
      if (c == ' ' && i + 1 < n && s[i + 1] == ' ') return false;
      continue;
    }
    unsigned char c1 = i + 1 < n ? (unsigned char)s[i + 1] : 0;
    unsigned char c2 = i + 2 < n ? (unsigned char)s[i + 2] : 0;
    switch (c) {
      case 0xC2:  // U+0080–U+00BF: NEL, NBSP, soft hyphen
        if (c1 == 0x85 || c1 == 0xA0 || c1 == 0xAD) return false;
        break;
      case 0xD8:  // U+061C arabic letter mark
        if (c1 == 0x9C) return false;
        break;
      case 0xE1:  // U+1680 ogham space, U+180E mongolian vowel separator
        if ((c1 == 0x9A && c2 == 0x80) || (c1 == 0xA0 && c2 == 0x8E)) return false;
        break;
      case 0xE2:  // U+2000–U+200F spaces and marks, U+2028–U+202F, U+205F–U+206F
        if (c1 == 0x80 && (c2 <= 0x8F || (c2 >= 0xA8 && c2 <= 0xAF))) return false;
        if (c1 == 0x81 && c2 >= 0x9F && c2 <= 0xAF) return false;
        break;
      case 0xE3:  // U+3000 ideographic space
        if (c1 == 0x80 && c2 == 0x80) return false;
        break;
      case 0xEF:  // U+FEFF
        if (c1 == 0xBB && c2 == 0xBF) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

bool may_hold_invisible_controls(std::string_view s) {
  for (unsigned char c : s)
    if (c == 0xC2 || c == 0xD8 || c == 0xE1 || c == 0xE2 || c == 0xEF) return true;
  return false;
}

}  // namespace

std::string plain(std::string_view maybe_html) {
  maybe_html = trim(maybe_html);
  if (maybe_html.empty()) return {};
  if (is_already_plain(maybe_html)) return std::string(maybe_html);
  std::string line = text::to_plain_line(maybe_html);
  // C0 controls (a JSON string may carry NUL or BEL) and bidi overrides / zero-width
  // characters must not reach a title: the first truncate C strings, the others make a title
  // lie about itself on screen.
  std::string out;
  out.reserve(line.size());
  for (char c : line) {
    unsigned char u = (unsigned char)c;
    if (u < 0x20 || u == 0x7F) continue;
    out += c;
  }
  if (!may_hold_invisible_controls(out)) return out;
  return text::strip_invisible_controls(out);
}

UnixTime date(std::string_view raw, Context& ctx, const char* field) {
  raw = trim(raw);
  if (raw.empty()) return std::nullopt;
  UnixTime t = dates::parse_date(raw);
  if (!t) {
    // Quote at most 60 bytes, never cutting a UTF-8 sequence in half.
    std::size_t cut = std::min<std::size_t>(raw.size(), 60);
    while (cut < raw.size() && cut > 0 && ((unsigned char)raw[cut] & 0xC0) == 0x80) --cut;
    std::string shown(raw.substr(0, cut));
    ctx.warn(std::string("unparseable ") + field + " '" + shown + "' left absent");
  }
  return t;
}

// Most links in feeds are already absolute, clean http(s) URLs: those need no RFC 3986
// resolution (no dot segments, nothing a browser would strip), and skipping it keeps link
// handling off the profile.
bool is_plain_absolute_http(std::string_view u) {
  std::size_t rest;
  if (u.substr(0, 7) == "http://") rest = 7;
  else if (u.substr(0, 8) == "https://") rest = 8;
  else return false;
  if (rest >= u.size() || u[rest] == '/' || u[rest] == '?' || u[rest] == '#') return false;
  for (std::size_t i = rest; i < u.size(); ++i) {
    unsigned char c = (unsigned char)u[i];
    if (c <= 0x20 || c == '\\' || c == 0x7F) return false;
    if (c == '.' && u[i - 1] == '/') return false;  // possible dot segment
    if (c == '?' || c == '#') break;                 // dot segments only matter in the path
  }
  return true;
}

std::string link(std::string_view base, std::string_view ref) {
  ref = trim(ref);
  if (ref.empty()) return {};
  if (is_plain_absolute_http(ref)) return std::string(ref);
  std::string resolved = url::resolve(base, ref);
  if (!url::is_http_url(resolved)) return {};
  return resolved;
}

// Schemes worth keeping for enclosures, ids and author URIs; never javascript:, vbscript:,
// data: or file:, which would run or read something in the app's origin when opened.
bool has_safe_scheme(std::string_view u) {
  std::size_t colon = u.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string scheme;
  for (char c : u.substr(0, colon)) scheme += char(std::tolower((unsigned char)c));
  static const char* kSafe[] = {"http", "https", "ftp", "ftps", "mailto", "tag", "urn", "magnet"};
  for (const char* k : kSafe)
    if (scheme == k) return true;
  return false;
}

std::string absolute(std::string_view base, std::string_view ref) {
  ref = trim(ref);
  if (ref.empty()) return {};
  if (is_plain_absolute_http(ref)) return std::string(ref);
  std::string resolved = url::resolve(base, ref);
  if (!has_safe_scheme(resolved)) return {};
  return resolved;
}

std::optional<std::int64_t> length(std::string_view raw) {
  raw = trim(raw);
  if (raw.empty() || raw.size() > 15) return std::nullopt;  // > 10^15 bytes is absurd
  std::int64_t v = 0;
  for (char c : raw) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  // 0 is what publishers write when they do not know.
  if (v <= 0 || v > (std::int64_t(1) << 42)) return std::nullopt;  // > 4 TiB
  return v;
}

Person person_from_text(std::string_view raw) {
  std::string text = plain(raw);
  std::string_view s = text;
  Person p;
  auto is_email = [](std::string_view v) {
    return v.find('@') != std::string_view::npos && v.find(' ') == std::string_view::npos;
  };
  std::size_t open = s.find('('), lt = s.find('<');
  if (open != std::string_view::npos && s.back() == ')') {
    std::string_view before = trim(s.substr(0, open));
    std::string_view inside = trim(s.substr(open + 1, s.size() - open - 2));
    if (is_email(before)) {
      p.email = before;
      p.name = inside;
      return p;
    }
  }
  if (lt != std::string_view::npos && s.back() == '>') {
    std::string_view inside = trim(s.substr(lt + 1, s.size() - lt - 2));
    if (is_email(inside)) {
      p.email = inside;
      p.name = trim(s.substr(0, lt));
      if (p.name.size() >= 2 && p.name.front() == '"' && p.name.back() == '"')
        p.name = p.name.substr(1, p.name.size() - 2);
      return p;
    }
  }
  if (s.substr(0, 7) == "mailto:") s.remove_prefix(7);
  if (is_email(s)) p.email = s;
  else p.name = s;
  return p;
}

void add_enclosure(Item& item, Enclosure e) {
  if (e.url.empty()) return;
  for (auto& existing : item.enclosures) {
    if (existing.url != e.url) continue;
    if (existing.type.empty()) existing.type = std::move(e.type);
    if (!existing.length) existing.length = e.length;
    return;
  }
  item.enclosures.push_back(std::move(e));
}

void add_author(Item& item, Person p) {
  if (p.empty()) return;
  for (const auto& a : item.authors)
    if (a.name == p.name && a.email == p.email) return;
  if (item.authors.empty()) item.author = p;
  item.authors.push_back(std::move(p));
}

void add_category(std::vector<std::string>& categories, std::string_view raw) {
  std::string c = plain(raw);
  if (c.empty()) return;
  for (const auto& existing : categories)
    if (existing == c) return;
  categories.push_back(std::move(c));
}

namespace {

// Plain ASCII text without markup or references: already safe HTML, and its plain text is the
// same words with whitespace collapsed. Short descriptions are often like this; skipping the
// tokenizer for them is the cheapest win in the whole parse.
bool is_markup_free_ascii(std::string_view s) {
  for (char c : s) {
    unsigned char u = (unsigned char)c;
    if (c == '<' || c == '&' || c == '>' || c == '"' || u >= 0x80 || (u < 0x20 && u != '\n' && u != '\t' && u != '\r') || u == 0x7F)
      return false;
  }
  return true;
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

void set_html_fields(Item& item, std::string_view summary_html, std::string_view content_html,
                     std::string_view base) {
  summary_html = trim(summary_html);
  content_html = trim(content_html);
  // The body that gives item.text is sanitized and converted in one tokenizer pass; the other
  // one (a teaser beside full content) only needs sanitizing.
  std::string_view text_source = !content_html.empty() ? content_html : summary_html;
  std::string& text_target = !content_html.empty() ? item.content : item.summary;
  if (text_source.empty()) return;
  if (is_markup_free_ascii(text_source)) {
    text_target = std::string(text_source);
    item.text = collapse_whitespace(text_source);
  } else {
    text::SanitizedHtml both = text::sanitize_html_and_text(text_source, base);
    text_target = std::move(both.html);
    item.text = std::move(both.text);
  }
  if (!content_html.empty() && !summary_html.empty()) {
    item.summary = is_markup_free_ascii(summary_html) ? std::string(summary_html)
                                                      : text::sanitize_html(summary_html, base);
  }
}

std::string text_as_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else out += c;
  }
  return out;
}

}  // namespace fv::adapt
