// Tests for the article readers: plain text, JSON, JSONL and ReadArticles.

#include "quotegraph/importers/article_reader.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include "quotegraph/core/error.h"
#include "test_support.h"

namespace fs = std::filesystem;
using quotegraph::Article;
using quotegraph::InputFormat;

namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Collects articles and warnings from one parser call.
struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> warnings;

  quotegraph::ArticleCallback sink() {
    return [this](Article&& a) { articles.push_back(std::move(a)); };
  }
  quotegraph::WarningCallback warn() {
    return [this](const std::string& w) { warnings.push_back(w); };
  }
};

Collected ParseJson(const std::string& content, const std::string& origin = "a.json") {
  Collected c;
  quotegraph::ParseJsonArticles(content, origin, c.sink(), c.warn());
  return c;
}

Collected ParseJsonl(const std::string& content, const std::string& origin = "a.jsonl") {
  Collected c;
  quotegraph::ParseJsonLinesArticles(content, origin, c.sink(), c.warn());
  return c;
}

using quotegraph::testing::ErrorOf;
using quotegraph::testing::TempDir;


Collected Read(const std::vector<std::string>& inputs, InputFormat format = InputFormat::kAuto) {
  Collected c;
  quotegraph::ReadOptions options;
  options.format = format;
  options.warn = c.warn();
  quotegraph::ReadArticles(inputs, options, c.sink());
  return c;
}

std::string ReadError(const std::vector<std::string>& inputs,
                      InputFormat format = InputFormat::kAuto) {
  return ErrorOf([&] { Read(inputs, format); });
}

}  // namespace

// ---------------------------------------------------------------------------
// Plain text.

TEST_CASE("plain text: the whole file is the article", "[reader]") {
  const Article a =
      quotegraph::ParsePlainTextArticle("Hello world.\nSecond line.\n", "dir/news.01.txt");
  CHECK(a.id == "news.01");
  CHECK(a.text == "Hello world.\nSecond line.\n");
  CHECK(a.body_offset == 0);
  CHECK(a.date.empty());
  CHECK(a.title.empty());
  CHECK(a.file == "dir/news.01.txt");
  CHECK(a.origin == "dir/news.01.txt");
}

TEST_CASE("plain text: a leading date line with trailing body text", "[reader]") {
  const std::string text = " date 2022-03-16 Ukrainian rescue workers said.\nMore.";
  const Article a = quotegraph::ParsePlainTextArticle(text, "x.txt");
  CHECK(a.date == "2022-03-16");
  CHECK(a.text == text);  // offsets stay those of the file
  CHECK(a.body_offset == 17);
  CHECK(a.text.substr(a.body_offset, 9) == "Ukrainian");
}

TEST_CASE("plain text: a date line on its own, any case", "[reader]") {
  const Article a =
      quotegraph::ParsePlainTextArticle("\n  DATE\t2024-02-29  \nBody here.", "x.txt");
  CHECK(a.date == "2024-02-29");
  CHECK(a.body_offset == 21);
  CHECK(a.text.substr(a.body_offset) == "Body here.");
}

TEST_CASE("plain text: invalid or malformed date lines are not taken", "[reader]") {
  for (const char* text :
       {"date 2022-13-40 Body.", "date 2023-02-29 Body.", "date 2022-03-16abc Body.",
        "dated 2022-03-16 Body.", "The date 2022-03-16 Body.", "date 22-03-16 Body."}) {
    INFO(text);
    const Article a = quotegraph::ParsePlainTextArticle(text, "x.txt");
    CHECK(a.date.empty());
    CHECK(a.body_offset == 0);
  }
}

TEST_CASE("plain text: standard input is named stdin", "[reader]") {
  const Article a = quotegraph::ParsePlainTextArticle("Text.", "-");
  CHECK(a.id == "stdin");
  CHECK(a.file == "-");
}

TEST_CASE("plain text: invalid UTF-8 is repaired with a warning", "[reader]") {
  Collected c;
  const Article a = quotegraph::ParsePlainTextArticle(
      "ab\xFF"
      "cd",
      "x.txt", c.warn());
  CHECK(a.text == std::string("ab") + kReplacement + "cd");
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == "x.txt: offset 2: invalid UTF-8 replaced with U+FFFD");
}

TEST_CASE("plain text: empty content is an error", "[reader]") {
  CHECK(ErrorOf([] { quotegraph::ParsePlainTextArticle(" \n\t", "x.txt"); }) ==
        "x.txt: empty input");
}

// ---------------------------------------------------------------------------
// JSON.

