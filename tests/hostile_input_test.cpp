// Hostile input: malformed encodings, NUL bytes, deep nesting, wrong JSON
// types, binary and empty files, huge and numerous inputs, markup and
// path characters in text and ids, and the size limits.  Every case must
// end in either a graph whose exports stay valid or a one-line error naming
// the input; never a crash, a hang or a file outside its folder.  Big inputs
// are generated here, never committed.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/brat_writer.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/brat_reader.h"
#include "quotegraph/importers/fragment_builder.h"
#include "quotegraph/importers/graph_builder.h"
#include "quotegraph/importers/graph_file_reader.h"
#include "quotegraph/importers/pipeline.h"
#include "test_support.h"

namespace {

namespace fs = std::filesystem;
using quotegraph::Article;
using quotegraph::Graph;
using quotegraph::testing::ErrorOf;
using quotegraph::testing::TempDir;

struct Read {
  std::vector<Article> articles;
  std::vector<std::string> warnings;
};

Read ReadAll(const std::vector<std::string>& inputs,
             quotegraph::ReadOptions options = quotegraph::ReadOptions()) {
  Read r;
  options.warn = [&](const std::string& w) { r.warnings.push_back(w); };
  quotegraph::ReadArticles(inputs, options, [&](Article&& a) { r.articles.push_back(std::move(a)); });
  return r;
}

Graph Build(std::vector<Article> articles, std::vector<std::string>* warnings = nullptr,
            std::size_t max_quote_chars = quotegraph::kDefaultMaxQuoteChars) {
  quotegraph::Pipeline pipeline = quotegraph::Pipeline::Default();
  pipeline.set_max_quote_chars(max_quote_chars);
  if (warnings != nullptr) pipeline.set_warn([=](const std::string& w) { warnings->push_back(w); });
  quotegraph::GraphBuilder builder(std::move(pipeline));
  for (Article& a : articles) builder.Add(std::move(a));
  return builder.Finish();
}

std::string Write(const Graph& g, quotegraph::ExportFormat f) {
  std::ostringstream out;
  quotegraph::WriteGraph(g, f, out);
  return out.str();
}

// The native JSON of `g` loads back and writes the same bytes; every text
// attribute of every node is valid UTF-8.
void CheckExportsRoundTrip(const Graph& g) {
  const std::string json = Write(g, quotegraph::ExportFormat::kJson);
  REQUIRE(quotegraph::IsValidUtf8(json));
  const Graph back = quotegraph::ParseGraphJson(json, "written.json");
  CHECK(Write(back, quotegraph::ExportFormat::kJson) == json);
  const std::string graphml = Write(g, quotegraph::ExportFormat::kGraphml);
  CHECK(quotegraph::IsValidUtf8(graphml));
  // XML 1.0 allows no control characters but tab, line feed and return.
  for (char c : graphml) {
    const auto u = static_cast<unsigned char>(c);
    INFO("control byte " << static_cast<int>(u));
    CHECK((u >= 0x20 || u == '\t' || u == '\n' || u == '\r'));
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') break;
  }
  CHECK(quotegraph::IsValidUtf8(Write(g, quotegraph::ExportFormat::kDot)));
}

const std::vector<std::string> kBadSequences = {
    "\xC0\xAF",              // overlong '/'
    "\xE0\x80\xAF",          // overlong '/', three bytes
    "\xF8\x88\x80\x80\x80",  // five-byte form
    "\xED\xA0\x80",          // UTF-16 surrogate D800
    "\xFF\xFE",              // never valid
    "\xE2\x80",              // truncated
};

}  // namespace

