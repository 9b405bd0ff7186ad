// ReadArticles: paths, directories and standard input -> articles.
//
// This file only finds and reads inputs and picks their format; the
// parsers (plain_text_article.cpp, json_articles.cpp) turn content into
// articles.  JSON Lines (files and standard input) are streamed: read in
// chunks and parsed line by line, so memory holds one record at a time, and
// a line too long to hold an article within the limit is refused before
// the rest of it is read.  Plain-text and JSON files are read in one go
// (a plain-text file over the limit is refused unread), so a 100 MB
// single-line file costs one pass.

#include "quotegraph/importers/article_reader.h"

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <istream>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "quotegraph/core/error.h"
#include "line_reader.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kStdin = "-";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// How much of a text file is checked for NUL bytes.
constexpr std::size_t kBinarySniffBytes = 8 * 1024;

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view SkipBomAndSpace(std::string_view s) {
  if (s.substr(0, kUtf8Bom.size()) == kUtf8Bom) s.remove_prefix(kUtf8Bom.size());
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  return s;
}

// The name used in messages: standard input is "<stdin>".
std::string DisplayName(std::string_view input) {
  return input == kStdin ? std::string("<stdin>") : std::string(input);
}

void Warn(const ReadOptions& options, const std::string& message) {
  if (options.warn) options.warn(message);
}

// ---------------------------------------------------------------------------
// Reading.

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

// Reads all of `f`; `size_hint` (the file size, if known) avoids regrowth.
// Throws "NAME: cannot read: <reason>" on a read error.
std::string ReadAll(std::FILE* f, std::size_t size_hint, const std::string& name) {
  std::string data;
  data.resize(std::max<std::size_t>(size_hint + 1, 64 * 1024));
  std::size_t used = 0;
  for (;;) {
    used += std::fread(&data[used], 1, data.size() - used, f);
    if (used < data.size()) break;  // end of file or error
    data.resize(data.size() * 2);
  }
  if (std::ferror(f)) {
    throw ErrorAt(name, 0, std::string("cannot read: ") + std::strerror(errno));
  }
  data.resize(used);
  return data;
}

FilePtr OpenFile(const std::string& path) {
  errno = 0;
  FilePtr f(std::fopen(path.c_str(), "rb"));
  if (!f) throw ErrorAt(path, 0, std::string("cannot read: ") + std::strerror(errno));
  return f;
}

std::string ReadFile(const std::string& path) {
  FilePtr f = OpenFile(path);
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(path, ec);
  return ReadAll(f.get(), ec ? 0 : static_cast<std::size_t>(size), path);
}

// Chunks of an open file (standard input included) for a LineReader.
LineReader::Source FileSource(std::FILE* f, const std::string& name) {
  return [f, name](char* buffer, std::size_t n) {
    errno = 0;
    const std::size_t got = std::fread(buffer, 1, n, f);
    if (got == 0 && std::ferror(f)) {
      throw ErrorAt(name, 0, std::string("cannot read: ") + std::strerror(errno));
    }
    return got;
  };
}

LineReader::Source StreamSource(std::istream& in, const std::string& name) {
  return [&in, name](char* buffer, std::size_t n) {
    in.read(buffer, static_cast<std::streamsize>(n));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got == 0 && in.bad()) throw ErrorAt(name, 0, "cannot read: stream error");
    return got;
  };
}

// ---------------------------------------------------------------------------
// Directories.

bool IsHidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Inside a directory only article files are read (a README.md or a
// stray image beside the articles is not an article); a file named
// explicitly is read whatever its extension.
bool IsArticleFile(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".text" || ext == ".json" || ext == ".jsonl" ||
         ext == ".ndjson";
}

// Every article file below `root`, sorted by path in byte order.  Hidden entries
// and symbolic links to directories are skipped (no loops); other special
// files (FIFOs, sockets, devices) are skipped with a warning.
std::vector<std::string> ListFiles(const fs::path& root, const ReadOptions& options) {
  std::vector<std::string> files;
  std::vector<fs::path> pending = {root};
  while (!pending.empty()) {
    const fs::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) throw ErrorAt(dir.string(), 0, "cannot read: " + ec.message());
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      const fs::path& p = it->path();
      if (IsHidden(p)) continue;
      const fs::file_status link = it->symlink_status(ec);
      if (ec) throw ErrorAt(p.string(), 0, "cannot read: " + ec.message());
      if (fs::is_directory(link)) {
        pending.push_back(p);
      } else if (fs::is_symlink(link)) {
        std::error_code target_ec;
        if (!fs::is_directory(fs::status(p, target_ec)) && IsArticleFile(p)) {
          files.push_back(p.string());
        }
      } else if (fs::is_regular_file(link)) {
        if (!IsArticleFile(p)) continue;
        files.push_back(p.string());
      } else {
        Warn(options, p.string() + ": skipped: not a regular file");
      }
    }
    if (ec) throw ErrorAt(dir.string(), 0, "cannot read: " + ec.message());
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) Warn(options, root.string() + ": no article files (.txt, .json, .jsonl)");
  return files;
}

