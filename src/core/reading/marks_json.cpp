#include "core/reading/marks_json.h"

#include <nlohmann/json.hpp>

namespace fv::reading {
namespace {

bool flag(const nlohmann::json& obj, const char* name) {
  auto it = obj.find(name);
  if (it == obj.end()) return false;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_number()) return it->get<double>() != 0;
  return false;
}

}  // namespace

std::string marks_to_json(const std::vector<Mark>& marks) {
  nlohmann::json arr = nlohmann::json::array();
  for (const Mark& m : marks)
    arr.push_back({{"feed", m.feed_url}, {"id", m.item_id}, {"read", m.flags.read ? 1 : 0},
                   {"starred", m.flags.starred ? 1 : 0}});
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Mark> marks_from_json(std::string_view json) {
  std::vector<Mark> out;
  const auto doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_array()) return out;
  for (const auto& e : doc) {
    if (!e.is_object()) continue;
    auto feed = e.find("feed");
    auto id = e.find("id");
    if (feed == e.end() || id == e.end() || !feed->is_string() || !id->is_string()) continue;
    Mark m;
    m.feed_url = feed->get<std::string>();
    m.item_id = id->get<std::string>();
    if (m.feed_url.empty() || m.item_id.empty()) continue;
    m.flags.read = flag(e, "read");
    m.flags.starred = flag(e, "starred");
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace fv::reading
