#include <cerrno>
#include <cstdio>
#include <cstring>

#include "cli/commands.h"

namespace fv::cli {

bool read_input(const std::string& path, std::string& out, std::string& error) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    error = path + ": " + std::strerror(errno);
    return false;
  }
  out.clear();
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool failed = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (failed) {
    error = path + ": read error";
    return false;
  }
  return true;
}

}  // namespace fv::cli
