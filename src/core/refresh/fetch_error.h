// Why a fetch failed, in a form the policy can act on (back off, honour Retry-After, give up
// on a gone feed) and that turns into one short sentence for people.
//
// The browser reports transport failures by name ("timeout", "cors", …, see kind_from_name);
// HTTP statuses and parse failures are classified here.
#pragma once

#include <string>
#include <string_view>

namespace fv::refresh {

enum class ErrorKind {
  None,
  Timeout,     // no complete answer within the time limit
  Network,     // DNS, refused connection, TLS, reset
  Offline,     // the browser says it has no network
  Cors,        // the answer exists but the browser may not read it (no CORS headers)
  Http,        // an HTTP status other than 2xx/304
  TooLarge,    // larger than the response size cap
  NotAFeed,    // readable, but an HTML page, plain text, a sitemap, …
  ParseError,  // a feed we could not read (the XML is broken beyond repair)
  Aborted,     // cancelled by feedview itself (page closing, feed removed)
};

struct FetchError {
  ErrorKind kind = ErrorKind::None;
  int status = 0;       // Http: the status code
  int line = 0;         // ParseError: 1-based line of the problem, 0 when unknown
  std::string detail;   // the raw reason (parser message, status text, browser message)

  bool failed() const { return kind != ErrorKind::None; }
};

// "timeout", "network", "offline", "cors", "too-large", "aborted" (the names the JS fetcher
// reports) → kind; anything else is Network.
ErrorKind kind_from_name(std::string_view name);
std::string_view kind_name(ErrorKind kind);

// An HTTP status that is not success (e.g. 404, 500, 429).
FetchError http_error(int status, std::string_view status_text = {});

// parse_feed's error string ("not a feed: HTML page", "not a feed: unreadable XML (… line 12,
// column 3)") → NotAFeed, or ParseError with the line when the message names one.
FetchError parse_error(std::string_view parser_message);

// One sentence for the feed's error line, e.g. "The server answered 404 Not Found: the feed
// is not at this address." Never contains markup; never longer than ~200 bytes plus detail.
std::string user_message(const FetchError& error);

}  // namespace fv::refresh
