#include "core/text/html_to_text.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "core/text/html_text_converter.h"
#include "core/text/html_tokenizer.h"
#include "core/text/unicode.h"
#include "core/text/utf8.h"

namespace fv::text {
namespace {

bool in_list(std::string_view name, std::initializer_list<std::string_view> names) {
  for (auto n : names)
    if (n == name) return true;
  return false;
}

// Elements whose content is never reader text.
bool drops_content(std::string_view n) {
  return in_list(n, {"script", "style", "head", "title", "template", "noembed", "noframes",
                     "iframe", "object", "svg", "select", "button", "textarea", "datalist"});
}

// Elements that start and end a paragraph (blank line around them).
bool is_paragraph_block(std::string_view n) {
  return in_list(n, {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol",
                     "dl", "table", "figure", "hr", "address", "fieldset", "details", "form",
                     "section", "article", "aside", "header", "footer", "nav", "main", "center"});
}

// Elements that only force a line break.
bool is_line_block(std::string_view n) {
  return in_list(n, {"div", "li", "dt", "dd", "tr", "figcaption", "summary", "caption",
                     "legend", "option", "tbody", "thead", "tfoot", "hgroup"});
}

bool is_whitespace_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xA0 ||
         c == 0x2007 || c == 0x202F || c == 0x3000 || (c >= 0x2000 && c <= 0x200A);
}

// Builds the text: inline runs collapse whitespace; blocks request line or paragraph breaks
// that are only written once real text follows (so empty blocks leave no blank lines).
class TextBuilder {
 public:
  void text(std::string_view s) {
    if (preformatted_ > 0) return preformatted_text(s);
    std::size_t i = 0;
    while (i < s.size()) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x80) {
        if (b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r') {
          pending_space_ = true;
          ++i;
          continue;
        }
        // A run of visible ASCII is copied in one go.
        std::size_t j = i + 1;
        while (j < s.size()) {
          const auto c = static_cast<unsigned char>(s[j]);
          if (c >= 0x80 || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') break;
          ++j;
        }
        begin_visible();
        out_.append(s, i, j - i);
        i = j;
        continue;
      }
      const std::size_t start = i;
      const char32_t c = next_code_point(s, i);
      if (is_whitespace_cp(c)) {
        pending_space_ = true;
        continue;
      }
      if (c == 0xAD) continue;  // soft hyphen: invisible unless a line breaks there
      begin_visible();
      if (c == 0xFFFD && i - start != 3) {
        append_utf8(out_, c);  // an invalid byte: written as U+FFFD
      } else {
        out_.append(s, start, i - start);
      }
    }
  }

  void line_break() { request(1); }
  void paragraph_break() { request(2); }

  // <br>: a newline even when the line is empty (two <br> make a blank line).
  void hard_break() {
    flush_break();
    if (out_.empty()) return;
    out_ += '\n';
    line_has_text_ = false;
    pending_space_ = false;
  }

  void set_line_marker(std::string marker) { marker_ = std::move(marker); }
  void push_quote() { ++quote_depth_; }
  void pop_quote() { if (quote_depth_ > 0) --quote_depth_; }
  void push_pre() { ++preformatted_; }
  void pop_pre() { if (preformatted_ > 0) --preformatted_; }
  void set_indent(int n) { indent_ = n; }

  // Before visible text: pending breaks, the line prefix, or the collapsed space.
  void begin_visible() {
    flush_break();
    if (!line_has_text_) {
      write_prefix();
    } else if (pending_space_) {
      out_ += ' ';
    }
    pending_space_ = false;
    line_has_text_ = true;
  }