TEST_CASE("hostile: invalid and overlong UTF-8 is repaired in text and JSON", "[hostile]") {
  TempDir dir;
  for (std::size_t k = 0; k < kBadSequences.size(); ++k) {
    const std::string& bad = kBadSequences[k];
    INFO("sequence " << k);
    const std::string text =
        "Mayor Lena Ortiz said \"the dam " + bad + " will hold\" on Monday.\n";
    const std::string txt = dir.Write("t" + std::to_string(k) + ".txt", text);
    const std::string json =
        dir.Write("j" + std::to_string(k) + ".json",
                  "{\"id\": \"x" + bad + "\", \"title\": \"" + bad + "\", \"text\": \"" + bad +
                      " Ortiz said it.\"}");
    const Read r = ReadAll({txt, json});
    REQUIRE(r.articles.size() == 2);
    for (const Article& a : r.articles) {
      CHECK(quotegraph::IsValidUtf8(a.text));
      CHECK(quotegraph::IsValidUtf8(a.id));
      CHECK(quotegraph::IsValidUtf8(a.title));
      CHECK(a.text.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
    }
    REQUIRE(r.warnings.size() >= 2);
    CHECK(r.warnings[0].find("t" + std::to_string(k) + ".txt") != std::string::npos);
    CHECK(r.warnings[0].find("UTF-8") != std::string::npos);
    CheckExportsRoundTrip(Build(r.articles));
  }
}

TEST_CASE("hostile: escaped lone surrogates and NUL in JSON strings", "[hostile]") {
  TempDir dir;
  const std::string path = dir.Write(
      "s.json",
      "[{\"id\": \"a\", \"text\": \"Ortiz said \\ud800 and \\udc00 \\u0000 \\u0001 \\u001f\"}]");
  std::string error;
  Read r;
  try {
    r = ReadAll({path});
  } catch (const quotegraph::Error& e) {
    error = e.what();
  }
  if (!error.empty()) {
    // Refused: one line naming the file and line.
    CHECK(error.rfind(path + ":1:", 0) == 0);
    CHECK(error.find('\n') == std::string::npos);
  } else {
    REQUIRE(r.articles.size() == 1);
    CHECK(quotegraph::IsValidUtf8(r.articles[0].text));
    CheckExportsRoundTrip(Build(r.articles));
  }
}

TEST_CASE("hostile: NUL bytes make a text file binary, and binary files are refused", "[hostile]") {
  TempDir dir;
  const std::string nul = dir.Write("nul.txt", std::string("Ortiz said\0 it.", 15));
  CHECK(ErrorOf([&] { ReadAll({nul}); }) == nul + ": binary file, not an article");
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919) % 256);
  const std::string bin = dir.Write("blob.txt", binary);
  CHECK(ErrorOf([&] { ReadAll({bin}); }) == bin + ": binary file, not an article");
  const std::string bin_json = dir.Write("blob.json", binary);
  CHECK(ErrorOf([&] { ReadAll({bin_json}); }).rfind(bin_json + ":1: ", 0) == 0);
  // High bytes without NUL are text with invalid UTF-8: repaired, extracted.
  std::string high;
  for (int i = 0; i < 4096; ++i) high += static_cast<char>(0x80 + (i * 31) % 128);
  const Read r = ReadAll({dir.Write("high.txt", high)});
  REQUIRE(r.articles.size() == 1);
  CHECK(quotegraph::IsValidUtf8(r.articles[0].text));
  CheckExportsRoundTrip(Build(r.articles));
}

TEST_CASE("hostile: empty and blank files are errors naming them", "[hostile]") {
  TempDir dir;
  for (const std::string name : {"e.txt", "e.json", "e.jsonl"}) {
    const std::string p = dir.Write(name, "");
    CHECK(ErrorOf([&] { ReadAll({p}); }) == p + ": empty input");
    const std::string b = dir.Write("blank-" + name, " \n\t\r\n");
    CHECK(ErrorOf([&] { ReadAll({b}); }) == b + ": empty input");
  }
}

TEST_CASE("hostile: 100k nested brackets are a clear error, not a stack overflow", "[hostile]") {
  const std::string open(100000, '[');
  const std::string braces(100000, '{');
  const std::string array_error =
      ErrorOf([&] { quotegraph::ParseJsonArticles(open, "deep.json", [](Article&&) {}); });
  CHECK(array_error.rfind("deep.json: record 1 (line 1): ", 0) == 0);
  CHECK(quotegraph::testing::ErrorOf([&] {
          quotegraph::ParseJsonArticles("{\"text\": \"a\", \"x\": " + open, "deep2.json",
                                        [](Article&&) {});
        }).rfind("deep2.json:1: invalid JSON", 0) == 0);
  CHECK(ErrorOf([&] {
          quotegraph::ParseJsonLinesArticles("{\"text\": \"a b\"}\n" + braces, "deep.jsonl",
                                             [](Article&&) {});
        }).rfind("deep.jsonl:2: ", 0) == 0);
  const std::string graph_error = ErrorOf([&] { quotegraph::ParseGraphJson(open, "deep-graph.json"); });
  CHECK(graph_error.rfind("deep-graph.json", 0) == 0);
  CHECK(graph_error.find('\n') == std::string::npos);
  const std::string graph_error2 = ErrorOf([&] {
    quotegraph::ParseGraphJson("{\"format\": \"quotegraph\", \"version\": 1, \"nodes\": " + open,
                               "deep-graph.json");
  });
  CHECK(graph_error2.rfind("deep-graph.json", 0) == 0);
}

