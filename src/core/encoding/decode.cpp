#include "core/encoding/decode.h"

#include "core/encoding/charset_names.h"
#include "core/encoding/legacy_decoder.h"
#include "core/text/entities.h"
#include "core/text/utf8.h"

namespace fv::encoding {
namespace {

using fv::text::append_utf8;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// ---- sniffing -----------------------------------------------------------------------------

std::string bom_encoding(std::string_view b, std::size_t& bom_len) {
  bom_len = 0;
  if (starts_with(b, "\xEF\xBB\xBF")) return bom_len = 3, "utf-8";
  if (starts_with(b, std::string_view("\xFF\xFE\x00\x00", 4))) return bom_len = 4, "utf-32le";
  if (starts_with(b, std::string_view("\x00\x00\xFE\xFF", 4))) return bom_len = 4, "utf-32be";
  if (starts_with(b, "\xFF\xFE")) return bom_len = 2, "utf-16le";
  if (starts_with(b, "\xFE\xFF")) return bom_len = 2, "utf-16be";
  return {};
}

// UTF-16/32 without a BOM, from the zero bytes around the first ASCII characters: "<?xml" in
// XML (XML 1.0 Appendix F) and the first two characters of JSON (RFC 4627 §3) look alike.
std::string null_pattern_encoding(std::string_view b) {
  if (b.size() < 4) {
    if (b.size() >= 2 && b[0] == 0 && b[1] != 0) return "utf-16be";
    if (b.size() >= 2 && b[0] != 0 && b[1] == 0) return "utf-16le";
    return {};
  }
  const bool z0 = b[0] == 0, z1 = b[1] == 0, z2 = b[2] == 0, z3 = b[3] == 0;
  if (z0 && z1 && z2 && !z3) return "utf-32be";
  if (!z0 && z1 && z2 && z3) return "utf-32le";
  if (z0 && !z1 && z2 && !z3) return "utf-16be";
  if (!z0 && z1 && !z2 && z3) return "utf-16le";
  return {};
}

// encoding="…" of an XML declaration at the start of ASCII-compatible bytes.
std::string xml_declared_encoding(std::string_view b) {
  std::size_t i = 0;
  while (i < b.size() && i < 64 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) ++i;
  if (b.compare(i, 5, "<?xml") != 0) return {};
  const std::size_t end = b.find("?>", i);
  if (end == std::string_view::npos || end - i > 512) return {};
  const std::string_view decl = b.substr(i, end - i);
  std::size_t p = decl.find("encoding");
  if (p == std::string_view::npos) return {};
  p += 8;
  while (p < decl.size() && (decl[p] == ' ' || decl[p] == '\t' || decl[p] == '\r' || decl[p] == '\n')) ++p;
  if (p >= decl.size() || decl[p] != '=') return {};
  ++p;
  while (p < decl.size() && (decl[p] == ' ' || decl[p] == '\t' || decl[p] == '\r' || decl[p] == '\n')) ++p;
  if (p >= decl.size() || (decl[p] != '"' && decl[p] != '\'')) return {};
  const std::size_t close = decl.find(decl[p], p + 1);
  if (close == std::string_view::npos) return {};
  return std::string(decl.substr(p + 1, close - p - 1));
}

// <meta charset> / <meta http-equiv content="…; charset=…"> in the first 1024 bytes of HTML.
std::string html_meta_charset(std::string_view b) {
  // Only for HTML documents: a feed may quote HTML (with its own <meta>) early in the file.
  std::size_t start = 0;
  while (start < b.size() && start < 256 && (b[start] == ' ' || b[start] == '\t' || b[start] == '\r' || b[start] == '\n')) ++start;
  const std::string_view lead = b.substr(start, 16);
  if (find_ci(lead, "<!doctype html") != 0 && find_ci(lead, "<html") != 0 && find_ci(lead, "<head") != 0 &&
      find_ci(lead, "<meta") != 0 && find_ci(lead, "<!--") != 0)
    return {};
  const std::string_view head = b.substr(0, 1024);
  for (std::size_t m = find_ci(head, "<meta"); m != std::string_view::npos; m = find_ci(head, "<meta", m + 5)) {
    std::size_t end = head.find('>', m);
    if (end == std::string_view::npos) end = head.size();
    const std::string_view tag = head.substr(m, end - m);
    std::size_t c = find_ci(tag, "charset");
    if (c == std::string_view::npos) continue;
    c += 7;
    while (c < tag.size() && (tag[c] == ' ' || tag[c] == '=')) ++c;
    if (c < tag.size() && (tag[c] == '"' || tag[c] == '\'')) ++c;
    std::size_t e = c;
    while (e < tag.size() && tag[e] != '"' && tag[e] != '\'' && tag[e] != ';' && tag[e] != ' ' && tag[e] != '/') ++e;
    if (e > c) return std::string(tag.substr(c, e - c));
  }
  return {};
}

// ---- decoders -----------------------------------------------------------------------------

char32_t windows1252_code_point(unsigned char b) {
  // The HTML numeric-reference table is exactly windows-1252's 0x80–0x9F; the 5 bytes it
  // leaves undefined map to the C1 control of the same value (WHATWG).
  return fv::text::numeric_reference_code_point(b);
}

std::string decode_windows1252(std::string_view b) {
  std::string out;
  out.reserve(b.size() + b.size() / 4);
  for (char c : b) append_utf8(out, windows1252_code_point(static_cast<unsigned char>(c)));
  return out;
}

// Valid UTF-8 stays; each byte of an invalid sequence is read as windows-1252. This repairs the
// commonest lie (a Windows-1252 file declared as UTF-8) and files that mix both.
std::string decode_utf8_with_1252_fallback(std::string_view b, bool& had_invalid, bool& had_multibyte) {
  std::string out;
  out.reserve(b.size());
  std::size_t i = 0;
  had_invalid = had_multibyte = false;
  while (i < b.size()) {
    const auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    const std::size_t start = i;
    const char32_t cp = fv::text::next_code_point(b, i);
    if (cp == 0xFFFD && i - start != 3) {
      had_invalid = true;
      append_utf8(out, windows1252_code_point(c));
    } else {
      had_multibyte = true;
      out.append(b.substr(start, i - start));
    }
  }
  return out;
}

bool has_multibyte_utf8(std::string_view b) {
  for (char c : b)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::string decode_utf16(std::string_view b, bool big_endian, bool& bad) {
  std::string out;
  out.reserve(b.size());
  std::size_t i = 0;
  auto unit = [&](std::size_t k) -> char32_t {
    const auto hi = static_cast<unsigned char>(b[k + (big_endian ? 0 : 1)]);
    const auto lo = static_cast<unsigned char>(b[k + (big_endian ? 1 : 0)]);
    return static_cast<char32_t>((hi << 8) | lo);
  };
  while (i + 1 < b.size()) {
    const char32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 1 < b.size()) {
        const char32_t v = unit(i);
        if (v >= 0xDC00 && v <= 0xDFFF) {
          i += 2;
          append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
          continue;
        }
      }
      bad = true;
      append_utf8(out, 0xFFFD);
    } else if (u >= 0xDC00 && u <= 0xDFFF) {
      bad = true;
      append_utf8(out, 0xFFFD);
    } else {
      append_utf8(out, u);
    }
  }
  if (i < b.size()) {
    bad = true;
    append_utf8(out, 0xFFFD);  // odd trailing byte
  }
  return out;
}

std::string decode_utf32(std::string_view b, bool big_endian, bool& bad) {
  std::string out;
  out.reserve(b.size());
  std::size_t i = 0;
  for (; i + 3 < b.size(); i += 4) {
    char32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const auto byte = static_cast<unsigned char>(b[i + static_cast<std::size_t>(big_endian ? k : 3 - k)]);
      v = (v << 8) | byte;
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) bad = true;
    append_utf8(out, v);
  }
  if (i < b.size()) {
    bad = true;
    append_utf8(out, 0xFFFD);
  }
  return out;
}

