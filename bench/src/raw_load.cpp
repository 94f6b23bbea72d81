#include "raw_load.h"

#include <cstring>
#include <vector>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

namespace fv::bench {
namespace {

std::size_t walk(const nlohmann::json& j) {
  if (j.is_string()) return 1 + j.get_ref<const std::string&>().size();
  std::size_t sum = 1;
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) sum += it.key().size() + walk(it.value());
  } else if (j.is_array()) {
    for (const auto& v : j) sum += walk(v);
  }
  return sum;
}

}  // namespace

std::size_t raw_load_and_walk_xml(std::string_view bytes) {
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_auto)) return 0;
  std::size_t sum = 0;
  // Iterative pre-order walk: every element, attribute and text node is visited once.
  std::vector<pugi::xml_node> stack{doc};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    sum += 1 + std::strlen(n.name()) + std::strlen(n.value());
    for (pugi::xml_attribute a : n.attributes()) sum += std::strlen(a.value());
    for (pugi::xml_node c = n.last_child(); c; c = c.previous_sibling()) stack.push_back(c);
  }
  return sum;
}

std::size_t raw_load_and_walk_json(std::string_view bytes) {
  nlohmann::json j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
  if (j.is_discarded()) return 0;
  return walk(j);
}

}  // namespace fv::bench
