#include "core/text/sanitize.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/text/html_sanitizer.h"
#include "core/text/html_text_converter.h"
#include "core/text/html_tokenizer.h"
#include "core/url/url.h"

namespace fv::text {
namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (n == name) return true;
  return false;
}

// Elements kept (with their allowed attributes, see allowed_attribute).
bool allowed_element(std::string_view n) {
  return one_of(n, {"p", "br", "b", "strong", "i", "em", "u", "s", "strike", "del", "ins", "mark",
                    "small", "big", "a", "img", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
                    "q", "cite", "pre", "code", "kbd", "samp", "var", "h1", "h2", "h3", "h4", "h5",
                    "h6", "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td",
                    "th", "caption", "colgroup", "col", "sup", "sub", "hr", "span", "div", "abbr",
                    "time", "picture", "source", "details", "summary", "section", "article",
                    "header", "footer", "aside", "address", "wbr", "bdi", "rp", "rt", "ruby", "tt"});
}

// Elements dropped together with everything inside them.
bool dropped_with_content(std::string_view n) {
  return one_of(n, {"script", "style", "iframe", "object", "embed", "applet", "form", "select",
                    "textarea", "button", "noscript", "template", "svg", "math", "title", "head",
                    "frameset", "frame", "noframes", "noembed", "canvas", "audio", "video", "map",
                    "datalist", "dialog"});
}

bool is_void(std::string_view n) {
  return one_of(n, {"br", "hr", "img", "wbr", "col", "source", "area", "base", "embed", "input",
                    "link", "meta", "param", "track", "keygen"});
}

bool is_url_attribute(std::string_view attr) {
  return attr == "href" || attr == "src" || attr == "cite";
}

bool allowed_attribute(std::string_view el, std::string_view attr) {
  if (attr == "title" || attr == "lang") return true;
  if (el == "a") return attr == "href";
  if (el == "img") return one_of(attr, {"src", "alt", "width", "height"});
  if (el == "source") return attr == "srcset" ? false : attr == "src" || attr == "type";
  if (el == "td" || el == "th") return one_of(attr, {"colspan", "rowspan", "align", "scope"});
  if (el == "col" || el == "colgroup") return attr == "span";
  if (el == "ol") return attr == "start" || attr == "reversed" || attr == "type";
  if (el == "li") return attr == "value";
  if (el == "blockquote" || el == "q") return attr == "cite";
  if (el == "time") return attr == "datetime";
  if (el == "abbr") return false;
  return false;
}

bool all_digits(std::string_view v, bool allow_percent) {
  if (v.empty() || v.size() > 6) return false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v[i] >= '0' && v[i] <= '9') continue;
    if (allow_percent && v[i] == '%' && i + 1 == v.size() && i > 0) continue;
    return false;
  }
  return true;
}

// Resolves and checks a URL attribute; "" means drop the attribute.
// Already an absolute http(s) URL that resolution would leave unchanged: no characters it would
// trim, drop or escape, and no dot segments. Most links in feeds are.
bool is_plain_absolute_http(std::string_view v) {
  auto starts_ci = [&](std::string_view p) {
    if (v.size() < p.size()) return false;
    for (std::size_t i = 0; i < p.size(); ++i)
      if (static_cast<char>(v[i] | 0x20) != p[i]) return false;
    return true;
  };
  if (!starts_ci("http://") && !starts_ci("https://")) return false;
  for (char c : v) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7F || c == '"' || c == '<' || c == '>') return false;
  }
  return v.find("/.") == std::string_view::npos && v.size() > 8;
}

std::string safe_url(std::string_view value, std::string_view base_url, bool link) {
  if (is_plain_absolute_http(value)) return std::string(value);
  std::string u = url::resolve(base_url, value);
  const std::string s = url::scheme(u);
  if (s.empty()) {
    // Still relative (no usable base). Harmless without a scheme, but "//host" is fine too.
    if (u.empty()) return {};
    return u;
  }
  if (s == "http" || s == "https") return u;
  if (link && s == "mailto") return u;
  return {};
}

void append_escaped(std::string& out, std::string_view s, bool attribute) {
  const std::string_view special = attribute ? std::string_view("&<>\"") : std::string_view("&<>");
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t j = s.find_first_of(special, i);
    if (j == std::string_view::npos) {
      out.append(s, i, std::string_view::npos);
      break;
    }
    out.append(s, i, j - i);
    switch (s[j]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      default: out += "&quot;"; break;
    }
    i = j + 1;
  }
}

// Elements that cannot contain a <p> (or another block): opening one of these closes an open <p>.
bool closes_paragraph(std::string_view n) {
  return one_of(n, {"p", "div", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4",
                    "h5", "h6", "figure", "table", "hr", "section", "article", "header",
                    "footer", "aside", "address", "details"});
}

class Writer {
 public:
  explicit Writer(std::string_view base) : base_(base) {}