TEST_CASE("json: one object", "[reader]") {
  const Collected c = ParseJson(
      R"({"text": "Body.", "title": " Headline ", "url": "https://e.x/1",
          "publisher": "The Paper", "date": "2022-03-16", "extra": {"nested": [1, 2]}})",
      "in/a.json");
  REQUIRE(c.articles.size() == 1);
  const Article& a = c.articles[0];
  CHECK(a.id == "a-1");
  CHECK(a.text == "Body.");
  CHECK(a.title == "Headline");
  CHECK(a.url == "https://e.x/1");
  CHECK(a.publisher == "The Paper");
  CHECK(a.date == "2022-03-16");
  CHECK(a.body_offset == 0);
  CHECK(a.file == "in/a.json");
  CHECK(a.origin == "in/a.json:1");
  CHECK(c.warnings.empty());
}

TEST_CASE("json: array with aliases", "[reader]") {
  const Collected c = ParseJson(R"([
  {"body": "First.", "headline": "H1", "link": "u1", "published_at": "2022-03-16T10:20:00Z",
   "source": {"id": null, "name": "BBC News"}},
  {"content": "Second.", "outlet": "Reuters", "published": "Wed, 16 Mar 2022 10:00:00 GMT",
   "id": 12345678901234567890},
  {"text": "Third.", "source": "AP", "pubdate": "March 5th, 2021", "title": null},
  {"text": "Fourth.", "site": "site.example", "date_published": "yesterday", "id": "  "}
])");
  REQUIRE(c.articles.size() == 4);
  CHECK(c.articles[0].id == "a-1");
  CHECK(c.articles[0].text == "First.");
  CHECK(c.articles[0].title == "H1");
  CHECK(c.articles[0].url == "u1");
  CHECK(c.articles[0].date == "2022-03-16");
  CHECK(c.articles[0].publisher == "BBC News");
  CHECK(c.articles[0].origin == "a.json:2");
  CHECK(c.articles[1].id == "12345678901234567890");
  CHECK(c.articles[1].text == "Second.");
  CHECK(c.articles[1].publisher == "Reuters");
  CHECK(c.articles[1].date == "2022-03-16");
  CHECK(c.articles[1].origin == "a.json:4");
  CHECK(c.articles[2].publisher == "AP");
  CHECK(c.articles[2].date == "2021-03-05");
  CHECK(c.articles[2].title.empty());
  CHECK(c.articles[3].id == "a-4");
  CHECK(c.articles[3].publisher == "site.example");
  CHECK(c.articles[3].date.empty());
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] ==
        "a.json:7: field \"date_published\": unrecognised date \"yesterday\" dropped");
}

TEST_CASE("json: text wins over its aliases; invalid date-times are dropped", "[reader]") {
  const Collected c =
      ParseJson(R"({"content": "C", "text": "T", "body": "B", "date": "2022-02-30T00:00:00Z"})");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "T");
  CHECK(c.articles[0].date.empty());
  CHECK(c.warnings.size() == 1);
}

TEST_CASE("json: a record without text names record and line", "[reader]") {
  const std::string json = "[\n  {\"text\": \"ok\"},\n\n  {\"title\": \"no text\"}\n]";
  CHECK(ErrorOf([&] { ParseJson(json); }) ==
        "a.json: record 2 (line 4): no \"text\" (or body/content) field");
}

TEST_CASE("json: whitespace-only text is an error", "[reader]") {
  CHECK(ErrorOf([] { ParseJson(R"({"body": " \n "})"); }) ==
        "a.json: record 1 (line 1): field \"body\" is empty");
}

TEST_CASE("json: wrong field types name file, line and field", "[reader]") {
  CHECK(ErrorOf([] { ParseJson("{\n\"text\": \"x\",\n\"title\": 5}"); }) ==
        "a.json:3: field \"title\" must be a string");
  CHECK(ErrorOf([] { ParseJson(R"({"text": null})"); }) ==
        "a.json:1: field \"text\" must be a string");
  CHECK(ErrorOf([] { ParseJson(R"({"text": "x", "id": true})"); }) ==
        "a.json:1: field \"id\" must be a string or a number");
  CHECK(ErrorOf([] { ParseJson(R"({"text": "x", "source": ["a"]})"); }) ==
        "a.json:1: field \"source\" must be a string or an object");
  CHECK(ErrorOf([] { ParseJson(R"({"text": "x", "source": {"name": 3}})"); }) ==
        "a.json:1: field \"source.name\" must be a string");
}

