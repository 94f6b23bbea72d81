// `feedview opml FILE|-`: the outline of an OPML subscription list as JSON.
#include <cstdio>

#include "cli/commands.h"

namespace fv::cli {

int run_opml(const Args& args) {
  (void)args;
  std::fprintf(stderr, "feedview opml: not implemented yet\n");
  return 1;
}

}  // namespace fv::cli
