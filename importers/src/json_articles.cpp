// JSON and JSON Lines articles.
//
// Parsing is SAX-style with RapidJSON's iterative parser, so nesting depth
// costs heap, not stack (100000 '[' is an error, not a crash), and every
// record and field can be located by its line for messages.  Numbers are
// read as their source text (kParseNumbersAsStringsFlag): a numeric id keeps
// its exact digits whatever its size.  RapidJSON copies string bytes
// unvalidated; every string that becomes part of an Article is repaired to
// valid UTF-8 here, with a warning.
//
// Only the known fields of a record are kept; everything else, however
// deeply nested, is skipped.  A `null` optional field counts as absent.

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/article_reader.h"

namespace quotegraph {
namespace {

constexpr unsigned kParseFlags =
    rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// ---------------------------------------------------------------------------
// Small string helpers.

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// The name used in messages: standard input is "<stdin>".
std::string DisplayName(std::string_view origin) {
  return origin == "-" ? std::string("<stdin>") : std::string(origin);
}

// The base of generated ids: the file's name without its last extension.
std::string FileStem(std::string_view origin) {
  if (origin == "-") return "stdin";
  std::string stem = std::filesystem::path(std::string(origin)).stem().string();
  return stem.empty() ? std::string("article") : stem;
}

// ---------------------------------------------------------------------------
// Dates.  Article::date is YYYY-MM-DD; anything else is converted or dropped.

bool IsValidDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int days = (month == 2 && leap) ? 29 : kDaysInMonth[month - 1];
  return day <= days;
}

std::optional<std::string> FormatDate(int year, int month, int day) {
  if (!IsValidDate(year, month, day)) return std::nullopt;
  char buf[32];  // room for any int, so the compiler can prove no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

// Reads 1..max_digits digits at s[*pos]; -1 if there are none or too many.
int ReadNumber(std::string_view s, std::size_t* pos, std::size_t max_digits) {
  std::size_t i = *pos;
  int value = 0;
  while (i < s.size() && IsDigit(s[i]) && i - *pos < max_digits)
    value = value * 10 + (s[i++] - '0');
  if (i == *pos || (i < s.size() && IsDigit(s[i]))) return -1;
  *pos = i;
  return value;
}

// "2022-03-16", "2022-03-16T10:00:00Z", "2022/3/16 10:00", "2022.03.16":
// a year first, then month and day with one separator.
std::optional<std::string> ParseYearFirstDate(std::string_view s) {
  std::size_t pos = 0;
  if (s.size() < 8 || !IsDigit(s[0])) return std::nullopt;
  const int year = ReadNumber(s, &pos, 4);
  if (year < 0 || pos != 4 || pos >= s.size()) return std::nullopt;
  const char sep = s[pos];
  if (sep != '-' && sep != '/' && sep != '.') return std::nullopt;
  ++pos;
  const int month = ReadNumber(s, &pos, 2);
  if (month < 0 || pos >= s.size() || s[pos] != sep) return std::nullopt;
  ++pos;
  const int day = ReadNumber(s, &pos, 2);
  if (day < 0) return std::nullopt;
  return FormatDate(year, month, day);
}

// "20220316" or "20220316T101500Z".
std::optional<std::string> ParseCompactDate(std::string_view s) {
  if (s.size() < 8) return std::nullopt;
  for (std::size_t i = 0; i < 8; ++i) {
    if (!IsDigit(s[i])) return std::nullopt;
  }
  if (s.size() > 8 && s[8] != 'T') return std::nullopt;
  const auto num = [&](std::size_t from, std::size_t n) {
    return std::stoi(std::string(s.substr(from, n)));
  };
  return FormatDate(num(0, 4), num(4, 2), num(6, 2));
}

// 1..12 for an English month name or its abbreviation ("Mar", "Sept").
int MonthFromName(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  const std::string w = AsciiLower(word);
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    if (w.size() >= 3 && kMonths[m].substr(0, w.size()) == w) return m + 1;
  }
  return 0;
}

bool IsWeekdayName(std::string_view word) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  const std::string w = AsciiLower(word);
  for (std::string_view d : kDays) {
    if (w.size() >= 3 && d.substr(0, w.size()) == w) return true;
  }
  return false;
}

