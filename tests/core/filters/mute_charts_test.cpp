// Mutes reach the Trends charts: a muted source neither fills the timeline nor makes a keyword
// trend, and a rule added from the row menu can be taken back.
#include <catch2/catch.hpp>

#include "core/charts/timeline.h"
#include "core/filters/mute_rules.h"
#include "core/keywords/trending.h"

using namespace fv;
using filters::MuteRule;

namespace {
constexpr std::int64_t kNow = 1767873600;  // Thu 8 Jan 2026 12:00 UTC

struct Row {
  const char* title;
  const char* source;
  std::int64_t age;  // seconds before kNow
};

std::vector<filters::MuteSubject> subjects(const std::vector<Row>& rows) {
  std::vector<filters::MuteSubject> out;
  for (const Row& r : rows) out.push_back(filters::mute_subject(r.title, r.source));
  return out;
}
}  // namespace

TEST_CASE("Without rules every headline counts") {
  const std::vector<Row> rows = {{"A", "X", 0}, {"B", "Y", 0}};
  CHECK(filters::unmuted_indices({}, {}, rows.size()) == std::vector<std::size_t>{0, 1});
}

TEST_CASE("Muted headlines are left out of the timeline and the trending keywords") {
  const std::vector<Row> rows = {
      {"Celebrity gossip roundup", "Gossip Daily", 600},
      {"Celebrity gossip returns", "Gossip Daily", 700},
      {"Celebrity gossip again", "Gossip Daily", 800},
      {"Harbour bridge reopens after repairs", "City Wire", 900},
      {"Harbour bridge traffic eases", "Metro Post", 1000},
  };
  filters::MuteRules rules;
  REQUIRE(rules.add({MuteRule::Kind::Source, "gossip daily"}));
  const std::vector<std::size_t> kept = filters::unmuted_indices(rules, subjects(rows), rows.size());
  CHECK(kept == std::vector<std::size_t>{3, 4});

  std::vector<charts::TimelineInput> points;
  std::vector<keywords::Headline> heads;
  for (std::size_t i : kept) {
    points.push_back({kNow - rows[i].age, rows[i].source});
    heads.push_back({rows[i].title, {}, kNow - rows[i].age});
  }
  const charts::Timeline t = charts::build_timeline(points, kNow);
  for (const std::string& s : t.series) CHECK(s != "Gossip Daily");
  CHECK(t.in_window == 2);
  for (const keywords::TrendingTerm& term : keywords::trending_terms(heads, kNow))
    CHECK(term.term.find("gossip") == std::string::npos);
}

TEST_CASE("A mute rule can be removed by what it says, as an undo does") {
  filters::MuteRules rules;
  REQUIRE(rules.add({MuteRule::Kind::Word, "storm"}));
  REQUIRE(rules.add({MuteRule::Kind::Source, "Gossip Daily"}));
  CHECK_FALSE(rules.remove_rule({MuteRule::Kind::Word, "Gossip Daily"}));  // kinds differ
  CHECK(rules.remove_rule({MuteRule::Kind::Source, "GOSSIP daily"}));
  REQUIRE(rules.rules().size() == 1);
  CHECK(rules.rules()[0].text == "storm");
  CHECK_FALSE(rules.remove_rule({MuteRule::Kind::Source, "Gossip Daily"}));
}
