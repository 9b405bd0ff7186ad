#include "quotegraph/exporters/query_output.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

namespace quotegraph {
namespace {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// ---- table ---------------------------------------------------------------

// Newlines and tabs in verbatim text would break the listing's layout.
std::string OneLine(std::string_view s) {
  std::string out(s);
  std::replace_if(out.begin(), out.end(),
                  [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return out;
}

bool StartsWithQuote(std::string_view s) {
  for (std::string_view q : {"\"", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
    if (s.substr(0, q.size()) == q) return true;
  }
  return false;
}

std::string SpeakerPhrase(const SpeakerInfo& s) {
  if (!s.present()) return "(unattributed)";
  return (s.name.empty() ? s.id : s.name) + " (" + s.type + ")";
}

std::string ShownText(const StatementAnswer& a) {
  const std::string text = OneLine(a.text);
  if (a.quote_kind == "direct" && !StartsWithQuote(text)) return "\"" + text + "\"";
  return text;
}

// "a, b" of the non-empty parts, or "" if none.
std::string JoinNonEmpty(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += ", ";
    out += p;
  }
  return out;
}

// "Title (Publisher, 2022-03-16)" for articles, "TASS (agency, intermediary)"
// for the rest.
std::string SourceText(const ReportingSource& s) {
  const std::string name = OneLine(s.title.empty() ? s.id : s.title);
  const std::string details = s.kind == "article" ? JoinNonEmpty({s.publisher, s.date})
                                                  : JoinNonEmpty({s.kind, s.role});
  return details.empty() ? name : name + " (" + details + ")";
}

std::string EvidenceText(const EvidenceSpan& e) {
  std::string out = e.source;
  if (e.start >= 0) {
    out += " [" + std::to_string(e.start) + ", " + std::to_string(e.end) + ")";
  }
  return out;
}

template <typename T, typename Format>
std::string JoinAll(const std::vector<T>& items, Format format) {
  std::string out;
  for (const T& item : items) {
    if (!out.empty()) out += "; ";
    out += format(item);
  }
  return out;
}

void WriteAnswerBlock(const StatementAnswer& a, std::ostream& out) {
  out << SpeakerPhrase(a.speaker) << ' ' << a.relation << ": " << ShownText(a) << '\n';
  out << "  cue: " << (a.cue.empty() ? "(none)" : OneLine(a.cue)) << " \u00B7 " << a.quote_kind
      << '\n';
  if (!a.date.empty()) out << "  date: " << a.date << '\n';
  out << "  reported by: "
      << (a.reported_by.empty() ? "(no source)" : JoinAll(a.reported_by, SourceText)) << '\n';
  if (!a.evidence.empty()) out << "  evidence: " << JoinAll(a.evidence, EvidenceText) << '\n';
  out << "  id: " << a.id << '\n';
}

// ---- JSON ----------------------------------------------------------------

void Key(JsonWriter& w, std::string_view key) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void Field(JsonWriter& w, std::string_view key, std::string_view value) {
  Key(w, key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(JsonWriter& w, std::string_view key, std::int64_t value) {
  Key(w, key);
  w.Int64(value);
}

void WriteSpeaker(JsonWriter& w, const SpeakerInfo& s) {
  Key(w, "speaker");
  if (!s.present()) {
    w.Null();
    return;
  }
  w.StartObject();
  Field(w, "id", s.id);
  Field(w, "name", s.name);
  Field(w, "type", s.type);
  w.EndObject();
}

void WriteSources(JsonWriter& w, const std::vector<ReportingSource>& sources) {
  Key(w, "reported_by");
  w.StartArray();
  for (const ReportingSource& s : sources) {
    w.StartObject();
    Field(w, "id", s.id);
    Field(w, "title", s.title);
    Field(w, "publisher", s.publisher);
    Field(w, "date", s.date);
    Field(w, "kind", s.kind);
    Field(w, "role", s.role);
    w.EndObject();
  }
  w.EndArray();
}

void WriteEvidence(JsonWriter& w, const std::vector<EvidenceSpan>& evidence) {
  Key(w, "evidence");
  w.StartArray();
  for (const EvidenceSpan& e : evidence) {
    w.StartObject();
    Field(w, "source", e.source);
    Field(w, "start", e.start);
    Field(w, "end", e.end);
    w.EndObject();
  }
  w.EndArray();
}

void WriteMatch(JsonWriter& w, const MatchQuality& m) {
  Key(w, "match");
  w.StartObject();
  Key(w, "phrase");
  w.Bool(m.phrase);
  Field(w, "extra_words", static_cast<std::int64_t>(m.extra_words));
  w.EndObject();
}

void WriteAnswerObject(JsonWriter& w, const StatementAnswer& a) {
  w.StartObject();
  Field(w, "id", a.id);
  Field(w, "text", a.text);
  Field(w, "relation", a.relation);
  Field(w, "cue", a.cue);
  Field(w, "quote_kind", a.quote_kind);
  Field(w, "date", a.date);
  WriteSpeaker(w, a.speaker);
  WriteSources(w, a.reported_by);
  WriteEvidence(w, a.evidence);
  WriteMatch(w, a.match);
  w.EndObject();
}

void WriteCounts(JsonWriter& w, std::string_view key, const std::vector<CountRow>& rows) {
  Key(w, key);
  w.StartObject();
  for (const CountRow& r : rows) Field(w, r.name, static_cast<std::int64_t>(r.count));
  w.EndObject();
}

void Flush(const rapidjson::StringBuffer& buffer, std::ostream& out) {
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << '\n';
}

// ---- stats table ---------------------------------------------------------

using StatsLine = std::pair<std::string, std::size_t>;

void AddRows(std::vector<StatsLine>& lines, const std::vector<CountRow>& rows,
             std::string_view indent) {
  for (const CountRow& r : rows) lines.emplace_back(std::string(indent) + r.name, r.count);
}

std::vector<StatsLine> StatsLines(const GraphStats& stats) {
  std::vector<StatsLine> lines;
  lines.emplace_back("nodes", stats.nodes);
  for (const CountRow& r : stats.node_types) {
    lines.emplace_back("  " + r.name, r.count);
    if (r.name == "source") AddRows(lines, stats.source_kinds, "    ");
  }
  lines.emplace_back("edges", stats.edges);
  AddRows(lines, stats.edge_types, "  ");
  lines.emplace_back("edge observations", stats.edge_observations);
  return lines;
}

}  // namespace

void WriteWhoSaidTable(const std::vector<StatementAnswer>& answers, std::ostream& out) {
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (i > 0) out << '\n';
    WriteAnswerBlock(answers[i], out);
  }
}

void WriteWhoSaidJson(const std::vector<StatementAnswer>& answers, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const StatementAnswer& a : answers) WriteAnswerObject(w, a);
  w.EndArray();
  Flush(buffer, out);
}

void WriteStatsTable(const GraphStats& stats, std::ostream& out) {
  const std::vector<StatsLine> lines = StatsLines(stats);
  std::size_t width = 0;
  for (const auto& [label, count] : lines) {
    width = std::max(width, label.size() + std::to_string(count).size());
  }
  for (const auto& [label, count] : lines) {
    const std::string number = std::to_string(count);
    out << label << std::string(width + 2 - label.size() - number.size(), ' ') << number << '\n';
  }
}

void WriteStatsJson(const GraphStats& stats, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  Field(w, "nodes", static_cast<std::int64_t>(stats.nodes));
  Field(w, "edges", static_cast<std::int64_t>(stats.edges));
  Field(w, "edge_observations", static_cast<std::int64_t>(stats.edge_observations));
  WriteCounts(w, "node_types", stats.node_types);
  WriteCounts(w, "source_kinds", stats.source_kinds);
  WriteCounts(w, "edge_types", stats.edge_types);
  w.EndObject();
  Flush(buffer, out);
}

}  // namespace quotegraph
