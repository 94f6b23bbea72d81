#include <catch2/catch.hpp>

#include "core/url/url.h"

using fv::url::resolve;

namespace {
constexpr const char* kBase = "http://a/b/c/d;p?q";  // RFC 3986 §5.4
}

TEST_CASE("RFC 3986 §5.4.1 normal examples resolve as the RFC says", "[url][rfc3986]") {
  CHECK(resolve(kBase, "g:h") == "g:h");
  CHECK(resolve(kBase, "g") == "http://a/b/c/g");
  CHECK(resolve(kBase, "./g") == "http://a/b/c/g");
  CHECK(resolve(kBase, "g/") == "http://a/b/c/g/");
  CHECK(resolve(kBase, "/g") == "http://a/g");
  CHECK(resolve(kBase, "//g") == "http://g");
  CHECK(resolve(kBase, "?y") == "http://a/b/c/d;p?y");
  CHECK(resolve(kBase, "g?y") == "http://a/b/c/g?y");
  CHECK(resolve(kBase, "#s") == "http://a/b/c/d;p?q#s");
  CHECK(resolve(kBase, "g#s") == "http://a/b/c/g#s");
  CHECK(resolve(kBase, "g?y#s") == "http://a/b/c/g?y#s");
  CHECK(resolve(kBase, ";x") == "http://a/b/c/;x");
  CHECK(resolve(kBase, "g;x") == "http://a/b/c/g;x");
  CHECK(resolve(kBase, "g;x?y#s") == "http://a/b/c/g;x?y#s");
  CHECK(resolve(kBase, "") == "http://a/b/c/d;p?q");
  CHECK(resolve(kBase, ".") == "http://a/b/c/");
  CHECK(resolve(kBase, "./") == "http://a/b/c/");
  CHECK(resolve(kBase, "..") == "http://a/b/");
  CHECK(resolve(kBase, "../") == "http://a/b/");
  CHECK(resolve(kBase, "../g") == "http://a/b/g");
  CHECK(resolve(kBase, "../..") == "http://a/");
  CHECK(resolve(kBase, "../../") == "http://a/");
  CHECK(resolve(kBase, "../../g") == "http://a/g");
}

TEST_CASE("RFC 3986 §5.4.2 abnormal examples resolve as the RFC says", "[url][rfc3986]") {
  CHECK(resolve(kBase, "../../../g") == "http://a/g");
  CHECK(resolve(kBase, "../../../../g") == "http://a/g");
  CHECK(resolve(kBase, "/./g") == "http://a/g");
  CHECK(resolve(kBase, "/../g") == "http://a/g");
  CHECK(resolve(kBase, "g.") == "http://a/b/c/g.");
  CHECK(resolve(kBase, ".g") == "http://a/b/c/.g");
  CHECK(resolve(kBase, "g..") == "http://a/b/c/g..");
  CHECK(resolve(kBase, "..g") == "http://a/b/c/..g");
  CHECK(resolve(kBase, "./../g") == "http://a/b/g");
  CHECK(resolve(kBase, "./g/.") == "http://a/b/c/g/");
  CHECK(resolve(kBase, "g/./h") == "http://a/b/c/g/h");
  CHECK(resolve(kBase, "g/../h") == "http://a/b/c/h");
  CHECK(resolve(kBase, "g;x=1/./y") == "http://a/b/c/g;x=1/y");
  CHECK(resolve(kBase, "g;x=1/../y") == "http://a/b/c/y");
  CHECK(resolve(kBase, "g?y/./x") == "http://a/b/c/g?y/./x");
  CHECK(resolve(kBase, "g?y/../x") == "http://a/b/c/g?y/../x");
  CHECK(resolve(kBase, "g#s/./x") == "http://a/b/c/g#s/./x");
  CHECK(resolve(kBase, "g#s/../x") == "http://a/b/c/g#s/../x");
  CHECK(resolve(kBase, "http:g") == "http:g");  // strict parser
}

TEST_CASE("remove_dot_segments follows RFC 3986 §5.2.4", "[url][rfc3986]") {
  CHECK(fv::url::remove_dot_segments("/a/b/c/./../../g") == "/a/g");
  CHECK(fv::url::remove_dot_segments("mid/content=5/../6") == "mid/6");
  CHECK(fv::url::remove_dot_segments("") == "");
}

TEST_CASE("A base without a path still gets a '/' before a relative path", "[url]") {
  CHECK(resolve("http://a", "g") == "http://a/g");
  CHECK(resolve("https://example.com?x=1", "page") == "https://example.com/page");
}

TEST_CASE("Empty or relative bases leave the reference as it is", "[url]") {
  CHECK(resolve("", "/x") == "/x");
  CHECK(resolve("/feed.xml", "x.html") == "x.html");
}

TEST_CASE("References are trimmed and lose embedded tabs and newlines", "[url]") {
  CHECK(resolve("http://a/b/", "  g\n ") == "http://a/b/g");
  CHECK(resolve("http://a/b/", "\thttp://x.com/p\n") == "http://x.com/p");
  CHECK(resolve("http://a/b/", "ja\nvascript:alert(1)") == "javascript:alert(1)");
}

TEST_CASE("Protocol-relative references take the base scheme", "[url]") {
  CHECK(resolve("https://e.com/a", "//cdn.e.com/i.png") == "https://cdn.e.com/i.png");
}