// Decodes `b` as `canonical`. Returns false when the encoding cannot be decoded here.
bool decode_as(std::string_view b, const std::string& canonical, std::string& out, bool& bad) {
  if (canonical == "utf-8") {
    out = make_valid_utf8(b);
    bad = out.size() != b.size() || !fv::text::is_valid_utf8(b);
    return true;
  }
  if (canonical == "windows-1252") {
    out = decode_windows1252(b);
    return true;
  }
  if (canonical == "utf-16le" || canonical == "utf-16be") {
    out = decode_utf16(b, canonical == "utf-16be", bad);
    return true;
  }
  if (canonical == "utf-32le" || canonical == "utf-32be") {
    out = decode_utf32(b, canonical == "utf-32be", bad);
    return true;
  }
  out.clear();
  if (!decode_legacy(b, canonical, out, bad)) return false;
  out = make_valid_utf8(out);  // belt and braces: whatever the decoder produced, the model gets UTF-8
  return true;
}

}  // namespace

std::string make_valid_utf8(std::string_view s) {
  if (fv::text::is_valid_utf8(s)) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  std::size_t i = 0;
  while (i < s.size()) append_utf8(out, fv::text::next_code_point(s, i));
  return out;
}

std::string charset_from_content_type(std::string_view ct) {
  std::size_t p = find_ci(ct, "charset");
  while (p != std::string_view::npos) {
    std::size_t q = p + 7;
    while (q < ct.size() && (ct[q] == ' ' || ct[q] == '\t')) ++q;
    if (q < ct.size() && ct[q] == '=') {
      ++q;
      while (q < ct.size() && (ct[q] == ' ' || ct[q] == '\t')) ++q;
      std::string v;
      if (q < ct.size() && (ct[q] == '"' || ct[q] == '\'')) {
        const char quote = ct[q++];
        while (q < ct.size() && ct[q] != quote) v += ct[q++];
      } else {
        while (q < ct.size() && ct[q] != ';' && ct[q] != ' ' && ct[q] != '\t' && ct[q] != ',') v += ct[q++];
      }
      for (char& c : v) c = lower(c);
      return v;
    }
    p = find_ci(ct, "charset", p + 7);
  }
  return {};
}

