// The bench corpus as bytes in memory: build/bench-corpus/manifest.txt lists the files
// (name <TAB> size), written by bench/corpus/make_corpus.py.
#pragma once

#include <string>
#include <vector>

namespace fv::bench {

struct CorpusFile {
  std::string name;
  std::string bytes;
  bool json() const { return name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0; }
};

// Reads every file of the manifest in `corpus_dir`; false with `error` set when one is missing.
bool load_corpus(const std::string& corpus_dir, std::vector<CorpusFile>& out, std::string& error);
bool read_file(const std::string& path, std::string& out);

}  // namespace fv::bench
