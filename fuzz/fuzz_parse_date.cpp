// parse_date on any text: a parsed date survives format_iso8601 → parse_date unchanged, and
// format_iso8601 gives the fixed "YYYY-MM-DDTHH:MM:SSZ" shape.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/dates/parse_date.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view s(reinterpret_cast<const char*>(data), size);
  auto t = fv::dates::parse_date(s);
  if (!t) return 0;
  std::string iso = fv::dates::format_iso8601(*t);
  FV_FUZZ_CHECK(iso.size() == 20 && iso[4] == '-' && iso[10] == 'T' && iso[19] == 'Z',
                std::string(s) + " -> " + std::to_string(*t) + " -> " + iso);
  auto again = fv::dates::parse_date(iso);
  FV_FUZZ_CHECK(again && *again == *t, std::string(s) + " -> " + std::to_string(*t) + " -> " + iso +
                                           " -> " + (again ? std::to_string(*again) : "nullopt"));
  return 0;
}
