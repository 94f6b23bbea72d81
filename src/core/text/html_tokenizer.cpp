#include "core/text/html_tokenizer.h"

#include <unordered_set>

#include "core/text/entities.h"

namespace fv::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_ci(std::string_view s, std::size_t pos, std::string_view prefix) {
  if (pos > s.size() || s.size() - pos < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (lower(s[pos + i]) != lower(prefix[i])) return false;
  return true;
}

// The input-stream preprocessing step: CR LF and lone CR become LF; NUL is dropped.
std::string normalize_newlines(std::string_view s) {
  // Nearly all text has neither CR nor NUL: one copy then.
  if (s.find_first_of(std::string_view("\r\0", 2)) == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (c != '\0') {
      out += c;
    }
  }
  return out;
}

std::string decoded_text(std::string_view raw) {
  std::string text = normalize_newlines(raw);
  if (text.find('&') == std::string::npos) return text;
  return decode_entities(text);
}

// Clears a token for reuse, keeping the capacity of its strings and attribute vector.
void reset(HtmlToken& t) {
  t.type = HtmlToken::Type::Text;
  t.name.clear();
  t.attributes.clear();
  t.self_closing = false;
  t.data.clear();
  t.source = {};
}

}  // namespace

const std::string* HtmlToken::attribute(std::string_view n) const {
  for (const auto& a : attributes)
    if (a.name == n) return &a.value;
  return nullptr;
}

bool HtmlTokenizer::next(HtmlToken& t) {
  // A step can produce nothing (text that was only NUL bytes, an empty raw-text element);
  // looping here rather than recursing keeps the stack flat on hostile input.
  for (;;) {
    reset(t);
    if (pos_ >= s_.size()) return false;
    if (step(t)) return true;
  }
}

bool HtmlTokenizer::step(HtmlToken& t) {
  if (content_ != Content::Data) return lex_raw_content(t);

  // Data state: text runs until a '<' that really opens something. A '<' followed by anything
  // else ("a < b", "<3") is text, as is a trailing "</".
  std::string raw;
  while (pos_ < s_.size()) {
    const std::size_t lt = s_.find('<', pos_);
    const std::size_t stop = lt == std::string_view::npos ? s_.size() : lt;
    raw.append(s_.substr(pos_, stop - pos_));
    pos_ = stop;
    if (pos_ >= s_.size()) break;
    const char c1 = pos_ + 1 < s_.size() ? s_[pos_ + 1] : '\0';
    const bool opens = c1 == '!' || c1 == '?' || is_alpha(c1) || (c1 == '/' && pos_ + 2 < s_.size());
    if (!opens) {
      raw += '<';
      ++pos_;
      continue;
    }
    if (c1 == '/' && s_[pos_ + 2] == '>') {  // "</>" is dropped entirely
      pos_ += 3;
      continue;
    }
    if (!raw.empty()) break;  // emit the text first, the markup is the next token
    bool produced = false;
    if (c1 == '!') {
      produced = lex_markup_declaration(t);
    } else if (c1 == '?') {
      lex_bogus_comment(t, pos_ + 1);
      produced = true;
    } else if (c1 == '/') {
      if (is_alpha(s_[pos_ + 2])) {
        produced = lex_tag(t, true);
      } else {
        lex_bogus_comment(t, pos_ + 2);
        produced = true;
      }
    } else {
      produced = lex_tag(t, false);
    }
    if (produced) return true;
    // A tag cut off by the end of input produces nothing.
  }
  if (raw.empty()) return false;
  t.type = HtmlToken::Type::Text;
  t.data = decoded_text(raw);
  return !t.data.empty();
}

// Where the current RCDATA/RAWTEXT/script data run ends: at the "appropriate end tag"
// ("</name" followed by whitespace, '/' or '>'), or at the end of input.
std::size_t HtmlTokenizer::raw_content_end() const {
  const std::size_t n = s_.size();
  if (content_ == Content::PlainText) return n;
  auto end_tag_at = [&](std::size_t p, std::string_view name) {
    const std::size_t after = p + 2 + name.size();
    return after < n && s_[p] == '<' && s_[p + 1] == '/' && starts_with_ci(s_, p + 2, name) &&
           (is_space(s_[after]) || s_[after] == '/' || s_[after] == '>');
  };
  if (content_ != Content::ScriptData) {
    for (std::size_t p = s_.find("</", pos_); p != std::string_view::npos; p = s_.find("</", p + 2))
      if (end_tag_at(p, raw_end_tag_)) return p;
    return n;
  }
  // Script data with its escape states: inside "<!-- … -->" a nested "<script>" opens a
  // double-escaped run whose "</script>" does not end the element. That is how
  //   <script><!-- document.write("<script>x</script>"); --></script>
  // stays one script instead of leaking '"); -->' into the text.
  enum { kData, kEscaped, kDoubleEscaped } mode = kData;
  std::size_t i = pos_;
  while (i < n) {
    if (mode == kData) {
      if (s_.compare(i, 4, "<!--") == 0) {
        i += 4;
        mode = kEscaped;
        while (i < n && s_[i] == '-') ++i;
        if (i < n && s_[i] == '>') mode = kData;  // "<!-->" and "<!--->" close at once
        continue;
      }
      if (end_tag_at(i, "script")) return i;
    } else if (mode == kEscaped) {
      if (s_.compare(i, 3, "-->") == 0) {
        mode = kData;
        i += 3;
        continue;
      }
      if (end_tag_at(i, "script")) return i;
      if (s_[i] == '<' && starts_with_ci(s_, i + 1, "script") && i + 7 < n &&
          (is_space(s_[i + 7]) || s_[i + 7] == '/' || s_[i + 7] == '>')) {
        mode = kDoubleEscaped;
        i += 7;
        continue;
      }
    } else {
      if (s_.compare(i, 3, "-->") == 0) {
        mode = kData;
        i += 3;
        continue;
      }
      if (end_tag_at(i, "script")) {
        mode = kEscaped;
        i += 8;
        continue;
      }
    }
    ++i;
  }
  return n;
}

