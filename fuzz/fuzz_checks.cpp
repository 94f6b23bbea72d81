#include "fuzz_checks.h"

#include <cstdio>
#include <cstdlib>

#include "core/text/entities.h"
#include "core/text/utf8.h"

namespace fv::fuzz {
namespace {

bool one_of(std::string_view s, std::initializer_list<std::string_view> set) {
  for (auto v : set)
    if (v == s) return true;
  return false;
}

// Elements sanitize_html may emit (its allow-list, sanitize.cpp).
bool allowed_element(std::string_view n) {
  return one_of(n, {"p", "br", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark",
                    "small", "big", "a", "img", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
                    "q", "cite", "pre", "code", "kbd", "samp", "var", "h1", "h2", "h3", "h4", "h5",
                    "h6", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
                    "th", "caption", "colgroup", "col", "sup", "sub", "hr", "span", "div", "abbr",
                    "time", "picture", "source", "details", "summary", "section", "article",
                    "header", "footer", "aside", "address", "wbr", "bdi", "rp", "rt", "ruby", "tt"});
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':'; }

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

bool dangerous_scheme(std::string_view scheme) {
  return scheme == "javascript" || scheme == "vbscript" || scheme == "data" || scheme == "file";
}

}  // namespace

void fail(const char* what, std::string_view detail, const char* file, int line) {
  // Control bytes escaped (a NUL would end the line); newlines kept for readability.
  std::string shown;
  for (char c : detail.substr(0, 4000)) {
    unsigned char u = (unsigned char)c;
    if (u < 0x20 && c != '\n') {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", u);
      shown += buf;
    } else {
      shown += c;
    }
  }
  std::fprintf(stderr, "\n*** feedview fuzz invariant broken at %s:%d\n*** %s\n*** detail: %s\n",
               file, line, what, shown.c_str());
  std::abort();
}

std::string browser_scheme(std::string_view v) {
  // WHATWG URL parser: strip leading/trailing C0 control or space, remove tab and newlines.
  while (!v.empty() && (unsigned char)v.front() <= 0x20) v.remove_prefix(1);
  while (!v.empty() && (unsigned char)v.back() <= 0x20) v.remove_suffix(1);
  std::string s;
  for (char c : v)
    if (c != '\t' && c != '\n' && c != '\r') s += c;
  if (s.empty() || !is_alpha(s[0])) return {};
  for (std::size_t i = 1; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') return lower(s.substr(0, i));
    if (!(is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return {};
  }
  return {};
}

std::string sanitized_html_problem(std::string_view h) {
  if (!text::is_valid_utf8(h)) return "invalid UTF-8";
  std::size_t i = 0;
  while ((i = h.find('<', i)) != std::string_view::npos) {
    std::size_t tag_start = i;
    ++i;
    bool end_tag = i < h.size() && h[i] == '/';
    if (end_tag) ++i;
    std::size_t name_start = i;
    while (i < h.size() && is_name_char(h[i])) ++i;
    std::string_view name = h.substr(name_start, i - name_start);
    if (name.empty()) return "'<' not starting a tag at " + std::to_string(tag_start);
    if (name != lower(name)) return "upper-case tag name " + std::string(name);
    if (!allowed_element(name)) return "element not on the allow-list: " + std::string(name);
    if (end_tag) {
      if (i >= h.size() || h[i] != '>') return "malformed end tag " + std::string(name);
      ++i;
      continue;
    }
    // Attributes: exactly ` name="value"` as the sanitizer writes them.
    for (;;) {
      if (i >= h.size()) return "unterminated tag " + std::string(name);
      if (h[i] == '>') {
        ++i;
        break;
      }
      if (h[i] != ' ') return "unexpected character in tag " + std::string(name);
      ++i;
      std::size_t an = i;
      while (i < h.size() && is_name_char(h[i])) ++i;
      std::string attr(h.substr(an, i - an));
      if (attr.empty()) return "empty attribute name in " + std::string(name);
      if (i + 1 >= h.size() || h[i] != '=' || h[i + 1] != '"')
        return "attribute " + attr + " not written as name=\"value\"";
      i += 2;
      std::size_t close = h.find('"', i);
      if (close == std::string_view::npos) return "unterminated attribute value " + attr;
      std::string_view raw = h.substr(i, close - i);
      i = close + 1;
      if (raw.find('<') != std::string_view::npos) return "raw '<' in attribute " + attr;
      std::string la = lower(attr);
      if (la.size() >= 2 && la[0] == 'o' && la[1] == 'n') return "event handler attribute " + attr;
      if (la == "style" || la == "srcset" || la == "formaction" || la == "action" ||
          la == "xlink:href" || la == "background" || la == "poster")
        return "attribute not allowed: " + attr;
      if (la == "href" || la == "src" || la == "cite") {
        std::string value = text::decode_entities_in_attribute(raw);
        std::string scheme = browser_scheme(value);
        if (!(scheme.empty() || scheme == "http" || scheme == "https" ||
              (la == "href" && scheme == "mailto")))
          return attr + " with scheme '" + scheme + "': " + value;
      }
    }
  }
  return {};
}

std::string html_body_problem(std::string_view h) {
  if (!text::is_valid_utf8(h)) return "invalid UTF-8";
  std::size_t i = 0;
  while ((i = h.find('<', i)) != std::string_view::npos) {
    ++i;
    if (i >= h.size() || !is_alpha(h[i])) continue;  // text, end tag or declaration
    std::size_t ns = i;
    while (i < h.size() && h[i] != '>' && h[i] != '/' && (unsigned char)h[i] > 0x20) ++i;
    std::string name = lower(h.substr(ns, i - ns));
    if (one_of(name, {"script", "iframe", "object", "embed", "style", "svg", "math", "base",
                      "meta", "link", "form", "frame", "frameset", "applet", "template"}))
      return "element <" + name + "> in generated HTML";
    // Attributes, HTML tokenizer style: name[=value], value quoted or not.
    for (;;) {
      while (i < h.size() && ((unsigned char)h[i] <= 0x20 || h[i] == '/')) ++i;
      if (i >= h.size()) return {};
      if (h[i] == '>') {
        ++i;
        break;
      }
      std::size_t as = i;
      while (i < h.size() && h[i] != '=' && h[i] != '>' && h[i] != '/' && (unsigned char)h[i] > 0x20) ++i;
      std::string attr = lower(h.substr(as, i - as));
      if (i == as) ++i;  // a lone '=': skip it
      std::string value;
      while (i < h.size() && (unsigned char)h[i] <= 0x20) ++i;
      if (i < h.size() && h[i] == '=') {
        ++i;
        while (i < h.size() && (unsigned char)h[i] <= 0x20) ++i;
        if (i < h.size() && (h[i] == '"' || h[i] == '\'')) {
          char q = h[i++];
          std::size_t close = h.find(q, i);
          if (close == std::string_view::npos) close = h.size();
          value = h.substr(i, close - i);
          i = close + 1;
        } else {
          std::size_t vs = i;
          while (i < h.size() && h[i] != '>' && (unsigned char)h[i] > 0x20) ++i;
          value = h.substr(vs, i - vs);
        }
      }
      if (attr.size() >= 2 && attr[0] == 'o' && attr[1] == 'n')
        return "event handler attribute " + attr + " on <" + name + ">";
      if (one_of(attr, {"href", "src", "cite", "action", "formaction", "background", "poster",
                        "xlink:href"})) {
        std::string scheme = browser_scheme(text::decode_entities_in_attribute(value));
        if (dangerous_scheme(scheme)) return attr + " with scheme " + scheme + " on <" + name + ">";
      }
    }
  }
  return {};
}

std::string feed_problem(const Feed& feed, std::size_t max_items) {
  auto utf8 = [](const std::string& s, const char* field) -> std::string {
    return text::is_valid_utf8(s) ? std::string() : std::string("invalid UTF-8 in ") + field;
  };
  auto http_or_empty = [](const std::string& s, const char* field) -> std::string {
    if (s.empty()) return {};
    std::string sc = browser_scheme(s);
    if (sc == "http" || sc == "https") return {};
    return std::string(field) + " is not an http(s) URL: " + s;
  };
  auto not_dangerous = [](const std::string& s, const char* field) -> std::string {
    std::string sc = browser_scheme(s);
    if (dangerous_scheme(sc)) return std::string(field) + " has a " + sc + ": URL: " + s;
    return {};
  };
  auto one_line = [](const std::string& s, const char* field) -> std::string {
    if (s.find('\n') != std::string::npos || s.find('\r') != std::string::npos)
      return std::string(field) + " spans lines: " + s;
    return {};
  };
  std::string p;
#define FV_CHECK_FIELD(expr) \
  if (!(p = (expr)).empty()) return p
  FV_CHECK_FIELD(utf8(feed.title, "feed.title"));
  FV_CHECK_FIELD(one_line(feed.title, "feed.title"));
  FV_CHECK_FIELD(utf8(feed.subtitle, "feed.subtitle"));
  FV_CHECK_FIELD(utf8(feed.link, "feed.link"));
  FV_CHECK_FIELD(http_or_empty(feed.link, "feed.link"));
  FV_CHECK_FIELD(utf8(feed.id, "feed.id"));
  FV_CHECK_FIELD(utf8(feed.language, "feed.language"));
  FV_CHECK_FIELD(utf8(feed.rights, "feed.rights"));
  FV_CHECK_FIELD(utf8(feed.generator, "feed.generator"));
  FV_CHECK_FIELD(utf8(feed.author.name, "feed.author.name"));
  FV_CHECK_FIELD(not_dangerous(feed.author.uri, "feed.author.uri"));
  FV_CHECK_FIELD(utf8(feed.image.url, "feed.image.url"));
  FV_CHECK_FIELD(not_dangerous(feed.image.url, "feed.image.url"));
  FV_CHECK_FIELD(not_dangerous(feed.image.link, "feed.image.link"));
  FV_CHECK_FIELD(not_dangerous(feed.icon, "feed.icon"));
  for (const auto& w : feed.warnings)
    if (!text::is_valid_utf8(w)) return "invalid UTF-8 in the warning: " + w;
  if (feed.items.size() > max_items)
    return "more items than max_items: " + std::to_string(feed.items.size());
  for (const Item& it : feed.items) {
    FV_CHECK_FIELD(utf8(it.id, "item.id"));
    FV_CHECK_FIELD(utf8(it.title, "item.title"));
    FV_CHECK_FIELD(one_line(it.title, "item.title"));
    FV_CHECK_FIELD(utf8(it.link, "item.link"));
    FV_CHECK_FIELD(http_or_empty(it.link, "item.link"));
    FV_CHECK_FIELD(utf8(it.text, "item.text"));
    FV_CHECK_FIELD(utf8(it.image, "item.image"));
    FV_CHECK_FIELD(not_dangerous(it.image, "item.image"));
    FV_CHECK_FIELD(not_dangerous(it.comments, "item.comments"));
    FV_CHECK_FIELD(utf8(it.author.name, "item.author.name"));
    FV_CHECK_FIELD(not_dangerous(it.author.uri, "item.author.uri"));
    for (const auto& a : it.authors) FV_CHECK_FIELD(not_dangerous(a.uri, "item.authors[].uri"));
    if (!(p = sanitized_html_problem(it.summary)).empty()) return "item.summary: " + p;
    if (!(p = sanitized_html_problem(it.content)).empty()) return "item.content: " + p;
    for (const auto& c : it.categories) FV_CHECK_FIELD(utf8(c, "item.categories[]"));
    for (const auto& e : it.enclosures) {
      FV_CHECK_FIELD(utf8(e.url, "enclosure.url"));
      FV_CHECK_FIELD(not_dangerous(e.url, "enclosure.url"));
      FV_CHECK_FIELD(utf8(e.type, "enclosure.type"));
      if (e.length && *e.length < 0) return "negative enclosure length";
    }
    FV_CHECK_FIELD(utf8(it.source.title, "item.source.title"));
    FV_CHECK_FIELD(not_dangerous(it.source.url, "item.source.url"));
    for (const auto& r : it.related) {
      FV_CHECK_FIELD(utf8(r.title, "related.title"));
      FV_CHECK_FIELD(not_dangerous(r.link, "related.link"));
    }
  }
#undef FV_CHECK_FIELD
  return {};
}

}  // namespace fv::fuzz
