// HTML tokenizer after the WHATWG HTML "tokenization" chapter: data, RCDATA (title, textarea),
// RAWTEXT (style, xmp, iframe, noembed, noframes), script data, PLAINTEXT, tag and attribute
// states, comments, bogus comments, DOCTYPE, and CDATA sections inside <svg>/<math>.
//
// There is no tree builder: the tokenizer itself switches into RCDATA/RAWTEXT/script data after
// the start tags that cause it, and it tracks <svg>/<math> nesting for CDATA. That is what
// html_to_text and the sanitizer need and keeps them on the same reading of the markup.
// Differences from a browser, deliberately: NUL bytes are dropped rather than passed on, and
// character references are decoded per text run rather than character by character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fv::text {

struct HtmlAttribute {
  std::string name;   // lower-case ASCII
  std::string value;  // character references decoded
};

struct HtmlToken {
  enum class Type { StartTag, EndTag, Text, Comment, Doctype };
  Type type = Type::Text;
  std::string name;                      // tag name, lower-case (doctype name for Doctype)
  std::vector<HtmlAttribute> attributes; // start tags only; a repeated name keeps the first
  bool self_closing = false;
  std::string data;                      // Text: decoded text (newlines normalised); Comment: its text
  std::string_view source;               // Start/end tags: the tag as written, "<" to ">"

  // Value of attribute `n` (lower-case), nullptr when absent.
  const std::string* attribute(std::string_view n) const;
};

class HtmlTokenizer {
 public:
  explicit HtmlTokenizer(std::string_view html) : s_(html) {}

  // Fills `t` with the next token; false at end of input. Adjacent text is one token.
  bool next(HtmlToken& t);

 private:
  enum class Content { Data, RcData, RawText, ScriptData, PlainText };

  bool step(HtmlToken& t);  // false when this step produced no token
  std::size_t raw_content_end() const;
  bool lex_markup_declaration(HtmlToken& t);
  bool lex_tag(HtmlToken& t, bool end_tag);
  void lex_bogus_comment(HtmlToken& t, std::size_t start);
  void lex_attributes(HtmlToken& t);
  bool lex_raw_content(HtmlToken& t);
  void after_start_tag(const HtmlToken& t);

  std::string_view s_;
  std::size_t pos_ = 0;
  Content content_ = Content::Data;
  std::string raw_end_tag_;  // element whose end tag closes RCDATA/RAWTEXT/script data
  int foreign_depth_ = 0;    // open <svg>/<math> elements: CDATA sections allowed inside
};

// True for the names of HTML elements (current and obsolete ones: "b", "font", "marquee").
// Lets a caller tell markup from text that merely looks like a tag ("List<T>", "<vector>").
bool is_html_element_name(std::string_view lower_case_name);

// Convenience: the whole token stream.
std::vector<HtmlToken> tokenize_html(std::string_view html);

}  // namespace fv::text