// ---------------------------------------------------------------------------
// Formats.

bool EndsWith(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    char c = s[s.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

InputFormat FormatFromExtension(std::string_view path) {
  if (EndsWith(path, ".json")) return InputFormat::kJson;
  if (EndsWith(path, ".jsonl") || EndsWith(path, ".ndjson")) return InputFormat::kJsonLines;
  return InputFormat::kText;
}

// True if `line` is one complete JSON value.
bool IsCompleteJson(std::string_view line) {
  rapidjson::MemoryStream stream(line.data(), line.size());
  rapidjson::BaseReaderHandler<> ignore;
  rapidjson::Reader reader;
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
  return !reader.Parse<kFlags>(stream, ignore).IsError() && stream.Tell() == line.size();
}

// ---------------------------------------------------------------------------
// One input.

bool LooksBinary(std::string_view content) {
  const std::size_t n = std::min(content.size(), kBinarySniffBytes);
  return std::memchr(content.data(), '\0', n) != nullptr;
}

std::string OverLimitMessage(std::size_t bytes, std::size_t limit) {
  return "article is " + std::to_string(bytes) + " bytes, over the limit of " +
         std::to_string(limit) + " (--max-article-bytes)";
}

// A JSON Lines record (one line) longer than this is refused unread: its
// text, which escapes only make shorter, would be over the article limit
// unless other fields took more than half the line.  Twice the limit,
// plus 1 MiB for the other fields of small records.
std::size_t MaxRecordBytes(std::size_t max_article_bytes) {
  constexpr std::size_t kSlack = std::size_t{1} << 20;
  constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max();
  if (max_article_bytes > (kMax - kSlack) / 2) return kMax - 1;
  return 2 * max_article_bytes + kSlack;
}

std::string LongRecordMessage(std::size_t max_record, std::size_t limit) {
  return "record is over " + std::to_string(max_record) +
         " bytes, too long for an article within the limit of " + std::to_string(limit) +
         " (--max-article-bytes)";
}

// `on_article` behind the article limit, counting into `count`.
ArticleCallback Counted(const ReadOptions& options, const ArticleCallback& on_article,
                        std::size_t* count) {
  return [&options, &on_article, count](Article&& a) {
    if (a.text.size() > options.max_article_bytes) {
      throw Error(a.origin + ": " + OverLimitMessage(a.text.size(), options.max_article_bytes));
    }
    ++*count;
    on_article(std::move(a));
  };
}

// Parses the content of one file (or standard input, `input` "-");
// returns the number of articles.
std::size_t ParseContent(const std::string& input, std::string_view content, InputFormat format,
                         const ReadOptions& options, const ArticleCallback& on_article) {
  const std::string name = DisplayName(input);
  if (SkipBomAndSpace(content).empty()) throw ErrorAt(name, 0, "empty input");
  std::size_t count = 0;
  const ArticleCallback counted = Counted(options, on_article, &count);
  switch (format) {
    case InputFormat::kJson:
      ParseJsonArticles(content, input, counted, options.warn);
      break;
    case InputFormat::kJsonLines:
      ParseJsonLinesArticles(content, input, counted, options.warn);
      break;
    default:
      if (LooksBinary(content)) throw ErrorAt(name, 0, "binary file, not an article");
      counted(ParsePlainTextArticle(content, input, options.warn));
      break;
  }
  return count;
}

// One non-blank line read while telling the format of a stream.
struct HeldLine {
  std::string text;
  std::int64_t number;
};

// The line without a leading BOM (line 1 only) and leading white space.
std::string_view LineStart(std::string_view line, std::int64_t number) {
  if (number == 1 && line.substr(0, kUtf8Bom.size()) == kUtf8Bom) line.remove_prefix(kUtf8Bom.size());
  while (!line.empty() && IsAsciiSpace(line.front())) line.remove_prefix(1);
  return line;
}

// Standard input has no extension: JSON if it starts with '{' or '[';
// JSON Lines if its first line is a whole object and more lines follow;
// else plain text.  Only as many lines are read as that needs: the first
// non-blank one and whether another follows.  The bytes it reads are
// appended to `head`; its non-blank lines to `held`.
InputFormat SniffLines(LineReader& lines, std::string* head, std::vector<HeldLine>* held) {
  std::string first;  // the first non-blank line, from its first non-space byte
  for (;;) {
    std::string_view line;
    const LineReader::Status status = lines.Next(&line);
    if (status == LineReader::kEnd) return held->empty() ? InputFormat::kText : InputFormat::kJson;
    if (status == LineReader::kTooLong) {
      if (!held->empty()) break;  // more follows the first line
      const std::string_view start = LineStart(lines.Buffered(), lines.line_number());
      if (!start.empty() && start[0] == '{') return InputFormat::kJsonLines;  // refused as such
      return !start.empty() && start[0] == '[' ? InputFormat::kJson : InputFormat::kText;
    }
    head->append(line);
    if (lines.ended_in_newline()) head->push_back('\n');
    const std::string_view s = LineStart(line, lines.line_number());
    if (s.empty()) continue;
    held->push_back(HeldLine{std::string(line), lines.line_number()});
    if (held->size() == 2) break;
    if (s[0] != '{') return s[0] == '[' ? InputFormat::kJson : InputFormat::kText;
    if (!lines.ended_in_newline()) return InputFormat::kJson;
    first = std::string(s);
  }
  return IsCompleteJson(first) ? InputFormat::kJsonLines : InputFormat::kJson;
}

// Reads one stream (a file, or standard input for `input` "-") through
// `source`: JSON Lines line by line, other formats whole.  kAuto sniffs
// the format.  Returns the number of articles.
std::size_t ReadStream(LineReader::Source source, const std::string& input, InputFormat format,
                       const ReadOptions& options, const ArticleCallback& on_article) {
  const std::string name = DisplayName(input);
  const std::size_t max_record = MaxRecordBytes(options.max_article_bytes);
  LineReader lines(std::move(source), max_record);
  std::vector<HeldLine> held;
  if (format == InputFormat::kAuto) {
    std::string head;
    format = SniffLines(lines, &head, &held);
    if (format != InputFormat::kJsonLines) {
      head += lines.Rest();
      return ParseContent(input, head, format, options, on_article);
    }
  } else if (format != InputFormat::kJsonLines) {
    return ParseContent(input, lines.Rest(), format, options, on_article);
  }
  std::size_t count = 0;
  JsonLinesParser parser(input, Counted(options, on_article, &count), options.warn);
  for (const HeldLine& h : held) parser.ParseLine(h.text, h.number);
  held.clear();
  for (;;) {
    std::string_view line;
    const LineReader::Status status = lines.Next(&line);
    if (status == LineReader::kEnd) break;
    if (status == LineReader::kTooLong) {
      throw ErrorAt(name, lines.line_number(),
                    LongRecordMessage(max_record, options.max_article_bytes));
    }
    parser.ParseLine(line, lines.line_number());
  }
  if (!parser.saw_content()) throw ErrorAt(name, 0, "empty input");
  parser.Finish();
  return count;
}

std::size_t ReadFileInput(const std::string& path, const ReadOptions& options,
                          const ArticleCallback& on_article) {
  const InputFormat format =
      options.format == InputFormat::kAuto ? FormatFromExtension(path) : options.format;
  if (format == InputFormat::kJsonLines) {
    FilePtr f = OpenFile(path);
    return ReadStream(FileSource(f.get(), path), path, format, options, on_article);
  }
  if (format == InputFormat::kText) {  // the whole file is one article: refuse it unread
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > options.max_article_bytes) {
      throw ErrorAt(path, 0, OverLimitMessage(static_cast<std::size_t>(size),
                                              options.max_article_bytes));
    }
  }
  const std::string content = ReadFile(path);
  return ParseContent(path, content, format, options, on_article);
}

std::size_t ReadInput(const std::string& input, const ReadOptions& options,
                      const ArticleCallback& on_article) {
  if (input == kStdin) {
    return ReadStream(FileSource(stdin, DisplayName(kStdin)), input, options.format, options,
                      on_article);
  }
  std::error_code ec;
  const fs::file_status status = fs::status(input, ec);  // follows a named symlink
  if (ec) throw ErrorAt(input, 0, "cannot read: " + ec.message());
  if (!fs::is_directory(status)) return ReadFileInput(input, options, on_article);
  std::size_t count = 0;
  for (const std::string& path : ListFiles(input, options)) {
    count += ReadFileInput(path, options, on_article);
  }
  return count;
}

}  // namespace

void ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                  const ArticleCallback& on_article) {
  std::size_t count = 0;
  for (const std::string& input : inputs) count += ReadInput(input, options, on_article);
  if (count == 0) throw Error("no articles in input");
}

void ReadArticleStream(std::istream& in, const std::string& origin, const ReadOptions& options,
                       const ArticleCallback& on_article) {
  if (ReadStream(StreamSource(in, DisplayName(origin)), origin, options.format, options,
                 on_article) == 0) {
    throw Error("no articles in input");
  }
}

InputFormat ParseInputFormat(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text") return InputFormat::kText;
  if (name == "json") return InputFormat::kJson;
  if (name == "jsonl") return InputFormat::kJsonLines;
  throw Error("unknown input format \"" + std::string(name) +
              "\" (expected auto, text, json or jsonl)");
}

}  // namespace quotegraph
