// Tests of the Neo4j bulk-import writer (exporters/neo4j_writer.h) and of
// the atomic directory output it uses, including a parse with Python's csv
// module when /usr/bin/python3 exists.

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>

#include "export_fixture.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/atomic_file.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/neo4j_writer.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;
using testing::ErrorOf;
using testing::ExportHostileGraph;
using testing::ExportSampleGraph;
using testing::ReadFile;
using testing::Run;
using testing::TempDir;

std::string Nodes(const Graph& g) {
  std::ostringstream out;
  WriteNeo4jNodes(g, out);
  return out.str();
}

std::string Relationships(const Graph& g) {
  std::ostringstream out;
  WriteNeo4jRelationships(g, out);
  return out.str();
}

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

TEST_CASE("neo4j: headers name ids, labels, types and typed properties", "[neo4j]") {
  const Graph g = ExportSampleGraph();
  const std::string nodes = FirstLine(Nodes(g));
  CHECK(nodes.rfind("id:ID,:LABEL,type:string,label:string,aliases:string,titles:string,kind:string,", 0) == 0);
  CHECK(Has(nodes, ",content_start:long,content_end:long,"));
  CHECK(FirstLine(Relationships(g)) == ":START_ID,:END_ID,:TYPE,role:string,count:long");
}

TEST_CASE("neo4j: one row per node and edge, labels and types from the model", "[neo4j]") {
  const Graph g = ExportSampleGraph();
  const std::string nodes = Nodes(g);
  const std::string rels = Relationships(g);
  CHECK(static_cast<std::size_t>(std::count(nodes.begin(), nodes.end(), '\n')) == g.num_nodes() + 1);
  CHECK(static_cast<std::size_t>(std::count(rels.begin(), rels.end(), '\n')) == g.num_edges() + 1);
  CHECK(Has(nodes, "\n\"agency:tass\",\"Source;Agency\",\"source\",\"TASS\",,,\"agency\","));
  CHECK(Has(nodes, "\n\"article:a1\",\"Source;Article\",\"source\",\"Biden on Bucha\",,,\"article\",\"Biden on Bucha\","));
  CHECK(Has(nodes, "\n\"claim:c\",\"Claim\",\"claim\",\"We are shocked\","));
  CHECK(Has(nodes, "\n\"person:joe-biden\",\"Person\",\"person\",\"Joe Biden\",\"Biden|Joe Biden\",\"US president\","));
  // Integers are bare; absent values are empty fields.
  CHECK(Has(nodes, "\"statement:a1@3-9\",\"Statement\",\"statement\",\"We are shocked\",,,,,,,,,"
                   "\"We are shocked\",\"said\",\"direct\",\"said\",,\"2022-03-15\",\"a1\",3,9,10,14,,,"));
  CHECK(Has(rels, "\n\"article:a1\",\"person:joe-biden\",\"MENTIONS\",,3\n"));
  CHECK(Has(rels, "\n\"person:joe-biden\",\"organization:kremlin\",\"AFFILIATED_WITH\",\"spokesman\",1\n"));
  CHECK(Has(rels, "\n\"statement:a1@3-9\",\"agency:tass\",\"REPORTED_BY\",\"intermediary\",1\n"));
  CHECK(Has(rels, "\n\"statement:a2@5-8\",\"claim:c\",\"EXPRESSES\",,1\n"));
}

TEST_CASE("neo4j: RFC 4180 quoting of hostile text", "[neo4j]") {
  const std::string nodes = Nodes(ExportHostileGraph());
  // Quotes doubled, newlines and CR kept inside the quotes, backslash and
  // markup as they are, forbidden controls and U+FFFE dropped, bad UTF-8
  // repaired.
  CHECK(Has(nodes, "\"person:q\"\"b\\s</x>&amp;]]>--> {;} [a=b] 'a'\nnl\ttabctl\x7f\r\ncr \xEF\xBF\xBD"
                   "bad nc <!-- c --> {{x}}; DROP\",\"Person\""));
  CHECK(!Has(nodes, "\x01"));
  CHECK(!Has(nodes, "\x1f"));
  CHECK(!Has(nodes, "\xEF\xBF\xBE"));
  CHECK(nodes == Nodes(ExportHostileGraph()));  // deterministic
}

