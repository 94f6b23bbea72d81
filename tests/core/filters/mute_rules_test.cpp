#include <catch2/catch.hpp>

#include "core/filters/mute_rules.h"

using namespace fv::filters;

namespace {
bool mutes(const MuteRules& r, const char* title, const char* source = "Example") {
  return r.mutes(mute_subject(title, source));
}
MuteRule word(const char* t) { return {MuteRule::Kind::Word, t}; }
MuteRule source(const char* t) { return {MuteRule::Kind::Source, t}; }
}  // namespace

TEST_CASE("A word rule mutes titles containing it as a whole word, case and accents folded") {
  MuteRules r({word("War")});
  CHECK(mutes(r, "War in the north"));
  CHECK(mutes(r, "The post-war order"));
  CHECK(mutes(r, "WAR: latest"));
  CHECK_FALSE(mutes(r, "Award season opens"));
  CHECK_FALSE(mutes(r, "Software update"));
  MuteRules cafe({word("cafe")});
  CHECK(mutes(cafe, "Le CAF\xC3\x89 du coin"));  // CAFÉ
  CHECK_FALSE(mutes(cafe, "Caf\xC3\xA9s everywhere"));  // cafés: a longer word
}

TEST_CASE("A phrase rule mutes the words in that order only") {
  MuteRules r({word("  Premier League ")});
  CHECK(r.rules()[0].text == "Premier League");
  CHECK(mutes(r, "Premier League: results"));
  CHECK_FALSE(mutes(r, "League of premier clubs"));
}

TEST_CASE("A source rule mutes one source by its whole name, ignoring case") {
  MuteRules r({source("reuters")});
  CHECK(mutes(r, "Anything", "Reuters"));
  CHECK_FALSE(mutes(r, "Anything", "Reuters Pictures"));
  CHECK_FALSE(mutes(r, "Reuters says", "AP"));
}

TEST_CASE("Mute rules skip blanks and duplicates and can be removed") {
  MuteRules r;
  CHECK(r.add(word("storm")));
  CHECK_FALSE(r.add(word("STORM")));
  CHECK_FALSE(r.add(word("   ")));
  CHECK(r.add(source("storm")));  // a source rule is another rule
  CHECK(r.rules().size() == 2);
  r.remove(0);
  CHECK(r.rules().size() == 1);
  CHECK(r.rules()[0].kind == MuteRule::Kind::Source);
  r.remove(5);
  CHECK(r.rules().size() == 1);
}

TEST_CASE("Mute rules round-trip through their settings text") {
  MuteRules r({word("storm"), source("Daily \"News\""), word("line\nbreak\there")});
  const MuteRules back = MuteRules::parse(r.serialize());
  REQUIRE(back.rules().size() == 3);
  CHECK(back.rules() == r.rules());
  CHECK(back.rules()[2].text == "line break here");
  CHECK(MuteRules::parse("bogus line\nword\tok\nother\tx\n").rules().size() == 1);
}
