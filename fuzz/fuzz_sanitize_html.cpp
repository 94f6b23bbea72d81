// sanitize_html on any markup: the output has only allow-listed elements, no event handlers, no
// script-capable URLs (read as a browser reads them), and sanitizing it again changes nothing.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/encoding/decode.h"
#include "core/text/sanitize.h"
#include "fuzz_checks.h"

namespace {
// "&#13;" decodes to a carriage return that the sanitizer writes out as is (as a browser's
// serializer does); reading that again normalises it to a newline. Not a safety matter, so
// idempotence is checked modulo line-break style.
std::string newlines_normalised(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string html = fv::encoding::make_valid_utf8(
      std::string_view(reinterpret_cast<const char*>(data), size));
  // Both ways the core calls it: with the feed's address and without one (stdin, no base).
  for (std::string_view base : {std::string_view("https://example.org/blog/post.html"),
                                std::string_view()}) {
    std::string once = fv::text::sanitize_html(html, base);
    std::string problem = fv::fuzz::sanitized_html_problem(once);
    FV_FUZZ_CHECK(problem.empty(), problem + "\n--- output: " + once);
    // Closing tags and rel="noopener noreferrer" add at most a constant per input tag.
    FV_FUZZ_CHECK(once.size() <= 16 * html.size() + 64,
                  std::to_string(html.size()) + " bytes gave " + std::to_string(once.size()));
    std::string twice = fv::text::sanitize_html(once, base);
    FV_FUZZ_CHECK(newlines_normalised(twice) == newlines_normalised(once), "not idempotent:\n--- once:  " + once + "\n--- twice: " + twice);
  }
  return 0;
}
