#include "quotegraph/generator/corpus_writer.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "quotegraph/core/error.h"

namespace quotegraph {

CorpusLayout ParseCorpusLayout(std::string_view name) {
  if (name == "jsonl") return CorpusLayout::kJsonLines;
  if (name == "text") return CorpusLayout::kTextFiles;
  throw Error("unknown corpus layout \"" + std::string(name) + "\" (jsonl, text)");
}

namespace {

void Check(const std::ostream& out, const std::string& path) {
  if (!out) throw Error(path + ": cannot write");
}

}  // namespace

std::uint64_t WriteCorpus(const CorpusOptions& options, CorpusLayout layout,
                          const std::string& path) {
  const CorpusGenerator generator(options);
  std::uint64_t bytes = 0;
  if (layout == CorpusLayout::kJsonLines) {
    std::ofstream file;
    if (path != "-") {
      file.open(path, std::ios::binary | std::ios::trunc);
      Check(file, path);
    }
    std::ostream& out = path == "-" ? std::cout : file;
    for (std::size_t i = 0; i < options.articles; ++i) {
      const GeneratedArticle a = generator.Generate(i);
      bytes += a.text.size();
      WriteJsonLine(a, out);
      Check(out, path);
    }
    out.flush();
    Check(out, path);
    return bytes;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) throw Error(path + ": cannot create directory: " + ec.message());
  for (std::size_t i = 0; i < options.articles; ++i) {
    char shard[32];
    std::snprintf(shard, sizeof shard, "%04zu", i / 1000);
    const fs::path dir = fs::path(path) / shard;
    if (i % 1000 == 0) {
      fs::create_directories(dir, ec);
      if (ec) throw Error(dir.string() + ": cannot create directory: " + ec.message());
    }
    const GeneratedArticle a = generator.Generate(i);
    bytes += a.text.size();
    const fs::path file_path = dir / (a.id + ".txt");
    std::ofstream out(file_path, std::ios::binary | std::ios::trunc);
    WritePlainText(a, out);
    Check(out, file_path.string());
  }
  return bytes;
}

}  // namespace quotegraph
