// Command-line options of `feedview serve`, parsed apart from the server so they can be tested.
#pragma once

#include <string>

#include "cli/commands.h"
#include "cli/proxy/proxy_route.h"

namespace fv::cli {

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback unless asked: a dev server is not a public one
  int port = 8080;                 // 0 = any free port
  std::string root;                // the built web app
  int max_seconds = 0;             // stop by itself after this long (0 = run until signalled)
  bool proxy = true;               // offer GET /proxy?url= for feeds without CORS headers
  proxy::ProxyLimits proxy_limits;
  bool help = false;
};

// Fills `opt` from args; the default root is ./build/wasm/web when run from the repository,
// else the build tree this binary was configured in.
bool parse_serve_options(const Args& args, ServeOptions& opt, std::string& error);

const char* serve_usage();

}  // namespace fv::cli
