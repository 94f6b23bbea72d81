// The web app's legacy decoder (see core/encoding/legacy_decoder.h): the browser's TextDecoder,
// which knows every WHATWG encoding — the names core/encoding/charset_names gives. Defining
// decode_legacy here keeps the builtin one (CJK tables, iconv) out of the app's Wasm.
#include <cstdlib>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>

#include "core/encoding/legacy_decoder.h"

// Returns a malloc'd UTF-8 copy (length in *out_len) or 0 when the browser does not know the
// encoding; *bad = 1 when some bytes were undecodable (they became U+FFFD).
EM_JS(char*, fv_js_text_decode, (const char* label, const char* data, int len, int* out_len, int* bad), {
  var name = UTF8ToString(label);
  var bytes = HEAPU8.subarray(data, data + len);
  var text;
  try {
    text = new TextDecoder(name, { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError) return 0;  // unknown encoding
    text = new TextDecoder(name).decode(bytes);  // undecodable bytes: U+FFFD
    HEAP32[bad >> 2] = 1;
  }
  var utf8 = new TextEncoder().encode(text);
  var p = _malloc(utf8.length + 1);
  HEAPU8.set(utf8, p);
  HEAP32[out_len >> 2] = utf8.length;
  return p;
});

namespace fv::encoding {

bool decode_legacy(std::string_view bytes, const std::string& canonical, std::string& out, bool& bad) {
  int len = 0, undecodable = 0;
  char* p = fv_js_text_decode(canonical.c_str(), bytes.data(), static_cast<int>(bytes.size()), &len,
                              &undecodable);
  if (p == nullptr) return false;
  out.assign(p, static_cast<std::size_t>(len));
  std::free(p);
  bad = bad || undecodable != 0;
  return true;
}

}  // namespace fv::encoding
