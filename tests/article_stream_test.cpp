// Tests for streamed input: JSON Lines files and streams are read record by
// record, never whole, and a line too long for the article limit is refused
// without reading the rest of it.

#include <catch2/catch.hpp>
#include <cstddef>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/article_reader.h"
#include "test_support.h"

using quotegraph::Article;
using quotegraph::InputFormat;
using quotegraph::testing::ErrorOf;
using quotegraph::testing::TempDir;

namespace {

// A stream that starts a JSON record and then never ends: `{"text": "aaaa...`.
// Counts the bytes handed out, so a test can tell how much was read.
class EndlessRecord : public std::streambuf {
 public:
  std::size_t bytes_read() const { return bytes_read_; }

 protected:
  int_type underflow() override {
    buffer_.assign(kChunk, 'a');
    if (bytes_read_ == 0) buffer_.replace(0, kHead.size(), kHead);
    bytes_read_ += buffer_.size();
    setg(buffer_.data(), buffer_.data(), buffer_.data() + buffer_.size());
    return traits_type::to_int_type(buffer_[0]);
  }

 private:
  static constexpr std::size_t kChunk = 64 * 1024;
  static constexpr std::string_view kHead = "{\"text\": \"";
  std::string buffer_;
  std::size_t bytes_read_ = 0;
};

struct Streamed {
  std::vector<Article> articles;
  std::vector<std::string> warnings;
};

Streamed ReadStream(const std::string& content, InputFormat format = InputFormat::kAuto,
                    std::size_t max_article_bytes = quotegraph::kDefaultMaxArticleBytes) {
  Streamed s;
  std::istringstream in(content);
  quotegraph::ReadOptions options;
  options.format = format;
  options.max_article_bytes = max_article_bytes;
  options.warn = [&](const std::string& w) { s.warnings.push_back(w); };
  quotegraph::ReadArticleStream(in, "feed.jsonl", options,
                                [&](Article&& a) { s.articles.push_back(std::move(a)); });
  return s;
}

std::string Record(std::size_t i) {
  return "{\"text\": \"Record " + std::to_string(i) + " said nothing at all.\"}\n";
}

}  // namespace

TEST_CASE("stream: a broken line after many good ones names its line", "[reader][stream]") {
  // 40,000 records cross several read chunks.
  TempDir dir;
  std::string content;
  for (std::size_t i = 1; i <= 40000; ++i) content += Record(i);
  content += "{\"text\": \"broken\n";
  const std::string path = dir.Write("feed.jsonl", content);
  std::size_t seen = 0;
  std::string last_id;
  quotegraph::ReadOptions options;
  const std::string msg = ErrorOf([&] {
    quotegraph::ReadArticles({path}, options, [&](Article&& a) {
      ++seen;
      last_id = a.id;
    });
  });
  CHECK(msg.rfind(path + ":40001: invalid JSON: ", 0) == 0);
  CHECK(seen == 40000);  // every record before the broken one was delivered
  CHECK(last_id == "feed-40000");
}

TEST_CASE("stream: lines longer than a read chunk are whole", "[reader][stream]") {
  const std::string big(3 * 1024 * 1024, 'x');
  const Streamed s = ReadStream(Record(1) + "\n{\"text\": \"" + big + "\"}\n" + Record(4));
  REQUIRE(s.articles.size() == 3);
  CHECK(s.articles[1].text == big);
  CHECK(s.articles[1].id == "feed-3");
  CHECK(s.articles[1].origin == "feed.jsonl:3");
  CHECK(s.articles[2].id == "feed-4");
}

TEST_CASE("stream: a last line without a newline is read", "[reader][stream]") {
  const Streamed s = ReadStream(Record(1) + "{\"text\": \"last\"}");
  REQUIRE(s.articles.size() == 2);
  CHECK(s.articles[1].text == "last");
}

TEST_CASE("stream: an article over the limit names its line", "[reader][stream]") {
  const std::string text(150, 'y');
  CHECK(ErrorOf([&] { ReadStream(Record(1) + "{\"text\": \"" + text + "\"}\n", InputFormat::kAuto, 100); }) ==
        "feed.jsonl:2: article is 150 bytes, over the limit of 100 (--max-article-bytes)");
}

TEST_CASE("stream: an endless line is refused without reading it all", "[reader][stream]") {
  EndlessRecord endless;
  std::istream in(&endless);
  quotegraph::ReadOptions options;
  options.max_article_bytes = 1000;
  std::size_t seen = 0;
  const std::string msg = ErrorOf([&] {
    quotegraph::ReadArticleStream(in, "-", options, [&](Article&&) { ++seen; });
  });
  CHECK(msg == "<stdin>:1: record is over 1050576 bytes, too long for an article within the limit "
               "of 1000 (--max-article-bytes)");
  CHECK(seen == 0);
  // The record limit (2 x 1000 + 1 MiB) plus at most one read chunk.
  CHECK(endless.bytes_read() < 3 * 1024 * 1024);
}

TEST_CASE("stream: the format of a stream is sniffed from its first lines", "[reader][stream]") {
  SECTION("JSON Lines, after blank lines and a BOM") {
    const Streamed s = ReadStream("\xEF\xBB\xBF\n\n" + Record(1) + "\n" + Record(2));
    REQUIRE(s.articles.size() == 2);
    CHECK(s.articles[0].origin == "feed.jsonl:3");
    CHECK(s.articles[1].id == "feed-5");
  }
  SECTION("one object over several lines is JSON") {
    const Streamed s = ReadStream("{\n  \"text\": \"Pretty.\"\n}\n");
    REQUIRE(s.articles.size() == 1);
    CHECK(s.articles[0].text == "Pretty.");
  }
  SECTION("an array is JSON") {
    const Streamed s = ReadStream("[{\"text\": \"A\"},\n {\"text\": \"B\"}]\n");
    CHECK(s.articles.size() == 2);
  }
  SECTION("anything else is one plain-text article") {
    const Streamed s = ReadStream("Plain words.\n{\"text\": \"not JSON Lines\"}\n");
    REQUIRE(s.articles.size() == 1);
    CHECK(s.articles[0].text == "Plain words.\n{\"text\": \"not JSON Lines\"}\n");
  }
  SECTION("blank input is an error") {
    CHECK(ErrorOf([] { ReadStream("  \n\n"); }) == "feed.jsonl: empty input");
    CHECK(ErrorOf([] { ReadStream("\n", InputFormat::kJsonLines); }) ==
          "feed.jsonl: empty input");
  }
}
