// Encoding labels → one canonical lower-case name (the WHATWG Encoding Standard's names), and
// the iconv names that decode each. Labels are matched loosely: case, '-', '_', ' ' and '.'
// are ignored, so "ISO_8859-1", "iso8859-1" and "Latin1" are one label.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fv::encoding {

// Canonical name for a label ("" when unknown). As in browsers, "iso-8859-1" and "us-ascii"
// mean windows-1252, "gb2312" means gbk, "utf-16" means utf-16le.
std::string canonical_charset(std::string_view label);

// True for encodings where ASCII bytes mean ASCII (everything but UTF-16/32 and ISO-2022-JP).
bool is_ascii_compatible(std::string_view canonical);

// iconv names to try, in order, for a canonical name (glibc and musl spell some differently).
// Not used for the encodings decoded from generated tables (see table_decoders.h).
std::vector<std::string> iconv_names(std::string_view canonical);

}  // namespace fv::encoding