TEST_CASE("hostile: JSON values of the wrong type name file, line and field", "[hostile]") {
  struct Case {
    std::string json;
    std::string field;
  };
  const std::vector<Case> cases = {
      {"{\"text\": 42}", "text"},
      {"{\"text\": [1, 2, 3]}", "text"},
      {"{\"text\": {\"a\": 1}}", "text"},
      {"{\"id\": {\"a\": 1}, \"text\": \"Ortiz said it.\"}", "id"},
      {"{\"id\": [\"a\"], \"text\": \"Ortiz said it.\"}", "id"},
      {"{\"title\": 12, \"text\": \"Ortiz said it.\"}", "title"},
      {"{\"date\": true, \"text\": \"Ortiz said it.\"}", "date"},
  };
  for (const Case& c : cases) {
    INFO(c.json);
    const std::string e = ErrorOf(
        [&] { quotegraph::ParseJsonLinesArticles("\n" + c.json + "\n", "w.jsonl", [](Article&&) {}); });
    CHECK(e.rfind("w.jsonl:2:", 0) == 0);
    CHECK(e.find(c.field) != std::string::npos);
  }
  CHECK(ErrorOf([] { quotegraph::ParseJsonArticles("[1, 2, 3]", "n.json", [](Article&&) {}); })
            .rfind("n.json", 0) == 0);
  CHECK(ErrorOf([] { quotegraph::ParseJsonArticles("\"text\"", "s.json", [](Article&&) {}); })
            .rfind("s.json", 0) == 0);
  // A graph file with text where a number belongs.
  const std::string g =
      "{\"format\": \"quotegraph\", \"version\": 1, \"nodes\": [{\"id\": \"person:a\", "
      "\"type\": \"person\", \"label\": \"A\"}], \"edges\": [{\"source\": \"person:a\", "
      "\"target\": \"person:a\", \"type\": \"mentions\", \"count\": \"two\"}]}";
  CHECK(ErrorOf([&] { quotegraph::ParseGraphJson(g, "g.json"); }).rfind("g.json", 0) == 0);
  const std::string g2 =
      "{\"format\": \"quotegraph\", \"version\": 1, \"nodes\": [{\"id\": {\"x\": 1}, "
      "\"type\": \"person\", \"label\": \"A\"}], \"edges\": []}";
  CHECK(ErrorOf([&] { quotegraph::ParseGraphJson(g2, "g2.json"); }).rfind("g2.json", 0) == 0);
}

TEST_CASE("hostile: a JSONL file with one broken line stops at that line", "[hostile]") {
  // Documented behaviour: the run stops with FILE:LINE; nothing is written.
  std::string feed;
  for (int i = 1; i <= 5; ++i) {
    feed += i == 3 ? "{\"id\": \"r3\", \"text\": \"broken\n"
                   : "{\"id\": \"r" + std::to_string(i) + "\", \"text\": \"Ortiz said it.\"}\n";
  }
  std::vector<std::string> seen;
  const std::string e = ErrorOf([&] {
    quotegraph::ParseJsonLinesArticles(feed, "feed.jsonl", [&](Article&& a) { seen.push_back(a.id); });
  });
  CHECK(e.rfind("feed.jsonl:3: ", 0) == 0);
  CHECK(seen == std::vector<std::string>{"r1", "r2"});
}

TEST_CASE("hostile: a 100 MB single line is refused or read in one pass", "[hostile]") {
  TempDir dir;
  const std::string chunk = "Lena Ortiz said the harbour \"would stay open\" while Tom Varga denied it ";
  std::string line;
  line.reserve(100u << 20);
  while (line.size() + chunk.size() < (100u << 20)) line += chunk;
  const std::size_t size = line.size();
  const std::string path = dir.Write("long.txt", line);
  line.clear();
  line.shrink_to_fit();
  // The default --max-article-bytes (64 MiB) refuses it unread...
  CHECK(ErrorOf([&] { ReadAll({path}); }) ==
        path + ": article is " + std::to_string(size) +
            " bytes, over the limit of 67108864 (--max-article-bytes)");
  // ...a raised limit reads it whole.
  quotegraph::ReadOptions options;
  options.max_article_bytes = std::size_t{200} << 20;
  const Read r = ReadAll({path}, options);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text.size() == size);
}

