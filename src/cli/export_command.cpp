// `feedview export FILE|- (--markdown DIR | --json) [--feed-url URL] [--stories]`
//   --markdown DIR  one Markdown file with YAML front matter per item (NNN_<hash>.md), or with
//                   --stories one per story of two or more headlines (story_<hash>.md); the
//                   written paths are printed, one a line. DIR is created when missing.
//   --json          the feed as `feedview parse` prints it (the CLI schema).
//   --feed-url URL  where the feed was fetched from: `source` in the front matter, its host
//                   `categories`, and the base for relative links. Without it the feed's own
//                   <link> stands in.
// Formats of the front matter: docs/export.md.
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/commands.h"
#include "core/export/markdown.h"
#include "core/export/story_markdown.h"
#include "core/feed_json.h"
#include "core/keywords/headline.h"
#include "core/parse.h"
#include "core/stories/story_index.h"

namespace fv::cli {
namespace {

const char* kUsage =
    "usage: feedview export FILE|- (--markdown DIR | --json) [--feed-url URL] [--stories]\n";

bool write_file(const std::filesystem::path& path, const std::string& text) {
  std::FILE* f = std::fopen(path.string().c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int run_export(const Args& args) {
  std::string path, markdown_dir, feed_url;
  bool json = false, stories = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "feedview export: %s needs a value\n", a.c_str());
        return false;
      }
      out = args[++i];
      return true;
    };
    if (a == "--markdown") {
      if (!value(markdown_dir)) return 2;
    } else if (a == "--feed-url") {
      if (!value(feed_url)) return 2;
    } else if (a == "--json") {
      json = true;
    } else if (a == "--stories") {
      stories = true;
    } else if (a == "-h" || a == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    } else if (path.empty() && (a == "-" || a.rfind("--", 0) != 0)) {
      path = a;
    } else {
      std::fprintf(stderr, "feedview export: unexpected argument '%s'\n", a.c_str());
      return 2;
    }
  }
  if (path.empty() || json == !markdown_dir.empty()) {
    std::fputs(kUsage, stderr);
    return 2;
  }

  std::string bytes, error;
  if (!read_input(path, bytes, error)) {
    std::fprintf(stderr, "feedview export: %s\n", error.c_str());
    return 1;
  }
  ParseOptions parse_options;
  parse_options.base_url = feed_url;
  ParseResult parsed = parse_feed(bytes, parse_options);
  if (!parsed.ok) {
    std::fprintf(stderr, "feedview export: %s: %s\n", path.c_str(), parsed.error.c_str());
    return 1;
  }
  const Feed& feed = parsed.feed;

  if (json) {
    std::string out = feed_to_json(feed);
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
  }

  std::error_code ec;
  std::filesystem::create_directories(markdown_dir, ec);
  if (ec) {
    std::fprintf(stderr, "feedview export: %s: %s\n", markdown_dir.c_str(), ec.message().c_str());
    return 1;
  }
  keywords::TermStats stats = exporting::term_stats_for(feed);
  exporting::ExportOptions options;
  options.feed_url = feed_url.empty() ? feed.link : feed_url;
  options.term_stats = &stats;
  options.language = feed.language;

  auto emit = [&](const std::string& name, const std::string& text) {
    std::filesystem::path out = std::filesystem::path(markdown_dir) / name;
    if (!write_file(out, text)) {
      std::fprintf(stderr, "feedview export: cannot write %s\n", out.string().c_str());
      return false;
    }
    std::printf("%s\n", out.string().c_str());
    return true;
  };

  if (stories) {
    stories::StoryIndex index;
    for (const Item& item : feed.items) index.add(options.feed_url, item, feed.language);
    for (const stories::Story& story : index.stories()) {
      if (story.members.size() < 2) continue;
      if (!emit(exporting::story_file_name(story, index), exporting::story_to_markdown(story, index, options)))
        return 1;
    }
    return 0;
  }
  for (std::size_t i = 0; i < feed.items.size(); ++i) {
    const Item& item = feed.items[i];
    if (!emit(exporting::export_file_name(i, item), exporting::item_to_markdown(item, options))) return 1;
  }
  return 0;
}

}  // namespace fv::cli
