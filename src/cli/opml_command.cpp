// `feedview opml FILE|-`: the outline of an OPML subscription list as JSON on stdout, or a
// non-zero exit with a one-line reason on stderr.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/opml/opml.h"

namespace fv::cli {

int run_opml(const Args& args) {
  std::string path;
  for (const std::string& a : args) {
    if (a == "-h" || a == "--help") {
      std::printf("usage: feedview opml FILE|-\n");
      return 0;
    }
    if (!path.empty() || (a != "-" && a.rfind("--", 0) == 0)) {
      std::fprintf(stderr, "feedview opml: unexpected argument '%s'\n", a.c_str());
      return 2;
    }
    path = a;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: feedview opml FILE|-\n");
    return 2;
  }
  std::string bytes, error;
  if (!read_input(path, bytes, error)) {
    std::fprintf(stderr, "feedview opml: %s\n", error.c_str());
    return 1;
  }
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
