#include "cli/serve_options.h"

#include <cstdlib>
#include <filesystem>

namespace fv::cli {
namespace {

bool parse_int(const std::string& s, int lo, int hi, int& out) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  int v = std::atoi(s.c_str());
  if (v < lo || v > hi) return false;
  out = v;
  return true;
}

std::string default_root() {
  const std::filesystem::path here = "build/wasm/web";
  if (std::filesystem::is_directory(here)) return here.string();
#ifdef FV_DEFAULT_WEB_ROOT
  return FV_DEFAULT_WEB_ROOT;
#else
  return here.string();
#endif
}

}  // namespace

const char* serve_usage() {
  return "usage: feedview serve [--port N] [--host ADDR] [--root DIR] [--max-seconds N]\n"
         "  --port N         port to listen on (default 8080; 0 picks a free one)\n"
         "  --host ADDR      address to listen on (default 127.0.0.1)\n"
         "  --root DIR       folder to serve (default: the Wasm build's web/ folder)\n"
         "  --max-seconds N  stop by itself after N seconds\n"
         "  --no-proxy       do not offer /proxy?url=\n"
         "  --proxy-allow-private  let /proxy fetch loopback and private addresses (tests only)\n"
         "  --proxy-max-bytes N    largest response /proxy passes on (default 16 MiB)\n"
         "  --proxy-timeout N      seconds per upstream request (default 20)\n";
}

bool parse_serve_options(const Args& args, ServeOptions& opt, std::string& error) {
  if (const char* env = std::getenv("PORT")) {
    if (!parse_int(env, 0, 65535, opt.port)) {
      error = "PORT must be a number from 0 to 65535";
      return false;
    }
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        error = a + " needs a value";
        return false;
      }
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "--help" || a == "-h") {
      opt.help = true;
    } else if (a == "--port") {
      if (!value(v)) return false;
      if (!parse_int(v, 0, 65535, opt.port)) {
        error = "--port must be a number from 0 to 65535";
        return false;
      }
    } else if (a == "--host") {
      if (!value(opt.host)) return false;
    } else if (a == "--root") {
      if (!value(opt.root)) return false;
    } else if (a == "--max-seconds") {
      if (!value(v)) return false;
      if (!parse_int(v, 1, 7 * 24 * 3600, opt.max_seconds)) {
        error = "--max-seconds must be a positive number of seconds";
        return false;
      }
    } else if (a == "--no-proxy") {
      opt.proxy = false;
    } else if (a == "--proxy-allow-private") {
      opt.proxy_limits.allow_private = true;
    } else if (a == "--proxy-max-bytes") {
      int n = 0;
      if (!value(v)) return false;
      if (!parse_int(v, 1, 1 << 30, n)) {
        error = "--proxy-max-bytes must be a positive number";
        return false;
      }
      opt.proxy_limits.max_bytes = static_cast<std::size_t>(n);
    } else if (a == "--proxy-timeout") {
      if (!value(v)) return false;
      if (!parse_int(v, 1, 600, opt.proxy_limits.timeout_seconds)) {
        error = "--proxy-timeout must be 1 to 600 seconds";
        return false;
      }
    } else {
      error = "unknown option '" + a + "'";
      return false;
    }
  }
  if (opt.root.empty()) opt.root = default_root();
  return true;
}

}  // namespace fv::cli
