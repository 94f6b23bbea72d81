// html_to_text and to_plain_line on any markup: valid UTF-8 in, valid UTF-8 out; the one-line
// form really is one trimmed line with single spaces; neither grows more than linearly (deep
// nesting must not repeat its indentation into quadratic output).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/encoding/decode.h"
#include "core/text/html_to_text.h"
#include "core/text/utf8.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Core hands these functions valid UTF-8 (encoding runs first); keep that contract.
  std::string html = fv::encoding::make_valid_utf8(
      std::string_view(reinterpret_cast<const char*>(data), size));

  std::string text = fv::text::html_to_text(html);
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(text), text);
  FV_FUZZ_CHECK(text.size() <= 8 * html.size() + 64,
                std::to_string(html.size()) + " bytes of HTML gave " + std::to_string(text.size()) +
                    " bytes of text");

  std::string line = fv::text::to_plain_line(html);
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(line), line);
  FV_FUZZ_CHECK(line.size() <= 4 * html.size() + 16, line);
  FV_FUZZ_CHECK(line.find_first_of("\n\r\t") == std::string::npos, line);
  FV_FUZZ_CHECK(line.find("  ") == std::string::npos, line);
  FV_FUZZ_CHECK(line.empty() || (line.front() != ' ' && line.back() != ' '), line);
  return 0;
}
