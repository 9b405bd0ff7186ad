// Tests for the brat standoff reader (importers/brat_reader.h) on made-up
// annotations, and a gold-against-itself run of the scorer on the PolNeAR
// dev split when the corpus is present next to the source tree.

#include "quotegraph/importers/brat_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "quotegraph/core/attribution_score.h"
#include "quotegraph/core/error.h"
#include "test_support.h"

namespace fs = std::filesystem;
using quotegraph::BratAttribution;
using quotegraph::BratDocument;
using Fragments = std::vector<std::pair<std::int64_t, std::int64_t>>;

namespace {

using quotegraph::testing::ErrorOf;

std::string ParseError(const std::string& ann) {
  return ErrorOf([&] { quotegraph::ParseBrat(ann, "x.ann"); });
}

const char kAnn[] =
    "T1\tSource 0 8\tThe mayor\n"
    "T2\tCue 9 13\tsaid\n"
    "T3\tContent 14 20;30 41\tthe ferry will be late\n"
    "T4\tAttribution 9 13\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "#1\tAnnotatorNotes T3\tcheck this\n"
    "T5\tCue 50 57\tclaimed\n"
    "T6\tContent 58 70\tsomething\n"
    "T7\tAttribution 50 57\tclaimed\n"
    "E2\tAttribution-no-source:T7 Cue:T5 Content:T6 \n"
    "T8\tDiscard 80 90\tRead more\n";

}  // namespace

TEST_CASE("brat T lines keep type, fragments and text", "[brat]") {
  const BratDocument doc = quotegraph::ParseBrat(kAnn, "x.ann");
  REQUIRE(doc.text_bounds.size() == 8);
  CHECK(doc.text_bounds[2].id == "T3");
  CHECK(doc.text_bounds[2].type == "Content");
  CHECK(doc.text_bounds[2].span.fragments == Fragments{{14, 20}, {30, 41}});
  CHECK(doc.text_bounds[2].text == "the ferry will be late");
  CHECK(doc.text_bounds[2].line == 3);
  CHECK(doc.text_bounds[7].type == "Discard");
}

TEST_CASE("brat E lines: roles in any order, source may be missing", "[brat]") {
  const BratDocument doc = quotegraph::ParseBrat(kAnn, "x.ann");
  REQUIRE(doc.attributions.size() == 2);
  const BratAttribution& e1 = doc.attributions[0];
  CHECK(e1.id == "E1");
  CHECK(e1.type == "Attribution");
  CHECK(e1.trigger == "T4");
  REQUIRE(e1.source);
  CHECK(e1.source->fragments == Fragments{{0, 8}});
  REQUIRE(e1.cue);
  CHECK(e1.cue->fragments == Fragments{{9, 13}});
  REQUIRE(e1.content);
  CHECK(e1.content->fragments == Fragments{{14, 20}, {30, 41}});
  const BratAttribution& e2 = doc.attributions[1];
  CHECK(e2.type == "Attribution-no-source");
  CHECK_FALSE(e2.source);
  REQUIRE(e2.content);
  CHECK(e2.content->fragments == Fragments{{58, 70}});
  CHECK(e2.line == 10);
}

TEST_CASE("brat numbered roles add fragments; roles may all be missing", "[brat]") {
  const BratDocument doc = quotegraph::ParseBrat(
      "T1\tContent 0 4\tabcd\nT2\tContent 10 12\tkl\nT3\tCue 5 8\tefg\n"
      "E1\tAttribution:T3 Content2:T2 Cue:T3 Content:T1\nE2\tAttribution:T3\n",
      "x.ann");
  REQUIRE(doc.attributions.size() == 2);
  REQUIRE(doc.attributions[0].content);
  CHECK(doc.attributions[0].content->fragments == Fragments{{10, 12}, {0, 4}});
  CHECK_FALSE(doc.attributions[1].content);
  CHECK_FALSE(doc.attributions[1].cue);
}

TEST_CASE("brat text fields continue over line breaks", "[brat]") {
  // Covered text "ab\n\ncd" (6 code points) and "xy": the text field of T1
  // runs over three lines.
  const BratDocument doc = quotegraph::ParseBrat(
      "T1\tContent 0 6\tab\n\ncd\nT2\tSource 7 9\txy\r\nE1\tAttribution:T1 Content:T1\n\n",
      "x.ann");
  REQUIRE(doc.text_bounds.size() == 2);
  CHECK(doc.text_bounds[0].text == "ab\n\ncd");
  CHECK(doc.text_bounds[1].text == "xy");
  CHECK(doc.text_bounds[1].line == 4);
  CHECK(doc.attributions.size() == 1);
}

