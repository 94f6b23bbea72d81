// Bytes in any encoding feeds use → valid UTF-8. Detection order: BOM, then the HTTP charset,
// then the XML declaration (or JSON's UTF-8/16/32 rule), then UTF-8 if valid, else Windows-1252.
// Handles the common lie (declared UTF-8, actually Windows-1252).
//
// Also: UTF-16/32 without a BOM from the zero-byte pattern of "<?xml" or of JSON's first two
// characters; the opposite lie (declared legacy, bytes valid UTF-8 with non-ASCII → UTF-8);
// mixed files (valid UTF-8 kept, stray bytes read as Windows-1252); a server-default HTTP
// "ISO-8859-1" yielding to the document's own legacy declaration; <meta charset> for HTML.
// ISO-8859-1 and US-ASCII labels decode as Windows-1252, as in browsers. Decoding: UTF-8/16/32
// and Windows-1252 here; GB18030/GBK, Shift_JIS (CP932) and windows-874 from generated tables
// (table_decoders.h); everything else through iconv (glibc natively, musl in Wasm).
#pragma once

#include <string>
#include <string_view>

namespace fv::encoding {

struct Decoded {
  std::string utf8;          // always valid UTF-8, BOM removed
  std::string encoding;      // lower-case name of what the bytes were taken to be
  std::string warning;       // non-empty when the declared encoding was wrong or bytes were bad
};

// `http_charset` is the charset parameter of Content-Type, may be empty.
Decoded to_utf8(std::string_view bytes, std::string_view http_charset = {});

// The charset parameter of a Content-Type header value ("" when none).
std::string charset_from_content_type(std::string_view content_type);

// Replaces invalid UTF-8 sequences with U+FFFD.
std::string make_valid_utf8(std::string_view s);

}  // namespace fv::encoding
