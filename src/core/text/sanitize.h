// Allow-list HTML sanitizer for item summaries and content. Keeps structure and formatting
// elements with safe attributes; drops scripts, styles, iframes, forms, event handlers and
// javascript:/data:/vbscript: URLs; resolves relative URLs against base_url.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

std::string sanitize_html(std::string_view html, std::string_view base_url = {});

}  // namespace fv::text
