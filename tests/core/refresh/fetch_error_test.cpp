#include <catch2/catch.hpp>

#include "core/refresh/fetch_error.h"

using namespace fv::refresh;

TEST_CASE("Transport failure names from the browser map to kinds and back") {
  for (ErrorKind k : {ErrorKind::Timeout, ErrorKind::Network, ErrorKind::Offline, ErrorKind::Cors,
                      ErrorKind::TooLarge, ErrorKind::Aborted, ErrorKind::NotAFeed,
                      ErrorKind::ParseError, ErrorKind::Http}) {
    CHECK(kind_from_name(kind_name(k)) == k);
  }
  CHECK(kind_from_name("something new") == ErrorKind::Network);
}

TEST_CASE("HTTP 404 message names the status and what it means") {
  const std::string msg = user_message(http_error(404));
  CHECK(msg == "The server answered 404 Not Found: there is no feed at this address.");
}

TEST_CASE("HTTP 500 message says feedview will retry") {
  CHECK(user_message(http_error(500)).find("try again later") != std::string::npos);
}

TEST_CASE("An unknown status still gives a message with its number") {
  CHECK(user_message(http_error(599, "")).find("599") != std::string::npos);
}

TEST_CASE("An HTML page is classified as not a feed, with a hint to look for feed links") {
  const FetchError e = parse_error("not a feed: HTML page");
  CHECK(e.kind == ErrorKind::NotAFeed);
  CHECK(user_message(e) == "This is a web page, not a feed; look for the site's feed links.");
}

TEST_CASE("A sitemap is not a feed, and the message says what it is") {
  const FetchError e = parse_error("not a feed: XML sitemap");
  CHECK(e.kind == ErrorKind::NotAFeed);
  CHECK(user_message(e) == "This is not a feed: XML sitemap.");
}

TEST_CASE("Unreadable XML is a parse error that carries the line") {
  const FetchError e =
      parse_error("not a feed: unreadable XML (mismatched end tag at line 12, column 3)");
  CHECK(e.kind == ErrorKind::ParseError);
  CHECK(e.line == 12);
  CHECK(user_message(e).rfind("The feed is broken at line 12", 0) == 0);
}

TEST_CASE("A parse error without a line says it could not be read") {
  const FetchError e = parse_error("document nested deeper than 1024 levels");
  CHECK(e.kind == ErrorKind::ParseError);
  CHECK(e.line == 0);
  CHECK(user_message(e) == "The feed could not be read: document nested deeper than 1024 levels.");
}

TEST_CASE("A hostile detail is cut to one bounded line without splitting UTF-8") {
  FetchError e;
  e.kind = ErrorKind::Network;
  std::string detail = "bad\nthing ";
  for (int i = 0; i < 200; ++i) detail += "\xC3\xA9";  // é
  e.detail = detail;
  const std::string msg = user_message(e);
  CHECK(msg.find('\n') == std::string::npos);
  CHECK(msg.size() < 260);
  // Ends with the ellipsis, preceded by a whole é.
  REQUIRE(msg.size() > 5);
  CHECK(msg.substr(msg.size() - 3) == "\xE2\x80\xA6");
  CHECK(msg.substr(msg.size() - 5, 2) == "\xC3\xA9");
}

TEST_CASE("Timeouts, CORS and offline have their own sentences") {
  CHECK(user_message({ErrorKind::Timeout, 0, 0, {}}).find("Timed out") == 0);
  CHECK(user_message({ErrorKind::Cors, 0, 0, {}}).find("CORS") != std::string::npos);
  CHECK(user_message({ErrorKind::Offline, 0, 0, {}}).find("Offline") == 0);
  CHECK(user_message({}).empty());
}