bool HtmlTokenizer::lex_raw_content(HtmlToken& t) {
  const std::size_t end = raw_content_end();
  const std::string_view raw = s_.substr(pos_, end - pos_);
  pos_ = end;
  const bool rcdata = content_ == Content::RcData;
  content_ = Content::Data;  // the end tag itself is lexed in the data state
  if (raw.empty()) return false;
  t.type = HtmlToken::Type::Text;
  t.data = rcdata ? decoded_text(raw) : normalize_newlines(raw);
  return !t.data.empty();
}

bool HtmlTokenizer::lex_markup_declaration(HtmlToken& t) {
  const std::size_t p = pos_ + 2;  // after "<!"
  if (s_.compare(p, 2, "--") == 0) {
    std::size_t body = p + 2;
    t.type = HtmlToken::Type::Comment;
    // "<!-->" and "<!--->" are (empty) comments.
    if (body < s_.size() && s_[body] == '>') {
      pos_ = body + 1;
      return true;
    }
    if (s_.compare(body, 2, "->") == 0) {
      pos_ = body + 2;
      return true;
    }
    std::size_t e1 = s_.find("-->", body), e2 = s_.find("--!>", body);
    if (e1 == std::string_view::npos && e2 == std::string_view::npos) {
      t.data = normalize_newlines(s_.substr(body));
      pos_ = s_.size();
      return true;
    }
    const bool bang = e2 < e1;
    const std::size_t e = bang ? e2 : e1;
    t.data = normalize_newlines(s_.substr(body, e - body));
    pos_ = e + (bang ? 4 : 3);
    return true;
  }
  if (starts_with_ci(s_, p, "doctype")) {
    std::size_t q = p + 7;
    while (q < s_.size() && is_space(s_[q])) ++q;
    t.type = HtmlToken::Type::Doctype;
    while (q < s_.size() && !is_space(s_[q]) && s_[q] != '>') t.name += lower(s_[q++]);
    const std::size_t gt = s_.find('>', q);
    pos_ = gt == std::string_view::npos ? s_.size() : gt + 1;
    return true;
  }
  if (s_.compare(p, 7, "[CDATA[") == 0) {
    if (foreign_depth_ > 0) {
      const std::size_t body = p + 7;
      const std::size_t e = s_.find("]]>", body);
      const std::size_t stop = e == std::string_view::npos ? s_.size() : e;
      t.type = HtmlToken::Type::Text;
      t.data = normalize_newlines(s_.substr(body, stop - body));
      pos_ = e == std::string_view::npos ? s_.size() : e + 3;
      return !t.data.empty();  // "<![CDATA[]]>" yields nothing
    }
    // In HTML content a CDATA section is a bogus comment: "[CDATA[...]]".
  }
  lex_bogus_comment(t, p);
  return true;
}

void HtmlTokenizer::lex_bogus_comment(HtmlToken& t, std::size_t start) {
  const std::size_t gt = s_.find('>', start);
  const std::size_t stop = gt == std::string_view::npos ? s_.size() : gt;
  t.type = HtmlToken::Type::Comment;
  t.data = normalize_newlines(s_.substr(start, stop - start));
  pos_ = gt == std::string_view::npos ? s_.size() : gt + 1;
}