Decoded to_utf8(std::string_view bytes, std::string_view http_charset) {
  Decoded d;
  bool bad = false;

  // 1. A byte order mark is the strongest evidence there is.
  std::size_t bom_len = 0;
  const std::string bom = bom_encoding(bytes, bom_len);
  if (!bom.empty()) {
    const std::string http = canonical_charset(http_charset);
    if (!http.empty() && http != bom && !(http == "utf-16le" && bom == "utf-16be") &&
        !(http == "utf-32le" && bom == "utf-32be"))
      d.warning = "HTTP charset " + std::string(http_charset) + " contradicts the " + bom +
                  " byte order mark; used " + bom;
    decode_as(bytes.substr(bom_len), bom, d.utf8, bad);
    d.encoding = bom;
    if (bad && d.warning.empty()) d.warning = "invalid " + bom + " sequences replaced with U+FFFD";
    return d;
  }

  // 2. The declared encoding: HTTP first, then the document's own declaration.
  std::string label(http_charset);
  std::string source = "HTTP charset";
  const std::string pattern = null_pattern_encoding(bytes);
  if (label.empty() && pattern.empty()) {
    label = xml_declared_encoding(bytes);
    source = "XML declaration";
    if (label.empty()) {
      label = html_meta_charset(bytes);
      source = "HTML meta charset";
    }
  }
  std::string declared = canonical_charset(label);
  if (!label.empty() && declared.empty()) {
    d.warning = "unknown encoding \"" + label + "\" in " + source + "; guessed from the bytes";
    if (source == "HTTP charset" && pattern.empty()) {
      // A charset parameter we cannot read: the document's own declaration is next best.
      std::string doc_label = xml_declared_encoding(bytes);
      if (doc_label.empty()) doc_label = html_meta_charset(bytes);
      if (!canonical_charset(doc_label).empty()) {
        d.warning = "unknown HTTP charset \"" + label + "\"; used the document's " + doc_label;
        label = doc_label;
        source = "the document";
        declared = canonical_charset(doc_label);
      }
    }
  }

  // Web servers add "charset=ISO-8859-1" to every text/xml response by default (Apache's
  // AddDefaultCharset); a document that names another legacy encoding in its own declaration
  // knows better. (UTF-8 is not trusted this way: the validity check below handles it.)
  if (source == "HTTP charset" && pattern.empty() && declared == "windows-1252") {
    const std::string xml_label = xml_declared_encoding(bytes);
    const std::string xml = canonical_charset(xml_label);
    if (!xml.empty() && xml != declared && xml != "utf-8" && is_ascii_compatible(xml)) {
      d.warning = "HTTP charset " + label + " overridden by the XML declaration " + xml_label;
      label = xml_label;
      source = "XML declaration";
      declared = xml;
    }
  }

  // UTF-16/32 seen in the zero bytes beats an ASCII-compatible declaration, and vice versa.
  if (!pattern.empty()) {
    if (!declared.empty() && declared.compare(0, 6, pattern.substr(0, 6)) != 0)
      d.warning = source + " says " + label + " but the bytes are " + pattern;
    declared = pattern;
  } else if (!declared.empty() && !is_ascii_compatible(declared) && declared != "iso-2022-jp") {
    // "<?xml … encoding="UTF-16"?>" readable as ASCII cannot be UTF-16.
    d.warning = source + " says " + label + " but the bytes are ASCII-compatible";
    declared.clear();
  }

  const bool valid_utf8 = fv::text::is_valid_utf8(bytes);
  if (!declared.empty() && declared != "utf-8" && is_ascii_compatible(declared) && valid_utf8 &&
      has_multibyte_utf8(bytes)) {
    // The opposite lie: declared legacy, but the non-ASCII bytes form valid UTF-8 throughout —
    // which text in a legacy encoding practically never does.
    d.warning = source + " says " + label + " but the bytes are valid UTF-8; decoded as UTF-8";
    declared = "utf-8";
  }

  if ((declared.empty() || declared == "utf-8") && valid_utf8) {
    d.utf8.assign(bytes.data(), bytes.size());  // the common case: one copy
    d.encoding = "utf-8";
    return d;
  }
  if (declared.empty() || declared == "utf-8") {
    bool invalid = false, multibyte = false;
    d.utf8 = decode_utf8_with_1252_fallback(bytes, invalid, multibyte);
    d.encoding = invalid && !multibyte ? "windows-1252" : "utf-8";
    if (invalid) {
      const std::string said = declared.empty() ? std::string("no encoding declared")
                                                : source + " says " + label;
      d.warning = said + (multibyte ? " but some bytes are not UTF-8; those were read as windows-1252"
                                    : " but the bytes are not UTF-8; decoded as windows-1252");
    }
    return d;
  }

  if (!decode_as(bytes, declared, d.utf8, bad)) {
    d.warning = "cannot decode " + declared + " here; decoded as windows-1252";
    d.utf8 = decode_windows1252(bytes);
    d.encoding = "windows-1252";
    return d;
  }
  d.encoding = declared;
  if (bad && d.warning.empty()) d.warning = "bytes invalid in " + declared + " replaced with U+FFFD";
  return d;
}

}  // namespace fv::encoding