  void start(const HtmlToken& t) {
    const std::string& n = t.name;
    if (closes_paragraph(n)) close_if_open_in_scope("p");
    if (n == "a" && has_open("a")) end("a");  // links do not nest
    if (n == "li") close_list_item("li", {"ul", "ol"});
    if (n == "dt" || n == "dd") {
      close_list_item("dt", {"dl"});
      close_list_item("dd", {"dl"});
    }
    if (n == "tr") close_list_item("tr", {"table", "thead", "tbody", "tfoot"});
    if (n == "td" || n == "th") {
      close_list_item("td", {"tr", "table"});
      close_list_item("th", {"tr", "table"});
    }
    std::string tag = "<" + n;
    bool has_src = false;
    for (const auto& a : t.attributes) {
      if (!allowed_attribute(n, a.name)) continue;
      std::string v = a.value;
      if (is_url_attribute(a.name)) {
        v = safe_url(v, base_, n == "a");
        if (v.empty()) continue;
      } else if (a.name == "width" || a.name == "height") {
        if (!all_digits(v, true)) continue;
      } else if (a.name == "colspan" || a.name == "rowspan" || a.name == "span" ||
                 a.name == "start" || a.name == "value") {
        if (!all_digits(v, false)) continue;
      }
      if (a.name == "src") has_src = true;
      tag += ' ';
      tag += a.name;
      tag += "=\"";
      append_escaped(tag, v, true);
      tag += '"';
    }
    if (n == "img" && !has_src) {
      // Lazy-loading markup keeps the real image in data-src (src is a data: placeholder or
      // missing); take the first such attribute that is a safe URL.
      for (const char* lazy : {"data-src", "data-lazy-src", "data-original"}) {
        const std::string* v = t.attribute(lazy);
        if (v == nullptr) continue;
        const std::string u = safe_url(*v, base_, false);
        if (u.empty()) continue;
        tag += " src=\"";
        append_escaped(tag, u, true);
        tag += '"';
        has_src = true;
        break;
      }
      if (!has_src) return;  // an image without a usable source shows nothing
    }
    if (n == "a") tag += " rel=\"noopener noreferrer\"";
    out_ += tag;
    out_ += '>';
    if (!is_void(n)) {
      open_.push_back(n);
      ++open_count_[n];
    }
  }

  void end(const std::string& n) {
    if (!has_open(n)) return;  // end tag without a start: dropped
    while (!open_.empty()) {
      const std::string top = open_.back();
      pop();
      out_ += "</" + top + ">";
      if (top == n) break;
    }
  }

  void text(std::string_view s) { append_escaped(out_, s, false); }

  std::string finish() {
    while (!open_.empty()) {
      out_ += "</" + open_.back() + ">";
      pop();
    }
    return std::move(out_);
  }

 private:
  // Counts per name keep these checks O(1), so hostile nesting stays linear.
  bool has_open(const std::string& n) const {
    const auto it = open_count_.find(n);
    return it != open_count_.end() && it->second > 0;
  }
  void pop() {
    --open_count_[open_.back()];
    open_.pop_back();
  }
  void close_if_open_in_scope(const std::string& n) {
    // Only if `n` is open above the nearest list/table/quote boundary.
    if (!has_open(n)) return;
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      if (*it == n) {
        end(n);
        return;
      }
      if (one_of(*it, {"li", "td", "th", "blockquote", "div", "table", "figure", "dd", "dt"})) return;
    }
  }
  void close_list_item(const std::string& item, std::initializer_list<std::string_view> scopes) {
    if (!has_open(item)) return;
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      if (*it == item) {
        end(item);
        return;
      }
      for (auto s : scopes)
        if (*it == s) return;
    }
  }

  std::string_view base_;
  std::string out_;
  std::vector<std::string> open_;
  std::unordered_map<std::string, int> open_count_;
};

}  // namespace

struct HtmlSanitizer::State {
  explicit State(std::string_view base) : w(base) {}
  Writer w;
  std::string dropping;  // element whose content is being discarded
  int drop_depth = 0;

  void on_token(const HtmlToken& t);
};

void HtmlSanitizer::State::on_token(const HtmlToken& t) {
  using T = HtmlToken::Type;
  if (!dropping.empty()) {
    if (t.name == dropping && t.type == T::StartTag && !t.self_closing) ++drop_depth;
    if (t.name == dropping && t.type == T::EndTag && --drop_depth == 0) dropping.clear();
    return;
  }
  switch (t.type) {
    case T::Text:
      w.text(t.data);
      break;
    case T::StartTag:
      if (dropped_with_content(t.name)) {
        if (!is_void(t.name) && (!t.self_closing || t.name == "script" || t.name == "style" ||
                                 t.name == "iframe" || t.name == "textarea" || t.name == "title")) {
          dropping = t.name;
          drop_depth = 1;
        }
      } else if (allowed_element(t.name)) {
        w.start(t);
      }
      break;  // other elements (font, center, input, link, …) vanish, their text stays
    case T::EndTag:
      if (allowed_element(t.name)) w.end(t.name);
      break;
    case T::Comment:
    case T::Doctype:
      break;
  }
}

HtmlSanitizer::HtmlSanitizer(std::string_view base_url) : state_(std::make_unique<State>(base_url)) {}
HtmlSanitizer::~HtmlSanitizer() = default;
void HtmlSanitizer::on_token(const HtmlToken& t) { state_->on_token(t); }
std::string HtmlSanitizer::finish() { return state_->w.finish(); }

std::string sanitize_html(std::string_view html, std::string_view base_url) {
  HtmlSanitizer sanitizer(base_url);
  HtmlTokenizer tok(html);
  HtmlToken t;
  while (tok.next(t)) sanitizer.on_token(t);
  return sanitizer.finish();
}

SanitizedHtml sanitize_html_and_text(std::string_view html, std::string_view base_url) {
  HtmlSanitizer sanitizer(base_url);
  HtmlTextConverter converter;
  HtmlTokenizer tok(html);
  HtmlToken t;
  while (tok.next(t)) {
    sanitizer.on_token(t);
    converter.on_token(t);
  }
  return {sanitizer.finish(), converter.finish()};
}

}  // namespace fv::text
