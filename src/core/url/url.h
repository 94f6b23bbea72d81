// URLs: RFC 3986 reference resolution, scheme checks, and the normalisation used to decide
// that two links name the same article.
#pragma once

#include <string>
#include <string_view>

namespace fv::url {

// Resolves `ref` against `base` (RFC 3986 §5). Returns `ref` unchanged when base is empty or
// not absolute. Surrounding whitespace and embedded tabs/newlines in `ref` are removed first,
// as browsers do.
std::string resolve(std::string_view base, std::string_view ref);

// True for absolute http: and https: URLs only.
bool is_http_url(std::string_view u);

// Lower-case host, no scheme difference, no "www.", no trailing slash, no fragment, no utm_* or
// other tracking parameters: for "same article" checks.
std::string normalize_for_identity(std::string_view u);

// The host part of an absolute URL ("" when none).
std::string host(std::string_view u);

// The lower-case scheme ("" when `u` has none: a relative reference).
std::string scheme(std::string_view u);

// RFC 3986 §5.2.4.
std::string remove_dot_segments(std::string_view path);

// True for query parameter names that only track the reader (utm_*, fbclid, gclid, …).
bool is_tracking_parameter(std::string_view name);

}  // namespace fv::url
