// URL resolution and normalisation on any text: "base\nref" is split at the first newline.
// Resolving is stable (an absolute http(s) result resolves to itself), scheme() agrees with
// is_http_url, and the identity key ignores what it promises to ignore (http vs https, the
// fragment). remove_dot_segments is idempotent.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/url/url.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::size_t nl = in.find('\n');
  std::string_view base = nl == std::string_view::npos ? std::string_view() : in.substr(0, nl);
  std::string_view ref = nl == std::string_view::npos ? in : in.substr(nl + 1);

  std::string r = fv::url::resolve(base, ref);
  if (fv::url::is_http_url(r)) {
    std::string scheme = fv::url::scheme(r);
    FV_FUZZ_CHECK(scheme == "http" || scheme == "https", r);
    // An empty reference keeps the base's path as written (RFC 3986 §5.2.2), dot segments and
    // all, so stability is checked from the second resolution on.
    std::string again = fv::url::resolve(base, r);
    FV_FUZZ_CHECK(fv::url::resolve(base, again) == again, "resolve not stable: " + r + " -> " + again);
    std::string key = fv::url::normalize_for_identity(r);
    const std::size_t auth = r.find("//") + 2;
    const std::string authority = r.substr(auth, r.find_first_of("/?#", auth) - auth);
    // http://h:80 and https://h:80 are different servers: only compare without a port.
    if (authority.find(':') == std::string::npos) {
      std::string other_scheme =
          scheme == "https" ? "http" + r.substr(r.find(':')) : "https" + r.substr(r.find(':'));
      FV_FUZZ_CHECK(fv::url::normalize_for_identity(other_scheme) == key,
                    "identity key depends on the scheme: " + r + " vs " + other_scheme);
    }
    // Only for URLs without control bytes or spaces: a trailing one is stripped as surrounding
    // whitespace, but no longer trails once a fragment follows it.
    bool plain = true;
    for (char c : r) plain = plain && (unsigned char)c > 0x20 && c != 0x7F;
    if (plain) {
      std::string with_fragment = r.substr(0, r.find('#')) + "#section-2";
      FV_FUZZ_CHECK(fv::url::normalize_for_identity(with_fragment) == key,
                    "identity key depends on the fragment: " + r + " vs " + with_fragment);
    }
  }
  std::string dots = fv::url::remove_dot_segments(ref);
  FV_FUZZ_CHECK(fv::url::remove_dot_segments(dots) == dots,
                "remove_dot_segments not idempotent: " + std::string(ref) + " -> " + dots);
  (void)fv::url::host(ref);
  return 0;
}