// Splits the start of `s` into runs of letters and runs of digits.
std::vector<std::string_view> DateTokens(std::string_view s, std::size_t max_tokens) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < s.size() && tokens.size() < max_tokens) {
    if (!IsAlpha(s[i]) && !IsDigit(s[i])) {
      ++i;
      continue;
    }
    const bool alpha = IsAlpha(s[i]);
    const std::size_t start = i;
    while (i < s.size() && (alpha ? IsAlpha(s[i]) : IsDigit(s[i]))) ++i;
    tokens.push_back(s.substr(start, i - start));
  }
  return tokens;
}

bool IsFiller(std::string_view t) {
  const std::string w = AsciiLower(t);
  return w == "st" || w == "nd" || w == "rd" || w == "th" || w == "of";
}

// "Wed, 16 Mar 2022 10:00:00 GMT", "16 March 2022", "March 16th, 2022".
std::optional<std::string> ParseMonthNameDate(std::string_view s) {
  std::vector<std::string_view> tokens;
  for (std::string_view t : DateTokens(s, 8)) {
    if (!IsFiller(t)) tokens.push_back(t);
  }
  std::size_t i = 0;
  if (i < tokens.size() && IsWeekdayName(tokens[i])) ++i;
  if (i + 3 > tokens.size()) return std::nullopt;
  const auto is_num = [](std::string_view t, std::size_t max) {
    return !t.empty() && t.size() <= max && IsDigit(t[0]);
  };
  std::string_view day, month, year = tokens[i + 2];
  if (is_num(tokens[i], 2) && IsAlpha(tokens[i + 1][0])) {
    day = tokens[i];
    month = tokens[i + 1];
  } else if (IsAlpha(tokens[i][0]) && is_num(tokens[i + 1], 2)) {
    month = tokens[i];
    day = tokens[i + 1];
  } else {
    return std::nullopt;
  }
  if (year.size() != 4 || !IsDigit(year[0])) return std::nullopt;
  const int m = MonthFromName(month);
  if (m == 0) return std::nullopt;
  return FormatDate(std::stoi(std::string(year)), m, std::stoi(std::string(day)));
}

// YYYY-MM-DD for the date formats news feeds use, or nullopt.  Day-first
// numeric dates ("16/03/2022") are ambiguous and not accepted.
std::optional<std::string> NormalizeDate(std::string_view raw) {
  const std::string_view s = Trim(raw);
  if (auto d = ParseYearFirstDate(s)) return d;
  if (auto d = ParseCompactDate(s)) return d;
  return ParseMonthNameDate(s);
}

// ---------------------------------------------------------------------------
// Lines: byte offsets to 1-based line numbers, linear for rising offsets.

class LineCounter {
 public:
  LineCounter(std::string_view text, std::int64_t first_line)
      : text_(text), first_line_(first_line), line_(first_line) {}

  std::int64_t LineAt(std::size_t offset) {
    Advance(offset);
    return line_;
  }
  // 1-based byte column of `offset` on its line.
  std::size_t ColumnAt(std::size_t offset) {
    Advance(offset);
    return std::min(offset, text_.size()) - line_start_ + 1;
  }

 private:
  void Advance(std::size_t offset) {
    offset = std::min(offset, text_.size());
    if (offset < pos_) {  // rare: restart from the top
      pos_ = 0;
      line_ = first_line_;
      line_start_ = 0;
    }
    while (pos_ < offset) {
      const void* nl = std::memchr(text_.data() + pos_, '\n', offset - pos_);
      if (nl == nullptr) {
        pos_ = offset;
        break;
      }
      pos_ = static_cast<std::size_t>(static_cast<const char*>(nl) - text_.data()) + 1;
      line_start_ = pos_;
      ++line_;
    }
  }

  std::string_view text_;
  std::int64_t first_line_;
  std::int64_t line_;
  std::size_t pos_ = 0;
  std::size_t line_start_ = 0;
};

// ---------------------------------------------------------------------------
// Records: the known fields of one JSON object, as read.

enum class Field {
  kText,
  kBody,
  kContent,
  kId,
  kTitle,
  kHeadline,
  kUrl,
  kLink,
  kPublisher,
  kSource,
  kOutlet,
  kSite,
  kDate,
  kPublishedAt,
  kPublished,
  kPubdate,
  kDatePublished,
};
constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::kDatePublished) + 1;

