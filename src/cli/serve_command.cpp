// `feedview serve`: serves the built web app and the CORS proxy (/proxy?url=) on 127.0.0.1.
//
// Prints one line "feedview: serving DIR at http://HOST:PORT/" once it listens, so scripts and
// tests can wait for it; --port 0 picks a free port and the line says which.
#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/serve_options.h"

namespace fv::cli {
namespace {

// Types a static host must get right: browsers refuse to stream-compile Wasm served as anything
// but application/wasm, and refuse ES modules served as anything but JavaScript.
void set_mime_types(httplib::Server& server) {
  const std::pair<const char*, const char*> types[] = {
      {"html", "text/html; charset=utf-8"},
      {"js", "text/javascript; charset=utf-8"},
      {"mjs", "text/javascript; charset=utf-8"},
      {"css", "text/css; charset=utf-8"},
      {"wasm", "application/wasm"},
      {"json", "application/json"},
      {"webmanifest", "application/manifest+json"},
      {"xml", "application/xml"},
      {"rss", "application/rss+xml"},
      {"atom", "application/atom+xml"},
      {"opml", "text/x-opml; charset=utf-8"},
      {"ttf", "font/ttf"},
      {"otf", "font/otf"},
      {"woff2", "font/woff2"},
      {"svg", "image/svg+xml"},
      {"png", "image/png"},
      {"ico", "image/x-icon"},
      {"txt", "text/plain; charset=utf-8"},
      {"md", "text/markdown; charset=utf-8"},
  };
  for (const auto& [ext, type] : types) server.set_file_extension_and_mimetype_mapping(ext, type);
}

// Debian's cpp-httplib answers "Accept-Encoding: br" with Brotli at quality 11, which takes a
// minute for a 10 MB feed; gzip at its default level is ~100× faster at a similar ratio. So
// Brotli is taken out of what the client offers before httplib picks an encoding.
void prefer_gzip_over_brotli(httplib::Server& server) {
  server.set_pre_routing_handler([](const httplib::Request& req, httplib::Response&) {
    auto it = req.headers.find("Accept-Encoding");
    if (it != req.headers.end() && it->second.find("br") != std::string::npos) {
      std::string kept;
      std::size_t start = 0;
      const std::string& offered = it->second;
      while (start <= offered.size()) {
        std::size_t comma = offered.find(',', start);
        if (comma == std::string::npos) comma = offered.size();
        std::string token = offered.substr(start, comma - start);
        std::size_t b = token.find_first_not_of(" \t");
        std::string name = b == std::string::npos ? "" : token.substr(b, token.find_first_of(" ;", b) - b);
        if (!name.empty() && name != "br") kept += (kept.empty() ? "" : ", ") + token.substr(b);
        start = comma + 1;
      }
      // The request is the server's own object; handlers only see it as const.
      const_cast<httplib::Request&>(req).headers.erase("Accept-Encoding");
      if (!kept.empty()) const_cast<httplib::Request&>(req).headers.emplace("Accept-Encoding", kept);
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
}

void set_common_headers(httplib::Server& server) {
  server.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    // Development server: always revalidate, so a rebuilt app is never mixed with a stale one.
    if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-cache");
  });
}

// Stops the server on SIGINT/SIGTERM (from a dedicated thread: stop() is not signal-safe) or
// after --max-seconds, so a server started by a test never outlives it.
std::thread start_stopper(httplib::Server& server, int max_seconds) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  if (max_seconds > 0) sigaddset(&set, SIGALRM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  if (max_seconds > 0) alarm(static_cast<unsigned>(max_seconds));
  return std::thread([&server, set] {
    int sig = 0;
    sigwait(&set, &sig);
    if (sig == SIGALRM) std::fprintf(stderr, "feedview: --max-seconds reached, stopping\n");
    server.stop();
  });
}

}  // namespace

int run_serve(const Args& args) {
  ServeOptions opt;
  std::string error;
  if (!parse_serve_options(args, opt, error)) {
    std::fprintf(stderr, "feedview serve: %s\n", error.c_str());
    return 2;
  }
  if (opt.help) {
    std::printf("%s", serve_usage());
    return 0;
  }
  namespace fs = std::filesystem;
  if (!fs::is_regular_file(fs::path(opt.root) / "index.html")) {
    std::fprintf(stderr,
                 "feedview serve: %s has no index.html — build the web app first (./dev build)\n",
                 opt.root.c_str());
    return 1;
  }

  httplib::Server server;
  set_mime_types(server);
  set_common_headers(server);
  prefer_gzip_over_brotli(server);
  if (opt.proxy) proxy::add_proxy_route(server, opt.proxy_limits);
  if (!server.set_mount_point("/", opt.root)) {
    std::fprintf(stderr, "feedview serve: cannot serve %s\n", opt.root.c_str());
    return 1;
  }

  int port = opt.port;
  if (port == 0) {
    port = server.bind_to_any_port(opt.host);
  } else if (!server.bind_to_port(opt.host, port)) {
    port = -1;
  }
  if (port < 0) {
    std::fprintf(stderr, "feedview serve: cannot listen on %s:%d\n", opt.host.c_str(), opt.port);
    return 1;
  }

  std::thread stopper = start_stopper(server, opt.max_seconds);
  std::printf("feedview: serving %s at http://%s:%d/\n", fs::absolute(opt.root).c_str(),
              opt.host.c_str(), port);
  std::fflush(stdout);
  bool ok = server.listen_after_bind();
  // listen returned (stopped or failed): wake the stopper if it is still waiting.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  return ok ? 0 : 1;
}

}  // namespace fv::cli
