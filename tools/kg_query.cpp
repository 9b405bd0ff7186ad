// kg-query: questions asked of a provenance graph file.
//
//   kg-query GRAPH who-said TEXT | said-by NAME | reported TEXT|ID |
//                  denials [TEXT] | entity NAME | path A B
//                  [--json] [--export FORMAT -o FILE]
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
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "quotegraph/core/error.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/query.h"
#include "quotegraph/core/text_match.h"
#include "quotegraph/exporters/exporter.h"
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
  who-said TEXT  Statements whose text contains every word of TEXT, grouped by
                 claim: each matching statement brings every statement of its
                 claim (who said it, who denied it) in date order, then every
                 source that carried any of them, earliest first and marked
                 [earliest], then the claim's reactions.  Each statement shows
                 its speaker (or "unattributed"), said/denied, the cue, the
                 quote kind, its sources and its article span.  Matching
                 ignores case, curly vs straight quotes and apostrophes, and
                 dashes; words match whole ("war" does not match "warfare").
                 Put TEXT in double quotes to require the exact phrase.  Best
                 matches first (exact phrase, then shortest), then earliest.
                   kg-query graph.json who-said 'deliberately starving'
                   kg-query graph.json who-said '"border towns"' --json
  said-by NAME   Every statement an entity made or denied, earliest first;
                 NAME is a name or alias ("Kovanen", "Marta Kovanen").
  reported TEXT|ID
                 Every source, intermediary and date that carried a claim (or
                 a lone statement), earliest first; ID is a claim: or
                 statement: id, TEXT picks the best who-said match.
  denials [TEXT] Who denied what, and for a denied claim who made it.
  entity NAME    Type, aliases, titles, affiliations and counts of an entity.
  path A B       The shortest chain of edges linking two entities, each step
                 with its evidence (statement text or article title).
  stats          Node counts by type (sources split by kind) and edge counts
                 by type.

  GRAPH is the .json graph file kg-build writes; - reads standard input.
  --json writes JSON to standard output instead of a table.
  --export FORMAT -o FILE (every command but stats) also writes the answer's
  subgraph -- its nodes and the edges between them -- as a graph file
  (json, graphml, dot, ...), e.g. to open in Gephi or render with dot.
  Run "kg-query GRAPH COMMAND --help" for a command's options and examples.

Exit status:
  0  at least one answer was printed (stats always prints)
  1  nothing matched -- like grep -- or an unknown name; the reason and, where
     a close word or name exists, "did you mean: ..." go to standard error;
     or an error, e.g. an unreadable or malformed GRAPH
  2  usage error: unknown command or option, missing argument, TEXT with no
     words, --export without -o)";

// Values of every option, filled by CLI11.
struct Options {
  std::string graph_path;
  std::string text;    // who-said, reported, denials
  std::string name;    // said-by, entity, path A
  std::string name_b;  // path B
  bool json = false;
  std::size_t claim_statements = 5;  // denials: statements listed per claim (0: all)
  std::string export_format;  // --export
  std::string export_path;    // -o
};

struct Answer;

