// Tests of atomic file output (exporters/atomic_file.h) and WriteGraphFile.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "quotegraph/core/error.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/atomic_file.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/json_writer.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

using quotegraph::testing::ReadFile;
using quotegraph::testing::TempDir;

void WriteText(const std::string& path, const std::string& text) {
  WriteFileAtomically(path, [&](std::ostream& out) { out << text; });
}

}  // namespace

TEST_CASE("atomic: writes the content and leaves no temporary file", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "out.json").string();
  WriteText(path, "first\n");
  CHECK(ReadFile(path) == "first\n");
  WriteText(path, "second\n");
  CHECK(ReadFile(path) == "second\n");
  CHECK(dir.Files() == std::vector<std::string>{"out.json"});
}

TEST_CASE("atomic: a throwing writer leaves the previous file intact", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "out.json").string();
  WriteText(path, "previous\n");
  const auto half_then_throw = [](std::ostream& out) {
    out << "half a file";
    throw std::runtime_error("disk on fire");
  };
  CHECK_THROWS_AS(WriteFileAtomically(path, half_then_throw), Error);
  CHECK_THROWS_WITH(WriteFileAtomically(path, half_then_throw),
                    path + ": cannot write: disk on fire");
  CHECK(ReadFile(path) == "previous\n");
  CHECK(dir.Files() == std::vector<std::string>{"out.json"});

  // A quotegraph::Error already names its place and passes through as is.
  CHECK_THROWS_WITH(WriteFileAtomically(path, [](std::ostream&) { throw Error("g.json:3: bad"); }),
                    "g.json:3: bad");
  CHECK(ReadFile(path) == "previous\n");
  CHECK(dir.Files() == std::vector<std::string>{"out.json"});
}

TEST_CASE("atomic: a throwing writer creates no file where there was none", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "new.json").string();
  CHECK_THROWS_AS(WriteFileAtomically(path, [](std::ostream&) { throw std::bad_alloc(); }), Error);
  CHECK(dir.Files().empty());
}

TEST_CASE("atomic: a missing directory is an error naming the path", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "no" / "such" / "out.json").string();
  bool called = false;
  CHECK_THROWS_WITH(WriteFileAtomically(path, [&](std::ostream&) { called = true; }),
                    path + ": cannot write: No such file or directory");
  CHECK_FALSE(called);
  CHECK_FALSE(fs::exists(dir.path / "no"));
}

TEST_CASE("atomic: a directory in the way is an error, and nothing is left", "[atomic]") {
  TempDir dir;
  fs::create_directory(dir.path / "taken");
  const std::string path = (dir.path / "taken").string();
  CHECK_THROWS_WITH(WriteText(path, "x"), Catch::StartsWith(path + ": cannot write: "));
  CHECK(dir.Files() == std::vector<std::string>{"taken"});
  CHECK(fs::is_directory(dir.path / "taken"));
}

TEST_CASE("atomic: a path without a file name is an error", "[atomic]") {
  TempDir dir;
  const std::string path = dir.path.string() + "/";
  CHECK_THROWS_WITH(WriteText(path, "x"), path + ": cannot write: not a file name");
}

TEST_CASE("atomic: WriteGraphFile writes what WriteGraph writes", "[atomic]") {
  TempDir dir;
  Graph g;
  Node n;
  n.id = "person:a";
  n.label = "A";
  g.AddNode(n);
  for (ExportFormat f : {ExportFormat::kJson, ExportFormat::kGraphml, ExportFormat::kDot}) {
    const std::string path = (dir.path / ("g." + std::string(ToString(f)))).string();
    WriteGraphFile(g, f, path);
    std::ostringstream expected;
    WriteGraph(g, f, expected);
    CHECK(ReadFile(path) == expected.str());
  }
  CHECK(dir.Files().size() == 3);
}

}  // namespace quotegraph
