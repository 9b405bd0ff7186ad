// Reading articles from files, directories and standard input.
//
//   plain text (.txt, or anything not JSON)  one article per file
//   JSON (.json)    one article object, or an array of them
//   JSONL (.jsonl, .ndjson)  one article object per line; blank lines skipped
//   directory       every .txt, .text, .json, .jsonl and .ndjson file below
//                   it, recursively, in sorted path order (hidden files and
//                   directories skipped; a named file is read whatever its
//                   extension)
//   "-"             standard input; its format is sniffed (JSON if it starts
//                   with '{' or '[', JSONL if that is followed by more
//                   objects on later lines, else plain text)
//
// JSON records: `text` (aliases: body, content) is required; `id`, `title`,
// `url`, `publisher` (aliases: source, outlet), `date` (aliases:
// published_at, published, pubdate; ISO dates and date-times are cut to
// YYYY-MM-DD) are optional.
//
// Plain text: an optional leading line starting with "date YYYY-MM-DD"
// (leading spaces allowed) gives the date; the text after the date on that
// line, if any, stays part of the body.
//
// Memory: JSON Lines, from files and standard input, are read in chunks
// and parsed line by line, so only the record being parsed is held, never
// the whole input.  Plain-text and JSON (.json) files are read whole; so is
// standard input when it is not JSON Lines.
//
// Errors (thrown as quotegraph::Error, one line, naming the file and line or
// offset): unreadable path, invalid JSON, a record that is not an object, a
// record without text, input with no article at all, an article longer
// than ReadOptions::max_article_bytes ("FILE[:LINE]: article is N bytes,
// over the limit of M (--max-article-bytes)"; a plain-text file that large
// is refused before it is read), a JSON Lines line longer than twice that
// limit plus 1 MiB ("FILE:LINE: record is over N bytes, too long for an
// article within the limit of M (--max-article-bytes)"; the rest of the
// line is not read).  Invalid UTF-8 is repaired (U+FFFD) and
// reported through `warn`, never fatal.

#ifndef QUOTEGRAPH_IMPORTERS_ARTICLE_READER_H_
#define QUOTEGRAPH_IMPORTERS_ARTICLE_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/importers/article.h"

namespace quotegraph {

enum class InputFormat { kAuto, kText, kJson, kJsonLines };

// Called once per article, in input order.
using ArticleCallback = std::function<void(Article&&)>;
// Called with one-line warnings ("FILE: offset N: invalid UTF-8 repaired").
using WarningCallback = std::function<void(const std::string&)>;

// The default limit on one article's text: 64 MiB.
constexpr std::size_t kDefaultMaxArticleBytes = std::size_t{64} << 20;

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension / sniffing
  WarningCallback warn;                     // may be empty
  // An article whose text is longer than this many bytes is an error.
  std::size_t max_article_bytes = kDefaultMaxArticleBytes;
};

// Reads every input path ("-" = standard input) and calls `on_article` for
// each article.  Throws quotegraph::Error if any input fails or if no
// article at all was found.
void ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                  const ArticleCallback& on_article);

// Reads articles from `in` as ReadArticles reads standard input (format
// from options, sniffed for kAuto; JSON Lines streamed), naming it
// `origin` in messages and ids.  Throws if it holds no article.
void ReadArticleStream(std::istream& in, const std::string& origin, const ReadOptions& options,
                       const ArticleCallback& on_article);

// Parsers for content already in memory.  `origin` names it in errors and
// is used for ids (its file stem).
Article ParsePlainTextArticle(std::string_view content, std::string_view origin,
                              const WarningCallback& warn = {});
void ParseJsonArticles(std::string_view content, std::string_view origin,
                       const ArticleCallback& on_article, const WarningCallback& warn = {});
void ParseJsonLinesArticles(std::string_view content, std::string_view origin,
                            const ArticleCallback& on_article,
                            const WarningCallback& warn = {});

// Parses JSON Lines one line at a time, for readers that stream them:
// only the line being parsed is held.  Errors and ids are those of
// ParseJsonLinesArticles ("FILE:LINE: ...", "<stem>-<line>").
class JsonLinesParser {
 public:
  JsonLinesParser(std::string_view origin, ArticleCallback on_article,
                  WarningCallback warn = {});
  ~JsonLinesParser();
  JsonLinesParser(const JsonLinesParser&) = delete;
  JsonLinesParser& operator=(const JsonLinesParser&) = delete;

  // Parses line `line_number` (1-based, without its '\n'; a UTF-8 BOM at
  // the start of line 1 is dropped).  Blank lines are skipped.
  void ParseLine(std::string_view line, std::int64_t line_number);
  // True once a line that is not blank was seen.
  bool saw_content() const;
  // After the last line: warns "no records" if no line held one.
  void Finish();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Parses "--format" names: auto, text, json, jsonl.  Throws on unknown.
InputFormat ParseInputFormat(std::string_view name);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_ARTICLE_READER_H_
