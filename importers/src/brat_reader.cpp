#include "quotegraph/importers/brat_reader.h"

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>

#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

// A role reference of an E line, resolved once every T line is known.
struct RoleRef {
  std::string role;  // base name: "Content2" -> "Content"
  std::string id;
};

// "a b  c" -> {"a", "b", "c"}.
std::vector<std::string_view> SplitWhitespace(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsBlank(std::string_view s) { return SplitWhitespace(s).empty(); }

// True if `line` starts like a brat annotation: an id, then a tab.
bool LooksLikeAnnotation(std::string_view line) {
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos || tab == 0) return false;
  const std::string_view id = line.substr(0, tab);
  if (id[0] == '#' || id[0] == '*') return true;
  return std::strchr("TERAMN", id[0]) != nullptr && AllDigits(id.substr(1));
}

// "Content2" -> "Content".
std::string_view BaseRole(std::string_view role) {
  while (!role.empty() && std::isdigit(static_cast<unsigned char>(role.back()))) {
    role.remove_suffix(1);
  }
  return role;
}

// Parses .ann content line by line, then resolves E roles.
class Parser {
 public:
  explicit Parser(std::string_view origin) : origin_(origin) {}

  BratDocument Parse(std::string_view content);

 private:
  void ParseLine(std::string_view line);
  bool ContinueText(std::string_view line);
  void ParseTextBound(std::string_view id, std::string_view rest);
  BratSpan ParseFragments(std::string_view offsets) const;
  std::pair<std::int64_t, std::int64_t> ParseFragment(std::string_view fragment) const;
  std::int64_t ParseOffset(std::string_view s) const;
  void ParseEvent(std::string_view id, std::string_view rest);
  std::pair<std::string, std::string> SplitPair(std::string_view s, const char* what) const;
  void RegisterId(std::string_view id);
  void ResolveRoles();
  const BratSpan& TextBoundSpan(const BratAttribution& e, const std::string& id) const;
  Error Fail(std::string_view message) const { return ErrorAt(origin_, line_, message); }

  std::string origin_;
  std::int64_t line_ = 0;
  BratDocument doc_;
  std::map<std::string, std::int64_t, std::less<>> id_lines_;  // id -> line
  std::map<std::string, std::size_t, std::less<>> text_bound_index_;
  std::vector<std::vector<RoleRef>> roles_;  // per attribution
  // The last T line's text field, while it is shorter than its span.
  std::int64_t text_missing_ = 0;  // code points still expected
};

BratDocument Parser::Parse(std::string_view content) {
  std::size_t start = 0;
  while (start <= content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    std::string_view line = content.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_;
    if (!ContinueText(line)) ParseLine(line);
    start = end + 1;
  }
  ResolveRoles();
  return std::move(doc_);
}

// Appends `line` to the last T line's text if that text is still short and
// `line` is not itself an annotation.  Returns true if it did.
bool Parser::ContinueText(std::string_view line) {
  if (text_missing_ <= 0 || LooksLikeAnnotation(line)) {
    text_missing_ = 0;
    return false;
  }
  std::string& text = doc_.text_bounds.back().text;
  text += '\n';
  text += line;
  text_missing_ -= 1 + static_cast<std::int64_t>(CountCodePoints(line));
  return true;
}

void Parser::ParseLine(std::string_view line) {
  if (IsBlank(line)) return;
  const std::size_t tab = line.find('\t');
  if (tab == std::string_view::npos || tab == 0) {
    throw Fail("expected an annotation id and a tab (\"T1<TAB>...\")");
  }
  const std::string_view id = line.substr(0, tab);
  const std::string_view rest = line.substr(tab + 1);
  if (id[0] == '#' || id[0] == '*') return;  // notes, equivalences
  if (std::strchr("TERAMN", id[0]) == nullptr || !AllDigits(id.substr(1))) {
    throw Fail("unknown annotation id \"" + std::string(id) +
               "\" (expected T, E, R, A, M or N and a number, or # or *)");
  }
  if (id[0] == 'T') {
    ParseTextBound(id, rest);
  } else if (id[0] == 'E') {
    ParseEvent(id, rest);
  }
}

void Parser::ParseTextBound(std::string_view id, std::string_view rest) {
  RegisterId(id);
  const std::size_t tab = rest.find('\t');
  const std::string_view head = rest.substr(0, tab);
  const std::size_t space = head.find(' ');
  if (space == 0 || space == std::string_view::npos) {
    throw Fail(std::string(id) + ": expected \"TYPE START END\"");
  }
  BratTextBound t;
  t.id = std::string(id);
  t.type = std::string(head.substr(0, space));
  t.span = ParseFragments(head.substr(space + 1));
  t.line = line_;
  if (tab != std::string_view::npos) {
    t.text = std::string(rest.substr(tab + 1));
    std::int64_t expected = static_cast<std::int64_t>(t.span.fragments.size()) - 1;
    for (const auto& [start, end] : t.span.fragments) expected += end - start;
    text_missing_ = expected - static_cast<std::int64_t>(CountCodePoints(t.text));
  }
  text_bound_index_.emplace(t.id, doc_.text_bounds.size());
  doc_.text_bounds.push_back(std::move(t));
}

// "10 20;30 40" -> {{10, 20}, {30, 40}}.
BratSpan Parser::ParseFragments(std::string_view offsets) const {
  BratSpan span;
  std::size_t start = 0;
  while (true) {
    const std::size_t semi = offsets.find(';', start);
    span.fragments.push_back(ParseFragment(offsets.substr(start, semi - start)));
    if (semi == std::string_view::npos) break;
    start = semi + 1;
  }
  return span;
}