bool HtmlTokenizer::lex_tag(HtmlToken& t, bool end_tag) {
  const std::size_t tag_start = pos_;
  std::size_t p = pos_ + (end_tag ? 2 : 1);
  t.type = end_tag ? HtmlToken::Type::EndTag : HtmlToken::Type::StartTag;
  while (p < s_.size() && !is_space(s_[p]) && s_[p] != '/' && s_[p] != '>') {
    if (s_[p] != '\0') t.name += lower(s_[p]);
    ++p;
  }
  pos_ = p;
  lex_attributes(t);
  if (pos_ > s_.size()) {  // end of input inside the tag: the tag is dropped
    pos_ = s_.size();
    return false;
  }
  t.source = s_.substr(tag_start, pos_ - tag_start);
  if (end_tag) {
    t.attributes.clear();  // end tags carry no attributes
    if ((t.name == "svg" || t.name == "math") && foreign_depth_ > 0) --foreign_depth_;
  } else {
    after_start_tag(t);
  }
  return true;
}

// Before/after attribute name, attribute value (quoted and unquoted) and self-closing start tag
// states. Sets pos_ past the '>' or to size()+1 when the input ends inside the tag.
void HtmlTokenizer::lex_attributes(HtmlToken& t) {
  std::size_t p = pos_;
  const std::size_t n = s_.size();
  auto incomplete = [&] { pos_ = n + 1; };
  std::unordered_set<std::string> seen;  // attribute names, filled only for very long tags
  for (;;) {
    while (p < n && is_space(s_[p])) ++p;
    if (p >= n) return incomplete();
    if (s_[p] == '>') {
      pos_ = p + 1;
      return;
    }
    if (s_[p] == '/') {
      ++p;
      if (p < n && s_[p] == '>') {
        t.self_closing = true;
        pos_ = p + 1;
        return;
      }
      continue;
    }
    HtmlAttribute a;
    if (s_[p] == '=') a.name += s_[p++];  // "<a =x>": the '=' starts the name
    while (p < n && !is_space(s_[p]) && s_[p] != '/' && s_[p] != '>' && s_[p] != '=') {
      if (s_[p] != '\0') a.name += lower(s_[p]);
      ++p;
    }
    while (p < n && is_space(s_[p])) ++p;
    if (p < n && s_[p] == '=') {
      ++p;
      while (p < n && is_space(s_[p])) ++p;
      if (p >= n) return incomplete();
      std::string_view raw;
      if (s_[p] == '"' || s_[p] == '\'') {
        const std::size_t close = s_.find(s_[p], p + 1);
        if (close == std::string_view::npos) return incomplete();
        raw = s_.substr(p + 1, close - p - 1);
        p = close + 1;
      } else if (s_[p] != '>') {
        const std::size_t start = p;
        while (p < n && !is_space(s_[p]) && s_[p] != '>') ++p;
        raw = s_.substr(start, p - start);
      }
      a.value = decode_entities_in_attribute(normalize_newlines(raw));
    }
    if (a.name.empty()) continue;
    // A repeated name keeps the first value. Past a few dozen attributes (only hostile markup
    // has that many) a set keeps the check from going quadratic.
    constexpr std::size_t kLinearScanLimit = 32;
    bool repeated;
    if (t.attributes.size() < kLinearScanLimit) {
      repeated = t.attribute(a.name) != nullptr;
    } else {
      if (seen.empty())
        for (const auto& prior : t.attributes) seen.insert(prior.name);
      repeated = !seen.insert(a.name).second;
    }
    if (!repeated) t.attributes.push_back(std::move(a));
  }
}

void HtmlTokenizer::after_start_tag(const HtmlToken& t) {
  const std::string& n = t.name;
  if (n == "svg" || n == "math") {
    if (!t.self_closing) ++foreign_depth_;
    return;
  }
  if (foreign_depth_ > 0) return;  // inside SVG/MathML these are ordinary foreign elements
  if (n == "title" || n == "textarea") {
    content_ = Content::RcData;
  } else if (n == "style" || n == "xmp" || n == "iframe" || n == "noembed" || n == "noframes") {
    content_ = Content::RawText;
  } else if (n == "script") {
    content_ = Content::ScriptData;
  } else if (n == "plaintext") {
    content_ = Content::PlainText;
  } else {
    return;
  }
  raw_end_tag_ = n;
}

bool is_html_element_name(std::string_view n) {
  static const char* const kNames[] = {
      "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b",
      "base", "basefont", "bdi", "bdo", "bgsound", "big", "blink", "blockquote", "body", "br",
      "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "data",
      "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
      "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1",
      "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe",
      "image", "img", "input", "ins", "isindex", "kbd", "keygen", "label", "legend", "li", "link",
      "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta", "meter",
      "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol",
      "optgroup", "option", "output", "p", "param", "picture", "plaintext", "pre", "progress",
      "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "script", "search", "section", "select",
      "slot", "small", "source", "spacer", "span", "strike", "strong", "style", "sub", "summary",
      "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
      "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
  };
  for (const char* k : kNames)
    if (n == k) return true;
  return false;
}

std::vector<HtmlToken> tokenize_html(std::string_view html) {
  std::vector<HtmlToken> out;
  HtmlTokenizer tok(html);
  HtmlToken t;
  while (tok.next(t)) out.push_back(std::move(t));
  return out;
}

}  // namespace fv::text
