// The `feedview` command's subcommands. Each takes the arguments after its own name and
// returns the process exit code; each lives in its own file.
#pragma once

#include <string>
#include <vector>

namespace fv::cli {

using Args = std::vector<std::string>;

int run_serve(const Args& args);   // serve_command.cpp
int run_parse(const Args& args);   // parse_command.cpp
int run_opml(const Args& args);    // opml_command.cpp
int run_export(const Args& args);  // export_command.cpp

// Reads a whole file, or standard input for "-". False with a message in `error` on failure.
bool read_input(const std::string& path, std::string& out, std::string& error);

}  // namespace fv::cli
