// Decoding of the legacy encodings (everything but UTF-8/16/32 and Windows-1252, which decode.cpp
// handles itself). Defined twice, one definition per program:
//   - legacy_decoder_builtin.cpp (in feedview_core): generated tables and iconv, for the CLI,
//     the tests and the benches, native and Wasm;
//   - src/platform/web/legacy_decoder_web.cpp: the browser's TextDecoder, for the web app, which
//     then ships without ~250 KB of CJK tables. The web app's object file defines the symbol, so
//     the linker never pulls the builtin one (nor the tables, nor iconv) out of the core archive.
// Keep legacy_decoder_builtin.cpp holding only this function, or both would be linked.
#pragma once

#include <string>
#include <string_view>

namespace fv::encoding {

// Decodes `bytes` in `canonical` (a WHATWG encoding name, see charset_names.h) into `out`;
// undecodable bytes become U+FFFD and set `bad`. False when the encoding is unknown here.
bool decode_legacy(std::string_view bytes, const std::string& canonical, std::string& out, bool& bad);

}  // namespace fv::encoding
