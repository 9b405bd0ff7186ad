// kg-build: news articles in, provenance graph files out.
//
// Argument parsing only; the work is in the importers and exporters
// libraries.
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/claims.h"
#include "quotegraph/core/error.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/claim_words.h"
#include "quotegraph/importers/graph_builder.h"
#include "quotegraph/importers/graph_file_reader.h"

namespace {

using quotegraph::ExportFormat;

// The format of each output: --format if given, else the extension.
std::vector<ExportFormat> OutputFormats(const std::vector<std::string>& outputs,
                                        const std::string& format_name) {
  std::vector<ExportFormat> formats;
  std::optional<ExportFormat> forced;
  if (!format_name.empty()) {
    forced = quotegraph::ParseExportFormat(format_name);
    if (!forced) {
      throw quotegraph::Error("unknown --format \"" + format_name + "\" (" +
                              quotegraph::ExportFormatNames() + ")");
    }
  }
  for (const std::string& out : outputs) {
    std::optional<ExportFormat> f = forced ? forced : quotegraph::ExportFormatFromPath(out);
    if (!f) {
      if (out != "-") {
        throw quotegraph::Error(out + ": cannot tell the format from the extension; use "
                                "--format NAME or name it .json, .graphml, .dot, .gexf, .nt, .ttl");
      }
      f = ExportFormat::kJson;
    }
    formats.push_back(*f);
  }
  return formats;
}

void WriteOutputs(const quotegraph::Graph& graph, const std::vector<std::string>& outputs,
                  const std::vector<ExportFormat>& formats,
                  const quotegraph::ExportOptions& export_options) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    quotegraph::WriteGraphFile(graph, formats[i], outputs[i], export_options);
  }
}

