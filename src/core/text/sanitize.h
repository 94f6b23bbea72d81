// Allow-list HTML sanitizer for item summaries and content. Keeps structure and formatting
// elements with safe attributes; drops scripts, styles, iframes, forms, event handlers and
// javascript:/data:/vbscript: URLs; resolves relative URLs against base_url.
//
// The output is rebuilt from tokens, never copied: only allow-listed elements (p, br, b, i, em,
// strong, u, s, a, img, lists, blockquote, pre, code, h1–h6, figure, tables, sup, sub, hr, span,
// div, time, …) and attributes (a[href,title], img[src,alt,title,width,height], td[colspan,
// rowspan], ol[start], time[datetime], …) are written; text and values are escaped again.
// Dropped with their content: script, style, iframe, object, embed, form and its controls,
// noscript, template, svg, math, audio, video. Other elements (font, center, …) are unwrapped.
// URLs: only http, https (and mailto for links) survive; relative ones are resolved, or kept
// relative when there is no base. Links get rel="noopener noreferrer"; an <img> whose src is a
// placeholder takes its data-src. Every element is closed, implied end tags (p, li, td, …)
// included.
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