TEST_CASE("is_http_url accepts only absolute http and https URLs", "[url]") {
  CHECK(fv::url::is_http_url("http://example.com"));
  CHECK(fv::url::is_http_url("https://example.com/a?b#c"));
  CHECK(fv::url::is_http_url("HTTPS://EXAMPLE.COM/"));
  CHECK_FALSE(fv::url::is_http_url("ftp://example.com/"));
  CHECK_FALSE(fv::url::is_http_url("javascript:alert(1)"));
  CHECK_FALSE(fv::url::is_http_url("/relative"));
  CHECK_FALSE(fv::url::is_http_url("//example.com/x"));
  CHECK_FALSE(fv::url::is_http_url("http:example.com"));
  CHECK_FALSE(fv::url::is_http_url("http://"));
  CHECK_FALSE(fv::url::is_http_url(""));
}

TEST_CASE("host is the lower-case host without userinfo or port", "[url]") {
  CHECK(fv::url::host("https://News.Example.COM/a") == "news.example.com");
  CHECK(fv::url::host("http://user:pw@example.com:8080/") == "example.com");
  CHECK(fv::url::host("http://[2001:db8::1]:80/x") == "[2001:db8::1]");
  CHECK(fv::url::host("/relative") == "");
  CHECK(fv::url::host("mailto:a@b.c") == "");
}

TEST_CASE("scheme is lower-case, empty for relative references", "[url]") {
  CHECK(fv::url::scheme("HTTPS://x") == "https");
  CHECK(fv::url::scheme("mailto:a@b") == "mailto");
  CHECK(fv::url::scheme("/a:b") == "");
  CHECK(fv::url::scheme("a/b:c") == "");
}

TEST_CASE("Identity normalisation ignores scheme, host case, www, default port, trailing slash and fragment", "[url][identity]") {
  using fv::url::normalize_for_identity;
  const std::string a = normalize_for_identity("https://www.Example.com:443/news/story/#comments");
  CHECK(a == normalize_for_identity("http://example.com/news/story"));
  CHECK(a == normalize_for_identity("http://EXAMPLE.com:80/news/story/"));
  CHECK(a == "example.com/news/story");
  CHECK(normalize_for_identity("https://example.com/") == "example.com");
  CHECK(normalize_for_identity("https://example.com:8443/x") == "example.com:8443/x");
}

TEST_CASE("Identity normalisation keeps path case and other parameters in order", "[url][identity]") {
  using fv::url::normalize_for_identity;
  CHECK(normalize_for_identity("https://e.com/Story?b=2&a=1") == "e.com/Story?b=2&a=1");
  CHECK(normalize_for_identity("https://e.com/p?id=3") != normalize_for_identity("https://e.com/p?id=4"));
}

TEST_CASE("Identity normalisation drops tracking parameters", "[url][identity]") {
  using fv::url::normalize_for_identity;
  CHECK(normalize_for_identity("https://e.com/a?utm_source=rss&utm_medium=feed&id=7&utm_campaign=x") == "e.com/a?id=7");
  CHECK(normalize_for_identity("https://e.com/a?fbclid=abc") == "e.com/a");
  CHECK(normalize_for_identity("https://e.com/a?gclid=1&mc_cid=2&mc_eid=3&ocid=4&cmpid=5&x=y") == "e.com/a?x=y");
  CHECK(normalize_for_identity("https://e.com/a?UTM_Source=x&k") == "e.com/a?k");
  CHECK(fv::url::is_tracking_parameter("utm_content"));
  CHECK_FALSE(fv::url::is_tracking_parameter("id"));
  CHECK_FALSE(fv::url::is_tracking_parameter("utmost"));
}

TEST_CASE("Identity normalisation of something that is not a URL returns it trimmed", "[url][identity]") {
  CHECK(fv::url::normalize_for_identity("  tag:example.com,2026:1 ") == "tag:example.com,2026:1");
}

TEST_CASE("Identity normalisation treats percent-escape case and escaped unreserved characters as equal", "[url][identity]") {
  using fv::url::normalize_for_identity;
  CHECK(normalize_for_identity("https://e.com/%7euser/a%2fb") == normalize_for_identity("https://e.com/~user/a%2Fb"));
  CHECK(normalize_for_identity("https://e.com/a%2fb") == "e.com/a%2Fb");  // a reserved '/' stays escaped
  CHECK(normalize_for_identity("https://e.com/p?q=%41%2f") == "e.com/p?q=A%2F");
}

TEST_CASE("Identity normalisation drops an empty query and a trailing dot in the host", "[url][identity]") {
  using fv::url::normalize_for_identity;
  CHECK(normalize_for_identity("https://example.com./a?") == "example.com/a");
  CHECK(normalize_for_identity("https://example.com/a?&&") == "example.com/a");
}

TEST_CASE("Spaces, quotes and angle brackets inside a reference are percent-encoded", "[url]") {
  CHECK(resolve("http://a/b/", "my page.html?q=a b") == "http://a/b/my%20page.html?q=a%20b");
  CHECK(resolve("http://a/b/", "x\"<y>") == "http://a/b/x%22%3Cy%3E");
  CHECK(fv::url::is_http_url(resolve("http://a/", "/p q")));
}

TEST_CASE("is_http_url refuses hosts with characters no host can contain", "[url]") {
  CHECK_FALSE(fv::url::is_http_url("http://exa mple.com/"));
  CHECK_FALSE(fv::url::is_http_url("http://a<b>.com/"));
  CHECK_FALSE(fv::url::is_http_url("http://a%20b.com/"));
  CHECK(fv::url::is_http_url("http://xn--bcher-kva.example/"));
  CHECK(fv::url::is_http_url("http://[::1]:8080/"));
}
