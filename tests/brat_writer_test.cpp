// brat output: T and E lines per statement, files kept inside their folder.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "quotegraph/exporters/brat_writer.h"
#include "quotegraph/importers/graph_builder.h"

using namespace quotegraph;

namespace {

Graph Build(const std::string& id, const std::string& text, const std::string& file) {
  GraphBuilder builder;
  Article a;
  a.id = id;
  a.text = text;
  a.file = file;
  a.origin = file;
  builder.Add(std::move(a));
  return builder.Finish();
}

}  // namespace

TEST_CASE("brat: one event per statement with code-point offsets", "[brat_writer]") {
  // "é" is two bytes but one code point: offsets must count code points.
  const Graph g = Build("a1", "Élise Morel said the dam would hold.", "in/a1.txt");
  std::ostringstream out;
  WriteBratAnnotations(g, g.Find("article:a1"), out);
  CHECK(out.str() ==
        "T1\tSource 0 11\tÉlise Morel\n"
        "T2\tCue 12 16\tsaid\n"
        "T3\tContent 17 35\tthe dam would hold\n"
        "T4\tAttribution 12 16\tsaid\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n");
}

TEST_CASE("brat: split quotes keep their fragments", "[brat_writer]") {
  const Graph g = Build("a2", "\"We waited,\" Anna Weiss said, \"and nobody came.\"", "a2.txt");
  std::ostringstream out;
  WriteBratAnnotations(g, g.Find("article:a2"), out);
  CHECK(out.str().find("Content 0 12;30 48\t") != std::string::npos);
}

TEST_CASE("brat: file names never leave the folder", "[brat_writer]") {
  Node n;
  n.id = "article:../../etc/passwd";
  CHECK(BratFileStem(n) == "_._.._etc_passwd");
  n.file = "dir/story.txt";
  CHECK(BratFileStem(n) == "story");
  n.file = "feed.jsonl";
  n.id = "article:..\\x";
  CHECK(BratFileStem(n) == "_._x");

  const auto dir = std::filesystem::temp_directory_path() / "quotegraph-brat-test";
  std::filesystem::remove_all(dir);
  const Graph g = Build("../escape", "Anna Weiss said the dam would hold.", "feed.jsonl");
  WriteBratDirectory(g, dir.string());
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++files;
    CHECK(entry.path().parent_path() == dir);
  }
  CHECK(files == 1);
  std::filesystem::remove_all(dir);
}
