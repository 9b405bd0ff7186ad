// kg-gen-corpus: writes a synthetic news corpus for benchmarks and scale
// tests.
//
// Argument parsing only; the work is in the generator library.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>

#include "quotegraph/core/error.h"
#include "quotegraph/generator/corpus_writer.h"

int main(int argc, char** argv) {
  CLI::App app{
      "kg-gen-corpus: write N invented news articles (quotes of every shape, recurring "
      "claims, agencies, page furniture) for benchmarks and scale tests. The same options "
      "always give the same bytes.\n\n"
      "Examples:\n"
      "  kg-gen-corpus -n 1000 -o corpus.jsonl\n"
      "  kg-gen-corpus -n 1000 --layout text -o corpus/\n"
      "  kg-gen-corpus -n 1000000 -o - | kg-build - --input-format jsonl -o graph.json",
      "kg-gen-corpus"};
  quotegraph::CorpusOptions options;
  std::string output;
  std::string layout = "jsonl";
  bool quiet = false;
  app.add_option("-n,--articles", options.articles, "Number of articles")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("-s,--seed", options.seed, "Random seed")->capture_default_str();
  app.add_option("--layout", layout,
                 "jsonl: one JSON Lines file ('-' for standard output); text: a directory of "
                 "plain-text files, 1000 a subdirectory")
      ->capture_default_str();
  app.add_option("-o,--output", output, "Output file or directory")->required();
  app.add_flag("-q,--quiet", quiet, "Print nothing but errors");
  CLI11_PARSE(app, argc, argv);
  try {
    const std::uint64_t bytes =
        quotegraph::WriteCorpus(options, quotegraph::ParseCorpusLayout(layout), output);
    if (!quiet) {
      std::cerr << "kg-gen-corpus: " << options.articles << " articles, " << bytes
                << " bytes of text -> " << output << "\n";
    }
  } catch (const std::exception& e) {
    std::cerr << "kg-gen-corpus: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
