// Decoders driven by tables generated at build time (gen_codepage_tables.py), for encodings
// where Emscripten's musl iconv is wrong or missing: GB18030/GBK, Shift_JIS (as CP932), EUC-JP
// (with JIS X 0212) and windows-874. Both builds use these, so native and Wasm decode alike.
#pragma once

#include <string>
#include <string_view>

namespace fv::encoding {

// True when `canonical` is decoded here ("gbk", "gb18030", "shift_jis", "euc-jp",
// "windows-874").
bool has_table_decoder(std::string_view canonical);

// Appends the UTF-8 decoding of `bytes` to `out`; invalid sequences become U+FFFD and set `bad`.
void table_decode(std::string_view canonical, std::string_view bytes, std::string& out, bool& bad);

}  // namespace fv::encoding
