// Helpers for the parsing tests: fixtures by name, parse-or-fail.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

#include "core/parse.h"

namespace fv::test {

inline std::string fixture(const std::string& relative) {
  std::ifstream in(std::string(FV_FIXTURES) + "/" + relative, std::ios::binary);
  INFO("fixture " << relative);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string asset(const std::string& relative) {
  std::ifstream in(std::string(FV_FIXTURES) + "/../../assets/" + relative, std::ios::binary);
  INFO("asset " << relative);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Parses and requires success.
inline Feed parse_ok(const std::string& bytes, const ParseOptions& options = {}) {
  ParseResult r = parse_feed(bytes, options);
  INFO("error: " << r.error);
  REQUIRE(r.ok);
  return r.feed;
}

inline bool has_warning_containing(const Feed& f, const std::string& needle) {
  for (const auto& w : f.warnings)
    if (w.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace fv::test