constexpr std::string_view kFieldNames[kFieldCount] = {
    "text", "body",         "content",   "id",      "title",         "headline",
    "url",  "link",         "publisher", "source",  "outlet",        "site",
    "date", "published_at", "published", "pubdate", "date_published"};

std::optional<Field> LookupField(std::string_view key) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (kFieldNames[i] == key) return static_cast<Field>(i);
  }
  return std::nullopt;
}

std::string_view FieldName(Field f) { return kFieldNames[static_cast<std::size_t>(f)]; }

enum class ValueKind { kAbsent, kNull, kBool, kNumber, kString, kObject, kArray };

struct FieldValue {
  ValueKind kind = ValueKind::kAbsent;
  std::string text;       // strings, and numbers as written
  std::int64_t line = 0;  // line of the key
};

struct RawRecord {
  std::size_t number = 0;  // 1-based: array index + 1, or the JSONL line
  std::int64_t line = 0;   // line of its '{'
  std::array<FieldValue, kFieldCount> fields;
  FieldValue source_name;  // "source": {"name": ...}

  FieldValue& at(Field f) { return fields[static_cast<std::size_t>(f)]; }
};

// What a parse needs to name things and report.
struct ParseContext {
  std::string name;    // for messages
  std::string origin;  // as given: path, or "-"
  std::string stem;    // base of generated ids
  bool json_lines = false;
  const WarningCallback& warn;

  void Warn(std::int64_t line, std::string_view message) const {
    if (warn) warn(ErrorAt(name, line, message).what());
  }
  // An error about a whole record: "f.jsonl:3: ..." or
  // "f.json: record 2 (line 14): ...".
  Error RecordError(const RawRecord& r, std::string_view message) const {
    if (json_lines) return ErrorAt(name, r.line, message);
    return ErrorAt(name, 0,
                   "record " + std::to_string(r.number) + " (line " + std::to_string(r.line) +
                       "): " + std::string(message));
  }
};

// ---------------------------------------------------------------------------
// Records -> Articles.

// Throws unless `v` (the value of `field`) has one of the allowed kinds.
// null is allowed wherever the field is optional.
void CheckKind(const ParseContext& ctx, std::string_view field, const FieldValue& v,
               bool allow_null, bool allow_number, bool allow_object) {
  switch (v.kind) {
    case ValueKind::kAbsent:
    case ValueKind::kString:
      return;
    case ValueKind::kNull:
      if (allow_null) return;
      break;
    case ValueKind::kNumber:
      if (allow_number) return;
      break;
    case ValueKind::kObject:
      if (allow_object) return;
      break;
    default:
      break;
  }
  std::string expected = "a string";
  if (allow_number) expected += " or a number";
  if (allow_object) expected += " or an object";
  throw ErrorAt(ctx.name, v.line, "field " + Quoted(field) + " must be " + expected);
}

void CheckKinds(const ParseContext& ctx, RawRecord& r) {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    const Field f = static_cast<Field>(i);
    const bool is_text = f == Field::kText || f == Field::kBody || f == Field::kContent;
    CheckKind(ctx, FieldName(f), r.fields[i], /*allow_null=*/!is_text,
              /*allow_number=*/f == Field::kId, /*allow_object=*/f == Field::kSource);
  }
  CheckKind(ctx, "source.name", r.source_name, true, false, false);
}

// Moves out the string value of `v`, repaired to valid UTF-8 (with a
// warning naming the field's line) if need be.
std::string TakeString(const ParseContext& ctx, std::string_view field, FieldValue& v) {
  if (IsValidUtf8(v.text)) return std::move(v.text);
  ctx.Warn(v.line, "field " + Quoted(field) + ": invalid UTF-8 replaced with U+FFFD");
  return RepairUtf8(v.text);
}

// The first of `aliases` holding a string (or number, for ids), or null.
FieldValue* FirstPresent(RawRecord& r, std::initializer_list<Field> aliases,
                         Field* which = nullptr) {
  for (Field f : aliases) {
    FieldValue& v = r.at(f);
    if (v.kind == ValueKind::kString || v.kind == ValueKind::kNumber) {
      if (which) *which = f;
      return &v;
    }
  }
  return nullptr;
}