TEST_CASE("hostile: a 10 MB single line is extracted in bounded time", "[hostile]") {
  // (tests/clients/check_hostile_linear_time.sh times 5 MB pathological
  // articles at the command line; docs/robustness.md has the figures.)
  const std::string chunk = "Lena Ortiz said the harbour \"would stay open\" while Tom Varga denied it ";
  Article a;
  a.id = "long";
  a.origin = "long.txt";
  while (a.text.size() + chunk.size() < (10u << 20)) a.text += chunk;
  const auto start = std::chrono::steady_clock::now();
  const Graph g = Build({a});
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(g.num_nodes() > 3);
  // Generous: a few seconds in a Release build; sanitizers are slower.
  CHECK(seconds < 120);
}

TEST_CASE("hostile: 5000 tiny files in a directory are all read, in sorted order", "[hostile]") {
  TempDir dir;
  for (int i = 0; i < 5000; ++i) {
    dir.Write("many/" + std::to_string(i) + ".txt", "P" + std::to_string(i) + " said hi.\n");
  }
  const Read r = ReadAll({dir / "many"});
  REQUIRE(r.articles.size() == 5000);
  CHECK(r.articles.front().file == (fs::path(dir / "many") / "0.txt").string());
  for (std::size_t i = 1; i < r.articles.size(); ++i) {
    REQUIRE(r.articles[i - 1].file < r.articles[i].file);
  }
  const Graph g = Build(r.articles);
  CHECK(g.num_nodes() >= 5000);
}

TEST_CASE("hostile: markup and escape characters keep every export valid", "[hostile]") {
  // JSON-escaped: " < & ]]> --> braces, semicolons and backslashes.
  const std::string nasty =
      "\\\"<a href='x'>&amp; ]]> --> <!-- {}; \\\\ \\\\\\\" </graphml> digraph{ a -> b; }";
  const std::string json =
      "{\"id\": \"n<&>\\\"]]>--\", \"title\": \"" + nasty + "\", \"publisher\": \"" + nasty +
      "\", \"url\": \"" + nasty + "\", \"text\": \"Mayor Lena Ortiz said \\\"" + nasty +
      "\\\" on Monday. The council denied that " + nasty + ".\"}";
  std::vector<Article> articles;
  quotegraph::ParseJsonArticles(json, "nasty.json", [&](Article&& a) { articles.push_back(std::move(a)); });
  REQUIRE(articles.size() == 1);
  const Graph g = Build(articles);
  CheckExportsRoundTrip(g);
  const std::string graphml = Write(g, quotegraph::ExportFormat::kGraphml);
  CHECK(graphml.find("]]>--") == std::string::npos);
  CHECK(graphml.find("<a href") == std::string::npos);
  CHECK(graphml.find("&lt;a href") != std::string::npos);
}

TEST_CASE("hostile: article ids with path characters never leave the brat folder", "[hostile]") {
  TempDir dir;
  std::string feed;
  for (const std::string id : {"../escape", "../../etc/passwd", "a/b/c", "..\\\\win", "/abs",
                               ".hidden", "..", "."}) {
    feed += "{\"id\": \"" + id + "\", \"text\": \"Lena Ortiz said the port was safe.\"}\n";
  }
  std::vector<Article> articles;
  quotegraph::ParseJsonLinesArticles(feed, "ids.jsonl", [&](Article&& a) { articles.push_back(std::move(a)); });
  REQUIRE(articles.size() == 8);
  const Graph g = Build(articles);
  for (std::size_t i = 0; i < g.num_nodes(); ++i) {
    const auto& n = g.node(i);
    if (n.type != quotegraph::NodeType::kSource || n.source_kind != quotegraph::SourceKind::kArticle) {
      continue;
    }
    const std::string stem = quotegraph::BratFileStem(n);
    INFO(n.id << " -> " << stem);
    CHECK(stem.find('/') == std::string::npos);
    CHECK(stem.find('\\') == std::string::npos);
    CHECK(stem.front() != '.');
  }
  const std::string out = dir / "brat";
  quotegraph::WriteGraphFile(g, quotegraph::ExportFormat::kBrat, out);
  std::size_t files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir.path)) {
    if (!entry.is_regular_file()) continue;
    CHECK(entry.path().parent_path() == fs::path(out));
    ++files;
  }
  CHECK(files == 8);
}

