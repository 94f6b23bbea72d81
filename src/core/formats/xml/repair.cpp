#include "core/formats/xml/repair.h"

#include <cctype>
#include <cstring>

namespace fv::xml {
namespace {

bool name_start(unsigned char c) { return std::isalpha(c) || c == '_' || c == ':' || c >= 0x80; }
bool name_char(unsigned char c) {
  return name_start(c) || std::isdigit(c) || c == '-' || c == '.';
}
bool space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_html_void(std::string_view n) {
  // Not "source" or "link": RSS uses those names for elements with content.
  static const char* kVoid[] = {"br", "hr", "img", "input", "meta", "area", "col", "embed",
                                "param", "track", "wbr"};
  for (const char* v : kVoid)
    if (n == v) return true;
  return false;
}

struct Counts {
  int unclosed = 0, stray = 0, lt = 0, cdata = 0, unquoted = 0, junk = 0, truncated = 0;
  std::string first_unclosed, first_stray;
};

struct Open {
  std::string_view name;
};

}  // namespace

std::string repair_xml(std::string_view s, std::vector<std::string>& warnings, bool* truncated) {
  std::string out;
  out.reserve(s.size() + s.size() / 16 + 64);
  std::vector<Open> stack;
  Counts n;
  bool root_closed = false;
  std::size_t i = 0;
  auto copy_until = [&](const char* end) {
    std::size_t e = s.find(end, i);
    std::size_t stop = e == std::string_view::npos ? s.size() : e + std::strlen(end);
    out.append(s.data() + i, stop - i);
    i = stop;
    return e != std::string_view::npos;
  };
  while (i < s.size()) {
    char c = s[i];
    if (c != '<') {
      std::size_t next = s.find('<', i);
      if (next == std::string_view::npos) next = s.size();
      std::string_view chunk = s.substr(i, next - i);
      if (root_closed && stack.empty()) {
        bool blank = true;
        for (char ch : chunk) blank = blank && space((unsigned char)ch);
        if (!blank) ++n.junk;
        else out.append(chunk);
      } else {
        out.append(chunk);
      }
      i = next;
      continue;
    }
    // Markup.
    if (s.compare(i, 4, "<!--") == 0) { copy_until("-->"); continue; }
    if (s.compare(i, 2, "<?") == 0) { copy_until("?>"); continue; }
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      std::size_t end = s.find("]]>", i);
      std::size_t next_close = s.find("</", i + 9);
      if (end != std::string_view::npos && (next_close == std::string_view::npos || end < next_close ||
                                            s.find("]]>", next_close) == end)) {
        copy_until("]]>");
      } else {
        // Unterminated (or terminated only after the parent closed): end it before the next
        // end tag, so the rest of the document survives.
        ++n.cdata;
        std::size_t stop = next_close == std::string_view::npos ? s.size() : next_close;
        out.append(s.data() + i, stop - i);
        out += "]]>";
        i = stop;
      }
      continue;
    }
    if (s.compare(i, 2, "<!") == 0) {  // DOCTYPE or other declaration
      std::size_t bracket = s.find('[', i), gt = s.find('>', i);
      if (bracket != std::string_view::npos && bracket < gt) copy_until("]>");
      else copy_until(">");
      continue;
    }
    if (i + 1 < s.size() && s[i + 1] == '/') {
      std::size_t j = i + 2;
      while (j < s.size() && name_char((unsigned char)s[j])) ++j;
      std::string_view name = s.substr(i + 2, j - i - 2);
      std::size_t gt = s.find('>', j);
      std::size_t end = gt == std::string_view::npos ? s.size() : gt + 1;
      std::size_t match = stack.size();
      // Bounded search keeps a flood of stray end tags in a deep document linear.
      for (std::size_t k = stack.size(), seen = 0; k-- > 0 && seen < 256; ++seen)
        if (stack[k].name == name) { match = k; break; }
      if (is_html_void(name) && match == stack.size()) {  // </br>: already self-closed
        i = end;
        continue;
      }
      if (name.empty() || match == stack.size()) {
        ++n.stray;
        if (n.first_stray.empty()) n.first_stray.assign(name);
        i = end;
        continue;
      }
      // Close everything opened inside the matching element.
      while (stack.size() > match + 1) {
        Open o = stack.back();
        stack.pop_back();
        ++n.unclosed;
        if (n.first_unclosed.empty()) n.first_unclosed.assign(o.name);
        out += "</";
        out += o.name;
        out += '>';
      }
      stack.pop_back();
      out += "</";
      out += name;
      out += '>';
      i = end;
      if (stack.empty()) root_closed = true;
      continue;
    }
    if (i + 1 >= s.size() || !name_start((unsigned char)s[i + 1])) {
      ++n.lt;  // a bare '<' in text
      out += "&lt;";
      ++i;
      continue;
    }
    // Start tag.
    std::size_t j = i + 1;
    while (j < s.size() && name_char((unsigned char)s[j])) ++j;
    std::string_view name = s.substr(i + 1, j - i - 1);
    bool junk_root = root_closed && stack.empty();
    std::size_t out_start = out.size();
    out += '<';
    out += name;
    bool self_closing = false;
    // Attributes.
    while (j < s.size()) {
      while (j < s.size() && space((unsigned char)s[j])) ++j;
      if (j >= s.size()) break;
      if (s[j] == '>') { ++j; break; }
      if (s[j] == '/' && j + 1 < s.size() && s[j + 1] == '>') { self_closing = true; j += 2; break; }
      if (s[j] == '<') break;  // start tag never ended
      std::size_t a = j;
      while (j < s.size() && !space((unsigned char)s[j]) && s[j] != '=' && s[j] != '>' && s[j] != '/' && s[j] != '<') ++j;
      if (j == a) { ++j; continue; }  // junk character inside the tag
      std::string_view aname = s.substr(a, j - a);
      while (j < s.size() && space((unsigned char)s[j])) ++j;
      out += ' ';
      out += aname;
      if (j < s.size() && s[j] == '=') {
        ++j;
        while (j < s.size() && space((unsigned char)s[j])) ++j;
        if (j < s.size() && (s[j] == '"' || s[j] == '\'')) {
          char q = s[j];
          std::size_t e = s.find(q, j + 1);
          if (e == std::string_view::npos) e = s.size();
          out += '=';
          out += q;
          for (char ch : s.substr(j + 1, e - j - 1)) {
            if (ch == '<') out += "&lt;";
            else out += ch;
          }
          out += q;
          j = e + 1;
        } else {
          ++n.unquoted;
          std::size_t e = j;
          while (e < s.size() && !space((unsigned char)s[e]) && s[e] != '>' &&
                 !(s[e] == '/' && e + 1 < s.size() && s[e + 1] == '>'))
            ++e;
          out += "=\"";
          for (char ch : s.substr(j, e - j)) {
            if (ch == '"') out += "&quot;";
            else if (ch == '<') out += "&lt;";
            else out += ch;
          }
          out += '"';
          j = e;
        }
      } else {
        // HTML-style boolean attribute: give it a value.
        ++n.unquoted;
        out += "=\"";
        out += aname;
        out += '"';
      }
    }
    i = j;
    if (junk_root) {
      ++n.junk;
      out.resize(out_start);
      // Skip the whole junk element's subtree by dropping tags until the end; simplest is to
      // stop here: nothing after the root belongs to the feed.
      i = s.size();
      break;
    }
    // HTML void elements inside unescaped HTML (<br>, <img …>) never get an end tag; an end tag
    // that does follow is then dropped as stray.
    if (self_closing || is_html_void(name)) {
      out += "/>";
    } else {
      out += '>';
      stack.push_back(Open{name});
    }
  }
  if (!stack.empty()) ++n.truncated;
  if (truncated) *truncated = n.truncated > 0;
  while (!stack.empty()) {
    Open o = stack.back();
    stack.pop_back();
    out += "</";
    out += o.name;
    out += '>';
  }
  if (n.unclosed)
    warnings.push_back("unclosed <" + n.first_unclosed + "> tag" +
                       (n.unclosed > 1 ? " (and " + std::to_string(n.unclosed - 1) + " more)" : "") + " closed");
  if (n.stray)
    warnings.push_back("end tag </" + n.first_stray + "> without start tag" +
                       (n.stray > 1 ? " (and " + std::to_string(n.stray - 1) + " more)" : "") + " dropped");
  if (n.lt) warnings.push_back("unescaped '<' in text escaped");
  if (n.cdata) warnings.push_back("unterminated CDATA section ended");
  if (n.unquoted) warnings.push_back("unquoted attribute value quoted");
  if (n.junk) warnings.push_back("junk after the root element ignored");
  if (n.truncated)
    warnings.push_back("document ends early (truncated?): open elements closed at the end");
  return out;
}

}  // namespace fv::xml
