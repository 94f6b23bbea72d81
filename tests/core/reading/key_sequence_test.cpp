#include <catch2/catch.hpp>

#include "core/reading/key_sequence.h"

using fv::reading::KeySequence;

TEST_CASE("Key sequence: single keys match at once", "[reading][keys]") {
  KeySequence keys({"m", "s", "A", "g a", "g s"});
  CHECK(keys.feed('m', 0) == 0);
  CHECK(keys.feed('A', 0) == 2);
  CHECK(keys.feed('x', 0) == -1);
  CHECK(keys.feed('a', 0) == -1);  // "a" alone is no binding
}

TEST_CASE("Key sequence: g then a within the timeout matches the two-key binding", "[reading][keys]") {
  KeySequence keys({"m", "s", "g a", "g s"}, 1.5);
  CHECK(keys.feed('g', 10.0) == -1);
  CHECK(keys.pending(10.5));
  CHECK(keys.expires_in(10.5) == Approx(1.0));
  CHECK(keys.feed('s', 11.0) == 3);  // g s, not s alone
  CHECK_FALSE(keys.pending(11.0));
  CHECK(keys.feed('s', 11.1) == 1);
}

TEST_CASE("Key sequence: the second key after the timeout counts on its own", "[reading][keys]") {
  KeySequence keys({"s", "g s"}, 1.5);
  keys.feed('g', 0.0);
  CHECK_FALSE(keys.pending(2.0));
  CHECK(keys.expires_in(2.0) < 0);
  CHECK(keys.feed('s', 2.0) == 0);
}

TEST_CASE("Key sequence: a key that does not continue the sequence cancels it", "[reading][keys]") {
  KeySequence keys({"m", "g a"});
  keys.feed('g', 0.0);
  CHECK(keys.feed('m', 0.2) == 0);
  CHECK(keys.feed('a', 0.3) == -1);
  keys.feed('g', 1.0);
  CHECK(keys.feed(U'\u00e9', 1.1) == -1);
  CHECK_FALSE(keys.pending(1.1));
}