TEST_CASE("hostile: an article over --max-article-bytes is an error naming it", "[hostile]") {
  TempDir dir;
  quotegraph::ReadOptions options;
  options.max_article_bytes = 100;
  const std::string txt = dir.Write("big.txt", std::string(101, 'x'));
  CHECK(ErrorOf([&] { ReadAll({txt}, options); }) ==
        txt + ": article is 101 bytes, over the limit of 100 (--max-article-bytes)");
  const std::string ok = dir.Write("ok.txt", std::string(100, 'x'));
  CHECK(ReadAll({ok}, options).articles.size() == 1);
  const std::string jsonl = dir.Write(
      "feed.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + std::string(150, 'y') + "\"}\n");
  CHECK(ErrorOf([&] { ReadAll({jsonl}, options); }) ==
        jsonl + ":2: article is 150 bytes, over the limit of 100 (--max-article-bytes)");
}

TEST_CASE("hostile: a quote over --max-quote-chars is no quote, with a warning", "[hostile]") {
  Article a;
  a.id = "q";
  a.origin = "q.txt";
  a.text = "Lena Ortiz said: \"" + std::string(50, 'w') + " never closes\nTom Varga said \"yes it is\".";
  std::vector<std::string> warnings;
  const Graph limited = Build({a}, &warnings, 40);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "q.txt: offset 17: quote of 64 characters, over the limit of 40 (--max-quote-chars): "
        "not taken as a quote");
  warnings.clear();
  const Graph unlimited = Build({a}, &warnings);
  CHECK(warnings.empty());
  // The second quote is short enough either way: it is a direct quote in both.
  const std::string limited_json = Write(limited, quotegraph::ExportFormat::kJson);
  const std::string unlimited_json = Write(unlimited, quotegraph::ExportFormat::kJson);
  CHECK(limited_json.find("yes it is") != std::string::npos);
  CHECK(unlimited_json.find("yes it is") != std::string::npos);
  // Unlimited, the long quote is a quote: its words are a direct statement.
  CHECK(unlimited_json.find("never closes") != std::string::npos);
}

TEST_CASE("hostile: every fuzz seed and regression input replays cleanly", "[hostile]") {
  // fuzz/corpus/<target>/ holds the seeds and the inputs fuzzing found
  // problems with; each must end in a graph that round-trips or an Error
  // (see fuzz/fuzz_checks.h; under QUOTEGRAPH_SANITIZE this also replays
  // them with the sanitizers).
  const fs::path corpus = fs::path(QUOTEGRAPH_SOURCE_DIR) / "fuzz" / "corpus";
  std::size_t replayed = 0;
  for (const std::string target :
       {"fuzz_text_article", "fuzz_json_articles", "fuzz_jsonl_articles", "fuzz_graph_file",
        "fuzz_brat"}) {
    REQUIRE(fs::is_directory(corpus / target));
    for (const auto& entry : fs::directory_iterator(corpus / target)) {
      const std::string content = quotegraph::testing::ReadFile(entry.path());
      INFO(entry.path().string());
      try {
        if (target == "fuzz_brat") {
          quotegraph::CheckBratSpans(quotegraph::ParseBrat(content, "fuzz.ann"), 1000, "fuzz.ann");
        } else if (target == "fuzz_graph_file") {
          CheckExportsRoundTrip(quotegraph::ParseGraphJson(content, "fuzz.json"));
        } else {
          std::vector<Article> articles;
          const auto collect = [&](Article&& a) { articles.push_back(std::move(a)); };
          if (target == "fuzz_text_article") {
            articles.push_back(quotegraph::ParsePlainTextArticle(content, "fuzz.txt"));
          } else if (target == "fuzz_json_articles") {
            quotegraph::ParseJsonArticles(content, "fuzz.json", collect);
          } else {
            quotegraph::ParseJsonLinesArticles(content, "fuzz.jsonl", collect);
          }
          CheckExportsRoundTrip(Build(std::move(articles)));
        }
      } catch (const quotegraph::Error& e) {
        CHECK(std::string(e.what()).find('\n') == std::string::npos);
      }
      ++replayed;
    }
  }
  CHECK(replayed >= 10);
}

TEST_CASE("hostile: fuzz findings in the according-to sieve", "[hostile]") {
  // "According to X" with nothing after X read past the last token; a bare
  // ", according to X." at a sentence start made an empty token range.
  for (const std::string text : {"According to Photo", "According to Lena Ortiz",
                                 ", according to AP.", "\u201C, according to AP."}) {
    INFO(text);
    Article a;
    a.id = "f";
    a.origin = "f.txt";
    a.text = text;
    const Graph g = Build({a});
    CHECK(g.num_nodes() >= 1);
    CheckExportsRoundTrip(g);
  }
}
