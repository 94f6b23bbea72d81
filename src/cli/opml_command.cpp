// `feedview opml FILE|-`: the outline of an OPML subscription list as JSON on stdout.
// `feedview opml --export FILE|- [--title TEXT]`: subscriptions as OPML 2.0 on stdout, from
//   a feed list (feeds.json: {"feeds": [{"url", "title", "folder"}]}), a plain list of
//   addresses (one a line, "#" comments), or an OPML file (written again, tidied). Folders
//   "Parent / Child" become nested outlines; the same feed listed twice is written once.
// Either way a non-zero exit with a one-line reason on stderr when the input cannot be used.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/opml/opml.h"
#include "core/subscriptions/subscriptions_opml.h"

namespace fv::cli {
namespace {

const char* kUsage = "usage: feedview opml FILE|-\n       feedview opml --export FILE|- [--title TEXT]\n";

// The first character that is not white space or a UTF-8 byte order mark.
char first_char(const std::string& s) {
  std::size_t i = s.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i < s.size() ? s[i] : '\0';
}

int export_subscriptions(const std::string& path, const std::string& bytes, const std::string& title) {
  subscriptions::SubscriptionList list;
  const char first = first_char(bytes);
  if (first == '<') {
    opml::ImportResult r = opml::import_opml(bytes);
    if (!r.ok) {
      std::fprintf(stderr, "feedview opml: %s: %s\n", path.c_str(), r.error.c_str());
      return 1;
    }
    subscriptions::import_opml(list, r.document);
  } else if (first == '{') {
    if (!subscriptions::add_feed_list(list, bytes)) {
      std::fprintf(stderr, "feedview opml: %s: not a feed list ({\"feeds\": [...]})\n", path.c_str());
      return 1;
    }
  } else {
    std::size_t skipped = 0;
    subscriptions::add_url_lines(list, bytes, &skipped);
    if (skipped > 0)
      std::fprintf(stderr, "feedview opml: %s: %zu %s not a web address, skipped\n", path.c_str(), skipped,
                   skipped == 1 ? "line is" : "lines are");
  }
  if (list.active_count() == 0) {
    std::fprintf(stderr, "feedview opml: %s: no feeds to export\n", path.c_str());
    return 1;
  }
  const std::string out = opml::export_opml(subscriptions::to_opml(list, title));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

int run_opml(const Args& args) {
  std::string path, title = "feedview subscriptions";
  bool do_export = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (a == "--export") {
      do_export = true;
      continue;
    }
    if (a == "--title") {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "feedview opml: --title needs a value\n");
        return 2;
      }
      title = args[++i];
      continue;
    }
    if (!path.empty() || (a != "-" && a.rfind("--", 0) == 0)) {
      std::fprintf(stderr, "feedview opml: unexpected argument '%s'\n", a.c_str());
      return 2;
    }
    path = a;
  }
  if (path.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }
  std::string bytes, error;
  if (!read_input(path, bytes, error)) {
    std::fprintf(stderr, "feedview opml: %s\n", error.c_str());
    return 1;
  }
  if (do_export) return export_subscriptions(path, bytes, title);
  opml::ImportResult r = opml::import_opml(bytes);
  if (!r.ok) {
    std::fprintf(stderr, "feedview opml: %s: %s\n", path.c_str(), r.error.c_str());
    return 1;
  }
  std::string out = opml::to_json(r.document);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace fv::cli
