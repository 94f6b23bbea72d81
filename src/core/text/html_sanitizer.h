// The token-by-token half of sanitize_html, so one tokenizer pass can feed both the sanitizer
// and the text conversion (see sanitize_html_and_text).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/text/html_tokenizer.h"

namespace fv::text {

class HtmlSanitizer {
 public:
  explicit HtmlSanitizer(std::string_view base_url);  // base_url must outlive the sanitizer
  ~HtmlSanitizer();
  HtmlSanitizer(const HtmlSanitizer&) = delete;
  HtmlSanitizer& operator=(const HtmlSanitizer&) = delete;

  void on_token(const HtmlToken& t);
  std::string finish();  // the sanitized HTML, every element closed; call once

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace fv::text
