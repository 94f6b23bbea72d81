#include "app/subscriptions.h"

#include <nlohmann/json.hpp>

namespace fv::app {
namespace {

std::string string_field(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool parse_subscriptions(std::string_view json, std::vector<FeedSlot>& out) {
  out.clear();
  const auto doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return false;
  auto feeds = doc.find("feeds");
  if (feeds == doc.end() || !feeds->is_array()) return false;
  for (const auto& f : *feeds) {
    if (!f.is_object()) continue;
    FeedSlot slot;
    slot.url = string_field(f, "url");
    if (slot.url.empty()) continue;
    slot.title = string_field(f, "title");
    slot.folder = string_field(f, "folder");
    out.push_back(std::move(slot));
  }
  return true;
}

}  // namespace fv::app