// A subcommand: its CLI11 app and what it does once the graph is loaded
// (fills the Answer's nodes for --export).
struct Command {
  CLI::App* app;
  std::function<int(const quotegraph::QueryEngine&, const Options&, Answer&)> run;
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

// ---- answers and --export ------------------------------------------------

// What a command found: the node indices its answer involves (for --export).
struct Answer {
  std::vector<std::size_t> nodes;
};

// Adds --export FORMAT and -o FILE to a subcommand.
void AddExportOptions(CLI::App* sub, Options& options) {
  CLI::Option* format =
      sub->add_option("--export", options.export_format,
                      "also write the answer's subgraph (its nodes and the edges between "
                      "them) in FORMAT: " + quotegraph::ExportFormatNames() + " (not brat, neo4j)")
          ->type_name("FORMAT");
  CLI::Option* output = sub->add_option("-o,--output", options.export_path,
                                        "file the --export subgraph is written to")
                            ->type_name("FILE");
  format->needs(output);
  output->needs(format);
}

// Writes the answer's subgraph if --export was given.
void ExportAnswer(const quotegraph::Graph& graph, const Answer& answer, const Options& options) {
  if (options.export_format.empty()) return;
  const std::optional<quotegraph::ExportFormat> format =
      quotegraph::ParseExportFormat(options.export_format);
  if (!format || quotegraph::IsDirectoryFormat(*format)) {
    throw quotegraph::Error("--export: unknown or directory format \"" +
                            options.export_format + "\"");
  }
  quotegraph::WriteGraphFile(quotegraph::Subgraph(graph, answer.nodes), *format,
                             options.export_path);
}

// "did you mean: A, B" over known entity names, to standard error.
void SuggestNames(const quotegraph::QueryEngine& engine, const std::string& name) {
  const std::vector<std::string> names = engine.SimilarNames(name, 3);
  if (names.empty()) return;
  std::cerr << "did you mean:";
  for (std::size_t i = 0; i < names.size(); ++i) std::cerr << (i ? ", " : " ") << names[i];
  std::cerr << "\n";
}

// The entities called `name`, or a message and an empty list.
std::vector<std::size_t> EntitiesOrReport(const quotegraph::QueryEngine& engine,
                                          const std::string& name) {
  std::vector<std::size_t> found = engine.FindEntities(name);
  if (found.empty()) {
    std::cerr << "kg-query: no person, organization or place named \"" << name << "\"\n";
    SuggestNames(engine, name);
  }
  return found;
}

void WriteAnswers(const std::vector<quotegraph::StatementAnswer>& answers, const Options& options) {
  if (options.json) {
    quotegraph::WriteWhoSaidJson(answers, std::cout);
  } else {
    quotegraph::WriteWhoSaidTable(answers, std::cout);
  }
}

// ---- who-said ------------------------------------------------------------

void ReportNoMatch(const quotegraph::QueryEngine& engine, const std::string& text) {
  std::cerr << "kg-query: no statement matches \"" << text << "\"\n";
  const std::string suggestion = engine.DidYouMean(text);
  if (!suggestion.empty()) std::cerr << "did you mean: " << suggestion << "\n";
}

int RunWhoSaid(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<quotegraph::StatementAnswer> answers = engine.WhoSaidByClaim(options.text);
  if (answers.empty()) {
    ReportNoMatch(engine, options.text);
    return kExitNoMatchOrError;
  }
  WriteAnswers(answers, options);
  answer.nodes = quotegraph::AnswerNodes(engine.graph(), answers);
  return kExitFound;
}

Command AddWhoSaid(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "who-said", "who said (or denied) TEXT, grouped by claim, and which sources carried it");
  sub->add_option("TEXT", options.text,
                  "words that must all occur; \"in double quotes\" for a phrase")
      ->required()
      ->check(HasWords());
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "Examples:\n"
      "  kg-query graph.json who-said 'starving towns'            # both words, any order\n"
      "  kg-query graph.json who-said '\"deliberately starving\"'  # the exact phrase\n"
      "  kg-query graph.json who-said starving --json\n"
      "  kg-query graph.json who-said starving --export dot -o starving.dot\n"
      "Exit status: 0 answers printed, 1 no match or error, 2 usage error.");
  return {sub, RunWhoSaid};
}

// ---- said-by -------------------------------------------------------------

int RunSaidBy(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<std::size_t> entities = EntitiesOrReport(engine, options.name);
  if (entities.empty()) return kExitNoMatchOrError;
  const std::vector<quotegraph::StatementAnswer> answers = engine.SaidBy(entities.front());
  if (answers.empty()) {
    std::cerr << "kg-query: " << engine.graph().node(entities.front()).label
              << " made no statement\n";
    return kExitNoMatchOrError;
  }
  WriteAnswers(answers, options);
  answer.nodes = quotegraph::AnswerNodes(engine.graph(), answers);
  return kExitFound;
}

Command AddSaidBy(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "said-by", "every statement an entity made or denied, earliest first");
  sub->add_option("NAME", options.name, "a name or alias (\"Kovanen\", \"Marta Kovanen\")")
      ->required()
      ->check(HasWords());
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "NAME matches a label or alias exactly (case ignored), else every entity whose\n"
      "names contain all its words; with several, the one with most statements.\n"
      "Examples:\n"
      "  kg-query graph.json said-by Kovanen\n"
      "  kg-query graph.json said-by 'Marta Kovanen' --json");
  return {sub, RunSaidBy};
}

// ---- reported ------------------------------------------------------------

int RunReported(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<quotegraph::StatementAnswer> group = engine.Reported(options.text);
  if (group.empty()) {
    ReportNoMatch(engine, options.text);
    return kExitNoMatchOrError;
  }
  if (options.json) {
    quotegraph::WriteReportedJson(group, std::cout);
  } else {
    quotegraph::WriteReportedTable(group, std::cout);
  }
  answer.nodes = quotegraph::AnswerNodes(engine.graph(), group);
  return kExitFound;
}

Command AddReported(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "reported", "every source, intermediary and date that carried a claim, earliest first");
  sub->add_option("TEXT_OR_ID", options.text,
                  "a claim or statement id, or words as for who-said (the best match)")
      ->required()
      ->check(HasWords());
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "Examples:\n"
      "  kg-query graph.json reported 'deliberately starving'\n"
      "  kg-query graph.json reported claim:miravia-deliberately-starving-border-towns-42bdeb76d0633f9c --json");
  return {sub, RunReported};
}

// ---- denials -------------------------------------------------------------

