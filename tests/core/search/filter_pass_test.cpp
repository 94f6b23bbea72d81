#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/search/filter_pass.h"
#include "core/search/search_query.h"

using fv::search::FilterPass;
using fv::search::matching_key;
using fv::search::SearchQuery;

namespace {

std::vector<std::string> keys() {
  std::vector<std::string> k;
  for (int i = 0; i < 1000; ++i)
    k.push_back(matching_key("Headline " + std::to_string(i) + ": story about topic " +
                             std::to_string(i % 7) + (i % 3 ? " Zürich" : " Genève")));
  return k;
}

std::vector<std::uint32_t> brute_force(const std::vector<std::string>& k, const SearchQuery& q) {
  std::vector<std::uint32_t> r;
  for (std::size_t i = 0; i < k.size(); ++i)
    if (q.matches(k[i])) r.push_back(static_cast<std::uint32_t>(i));
  return r;
}

// Runs a pass to the end in slices of `budget` bytes; returns how many slices it took.
int finish(FilterPass& pass, const std::vector<std::string>& k, const SearchQuery& q,
           std::size_t budget) {
  int slices = 0;
  bool done = false;
  while (!done) {
    done = pass.run([&](std::size_t i) { return q.matches(k[i]); },
                    [&](std::size_t i) { return k[i].size(); }, budget);
    ++slices;
  }
  return slices;
}

}  // namespace

TEST_CASE("A filter pass finds what a full scan finds, in slices of a byte budget",
          "[search][filter]") {
  const auto k = keys();
  const SearchQuery q("topic 3");
  FilterPass pass;
  pass.restart(k.size(), false);
  const int slices = finish(pass, k, q, 4096);
  CHECK(slices > 5);  // 1000 keys of ~40 bytes do not fit one 4 kB slice
  CHECK(pass.matches() == brute_force(k, q));
}

TEST_CASE("A narrowing query re-tests only the previous matches and finds the same rows",
          "[search][filter]") {
  const auto k = keys();
  FilterPass pass;
  SearchQuery previous("topic");
  pass.restart(k.size(), false);
  finish(pass, k, previous, 1 << 20);
  for (const char* text : {"topic 3", "topic 3 zur", "topic 3 zurich", "topic 3 zurich -headline 1"}) {
    const SearchQuery q(text);
    REQUIRE(q.narrows(previous));
    const std::size_t before = pass.matches().size();
    pass.restart(k.size(), true);
    std::size_t tested = 0;
    while (!pass.run([&](std::size_t i) { ++tested; return q.matches(k[i]); },
                     [](std::size_t) { return 1; }, 50)) {}
    CHECK(tested == before);
    CHECK(pass.matches() == brute_force(k, q));
    previous = q;
  }
}

TEST_CASE("Narrowing a pass that was cut short still tests the rows it had not reached",
          "[search][filter]") {
  const auto k = keys();
  FilterPass pass;
  pass.restart(k.size(), false);
  const SearchQuery wide("topic");
  pass.run([&](std::size_t i) { return wide.matches(k[i]); }, [](std::size_t) { return 1; }, 300);
  REQUIRE_FALSE(pass.finished());
  const SearchQuery q("topic 5");
  pass.restart(k.size(), true);
  finish(pass, k, q, 1 << 20);
  CHECK(pass.matches() == brute_force(k, q));
}

TEST_CASE("A wider query after a narrow one starts again from every row", "[search][filter]") {
  const auto k = keys();
  FilterPass pass;
  const SearchQuery narrow("topic 5 geneve");
  pass.restart(k.size(), false);
  finish(pass, k, narrow, 1 << 20);
  const SearchQuery wide("topic 5");
  REQUIRE_FALSE(wide.narrows(narrow));
  pass.restart(k.size(), false);
  finish(pass, k, wide, 1 << 20);
  CHECK(pass.matches() == brute_force(k, wide));
  CHECK(pass.matches().size() > 100);
}

TEST_CASE("An empty list finishes at once", "[search][filter]") {
  FilterPass pass;
  pass.restart(0, false);
  CHECK(pass.finished());
  CHECK(pass.run([](std::size_t) { return true; }, [](std::size_t) { return 1; }, 10));
  CHECK(pass.matches().empty());
}
