// Allow-list HTML sanitizer for item summaries and content. Keeps structure and formatting
// elements with safe attributes; drops scripts, styles, iframes, forms, event handlers and
// javascript:/data:/vbscript: URLs; resolves relative URLs against base_url.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

std::string sanitize_html(std::string_view html, std::string_view base_url = {});

struct SanitizedHtml {
  std::string html;  // as sanitize_html(html, base_url)
  std::string text;  // as html_to_text(html)
};

// Both of the above from a single tokenizer pass: for item content, which needs both.
SanitizedHtml sanitize_html_and_text(std::string_view html, std::string_view base_url = {});

}  // namespace fv::text
