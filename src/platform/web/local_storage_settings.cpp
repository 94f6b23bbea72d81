#include "platform/web/local_storage_settings.h"

#include "platform/web/shim_calls.h"

namespace fv::web {
namespace {
const std::string kPrefix = "feedview.";
}

std::string LocalStorageSettings::get(std::string_view key, std::string_view fallback) const {
  auto it = cache_.find(key);
  if (it == cache_.end()) {
    bool found = false;
    std::string value = shim_storage_get(kPrefix + std::string(key), found);
    if (!found) return std::string(fallback);
    it = cache_.emplace(std::string(key), std::move(value)).first;
  }
  return it->second;
}

void LocalStorageSettings::set(std::string_view key, std::string_view value) {
  cache_[std::string(key)] = std::string(value);
  shim_storage_set(kPrefix + std::string(key), std::string(value));
}

}  // namespace fv::web
