#include "core/refresh/fetch_error.h"

#include <cctype>

namespace fv::refresh {
namespace {

struct Named {
  ErrorKind kind;
  std::string_view name;
};
constexpr Named kNames[] = {
    {ErrorKind::None, "none"},         {ErrorKind::Timeout, "timeout"},
    {ErrorKind::Network, "network"},   {ErrorKind::Offline, "offline"},
    {ErrorKind::Cors, "cors"},         {ErrorKind::Http, "http"},
    {ErrorKind::TooLarge, "too-large"}, {ErrorKind::NotAFeed, "not-a-feed"},
    {ErrorKind::ParseError, "parse"},  {ErrorKind::Aborted, "aborted"},
};

std::string_view reason_phrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 508: return "Loop Detected";
    default: return {};
  }
}

// What a person can make of a status class.
std::string_view status_hint(int status) {
  if (status == 401 || status == 403) return "the server refuses to give out this feed";
  if (status == 404) return "there is no feed at this address";
  if (status == 410) return "the publisher removed this feed";
  if (status == 429) return "too many requests; feedview waits as the server asks";
  if (status == 503) return "the server is busy or down; feedview will try again later";
  if (status >= 500) return "a server error; feedview will try again later";
  if (status >= 400) return "the server rejected the request";
  if (status >= 300) return "a redirect that could not be followed";
  return {};
}

// Keeps messages one line and bounded even when a detail comes from a hostile server.
std::string one_line(std::string_view s, std::size_t max_bytes = 160) {
  std::string out;
  for (char c : s) {
    if (out.size() >= max_bytes) {
      // Never cut a UTF-8 sequence in half.
      while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
      if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80)) out.pop_back();
      out += "\xE2\x80\xA6";
      break;
    }
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out;
}

constexpr std::string_view kNotAFeed = "not a feed: ";

}  // namespace

ErrorKind kind_from_name(std::string_view name) {
  for (const Named& n : kNames)
    if (n.name == name) return n.kind;
  return ErrorKind::Network;
}

std::string_view kind_name(ErrorKind kind) {
  for (const Named& n : kNames)
    if (n.kind == kind) return n.name;
  return "network";
}

FetchError http_error(int status, std::string_view status_text) {
  FetchError e;
  e.kind = ErrorKind::Http;
  e.status = status;
  e.detail = std::string(status_text.empty() ? reason_phrase(status) : status_text);
  return e;
}

FetchError parse_error(std::string_view message) {
  FetchError e;
  e.detail = std::string(message);
  // The XML loader reports "… (line 12, column 3)"; a document that is not a feed at all
  // (HTML page, sitemap, plain text) is a different problem for the user than a broken one.
  const bool unreadable = message.find("unreadable XML") != std::string_view::npos ||
                          message.find("invalid JSON") != std::string_view::npos;
  e.kind = message.substr(0, kNotAFeed.size()) == kNotAFeed && !unreadable ? ErrorKind::NotAFeed
                                                                          : ErrorKind::ParseError;
  const std::size_t at = message.find("line ");
  if (at != std::string_view::npos) {
    int line = 0;
    for (std::size_t i = at + 5; i < message.size() && std::isdigit(static_cast<unsigned char>(message[i])); ++i)
      line = line < 100000000 ? line * 10 + (message[i] - '0') : line;
    e.line = line;
  }
  return e;
}

std::string user_message(const FetchError& e) {
  switch (e.kind) {
    case ErrorKind::None:
      return {};
    case ErrorKind::Timeout:
      return "Timed out: the server did not answer in time.";
    case ErrorKind::Network:
      return e.detail.empty() ? "Could not reach the server (network error)."
                              : "Could not reach the server: " + one_line(e.detail);
    case ErrorKind::Offline:
      return "Offline: showing the items stored earlier.";
    case ErrorKind::Cors:
      return "The site does not let other pages read its feed (CORS), and no proxy could fetch it.";
    case ErrorKind::Http: {
      std::string msg = "The server answered " + std::to_string(e.status);
      std::string_view phrase = e.detail.empty() ? reason_phrase(e.status) : std::string_view(e.detail);
      if (!phrase.empty()) msg += " " + one_line(phrase, 60);
      std::string_view hint = status_hint(e.status);
      if (!hint.empty()) msg += ": " + std::string(hint);
      return msg + ".";
    }
    case ErrorKind::TooLarge:
      return "The response is larger than feedview's size limit.";
    case ErrorKind::NotAFeed: {
      std::string_view what(e.detail);
      if (what.substr(0, kNotAFeed.size()) == kNotAFeed) what.remove_prefix(kNotAFeed.size());
      if (what == "HTML page") return "This is a web page, not a feed; look for the site's feed links.";
      return what.empty() ? "This is not a feed." : "This is not a feed: " + one_line(what) + ".";
    }
    case ErrorKind::ParseError:
      if (e.line > 0)
        return "The feed is broken at line " + std::to_string(e.line) +
               " and could not be read (" + one_line(e.detail) + ").";
      return e.detail.empty() ? "The feed could not be read."
                              : "The feed could not be read: " + one_line(e.detail) + ".";
    case ErrorKind::Aborted:
      return "The fetch was cancelled.";
  }
  return {};
}

}  // namespace fv::refresh
