// kg-eval: scores predicted attributions against a PolNeAR-style gold split.
//
//   kg-eval GOLD_SPLIT_DIR PRED_DIR [--json] [--per-article]
//
// GOLD_SPLIT_DIR holds text/NAME.txt and attributions/NAME_XXXX.ann (XXXX =
// annotator; with several, the first file in sorted order is the gold).
// PRED_DIR holds NAME.ann, brat standoff with offsets into the same
// text/NAME.txt; a missing file counts as no predictions.  Every brat E line
// whose type starts with "Attribution" is an attribution.
//
// The metrics and their exact definitions are in
// core/include/quotegraph/core/attribution_score.h; file reading is in
// importers/include/quotegraph/importers/brat_reader.h.
//
// Exit status: 0 scores printed; 1 an error (one line "kg-eval: ...").

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "quotegraph/core/attribution_score.h"
#include "quotegraph/core/error.h"
#include "quotegraph/importers/brat_reader.h"

namespace {

namespace fs = std::filesystem;
using quotegraph::AttributionCounts;
using quotegraph::AttributionScores;
using quotegraph::PrecisionRecall;

// One gold article: its text and its first annotator's .ann file.
struct GoldArticle {
  std::string name;
  std::string text_path;
  std::string ann_path;  // empty if no annotation file
};

// One article's scores, for --per-article.
struct ArticleResult {
  std::string name;
  AttributionCounts counts;
};

// The regular files directly in `dir` whose names end in `suffix`, sorted.
std::vector<fs::path> FilesEndingIn(const fs::path& dir, const std::string& suffix) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw quotegraph::Error(dir.string() + ": not a directory");
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file() && name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// "NAME_XXXX.ann" -> "NAME" (empty if there is no "_XXXX").
std::string ArticleOfAnnotation(const fs::path& ann) {
  const std::string stem = ann.stem().string();
  const std::size_t underscore = stem.rfind('_');
  return underscore == std::string::npos ? std::string() : stem.substr(0, underscore);
}

// Every text of the split with its gold annotation file, sorted by name.
std::vector<GoldArticle> ListGoldSplit(const fs::path& split) {
  std::error_code ec;
  if (!fs::is_directory(split, ec)) throw quotegraph::Error(split.string() + ": not a directory");
  std::map<std::string, std::string> first_ann;  // article -> first .ann
  for (const fs::path& ann : FilesEndingIn(split / "attributions", ".ann")) {
    first_ann.emplace(ArticleOfAnnotation(ann), ann.string());  // sorted: first wins
  }
  std::vector<GoldArticle> articles;
  for (const fs::path& text : FilesEndingIn(split / "text", ".txt")) {
    GoldArticle a{text.stem().string(), text.string(), ""};
    const auto it = first_ann.find(a.name);
    if (it != first_ann.end()) a.ann_path = it->second;
    articles.push_back(std::move(a));
  }
  if (articles.empty()) throw quotegraph::Error((split / "text").string() + ": no .txt files");
  return articles;
}

std::vector<quotegraph::Span> ToFragments(const std::optional<quotegraph::BratSpan>& span) {
  std::vector<quotegraph::Span> out;
  if (!span) return out;
  for (const auto& [start, end] : span->fragments) out.push_back(quotegraph::Span{start, end});
  return out;
}

// The attributions of a .ann file (checked against the text), for scoring.
std::vector<quotegraph::AttributionSpans> ReadAttributions(const std::string& path,
                                                           std::int64_t text_code_points) {
  const quotegraph::BratDocument doc = quotegraph::ReadBratFile(path);
  quotegraph::CheckBratSpans(doc, text_code_points, path);
  std::vector<quotegraph::AttributionSpans> out;
  for (const quotegraph::BratAttribution& a : doc.attributions) {
    if (a.type.rfind("Attribution", 0) != 0) continue;
    out.push_back({ToFragments(a.source), ToFragments(a.cue), ToFragments(a.content)});
  }
  return out;
}

// Scores one article; `*missing` counts absent prediction files.
ArticleResult ScoreGoldArticle(const GoldArticle& a, const fs::path& pred_dir, int* missing) {
  const std::u32string text = quotegraph::DecodeCodePoints(quotegraph::ReadBratText(a.text_path));
  const auto size = static_cast<std::int64_t>(text.size());
  std::vector<quotegraph::AttributionSpans> gold, predicted;
  if (!a.ann_path.empty()) gold = ReadAttributions(a.ann_path, size);
  const fs::path pred = pred_dir / (a.name + ".ann");
  std::error_code ec;
  if (fs::exists(pred, ec)) {
    predicted = ReadAttributions(pred.string(), size);
  } else {
    ++*missing;
  }
  return ArticleResult{a.name, quotegraph::ScoreArticle(text, gold, predicted)};
}

// Prediction files that name no gold article (a likely naming mistake).
int CountStrayPredictions(const fs::path& pred_dir, const std::vector<GoldArticle>& articles) {
  std::map<std::string, bool> known;
  for (const GoldArticle& a : articles) known[a.name] = true;
  int stray = 0;
  for (const fs::path& p : FilesEndingIn(pred_dir, ".ann")) {
    if (known.count(p.stem().string()) == 0) ++stray;
  }
  return stray;
}

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

void PrintRow(const char* label, const PrecisionRecall& s) {
  std::printf("%-13s %6s %6s %6s\n", label, Fixed(s.precision).c_str(), Fixed(s.recall).c_str(),
              Fixed(s.f1).c_str());
}

void PrintPerArticle(const std::vector<ArticleResult>& results) {
  int width = 7;  // "article"
  for (const ArticleResult& r : results) width = std::max(width, static_cast<int>(r.name.size()));
  std::printf("%-*s %5s %5s %5s %6s %5s %6s\n", width, "article", "gold", "pred", "match",
              "source", "cue", "F1");
  for (const ArticleResult& r : results) {
    const AttributionCounts& c = r.counts;
    const double f1 = quotegraph::ComputeScores(c).attribution.f1;
    std::printf("%-*s %5lld %5lld %5lld %6lld %5lld %6s\n", width, r.name.c_str(),
                static_cast<long long>(c.gold), static_cast<long long>(c.predicted),
                static_cast<long long>(c.matched), static_cast<long long>(c.source_correct),
                static_cast<long long>(c.cue_correct), Fixed(f1).c_str());
  }
  std::printf("\n");
}

void PrintTable(const AttributionCounts& c) {
  const AttributionScores s = quotegraph::ComputeScores(c);
  std::printf("%-13s %6s %6s %6s\n", "", "P", "R", "F1");
  PrintRow("attribution", s.attribution);
  PrintRow("source", s.source);
  PrintRow("cue", s.cue);
  PrintRow("content tok", s.content);
  std::printf("\ndirect quotes (%lld gold): attribution recall %s, source recall %s\n",
              static_cast<long long>(c.direct_gold), Fixed(s.direct_attribution_recall).c_str(),
              Fixed(s.direct_source_recall).c_str());
  std::printf("articles %lld, gold %lld, predicted %lld, matched %lld",
              static_cast<long long>(c.articles), static_cast<long long>(c.gold),
              static_cast<long long>(c.predicted), static_cast<long long>(c.matched));
  std::printf(" (without content, not scored: gold %lld, predicted %lld)\n",
              static_cast<long long>(c.gold_without_content),
              static_cast<long long>(c.predicted_without_content));
}

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void WritePrf(JsonWriter& w, const char* key, const PrecisionRecall& s) {
  w.Key(key);
  w.StartObject();
  w.Key("precision");
  w.Double(s.precision);
  w.Key("recall");
  w.Double(s.recall);
  w.Key("f1");
  w.Double(s.f1);
  w.EndObject();
}

void WriteCounts(JsonWriter& w, const AttributionCounts& c) {
  const std::pair<const char*, std::int64_t> fields[] = {
      {"articles", c.articles},
      {"gold", c.gold},
      {"predicted", c.predicted},
      {"matched", c.matched},
      {"source_correct", c.source_correct},
      {"cue_correct", c.cue_correct},
      {"content_overlap_tokens", c.content_overlap},
      {"content_predicted_tokens", c.content_predicted_tokens},
      {"content_gold_tokens", c.content_gold_tokens},
      {"direct_gold", c.direct_gold},
      {"direct_matched", c.direct_matched},
      {"direct_source_correct", c.direct_source_correct},
      {"gold_without_content", c.gold_without_content},
      {"predicted_without_content", c.predicted_without_content},
  };
  for (const auto& [key, value] : fields) {
    w.Key(key);
    w.Int64(value);
  }
}

void WriteScores(JsonWriter& w, const AttributionCounts& c) {
  const AttributionScores s = quotegraph::ComputeScores(c);
  WritePrf(w, "attribution", s.attribution);
  WritePrf(w, "source", s.source);
  WritePrf(w, "cue", s.cue);
  WritePrf(w, "content", s.content);
  w.Key("direct_quote");
  w.StartObject();
  w.Key("attribution_recall");
  w.Double(s.direct_attribution_recall);
  w.Key("source_recall");
  w.Double(s.direct_source_recall);
  w.EndObject();
}

void PrintJson(const AttributionCounts& total, const std::vector<ArticleResult>& results,
               bool per_article) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  WriteScores(w, total);
  w.Key("counts");
  w.StartObject();
  WriteCounts(w, total);
  w.EndObject();
  if (per_article) {
    w.Key("per_article");
    w.StartArray();
    for (const ArticleResult& r : results) {
      w.StartObject();
      w.Key("article");
      w.String(r.name);
      WriteCounts(w, r.counts);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  std::cout << buffer.GetString() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "kg-eval: score predicted attributions (brat .ann) against a gold split, following "
      "the PolNeAR scoring protocol.\n\n"
      "Example:\n"
      "  kg-eval polnear/dev predictions/ --per-article",
      "kg-eval"};
  app.set_version_flag("--version", "kg-eval 0.1.0");
  std::string gold_dir;
  std::string pred_dir;
  bool json = false;
  bool per_article = false;
  app.add_option("GOLD_SPLIT_DIR", gold_dir,
                 "Gold split: text/NAME.txt and attributions/NAME_XXXX.ann")
      ->required();
  app.add_option("PRED_DIR", pred_dir, "Predictions: NAME.ann per article (missing = none)")
      ->required();
  app.add_flag("--json", json, "Print the scores as one JSON object");
  app.add_flag("--per-article", per_article, "Also print each article's counts");
  CLI11_PARSE(app, argc, argv);

  try {
    const std::vector<GoldArticle> articles = ListGoldSplit(gold_dir);
    const int stray = CountStrayPredictions(pred_dir, articles);
    const auto unannotated = std::count_if(articles.begin(), articles.end(),
                                           [](const GoldArticle& a) { return a.ann_path.empty(); });
    int missing = 0;
    AttributionCounts total;
    std::vector<ArticleResult> results;
    for (const GoldArticle& a : articles) {
      results.push_back(ScoreGoldArticle(a, pred_dir, &missing));
      total += results.back().counts;
    }
    if (missing > 0) {
      std::cerr << "kg-eval: warning: " << missing << " of " << articles.size()
                << " articles have no prediction file in " << pred_dir
                << " (scored as no predictions)\n";
    }
    if (unannotated > 0) {
      std::cerr << "kg-eval: warning: " << unannotated << " texts have no gold .ann file in "
                << (fs::path(gold_dir) / "attributions").string() << " (scored as no gold)\n";
    }
    if (stray > 0) {
      std::cerr << "kg-eval: warning: " << stray << " .ann files in " << pred_dir
                << " name no gold article (ignored)\n";
    }
    if (json) {
      PrintJson(total, results, per_article);
    } else {
      if (per_article) PrintPerArticle(results);
      PrintTable(total);
    }
  } catch (const quotegraph::Error& e) {
    std::cerr << "kg-eval: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "kg-eval: error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