std::string JoinNames(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

void PrintSummary(const quotegraph::Graph& graph, const std::vector<std::string>& outputs) {
  std::cerr << "kg-build: " << graph.num_nodes() << " nodes, " << graph.num_edges()
            << " edges";
  for (const std::string& o : outputs) std::cerr << (o == outputs.front() ? " -> " : ", ") << o;
  std::cerr << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "kg-build: extract who said what, and where it was reported, from news articles "
      "into a provenance graph.\n\n"
      "Examples:\n"
      "  kg-build examples/articles -o out/graph.json -o out/graph.graphml\n"
      "  cat feed.jsonl | kg-build - --input-format jsonl -o graph.json\n"
      "  kg-build merge a.json b.json -o all.json",
      "kg-build"};
  app.set_version_flag("--version", "kg-build 0.1.0");
  app.require_subcommand(0, 1);

  std::vector<std::string> inputs;
  std::vector<std::string> outputs;
  std::string format;
  std::string input_format = "auto";
  bool quiet = false;
  app.add_option("inputs", inputs,
                 "Article files or directories (searched recursively); '-' reads standard "
                 "input. Plain text (.txt), JSON (.json: an object or an array) and JSON Lines "
                 "(.jsonl, .ndjson)");
  app.add_option("-o,--output", outputs,
                 "Output file, repeatable; the format follows the extension (.json, .graphml, "
                 ".dot/.gv, .gexf, .nt, .ttl) unless --format is given; '-' writes JSON to "
                 "standard output");
  app.add_option("-f,--format", format, "Output format for every output: " +
                 quotegraph::ExportFormatNames() + "; for brat and neo4j -o names a directory (brat: "
                 "one <article>.ann per article; neo4j: nodes.csv and relationships.csv)");
  quotegraph::ExportOptions export_options;
  app.add_flag("--dot-clusters", export_options.dot_clusters,
               "DOT output: draw each article with its statements in a cluster");
  app.add_option("--input-format", input_format, "Input format: auto, text, json, jsonl")
      ->capture_default_str();
  app.add_flag("-q,--quiet", quiet, "Print nothing but errors");
  std::size_t max_article_bytes = quotegraph::kDefaultMaxArticleBytes;
  std::size_t max_quote_chars = quotegraph::kDefaultMaxQuoteChars;
  app.add_option("--max-article-bytes", max_article_bytes,
                 "An article longer than this many bytes is an error (limits memory and time)")
      ->capture_default_str();
  app.add_option("--max-quote-chars", max_quote_chars,
                 "A quote longer than this many characters is not taken as a quote (warning)")
      ->capture_default_str();
  std::size_t threads = 1;
  app.add_option("-j,--threads", threads,
                 "Extract articles on this many threads (0: one per core); the output is "
                 "byte-identical whatever the number")
      ->capture_default_str();
  std::vector<std::string> without_stages;
  app.add_option("--without-stage", without_stages,
                 "Switch an extraction stage off (repeatable), to measure what it adds: " +
                     JoinNames(quotegraph::Pipeline::Default().StageNames()))
      ->allow_extra_args(false);

  CLI::App* merge = app.add_subcommand(
      "merge", "Merge graph files built from separate article sets into the graph one build "
               "over all of them would give");
  std::vector<std::string> merge_inputs;
  merge->add_option("graphs", merge_inputs, "Graph files (native JSON) to merge")->required();
  merge->add_option("-o,--output", outputs, "Output file, repeatable")->required();
  merge->add_option("-f,--format", format, "Output format: " + quotegraph::ExportFormatNames());
  merge->add_flag("--dot-clusters", export_options.dot_clusters,
                  "DOT output: draw each article with its statements in a cluster");
  merge->add_flag("-q,--quiet", quiet, "Print nothing but errors");

  CLI11_PARSE(app, argc, argv);

  try {
    if (outputs.empty()) throw quotegraph::Error("no output: name one with -o FILE (see --help)");
    const std::vector<ExportFormat> formats = OutputFormats(outputs, format);
    quotegraph::Graph graph;
    if (merge->parsed()) {
      for (const std::string& path : merge_inputs) graph.Merge(quotegraph::ReadGraphFile(path));
      // Claims span shards: drop the shards' and recompute over the whole.
      graph = quotegraph::WithClaims(quotegraph::ResolveAliases(graph),
                                     quotegraph::DefaultClaimOptions());
    } else {
      if (inputs.empty()) throw quotegraph::Error("no input: name article files, directories or '-'");
      quotegraph::ReadOptions options;
      options.format = quotegraph::ParseInputFormat(input_format);
      options.max_article_bytes = max_article_bytes;
      options.warn = [&](const std::string& w) {
        if (!quiet) std::cerr << "kg-build: warning: " << w << "\n";
      };
      quotegraph::Pipeline pipeline = quotegraph::Pipeline::Default();
      pipeline.set_max_quote_chars(max_quote_chars);
      pipeline.set_warn(options.warn);
      for (const std::string& stage : without_stages) {
        if (!pipeline.Disable(stage)) throw quotegraph::Error("no extraction stage named \"" + stage + "\"");
      }
      if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
      export_options.threads = threads;
      quotegraph::GraphBuilder builder(std::move(pipeline), threads);
      quotegraph::ReadArticles(inputs, options,
                               [&](quotegraph::Article&& a) { builder.Add(std::move(a)); });
      graph = builder.Finish();
      const quotegraph::BuildStats stats = builder.stats();
      if (!quiet) {
        std::cerr << "kg-build: " << stats.articles << " articles";
        if (stats.duplicates > 0) std::cerr << " (" << stats.duplicates << " duplicates skipped)";
        std::cerr << ", " << stats.statements << " statements\n";
      }
    }
    WriteOutputs(graph, outputs, formats, export_options);
    if (!quiet) PrintSummary(graph, outputs);
    // Every output is written and closed.  The graph is millions of small
    // allocations that would be handed back one by one (a tenth of the run
    // on a large corpus) just before the process ends, so it ends here,
    // without running destructors; only the standard streams need flushing.
    std::cout.flush();
    std::cerr.flush();
    std::quick_exit(std::cout ? 0 : 1);
  } catch (const quotegraph::Error& e) {
    std::cerr << "kg-build: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "kg-build: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