// The trimmed, repaired string of the first alias present, or "".
std::string OptionalString(const ParseContext& ctx, RawRecord& r,
                           std::initializer_list<Field> aliases) {
  Field which = *aliases.begin();
  FieldValue* v = FirstPresent(r, aliases, &which);
  if (v == nullptr) return "";
  return std::string(Trim(TakeString(ctx, FieldName(which), *v)));
}

std::string RecordText(const ParseContext& ctx, RawRecord& r) {
  Field which = Field::kText;
  FieldValue* v = FirstPresent(r, {Field::kText, Field::kBody, Field::kContent}, &which);
  if (v == nullptr) throw ctx.RecordError(r, "no \"text\" (or body/content) field");
  std::string text = TakeString(ctx, FieldName(which), *v);
  if (Trim(text).empty())
    throw ctx.RecordError(r, "field " + Quoted(FieldName(which)) + " is empty");
  return text;
}

std::string RecordId(const ParseContext& ctx, RawRecord& r) {
  std::string id = OptionalString(ctx, r, {Field::kId});
  if (!id.empty()) return id;
  return ctx.stem + "-" + std::to_string(r.number);
}

std::string RecordPublisher(const ParseContext& ctx, RawRecord& r) {
  if (std::string p = OptionalString(ctx, r, {Field::kPublisher}); !p.empty()) return p;
  if (r.at(Field::kSource).kind == ValueKind::kObject && r.source_name.kind == ValueKind::kString) {
    return std::string(Trim(TakeString(ctx, "source.name", r.source_name)));
  }
  return OptionalString(ctx, r, {Field::kSource, Field::kOutlet, Field::kSite});
}

std::string RecordDate(const ParseContext& ctx, RawRecord& r) {
  Field which = Field::kDate;
  FieldValue* v = FirstPresent(r,
                               {Field::kDate, Field::kPublishedAt, Field::kPublished,
                                Field::kPubdate, Field::kDatePublished},
                               &which);
  if (v == nullptr) return "";
  const std::int64_t line = v->line;
  const std::string raw = TakeString(ctx, FieldName(which), *v);
  if (Trim(raw).empty()) return "";
  if (std::optional<std::string> date = NormalizeDate(raw)) return *date;
  ctx.Warn(line,
           "field " + Quoted(FieldName(which)) + ": unrecognised date " + Quoted(raw) + " dropped");
  return "";
}

Article BuildArticle(const ParseContext& ctx, RawRecord& r) {
  CheckKinds(ctx, r);
  Article a;
  a.text = RecordText(ctx, r);
  a.id = RecordId(ctx, r);
  a.title = OptionalString(ctx, r, {Field::kTitle, Field::kHeadline});
  a.url = OptionalString(ctx, r, {Field::kUrl, Field::kLink});
  a.publisher = RecordPublisher(ctx, r);
  a.date = RecordDate(ctx, r);
  a.file = ctx.origin;
  a.origin = ctx.name + ":" + std::to_string(r.line);
  return a;
}

// ---------------------------------------------------------------------------
// SAX handler: collects records from one JSON text.  A JSON text holds one
// record object or an array of them; a JSONL line holds one record object.
// Errors (its own, or thrown by the sink) stop the parse and are kept for
// the caller to rethrow.

class RecordCollector : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, RecordCollector> {
 public:
  using Sink = std::function<void(RawRecord&)>;

  // `number` is the record number of a JSONL line (ignored for JSON).
  RecordCollector(const ParseContext& ctx, const rapidjson::MemoryStream& stream,
                  LineCounter& lines, std::size_t number, Sink sink)
      : ctx_(ctx), stream_(stream), lines_(lines), jsonl_number_(number), sink_(std::move(sink)) {}

  std::exception_ptr failure() const { return failure_; }
  std::size_t records() const { return records_; }

  bool StartObject() {
    if (depth_ == 0) {
      record_depth_ = 1;
      return BeginRecord();
    }
    if (!in_record_) return BeginRecord();  // element of the root array
    if (depth_ == record_depth_) {
      const bool is_source = pending_ == Field::kSource;
      SetValue(ValueKind::kObject, {});
      if (is_source) {
        source_open_ = true;
        record_.source_name = FieldValue{};
      }
    } else {
      SetSourceName(ValueKind::kObject, {});
    }
    ++depth_;
    return true;
  }