  void preformatted_text(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
      const char32_t c = next_code_point(s, i);
      if (c == '\n') {
        flush_break();
        out_ += '\n';
        line_has_text_ = false;
        continue;
      }
      flush_break();
      if (!line_has_text_) write_prefix();
      append_utf8(out_, c == 0xA0 ? char32_t{' '} : c);
      line_has_text_ = true;
    }
  }

  std::string finish() {
    // Trailing spaces on lines and blank lines at the ends go.
    std::string r;
    std::size_t start = 0;
    while (start <= out_.size()) {
      std::size_t nl = out_.find('\n', start);
      if (nl == std::string::npos) nl = out_.size();
      std::string line = out_.substr(start, nl - start);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.pop_back();
      r += line;
      if (nl < out_.size()) r += '\n';
      start = nl + 1;
    }
    while (!r.empty() && r.back() == '\n') r.pop_back();
    std::size_t lead = 0;
    while (lead < r.size() && r[lead] == '\n') ++lead;
    return r.substr(lead);
  }

 private:
  // Nesting deeper than this is shown at this depth: every line repeats its prefix, so an
  // unbounded prefix makes hostile nesting quadratic in output size.
  static int visible(int depth) { return std::min(depth, 8); }

  void request(int level) {
    if (line_has_text_ || pending_break_ > 0) pending_break_ = std::max(pending_break_, level);
    pending_space_ = false;
  }

  void flush_break() {
    if (pending_break_ == 0) return;
    if (!out_.empty()) {
      if (line_has_text_) out_ += '\n';
      if (pending_break_ == 2) {
        // A blank line inside a quote keeps the quote marker so the quote reads as one block.
        const int depth = std::min(visible(quote_depth_), last_line_quote_depth_);
        for (int q = 0; q < depth; ++q) out_ += q == 0 ? ">" : " >";
        out_ += '\n';
      }
    }
    pending_break_ = 0;
    line_has_text_ = false;
    pending_space_ = false;
  }

  void write_prefix() {
    last_line_quote_depth_ = visible(quote_depth_);
    for (int q = 0; q < visible(quote_depth_); ++q) out_ += "> ";
    out_.append(static_cast<std::size_t>(2 * visible(indent_ / 2)), ' ');
    out_ += marker_;
    marker_.clear();
  }

  std::string out_;
  std::string marker_;
  int pending_break_ = 0;
  bool pending_space_ = false;
  bool line_has_text_ = false;
  int quote_depth_ = 0;
  int last_line_quote_depth_ = 0;
  int preformatted_ = 0;
  int indent_ = 0;
};

struct ListState {
  bool ordered = false;
  long next_number = 1;
};

}  // namespace

struct HtmlTextConverter::State {
  TextBuilder b;
  std::vector<ListState> lists;
  std::string skipping;  // element whose content is being dropped
  int skip_depth = 0;
  bool in_row_after_cell = false;

  void on_token(const HtmlToken& t);
};

void HtmlTextConverter::State::on_token(const HtmlToken& t) {
  using T = HtmlToken::Type;
  if (!skipping.empty()) {
    if (t.name == skipping && t.type == T::StartTag && !t.self_closing) ++skip_depth;
    if (t.name == skipping && t.type == T::EndTag && --skip_depth == 0) skipping.clear();
    return;
  }
  if (t.type == T::Text) {
    b.text(t.data);
    return;
  }
  if (t.type != T::StartTag && t.type != T::EndTag) return;
  const std::string& n = t.name;
  const bool start = t.type == T::StartTag;

  if (start && drops_content(n)) {
    if (!t.self_closing || n == "script" || n == "style" || n == "iframe" || n == "title" ||
        n == "textarea") {
      skipping = n;
      skip_depth = 1;
    }
    return;
  }
  if (n == "br") {
    b.hard_break();
    return;
  }
  if (n == "td" || n == "th") {
    if (start) {
      if (in_row_after_cell) b.text(" | ");  // inline separator, not collapsed away
      in_row_after_cell = true;
    }
    return;
  }
  if (n == "tr") in_row_after_cell = false;
  if (n == "img" && start) {
    return;  // images carry no reader text here; alt text would interrupt sentences
  }

  if (n == "ul" || n == "ol") {
    // A nested list continues its parent item's block; only the outermost is a paragraph.
    const bool nested = start ? !lists.empty() : lists.size() > 1;
    if (nested) b.line_break(); else b.paragraph_break();
    if (start) {
      ListState st;
      st.ordered = n == "ol";
      if (const std::string* s = t.attribute("start")) {
        // Clamped, so counting up from a hostile start="99999999999999999999" cannot overflow.
        char* end = nullptr;
        const long v = std::strtol(s->c_str(), &end, 10);
        if (end != s->c_str()) st.next_number = std::max(-1000000000L, std::min(v, 1000000000L));
      }
      lists.push_back(st);
    } else if (!lists.empty()) {
      lists.pop_back();
    }
    b.set_indent(lists.empty() ? 0 : 2 * static_cast<int>(lists.size() - 1));
    return;
  }
  if (n == "li") {
    b.line_break();
    if (start) {
      std::string marker = "• ";
      if (!lists.empty() && lists.back().ordered) marker = std::to_string(lists.back().next_number++) + ". ";
      b.set_line_marker(marker);
    }
    return;
  }
  if (n == "blockquote") {
    b.paragraph_break();
    if (start) b.push_quote(); else b.pop_quote();
    return;
  }
  if (n == "pre" || n == "listing") {
    b.paragraph_break();
    if (start) b.push_pre(); else b.pop_pre();
    return;
  }
  if (is_paragraph_block(n)) {
    b.paragraph_break();
  } else if (is_line_block(n)) {
    b.line_break();
  }
}

