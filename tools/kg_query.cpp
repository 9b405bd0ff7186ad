// kg-query: questions asked of a provenance graph file.
//
//   kg-query GRAPH who-said TEXT [--json]
//   kg-query GRAPH stats [--json]
//
// Argument parsing and dispatch only: answers come from core/query.h,
// rendering from exporters/query_output.h.
//
// Adding a subcommand (said-by, reported, denials, entity, path, ...): write
// an AddXxx(CLI::App&, Options&) that registers it and returns its Command,
// a RunXxx(const Graph&, const Options&) that answers it, list AddXxx in
// main(), and describe it with an example in kFooter.
//
// Exit status: 0 answers printed; 1 no match (like grep) or an error; 2 usage.

#include <exception>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "quotegraph/core/error.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/query.h"
#include "quotegraph/core/text_match.h"
#include "quotegraph/exporters/query_output.h"
#include "quotegraph/importers/graph_file_reader.h"

namespace {

constexpr int kExitFound = 0;
constexpr int kExitNoMatchOrError = 1;
constexpr int kExitUsage = 2;

constexpr char kDescription[] =
    "kg-query: ask a quotegraph provenance graph (written by kg-build) who said\n"
    "what, and where it was reported.";

constexpr char kFooter[] = R"(Commands:
  who-said TEXT  Statements whose text contains every word of TEXT, with the
                 speaker (or "unattributed"), said/denied, the cue, the quote
                 kind, every source that reported it (earliest first) and the
                 article span it was found in.  Matching ignores case,
                 curly vs straight quotes and apostrophes, and dashes; words
                 match whole ("war" does not match "warfare").  Put TEXT in
                 double quotes to require the exact phrase.  Best matches
                 first (exact phrase, then shortest statement), then earliest.
                   kg-query graph.json who-said 'war criminal'
                   kg-query graph.json who-said '"war criminal"' --json
  stats          Node counts by type (sources split by kind) and edge counts
                 by type.
                   kg-query graph.json stats
                   kg-query graph.json stats --json

  GRAPH is the .json graph file kg-build writes; - reads standard input.
  --json writes JSON to standard output instead of a table.

Exit status:
  0  at least one answer was printed (stats always prints)
  1  nothing matched -- like grep; "no statement matches" and, when a query
     word is not in the graph but a close one is, "did you mean: ..." go to
     standard error -- or an error, e.g. an unreadable or malformed GRAPH
  2  usage error: unknown command or option, missing argument, TEXT with no
     words)";

// Values of every option, filled by CLI11.
struct Options {
  std::string graph_path;
  std::string text;
  bool json = false;
};

// A subcommand: its CLI11 app and what it does once the graph is loaded.
struct Command {
  CLI::App* app;
  std::function<int(const quotegraph::Graph&, const Options&)> run;
};

void AddJsonFlag(CLI::App* sub, Options& options) {
  sub->add_flag("--json", options.json, "write JSON to standard output instead of a table");
}

// Rejects a TEXT without words ("", "!!!") before the graph is loaded.
CLI::Validator HasWords() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        if (!quotegraph::ParseTextQuery(text).empty()) return {};
        return "\"" + text + "\" contains no words to search for";
      },
      "", "has words");
}

// ---- who-said ------------------------------------------------------------

void ReportNoMatch(const quotegraph::QueryEngine& engine, const std::string& text) {
  std::cerr << "kg-query: no statement matches \"" << text << "\"\n";
  const std::string suggestion = engine.DidYouMean(text);
  if (!suggestion.empty()) std::cerr << "did you mean: " << suggestion << "\n";
}

int RunWhoSaid(const quotegraph::Graph& graph, const Options& options) {
  const quotegraph::QueryEngine engine(graph);
  const std::vector<quotegraph::StatementAnswer> answers = engine.WhoSaid(options.text);
  if (answers.empty()) {
    ReportNoMatch(engine, options.text);
    return kExitNoMatchOrError;
  }
  if (options.json) {
    quotegraph::WriteWhoSaidJson(answers, std::cout);
  } else {
    quotegraph::WriteWhoSaidTable(answers, std::cout);
  }
  return kExitFound;
}

Command AddWhoSaid(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "who-said", "who said (or denied) TEXT, and which sources reported it");
  sub->add_option("TEXT", options.text,
                  "words that must all occur; \"in double quotes\" for a phrase")
      ->required()
      ->check(HasWords());
  AddJsonFlag(sub, options);
  sub->footer(
      "Examples:\n"
      "  kg-query graph.json who-said 'war criminal'      # both words, any order\n"
      "  kg-query graph.json who-said '\"war criminal\"'    # the exact phrase\n"
      "  kg-query graph.json who-said starving --json\n"
      "Exit status: 0 answers printed, 1 no match or error, 2 usage error.");
  return {sub, RunWhoSaid};
}

// ---- stats ---------------------------------------------------------------

int RunStats(const quotegraph::Graph& graph, const Options& options) {
  const quotegraph::GraphStats stats = quotegraph::ComputeStats(graph);
  if (options.json) {
    quotegraph::WriteStatsJson(stats, std::cout);
  } else {
    quotegraph::WriteStatsTable(stats, std::cout);
  }
  return kExitFound;
}

Command AddStats(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand("stats", "count nodes and edges by type");
  AddJsonFlag(sub, options);
  sub->footer(
      "Examples:\n"
      "  kg-query graph.json stats\n"
      "  kg-query graph.json stats --json");
  return {sub, RunStats};
}

// ---- main ----------------------------------------------------------------

// The command given, or nullptr when there was none.
const Command* Selected(const std::vector<Command>& commands) {
  for (const Command& c : commands) {
    if (c.app->parsed()) return &c;
  }
  return nullptr;
}

int MissingCommand(const std::vector<Command>& commands) {
  std::cerr << "kg-query: a command is required:";
  for (const Command& c : commands) std::cerr << ' ' << c.app->get_name();
  std::cerr << "\nRun with --help for more information.\n";
  return kExitUsage;
}

int Fail(const char* message) {
  std::cerr << "kg-query: " << message << "\n";
  return kExitNoMatchOrError;
}

int Run(const Command& command, const Options& options) {
  const quotegraph::Graph graph = quotegraph::ReadGraphFile(options.graph_path);
  const int status = command.run(graph, options);
  std::cout.flush();
  if (!std::cout) throw quotegraph::Error("cannot write to standard output");
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{kDescription, "kg-query"};
  app.footer(kFooter);
  app.require_subcommand(0, 1);  // none given: MissingCommand lists them
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("kg-query: ") + e.what() + "\nRun with --help for more information.\n";
  });
  Options options;
  app.add_option("GRAPH", options.graph_path, "graph file written by kg-build; - for stdin")
      ->type_name("FILE")
      ->required();
  const std::vector<Command> commands = {AddWhoSaid(app, options), AddStats(app, options)};

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitFound : kExitUsage;
  }
  const Command* command = Selected(commands);
  if (command == nullptr) return MissingCommand(commands);
  try {
    return Run(*command, options);
  } catch (const quotegraph::Error& e) {
    return Fail(e.what());
  } catch (const std::exception& e) {
    return Fail(e.what());
  }
}
