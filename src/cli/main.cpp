// `feedview`: the native command. Subcommands dispatch to src/cli/*_command.cpp.
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const fv::cli::Args&);
  const char* usage;
};

const Command kCommands[] = {
    {"serve", fv::cli::run_serve, "serve [--port N] [--root DIR] [--host ADDR]   serve the web app"},
    {"parse", fv::cli::run_parse,
     "parse FILE|- [--base-url URL] [--content-type TYPE]   print a feed as JSON"},
    {"opml", fv::cli::run_opml,
     "opml FILE|- [--export [--title TEXT]]   print an OPML outline as JSON, or write OPML "
     "from a feeds.json, a list of URLs or an OPML file"},
    {"export", fv::cli::run_export,
     "export FILE (--markdown DIR | --json) [--feed-url URL]   export items"},
};

void usage(std::FILE* to) {
  std::fprintf(to, "usage: feedview <command> [options]\n\ncommands:\n");
  for (const auto& c : kCommands) std::fprintf(to, "  feedview %s\n", c.usage);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  for (const auto& c : kCommands) {
    if (std::strcmp(argv[1], c.name) == 0) return c.run(fv::cli::Args(argv + 2, argv + argc));
  }
  std::fprintf(stderr, "feedview: unknown command '%s'\n", argv[1]);
  usage(stderr);
  return 2;
}
