// Reading test inputs: fixtures (tests/fixtures/…) and bundled assets (assets/…) by relative
// path. A missing file fails the test instead of reading as empty.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include <catch2/catch.hpp>

namespace fv::test {

inline std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  INFO("reading " << path);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string fixture(const std::string& relative) {
  return read_whole_file(std::string(FV_FIXTURES) + "/" + relative);
}

inline std::string asset(const std::string& relative) {
  return read_whole_file(std::string(FV_FIXTURES) + "/../../assets/" + relative);
}

}  // namespace fv::test