TEST_CASE("malformed brat lines are errors naming file and line", "[brat]") {
  CHECK(ParseError("T1\tSource 0 3\tabc\nT2\tCue 4 x\tdef\n").find("x.ann:2:") == 0);
  CHECK(ParseError("T1\tSource 0 3\tabc\njust text\n").find("x.ann:2:") == 0);
  CHECK(ParseError("T1\tSource 5 3\tabc\n").find("x.ann:1:") == 0);
  CHECK(ParseError("T1\tSource -1 3\tabc\n").find("x.ann:1:") == 0);
  CHECK(ParseError("T1\tSource 0 3;\tabc\n").find("x.ann:1:") == 0);
  CHECK(ParseError("T1\tSource\tabc\n").find("x.ann:1:") == 0);
  CHECK(ParseError("X1\tSource 0 3\tabc\n").find("x.ann:1:") == 0);
  CHECK(ParseError("T1\tSource 0 3\tabc\nE1\tAttribution:T1 Source\n").find("x.ann:2:") == 0);
  CHECK(ParseError("T1\tSource 0 3\tabc\nT1\tCue 0 3\tabc\n").find("x.ann:2: duplicate") == 0);
  const std::string undefined =
      ParseError("T1\tSource 0 3\tabc\n\nE1\tAttribution:T1 Content:T9\n");
  CHECK(undefined.find("x.ann:3:") == 0);
  CHECK(undefined.find("T9") != std::string::npos);
}

TEST_CASE("brat spans are checked against the text length", "[brat]") {
  const BratDocument doc = quotegraph::ParseBrat("T1\tSource 0 3\tabc\nT2\tCue 4 12\tx\n", "x.ann");
  CHECK_NOTHROW(quotegraph::CheckBratSpans(doc, 12, "x.ann"));
  CHECK(ErrorOf([&] { quotegraph::CheckBratSpans(doc, 11, "x.ann"); }).find("x.ann:2:") == 0);
}

TEST_CASE("brat files are read from disk", "[brat]") {
  const fs::path dir = fs::temp_directory_path() / "quotegraph_brat_reader_test";
  fs::create_directories(dir);
  const fs::path ann = dir / "a.ann";
  {
    std::ofstream out(ann, std::ios::binary);
    out << kAnn;
  }
  CHECK(quotegraph::ReadBratFile(ann.string()).attributions.size() == 2);
  CHECK(ErrorOf([&] { quotegraph::ReadBratFile((dir / "none.ann").string()); })
            .find("none.ann: cannot read") != std::string::npos);
  fs::remove_all(dir);
}

namespace {

std::vector<quotegraph::Span> ToFragments(const std::optional<quotegraph::BratSpan>& span) {
  std::vector<quotegraph::Span> out;
  if (span) {
    for (const auto& [start, end] : span->fragments) out.push_back({start, end});
  }
  return out;
}

// The gold attributions of one PolNeAR .ann file, for scoring.
std::vector<quotegraph::AttributionSpans> GoldOf(const fs::path& ann, std::int64_t size) {
  const BratDocument doc = quotegraph::ReadBratFile(ann.string());
  quotegraph::CheckBratSpans(doc, size, ann.string());
  std::vector<quotegraph::AttributionSpans> out;
  for (const BratAttribution& a : doc.attributions) {
    out.push_back({ToFragments(a.source), ToFragments(a.cue), ToFragments(a.content)});
  }
  return out;
}

// article name -> its first annotation file in sorted order.
std::map<std::string, fs::path> FirstAnnotations(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::map<std::string, fs::path> first;
  for (const fs::path& f : files) {
    const std::string stem = f.stem().string();
    first.emplace(stem.substr(0, stem.rfind('_')), f);
  }
  return first;
}

}  // namespace

TEST_CASE("PolNeAR dev gold scored against itself is perfect", "[brat][polnear]") {
  const fs::path split = fs::path(QUOTEGRAPH_SOURCE_DIR "/../shared/polnear") / "dev";
  if (!fs::is_directory(split / "text") || !fs::is_directory(split / "attributions")) {
    WARN("PolNeAR dev split not found at " << split.string() << "; skipped");
    return;
  }
  quotegraph::AttributionCounts total;
  for (const auto& [name, ann] : FirstAnnotations(split / "attributions")) {
    const std::u32string text = quotegraph::DecodeCodePoints(
        quotegraph::ReadBratText((split / "text" / (name + ".txt")).string()));
    const auto gold = GoldOf(ann, static_cast<std::int64_t>(text.size()));
    total += quotegraph::ScoreArticle(text, gold, gold);
  }
  const quotegraph::AttributionScores s = quotegraph::ComputeScores(total);
  CHECK(total.gold > 0);
  CHECK(s.attribution.f1 == 1.0);
  CHECK(s.source.f1 == 1.0);
  CHECK(s.cue.f1 == 1.0);
  CHECK(s.content.f1 == 1.0);
  CHECK(s.direct_attribution_recall == 1.0);
  CHECK(s.direct_source_recall == 1.0);
}
