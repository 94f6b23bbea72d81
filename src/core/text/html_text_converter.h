// The token-by-token half of html_to_text, so one tokenizer pass can feed both the sanitizer
// and the text conversion (see sanitize_html_and_text).
#pragma once

#include <memory>
#include <string>

#include "core/text/html_tokenizer.h"

namespace fv::text {

class HtmlTextConverter {
 public:
  HtmlTextConverter();
  ~HtmlTextConverter();
  HtmlTextConverter(const HtmlTextConverter&) = delete;
  HtmlTextConverter& operator=(const HtmlTextConverter&) = delete;

  void on_token(const HtmlToken& t);
  std::string finish();  // the text; call once, after the last token

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace fv::text
