#include "corpus_files.h"

#include <fstream>
#include <sstream>

namespace fv::bench {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool load_corpus(const std::string& corpus_dir, std::vector<CorpusFile>& out, std::string& error) {
  std::string manifest;
  if (!read_file(corpus_dir + "/manifest.txt", manifest)) {
    error = "no " + corpus_dir + "/manifest.txt (run bench/corpus/make_corpus.py)";
    return false;
  }
  std::istringstream lines(manifest);
  std::string line;
  while (std::getline(lines, line)) {
    std::string name = line.substr(0, line.find('\t'));
    if (name.empty()) continue;
    CorpusFile f{name, {}};
    if (!read_file(corpus_dir + "/feeds/" + name, f.bytes)) {
      error = "cannot read " + corpus_dir + "/feeds/" + name;
      return false;
    }
    out.push_back(std::move(f));
  }
  return true;
}

}  // namespace fv::bench