TEST_CASE("neo4j: Python's csv module reads the hostile files back", "[neo4j][client]") {
  TempDir dir;
  if (Run("test -x /usr/bin/python3", dir).status != 0) {
    WARN("/usr/bin/python3 not installed; skipped");
    return;
  }
  const Graph g = ExportHostileGraph();
  WriteGraphFile(g, ExportFormat::kNeo4j, dir / "neo4j");
  dir.Write("read.py", R"(import csv, sys
rows = lambda name: list(csv.reader(open(sys.argv[1] + "/" + name, encoding="utf-8", newline=""), strict=True))
nodes, rels = rows("nodes.csv"), rows("relationships.csv")
ids = {r[0] for r in nodes[1:]}
assert all(len(r) == len(nodes[0]) for r in nodes) and all(len(r) == len(rels[0]) for r in rels)
assert all(r[0] in ids and r[1] in ids for r in rels[1:])
hostile = [r for r in nodes[1:] if r[0].startswith("person:q")][0]
sys.stdout.write("%d %d\n%s" % (len(nodes) - 1, len(rels) - 1, hostile[3]))
)");
  const auto r = Run("/usr/bin/python3 " + (dir / "read.py") + " " + (dir / "neo4j"), dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out == std::to_string(g.num_nodes()) + " " + std::to_string(g.num_edges()) + "\n" +
                     "q\"b\\s</x>&amp;]]>--> {;} [a=b] 'a'\nnl\ttabctl\x7f\r\ncr \xEF\xBF\xBD"
                     "bad nc <!-- c --> {{x}}; DROP");
}

TEST_CASE("neo4j: the directory is written whole, replacing only an earlier export", "[neo4j]") {
  TempDir dir;
  const Graph g = ExportSampleGraph();
  const std::string out = dir / "neo4j";
  WriteGraphFile(g, ExportFormat::kNeo4j, out);
  CHECK(ReadFile(fs::path(out) / "nodes.csv") == Nodes(g));
  CHECK(ReadFile(fs::path(out) / "relationships.csv") == Relationships(g));
  // An earlier export is replaced; no temporary directory is left behind.
  WriteGraphFile(ExportHostileGraph(), ExportFormat::kNeo4j, out + "/");
  CHECK(ReadFile(fs::path(out) / "nodes.csv") == Nodes(ExportHostileGraph()));
  CHECK(dir.Files() == std::vector<std::string>{"neo4j"});
  // A directory holding anything else is refused and left as it was.
  dir.Write("other/notes.txt", "keep me");
  const std::string error = ErrorOf([&] { WriteGraphFile(g, ExportFormat::kNeo4j, dir / "other"); });
  CHECK(error == dir / "other" + ": cannot write: exists and holds other files; refusing to replace it");
  CHECK(ReadFile(dir.path / "other" / "notes.txt") == "keep me");
  CHECK(dir.Files() == std::vector<std::string>{"neo4j", "other"});
  // Standard output is no directory; a file in the way is refused.
  CHECK(ErrorOf([&] { WriteGraphFile(g, ExportFormat::kNeo4j, "-"); }) ==
        "neo4j output needs a directory: -o DIR");
  dir.Write("file.csv", "x");
  CHECK(!ErrorOf([&] { WriteGraphFile(g, ExportFormat::kNeo4j, dir / "file.csv"); }).empty());
  CHECK(ReadFile(dir.path / "file.csv") == "x");
}

TEST_CASE("neo4j: a failure while filling leaves the old directory", "[neo4j]") {
  TempDir dir;
  const std::string out = dir / "neo4j";
  WriteGraphFile(ExportSampleGraph(), ExportFormat::kNeo4j, out);
  const std::string before = ReadFile(fs::path(out) / "nodes.csv");
  const std::string error = ErrorOf([&] {
    WriteDirectoryAtomically(out, {"nodes.csv", "relationships.csv"}, [](const std::string& temp) {
      WriteFileAtomically(temp + "/nodes.csv", [](std::ostream& o) { o << "half"; });
      throw Error("disk full");
    });
  });
  CHECK(error == "disk full");
  CHECK(ReadFile(fs::path(out) / "nodes.csv") == before);
  CHECK(dir.Files() == std::vector<std::string>{"neo4j"});
}

TEST_CASE("neo4j: format name; no stream form", "[neo4j]") {
  CHECK(ParseExportFormat("neo4j") == ExportFormat::kNeo4j);
  CHECK(IsDirectoryFormat(ExportFormat::kNeo4j));
  CHECK(!IsDirectoryFormat(ExportFormat::kGexf));
  CHECK(ExportFormatFromPath("out/neo4j") == std::nullopt);
  std::ostringstream out;
  CHECK(ErrorOf([&] { WriteGraph(ExportSampleGraph(), ExportFormat::kNeo4j, out); }) ==
        "neo4j output is a directory, not a stream");
}

}  // namespace quotegraph