  bool StartArray() {
    if (depth_ == 0) {
      if (ctx_.json_lines) return Fail(ErrorAt(ctx_.name, CurrentLine(), "expected a JSON object"));
      record_depth_ = 2;
      depth_ = 1;
      return true;
    }
    if (!in_record_) return FailNotAnObject();
    if (depth_ == record_depth_) {
      SetValue(ValueKind::kArray, {});
    } else {
      SetSourceName(ValueKind::kArray, {});
    }
    ++depth_;
    return true;
  }

  bool EndObject(rapidjson::SizeType) {
    --depth_;
    if (in_record_ && depth_ + 1 == record_depth_) return EndRecord();
    if (source_open_ && depth_ == record_depth_) source_open_ = false;
    return true;
  }

  bool EndArray(rapidjson::SizeType) {
    --depth_;
    return true;
  }

  bool Key(const char* s, rapidjson::SizeType n, bool) {
    const std::string_view key(s, n);
    if (depth_ == record_depth_) {
      pending_ = LookupField(key);
      pending_line_ = LineBeforeCursor();
    } else if (source_open_ && depth_ == record_depth_ + 1) {
      source_key_is_name_ = key == "name";
      source_key_line_ = LineBeforeCursor();
    }
    return true;
  }

  bool String(const char* s, rapidjson::SizeType n, bool) {
    return Scalar(ValueKind::kString, std::string_view(s, n));
  }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
    return Scalar(ValueKind::kNumber, std::string_view(s, n));
  }
  bool Null() { return Scalar(ValueKind::kNull, {}); }
  bool Bool(bool) { return Scalar(ValueKind::kBool, {}); }
  // Other numbers do not occur with kParseNumbersAsStringsFlag.
  bool Default() { return Scalar(ValueKind::kNumber, {}); }

 private:
  // Line of the token at the cursor (StartObject: the iterative parser
  // calls it before consuming '{').
  std::int64_t CurrentLine() { return lines_.LineAt(stream_.Tell()); }
  // Line of the token just consumed (keys, strings, numbers).
  std::int64_t LineBeforeCursor() {
    const std::size_t at = stream_.Tell();
    return lines_.LineAt(at == 0 ? 0 : at - 1);
  }

  bool BeginRecord() {
    record_ = RawRecord{};
    record_.number = ctx_.json_lines ? jsonl_number_ : records_ + 1;
    record_.line = CurrentLine();
    in_record_ = true;
    pending_.reset();
    source_open_ = false;
    ++depth_;
    return true;
  }

  bool EndRecord() {
    in_record_ = false;
    ++records_;
    try {
      sink_(record_);
    } catch (...) {
      failure_ = std::current_exception();
      return false;
    }
    return true;
  }

  bool Scalar(ValueKind kind, std::string_view text) {
    if (depth_ == 0) {
      const char* expected = ctx_.json_lines ? "expected a JSON object"
                                             : "expected a JSON object or an array of objects";
      return Fail(ErrorAt(ctx_.name, LineBeforeCursor(), expected));
    }
    if (!in_record_) return FailNotAnObject();
    if (depth_ == record_depth_) {
      SetValue(kind, text);
    } else {
      SetSourceName(kind, text);
    }
    return true;
  }

  // Keeps the value of "name" directly inside the record's "source" object.
  void SetSourceName(ValueKind kind, std::string_view text) {
    if (!source_open_ || depth_ != record_depth_ + 1 || !source_key_is_name_) return;
    record_.source_name = FieldValue{kind, std::string(text), source_key_line_};
    source_key_is_name_ = false;
  }

  void SetValue(ValueKind kind, std::string_view text) {
    if (!pending_) return;
    record_.at(*pending_) = FieldValue{kind, std::string(text), pending_line_};
    pending_.reset();
  }

  bool FailNotAnObject() {
    RawRecord r;
    r.number = records_ + 1;
    r.line = CurrentLine();
    return Fail(ctx_.RecordError(r, "not a JSON object"));
  }

  bool Fail(const Error& e) {
    failure_ = std::make_exception_ptr(e);
    return false;
  }

  const ParseContext& ctx_;
  const rapidjson::MemoryStream& stream_;
  LineCounter& lines_;
  const std::size_t jsonl_number_;
  const Sink sink_;

  int depth_ = 0;         // open containers
  int record_depth_ = 1;  // depth of a record's members
  bool in_record_ = false;
  RawRecord record_;
  std::optional<Field> pending_;  // known key awaiting its value
  std::int64_t pending_line_ = 0;
  bool source_open_ = false;  // inside "source": {...}
  bool source_key_is_name_ = false;
  std::int64_t source_key_line_ = 0;
  std::size_t records_ = 0;
  std::exception_ptr failure_;
};