TEST_CASE("json: records must be objects", "[reader]") {
  CHECK(ErrorOf([] { ParseJson("[{\"text\": \"x\"},\n 7]"); }) ==
        "a.json: record 2 (line 2): not a JSON object");
  CHECK(ErrorOf([] { ParseJson("\"just a string\""); }) ==
        "a.json:1: expected a JSON object or an array of objects");
}

TEST_CASE("json: syntax errors name the line", "[reader]") {
  const std::string msg = ErrorOf([] { ParseJson("[\n{\"text\": \"a\"},\n{oops}\n]"); });
  CHECK(msg.rfind("a.json:3: invalid JSON: ", 0) == 0);
  CHECK(msg.find("(column 2)") != std::string::npos);
  // A NUL byte ends RapidJSON's input; it must not hide what follows.
  CHECK(ErrorOf([] { ParseJson(std::string("{\"text\": \"a\"}") + '\0' + "garbage"); }) ==
        "a.json:1: invalid JSON: unexpected NUL byte");
}

TEST_CASE("json: deep nesting is an error, not a crash", "[reader]") {
  const std::string deep(100000, '[');
  CHECK(ErrorOf([&] {
          ParseJson(deep);
        }).rfind("a.json: record 1 (line 1): not a JSON object", 0) == 0);
  const std::string msg = ErrorOf([&] { ParseJson("{\"text\": \"x\", \"extra\": " + deep); });
  CHECK(msg.rfind("a.json:1: invalid JSON: ", 0) == 0);
  // Deep but well-formed nesting in an unknown field is skipped.
  const Collected c =
      ParseJson("{\"text\": \"x\", \"extra\": " + deep + std::string(100000, ']') + "}");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == "x");
}

TEST_CASE("json: invalid UTF-8 in strings is repaired with a warning", "[reader]") {
  const Collected c = ParseJson("{\"text\": \"a\xC3(b\",\n \"title\": \"ok\"}");
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == std::string("a") + kReplacement + "(b");
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == "a.json:1: field \"text\": invalid UTF-8 replaced with U+FFFD");
}

// ---------------------------------------------------------------------------
// JSON Lines.

TEST_CASE("jsonl: one object per line, blank lines skipped", "[reader]") {
  const Collected c = ParseJsonl(
      "{\"text\": \"one\"}\n\n  \r\n{\"text\": \"two\", \"id\": 7}\r\n{\"text\": \"three\"}\n");
  REQUIRE(c.articles.size() == 3);
  CHECK(c.articles[0].id == "a-1");
  CHECK(c.articles[0].origin == "a.jsonl:1");
  CHECK(c.articles[1].id == "7");
  CHECK(c.articles[1].origin == "a.jsonl:4");
  CHECK(c.articles[2].id == "a-5");
  CHECK(c.articles[2].text == "three");
}

TEST_CASE("jsonl: a broken line is an error naming it", "[reader]") {
  Collected c;
  const std::string msg = ErrorOf([&] {
    quotegraph::ParseJsonLinesArticles(
        "{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"thr\n", "a.jsonl", c.sink(),
        c.warn());
  });
  CHECK(msg.rfind("a.jsonl:3: invalid JSON: ", 0) == 0);
  CHECK(c.articles.size() == 2);  // records before the error were delivered
}

TEST_CASE("jsonl: errors name the line", "[reader]") {
  CHECK(ErrorOf([] { ParseJsonl("{\"text\": \"a\"}\n\n{\"text\": 5}\n"); }) ==
        "a.jsonl:3: field \"text\" must be a string");
  CHECK(ErrorOf([] { ParseJsonl("{\"text\": \"a\"}\n{\"title\": \"b\"}\n"); }) ==
        "a.jsonl:2: no \"text\" (or body/content) field");
  CHECK(ErrorOf([] { ParseJsonl("{\"text\": \"a\"}\n[{\"text\": \"b\"}]\n"); }) ==
        "a.jsonl:2: expected a JSON object");
}

// ---------------------------------------------------------------------------
// ReadArticles.

