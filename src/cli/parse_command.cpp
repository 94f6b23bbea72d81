// `feedview parse FILE|- [--base-url URL] [--content-type TYPE]`: one JSON object on stdout,
// or a non-zero exit with a one-line reason on stderr.
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "core/feed_json.h"
#include "core/parse.h"

namespace fv::cli {

int run_parse(const Args& args) {
  std::string path;
  ParseOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](const char* flag) -> const std::string* {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "feedview parse: %s needs a value\n", flag);
        return nullptr;
      }
      return &args[++i];
    };
    if (a == "--base-url") {
      const std::string* v = value("--base-url");
      if (!v) return 2;
      options.base_url = *v;
    } else if (a == "--content-type") {
      const std::string* v = value("--content-type");
      if (!v) return 2;
      options.content_type = *v;
    } else if (a == "-h" || a == "--help") {
      std::printf("usage: feedview parse FILE|- [--base-url URL] [--content-type TYPE]\n");
      return 0;
    } else if (path.empty() && (a == "-" || a.rfind("--", 0) != 0)) {
      path = a;
    } else {
      std::fprintf(stderr, "feedview parse: unexpected argument '%s'\n", a.c_str());
      return 2;
    }
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: feedview parse FILE|- [--base-url URL] [--content-type TYPE]\n");
    return 2;
  }
  std::string bytes, error;
  if (!read_input(path, bytes, error)) {
    std::fprintf(stderr, "feedview parse: %s\n", error.c_str());
    return 1;
  }
  ParseResult r = parse_feed(bytes, options);
  if (!r.ok) {
    std::fprintf(stderr, "feedview parse: %s: %s\n", path.c_str(), r.error.c_str());
    return 1;
  }
  std::string out = feed_to_json(r.feed);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace fv::cli