HtmlTextConverter::HtmlTextConverter() : state_(std::make_unique<State>()) {}
HtmlTextConverter::~HtmlTextConverter() = default;
void HtmlTextConverter::on_token(const HtmlToken& t) { state_->on_token(t); }
std::string HtmlTextConverter::finish() { return state_->b.finish(); }

std::string html_to_text(std::string_view html) {
  HtmlTextConverter converter;
  HtmlTokenizer tok(html);
  HtmlToken t;
  while (tok.next(t)) converter.on_token(t);
  return converter.finish();
}

namespace {
// Already a clean line: printable ASCII, no markup, no references, single inner spaces.
bool is_clean_ascii_line(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  char previous = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F || c == '&' || c == '<' || (c == ' ' && previous == ' ')) return false;
    previous = c;
  }
  return true;
}
}  // namespace

std::string to_plain_line(std::string_view maybe_html) {
  if (is_clean_ascii_line(maybe_html)) return std::string(maybe_html);
  std::string text;
  std::string skipping;
  HtmlTokenizer tok(maybe_html);
  HtmlToken t;
  while (tok.next(t)) {
    using T = HtmlToken::Type;
    if (!skipping.empty()) {
      if (t.type == T::EndTag && t.name == skipping) skipping.clear();
      continue;
    }
    if (t.type == T::Text) {
      text += t.data;
    } else if ((t.type == T::StartTag || t.type == T::EndTag) && !is_html_element_name(t.name)) {
      // Not markup but text that looks like it: "List<T>", "Use <vector> in C++" (titles
      // often arrive entity-decoded once, so an escaped "&lt;vector&gt;" lands here as a tag).
      text += t.source;
    } else if (t.type == T::StartTag && (t.name == "script" || t.name == "style")) {
      skipping = t.name;
    } else if ((t.type == T::StartTag || t.type == T::EndTag) &&
               (t.name == "br" || is_paragraph_block(t.name) || is_line_block(t.name) ||
                t.name == "td" || t.name == "th")) {
      text += ' ';  // block boundaries separate words
    }
  }
  text = strip_invisible_controls(text);
  // Collapse every run of whitespace (incl. NBSP and other Unicode spaces) to one space.
  std::string out;
  out.reserve(text.size());
  bool space = false;
  std::size_t i = 0;
  while (i < text.size()) {
    const char32_t c = next_code_point(text, i);
    if (is_whitespace_cp(c) || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B) {
      space = true;
      continue;
    }
    if (c < 0x20 || c == 0x7F) continue;  // other C0 controls never belong in a title
    if (space && !out.empty()) out += ' ';
    space = false;
    append_utf8(out, c);
  }
  return out;
}

}  // namespace fv::text