TEST_CASE("read: directories recursively, sorted, hidden and non-article files skipped", "[reader]") {
  TempDir dir;
  dir.Write("b.txt", "date 2022-03-16 B body.");
  dir.Write("a.json", R"([{"text": "A1"}, {"text": "A2"}])");
  dir.Write("a/x.txt", "AX body.");  // "a.json" < "a/x.txt" in byte order
  dir.Write("sub/c.jsonl", "{\"text\": \"C1\"}\n\n{\"text\": \"C3\"}\n");
  dir.Write("z.txt", "Z body.");
  dir.Write("README.md", "not an article: skipped inside a directory");
  dir.Write(".hidden.txt", "hidden");
  dir.Write(".git/d.txt", "hidden too");
  std::error_code ec;
  fs::create_directory_symlink(dir.path.string(), dir / "loop", ec);  // must not be followed

  const Collected c = Read({dir.path.string()});
  std::vector<std::string> ids, texts;
  for (const Article& a : c.articles) {
    ids.push_back(a.id);
    texts.push_back(a.text);
  }
  CHECK(ids == std::vector<std::string>{"a-1", "a-2", "x", "b", "c-1", "c-3", "z"});
  CHECK(texts[3] == "date 2022-03-16 B body.");
  CHECK(c.articles[3].date == "2022-03-16");
  CHECK(c.articles[3].body_offset == 16);
  CHECK(c.articles[3].file == dir / "b.txt");
  CHECK(c.articles[4].origin == (dir / "sub/c.jsonl") + ":1");
}

TEST_CASE("read: format forced by options", "[reader]") {
  TempDir dir;
  const std::string path = dir.Write("data.txt", R"({"text": "Body.", "title": "T"})");
  const Collected as_text = Read({path});
  REQUIRE(as_text.articles.size() == 1);
  CHECK(as_text.articles[0].text == R"({"text": "Body.", "title": "T"})");
  const Collected as_json = Read({path}, InputFormat::kJson);
  REQUIRE(as_json.articles.size() == 1);
  CHECK(as_json.articles[0].text == "Body.");
  CHECK(as_json.articles[0].title == "T");
  const std::string jsonl = dir.Write("data.json", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n");
  CHECK(Read({jsonl}, InputFormat::kJsonLines).articles.size() == 2);
  const std::string upper = dir.Write("UP.JSONL", "{\"text\": \"1\"}\n{\"text\": \"2\"}\n");
  CHECK(Read({upper}).articles.size() == 2);
}

TEST_CASE("read: invalid UTF-8 in a file is repaired with a warning", "[reader]") {
  TempDir dir;
  const std::string path = dir.Write("bad.txt", "caf\xE9 au lait");
  const Collected c = Read({path});
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text == std::string("caf") + kReplacement + " au lait");
  REQUIRE(c.warnings.size() == 1);
  CHECK(c.warnings[0] == path + ": offset 3: invalid UTF-8 replaced with U+FFFD");
}

TEST_CASE("read: binary, empty and missing inputs are errors", "[reader]") {
  TempDir dir;
  const std::string binary = dir.Write("img.txt", std::string("GIF89a\0\0\x01", 9));
  CHECK(ReadError({binary}) == binary + ": binary file, not an article");
  const std::string empty = dir.Write("empty.txt", "");
  CHECK(ReadError({empty}) == empty + ": empty input");
  const std::string blank = dir.Write("blank.jsonl", " \n\n\t\n");
  CHECK(ReadError({blank}) == blank + ": empty input");
  const std::string missing = dir / "missing.txt";
  CHECK(ReadError({missing}) == missing + ": cannot read: No such file or directory");
}

TEST_CASE("read: no articles at all is an error", "[reader]") {
  TempDir dir;
  dir.Write(".only-hidden.txt", "x");
  CHECK(ReadError({dir.path.string()}) == "no articles in input");
  const std::string empty_array = dir.Write("e.json", "[]");
  CHECK(ReadError({empty_array}) == "no articles in input");
  CHECK(ReadError({}) == "no articles in input");
}

TEST_CASE("read: a long single-line file is read in one pass", "[reader]") {
  TempDir dir;
  const std::string big(8 * 1024 * 1024, 'x');
  const std::string path = dir.Write("big.jsonl", "{\"text\": \"" + big + "\"}\n");
  const Collected c = Read({path});
  REQUIRE(c.articles.size() == 1);
  CHECK(c.articles[0].text.size() == big.size());
}

TEST_CASE("input format names", "[reader]") {
  CHECK(quotegraph::ParseInputFormat("auto") == InputFormat::kAuto);
  CHECK(quotegraph::ParseInputFormat("text") == InputFormat::kText);
  CHECK(quotegraph::ParseInputFormat("json") == InputFormat::kJson);
  CHECK(quotegraph::ParseInputFormat("jsonl") == InputFormat::kJsonLines);
  CHECK(ErrorOf([] { quotegraph::ParseInputFormat("xml"); }) ==
        "unknown input format \"xml\" (expected auto, text, json or jsonl)");
}
