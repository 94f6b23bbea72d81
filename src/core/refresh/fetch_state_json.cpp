#include "core/refresh/fetch_state_json.h"

#include <nlohmann/json.hpp>

namespace fv::refresh {
namespace {

using nlohmann::json;

void read_string(const json& obj, const char* key, std::string& out) {
  auto it = obj.find(key);
  if (it != obj.end() && it->is_string()) out = it->get<std::string>();
}

template <typename Int>
void read_int(const json& obj, const char* key, Int& out) {
  auto it = obj.find(key);
  // JS stores numbers as doubles; accept whole floats too.
  if (it == obj.end()) return;
  if (it->is_number_integer()) out = static_cast<Int>(it->get<std::int64_t>());
  else if (it->is_number_float()) out = static_cast<Int>(it->get<double>());
}

}  // namespace

std::string to_json(const FetchState& s) {
  json error = json::object();
  if (s.last_error.failed()) {
    error["kind"] = std::string(kind_name(s.last_error.kind));
    error["status"] = s.last_error.status;
    error["line"] = s.last_error.line;
    error["detail"] = s.last_error.detail;
    error["message"] = user_message(s.last_error);
  }
  json j = {
      {"url", s.url},
      {"etag", s.etag},
      {"lastModified", s.last_modified},
      {"viaProxy", s.via_proxy},
      {"lastAttempt", s.last_attempt},
      {"lastSuccess", s.last_success},
      {"nextDue", s.next_due},
      {"retryAfterUntil", s.retry_after_until},
      {"failures", s.consecutive_failures},
      {"error", error},
  };
  // Invalid UTF-8 from a hostile header must not abort serialisation: replace it.
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool from_json(std::string_view text, FetchState& s) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  read_string(j, "url", s.url);
  read_string(j, "etag", s.etag);
  read_string(j, "lastModified", s.last_modified);
  read_string(j, "viaProxy", s.via_proxy);
  read_int(j, "lastAttempt", s.last_attempt);
  read_int(j, "lastSuccess", s.last_success);
  read_int(j, "nextDue", s.next_due);
  read_int(j, "retryAfterUntil", s.retry_after_until);
  read_int(j, "failures", s.consecutive_failures);
  auto e = j.find("error");
  if (e != j.end() && e->is_object()) {
    std::string kind;
    read_string(*e, "kind", kind);
    s.last_error = FetchError{};
    if (!kind.empty() && kind != "none") {
      s.last_error.kind = kind_from_name(kind);
      read_int(*e, "status", s.last_error.status);
      read_int(*e, "line", s.last_error.line);
      read_string(*e, "detail", s.last_error.detail);
    }
  }
  return true;
}

}  // namespace fv::refresh