// "invalid JSON: <what> (column N)" at the error's line.
Error ParseError(const ParseContext& ctx, LineCounter& lines, rapidjson::ParseErrorCode code,
                 std::size_t offset) {
  std::string what = rapidjson::GetParseError_En(code);
  if (!what.empty() && what.back() == '.') what.pop_back();
  const std::int64_t line = lines.LineAt(offset);
  return ErrorAt(
      ctx.name, line,
      "invalid JSON: " + what + " (column " + std::to_string(lines.ColumnAt(offset)) + ")");
}

// Parses one JSON text (a .json file, or one JSONL line numbered
// `first_line`) and turns each record into an Article.  Returns the number
// of records.
std::size_t ParseJsonText(std::string_view json, std::int64_t first_line, const ParseContext& ctx,
                          const ArticleCallback& on_article) {
  rapidjson::MemoryStream stream(json.data(), json.size());
  if (json.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    for (std::size_t i = 0; i < kUtf8Bom.size(); ++i) stream.Take();
  }
  LineCounter lines(json, first_line);
  RecordCollector collector(ctx, stream, lines, static_cast<std::size_t>(first_line),
                            [&](RawRecord& r) { on_article(BuildArticle(ctx, r)); });
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, collector);
  if (collector.failure()) std::rethrow_exception(collector.failure());
  if (result.IsError()) throw ParseError(ctx, lines, result.Code(), result.Offset());
  // RapidJSON reads a NUL byte as the end of input.
  if (stream.Tell() < json.size()) {
    throw ErrorAt(ctx.name, lines.LineAt(stream.Tell()), "invalid JSON: unexpected NUL byte");
  }
  return collector.records();
}

ParseContext MakeContext(std::string_view origin, bool json_lines, const WarningCallback& warn) {
  return ParseContext{DisplayName(origin), std::string(origin), FileStem(origin), json_lines, warn};
}

bool IsBlankLine(std::string_view line) { return Trim(line).empty(); }

}  // namespace

void ParseJsonArticles(std::string_view content, std::string_view origin,
                       const ArticleCallback& on_article, const WarningCallback& warn) {
  const ParseContext ctx = MakeContext(origin, /*json_lines=*/false, warn);
  if (ParseJsonText(content, 1, ctx, on_article) == 0) ctx.Warn(0, "no records");
}

struct JsonLinesParser::State {
  WarningCallback warn;
  ArticleCallback on_article;
  ParseContext ctx;
  std::size_t records = 0;
  bool saw_content = false;

  State(std::string_view origin, ArticleCallback sink, WarningCallback w)
      : warn(std::move(w)),
        on_article(std::move(sink)),
        ctx(MakeContext(origin, /*json_lines=*/true, warn)) {}
};

JsonLinesParser::JsonLinesParser(std::string_view origin, ArticleCallback on_article,
                                 WarningCallback warn)
    : state_(std::make_unique<State>(origin, std::move(on_article), std::move(warn))) {}

JsonLinesParser::~JsonLinesParser() = default;

void JsonLinesParser::ParseLine(std::string_view line, std::int64_t line_number) {
  if (line_number == 1 && line.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    line.remove_prefix(kUtf8Bom.size());
  }
  if (IsBlankLine(line)) return;
  state_->saw_content = true;
  state_->records += ParseJsonText(line, line_number, state_->ctx, state_->on_article);
}

bool JsonLinesParser::saw_content() const { return state_->saw_content; }

void JsonLinesParser::Finish() {
  if (state_->records == 0) state_->ctx.Warn(0, "no records");
}

void ParseJsonLinesArticles(std::string_view content, std::string_view origin,
                            const ArticleCallback& on_article, const WarningCallback& warn) {
  JsonLinesParser parser(origin, on_article, warn);
  std::int64_t line_number = 0;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    parser.ParseLine(content.substr(start, end - start), ++line_number);
    start = end + 1;
  }
  parser.Finish();
}

}  // namespace quotegraph
