// fv::app::Settings kept in the browser's localStorage under "feedview." keys. Reads are cached;
// when storage is unavailable (private mode, sandboxed iframe) settings live for the session.
#pragma once

#include <map>
#include <string>

#include "app/platform.h"

namespace fv::web {

class LocalStorageSettings : public app::Settings {
 public:
  std::string get(std::string_view key, std::string_view fallback) const override;
  void set(std::string_view key, std::string_view value) override;

 private:
  mutable std::map<std::string, std::string, std::less<>> cache_;
};

}  // namespace fv::web