std::pair<std::int64_t, std::int64_t> Parser::ParseFragment(std::string_view fragment) const {
  const std::vector<std::string_view> parts = SplitWhitespace(fragment);
  if (parts.size() != 2) {
    throw Fail("malformed offsets \"" + std::string(fragment) + "\" (expected \"START END\")");
  }
  const std::int64_t start = ParseOffset(parts[0]);
  const std::int64_t end = ParseOffset(parts[1]);
  if (end < start) {
    throw Fail("fragment " + std::string(fragment) + " ends before it starts");
  }
  return {start, end};
}

std::int64_t Parser::ParseOffset(std::string_view s) const {
  std::int64_t value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (!AllDigits(s) || ec != std::errc() || ptr != s.data() + s.size()) {
    throw Fail("offset \"" + std::string(s) + "\" is not a non-negative integer");
  }
  return value;
}

void Parser::ParseEvent(std::string_view id, std::string_view rest) {
  RegisterId(id);
  const std::vector<std::string_view> parts = SplitWhitespace(rest);
  if (parts.empty()) throw Fail(std::string(id) + ": expected \"TYPE:TRIGGER ROLE:ID ...\"");
  BratAttribution e;
  e.id = std::string(id);
  e.line = line_;
  std::tie(e.type, e.trigger) = SplitPair(parts[0], "TYPE:TRIGGER");
  std::vector<RoleRef> roles;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    auto [role, ref] = SplitPair(parts[i], "ROLE:ID");
    roles.push_back(RoleRef{std::string(BaseRole(role)), std::move(ref)});
  }
  doc_.attributions.push_back(std::move(e));
  roles_.push_back(std::move(roles));
}

// "Role:T3" -> {"Role", "T3"}; both halves required.
std::pair<std::string, std::string> Parser::SplitPair(std::string_view s, const char* what) const {
  const std::size_t colon = s.find(':');
  if (colon == 0 || colon == std::string_view::npos || colon + 1 == s.size() ||
      s.find(':', colon + 1) != std::string_view::npos) {
    throw Fail("malformed \"" + std::string(s) + "\" (expected " + what + ")");
  }
  return {std::string(s.substr(0, colon)), std::string(s.substr(colon + 1))};
}

void Parser::RegisterId(std::string_view id) {
  const auto [it, added] = id_lines_.emplace(std::string(id), line_);
  if (!added) {
    throw Fail("duplicate id " + std::string(id) + " (first on line " +
               std::to_string(it->second) + ")");
  }
}

// Fills each attribution's source, cue and content from its role ids.
void Parser::ResolveRoles() {
  for (std::size_t i = 0; i < doc_.attributions.size(); ++i) {
    BratAttribution& e = doc_.attributions[i];
    TextBoundSpan(e, e.trigger);  // the trigger must exist too
    for (const RoleRef& r : roles_[i]) {
      std::optional<BratSpan>* part = r.role == "Source"    ? &e.source
                                      : r.role == "Cue"     ? &e.cue
                                      : r.role == "Content" ? &e.content
                                                            : nullptr;
      const BratSpan& span = TextBoundSpan(e, r.id);
      if (part == nullptr) continue;
      if (!*part) *part = BratSpan{};
      (*part)->fragments.insert((*part)->fragments.end(), span.fragments.begin(),
                                span.fragments.end());
    }
  }
}

const BratSpan& Parser::TextBoundSpan(const BratAttribution& e, const std::string& id) const {
  const auto it = text_bound_index_.find(id);
  if (it == text_bound_index_.end()) {
    throw ErrorAt(origin_, e.line, e.id + " refers to " + id + ", which no T line defines");
  }
  return doc_.text_bounds[it->second].span;
}

// The whole content of the file at `path`.
std::string ReadWholeFile(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw ErrorAt(path, 0, "is a directory, not a file");
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ErrorAt(path, 0, std::string("cannot read: ") + std::strerror(errno));
  std::ostringstream data;
  data << in.rdbuf();
  if (in.bad()) throw ErrorAt(path, 0, "read error");
  return data.str();
}

// Throws for the first fragment of `span` ending past `size`.
void CheckSpan(const BratSpan& span, std::int64_t size, std::string_view origin,
               std::int64_t line) {
  for (const auto& [start, end] : span.fragments) {
    if (end <= size) continue;
    throw ErrorAt(origin, line,
                  "span " + std::to_string(start) + "-" + std::to_string(end) +
                      " ends past the text (" + std::to_string(size) + " code points)");
  }
}

}  // namespace

BratDocument ParseBrat(std::string_view content, std::string_view origin) {
  if (!IsValidUtf8(content)) {
    const std::string repaired = RepairUtf8(content);
    return Parser(origin).Parse(repaired);
  }
  return Parser(origin).Parse(content);
}

BratDocument ReadBratFile(const std::string& path) {
  return ParseBrat(ReadWholeFile(path), path);
}

std::string ReadBratText(const std::string& path) {
  std::string text = ReadWholeFile(path);
  return IsValidUtf8(text) ? text : RepairUtf8(text);
}

void CheckBratSpans(const BratDocument& document, std::int64_t text_code_points,
                    std::string_view origin) {
  for (const BratTextBound& t : document.text_bounds) {
    CheckSpan(t.span, text_code_points, origin, t.line);
  }
}

}  // namespace quotegraph
