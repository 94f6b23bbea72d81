#include "core/refresh/outcome_json.h"

#include <nlohmann/json.hpp>

#include "core/refresh/fetch_state_json.h"

namespace fv::refresh {
namespace {

using nlohmann::json;

std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

bool outcome_from_json(std::string_view text, FetchOutcome& o) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  if (auto s = j.find("status"); s != j.end() && s->is_number()) o.status = s->get<int>();
  o.etag = str(j, "etag");
  o.last_modified = str(j, "lastModified");
  o.cache_control = str(j, "cacheControl");
  o.expires = str(j, "expires");
  o.date = str(j, "date");
  o.retry_after = str(j, "retryAfter");
  o.final_url = str(j, "finalUrl");
  o.via_proxy = str(j, "viaProxy");
  if (auto m = j.find("movedPermanently"); m != j.end() && m->is_boolean()) o.moved_permanently = m->get<bool>();
  if (auto e = j.find("error"); e != j.end() && e->is_object()) {
    o.error.kind = kind_from_name(str(*e, "kind"));
    o.error.detail = str(*e, "message");
  }
  // The page parses a changed response before keeping it; a failure there is the outcome.
  if (std::string parse = str(j, "parseError"); !parse.empty() && !o.error.failed()) o.error = parse_error(parse);
  return true;
}

bool hints_from_json(std::string_view text, ScheduleHints& h) {
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) return false;
  if (auto t = j.find("ttlMinutes"); t != j.end() && t->is_number() && t->get<double>() > 0)
    h.ttl_minutes = static_cast<std::int64_t>(t->get<double>());
  if (auto hs = j.find("skipHours"); hs != j.end() && hs->is_array())
    for (const auto& v : *hs)
      if (v.is_number_integer()) h.skip_hour(v.get<int>());
  if (auto ds = j.find("skipDays"); ds != j.end() && ds->is_array())
    for (const auto& v : *ds)
      if (v.is_string()) h.skip_day(v.get<std::string>());
  return true;
}

std::string hints_to_json(const ScheduleHints& h) {
  json j = json::object();
  if (h.ttl_minutes) j["ttlMinutes"] = *h.ttl_minutes;
  if (h.skip_hours) {
    json hours = json::array();
    for (int hour = 0; hour < 24; ++hour)
      if ((h.skip_hours >> hour) & 1u) hours.push_back(hour);
    j["skipHours"] = std::move(hours);
  }
  if (h.skip_days) {
    static constexpr const char* kDays[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};
    json days = json::array();
    for (int d = 0; d < 7; ++d)
      if ((h.skip_days >> d) & 1u) days.push_back(kDays[d]);
    j["skipDays"] = std::move(days);
  }
  return j.dump();
}

std::string record_outcome_json(std::string_view state_json, std::string_view outcome_json,
                                std::string_view hints_json, std::string_view url,
                                std::int64_t now, std::uint64_t seed,
                                const RefreshLimits& limits) {
  FetchState state;
  if (!from_json(state_json, state) || state.url.empty()) state.url = std::string(url);
  FetchOutcome outcome;
  if (!outcome_from_json(outcome_json, outcome)) outcome.error.kind = ErrorKind::Network;
  ScheduleHints hints;
  hints_from_json(hints_json, hints);
  Jitter jitter(seed);
  record_outcome(state, outcome, hints, now, jitter, limits);
  return to_json(state);
}

}  // namespace fv::refresh