int RunDenials(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<quotegraph::DenialAnswer> denials =
      engine.Denials(options.text, options.claim_statements);
  if (denials.empty()) {
    std::cerr << "kg-query: no denial" << (options.text.empty() ? "" : " matches \"" + options.text + "\"")
              << "\n";
    return kExitNoMatchOrError;
  }
  if (options.json) {
    quotegraph::WriteDenialsJson(denials, std::cout);
  } else {
    quotegraph::WriteDenialsTable(denials, std::cout);
  }
  std::vector<quotegraph::StatementAnswer> all;
  for (const quotegraph::DenialAnswer& d : denials) {
    all.push_back(d.denial);
    all.insert(all.end(), d.claim_statements.begin(), d.claim_statements.end());
  }
  answer.nodes = quotegraph::AnswerNodes(engine.graph(), all);
  return kExitFound;
}

Command AddDenials(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "denials", "who denied what, and the claim each denial denies with who made it");
  sub->add_option("TEXT", options.text, "only denials whose text matches (as for who-said)");
  sub->add_option("--claim-statements", options.claim_statements,
                  "list at most N of the denied claim's statements under each denial, and "
                  "count the rest (0: all of them)")
      ->default_val(5);
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "Examples:\n"
      "  kg-query graph.json denials\n"
      "  kg-query graph.json denials accusation --json\n"
      "  kg-query graph.json denials --claim-statements 0");
  return {sub, RunDenials};
}

// ---- entity --------------------------------------------------------------

int RunEntity(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<std::size_t> entities = EntitiesOrReport(engine, options.name);
  if (entities.empty()) return kExitNoMatchOrError;
  std::vector<quotegraph::EntityAnswer> answers;
  for (std::size_t e : entities) answers.push_back(engine.DescribeEntity(e));
  if (options.json) {
    quotegraph::WriteEntityJson(answers, std::cout);
  } else {
    quotegraph::WriteEntityTable(answers, std::cout);
  }
  for (const quotegraph::EntityAnswer& a : answers) {
    answer.nodes.push_back(a.node);
    for (const auto& f : a.affiliations) answer.nodes.push_back(engine.graph().Find(f.id));
  }
  return kExitFound;
}

Command AddEntity(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "entity", "type, aliases, titles, affiliations and counts of an entity");
  sub->add_option("NAME", options.name, "a name or alias")->required()->check(HasWords());
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "Every entity NAME matches is listed, most statements first.\n"
      "Examples:\n"
      "  kg-query graph.json entity Berg\n"
      "  kg-query graph.json entity 'Ilan Berg' --json");
  return {sub, RunEntity};
}

// ---- path ----------------------------------------------------------------

int RunPath(const quotegraph::QueryEngine& engine, const Options& options, Answer& answer) {
  const std::vector<std::size_t> a = EntitiesOrReport(engine, options.name);
  if (a.empty()) return kExitNoMatchOrError;
  const std::vector<std::size_t> b = EntitiesOrReport(engine, options.name_b);
  if (b.empty()) return kExitNoMatchOrError;
  const std::vector<quotegraph::PathStep> steps = engine.Path(a.front(), b.front());
  if (steps.empty()) {
    std::cerr << "kg-query: no path links " << engine.graph().node(a.front()).label << " and "
              << engine.graph().node(b.front()).label << "\n";
    return kExitNoMatchOrError;
  }
  if (options.json) {
    quotegraph::WritePathJson(steps, std::cout);
  } else {
    quotegraph::WritePathTable(steps, std::cout);
  }
  for (const quotegraph::PathStep& s : steps) {
    answer.nodes.push_back(engine.graph().Find(s.from_id));
    answer.nodes.push_back(engine.graph().Find(s.to_id));
  }
  return kExitFound;
}

Command AddPath(CLI::App& app, Options& options) {
  CLI::App* sub = app.add_subcommand(
      "path", "the shortest chain of edges linking two entities, each step with its evidence");
  sub->add_option("A", options.name, "first entity's name")->required()->check(HasWords());
  sub->add_option("B", options.name_b, "second entity's name")->required()->check(HasWords());
  AddJsonFlag(sub, options);
  AddExportOptions(sub, options);
  sub->footer(
      "Edges are walked in either direction.\n"
      "Examples:\n"
      "  kg-query graph.json path 'Ilan Berg' 'Marta Kovanen'\n"
      "  kg-query graph.json path Okafor Hale --json");
  return {sub, RunPath};
}

// ---- stats ---------------------------------------------------------------

int RunStats(const quotegraph::QueryEngine& engine, const Options& options, Answer&) {
  const quotegraph::GraphStats stats = quotegraph::ComputeStats(engine.graph());
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
  const quotegraph::QueryEngine engine(graph);
  Answer answer;
  const int status = command.run(engine, options, answer);
  if (status == kExitFound) ExportAnswer(graph, answer, options);
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
  const std::vector<Command> commands = {
      AddWhoSaid(app, options), AddSaidBy(app, options),  AddReported(app, options),
      AddDenials(app, options), AddEntity(app, options),  AddPath(app, options),
      AddStats(app, options)};

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
