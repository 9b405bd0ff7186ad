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

// "Claim: ... (first reported 2031-05-12; 6 statements, 2 denials, 4 articles)"
void WriteClaimHeader(const ClaimInfo& c, std::ostream& out) {
  out << "Claim: " << OneLine(c.text) << '\n';
  out << "  first reported: " << (c.first_reported.empty() ? "(unknown)" : c.first_reported)
      << " \u00B7 " << c.statements << " statements, " << c.denials << " denials, "
      << c.articles << " articles\n";
  out << "  id: " << c.id << "\n\n";
}

// Every source of a claim's statements, earliest first, earliest marked.
void WriteCarriedBy(const std::vector<StatementAnswer>& group, std::ostream& out) {
  out << "  carried by (earliest first):\n";
  for (const ReportingSource& s : QueryEngine::ClaimSources(group)) {
    out << "    " << (s.date.empty() ? std::string("(undated)  ") : s.date) << "  "
        << SourceText(s) << (s.earliest ? "  [earliest]" : "") << '\n';
  }
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

void WriteClaim(JsonWriter& w, const ClaimInfo& c) {
  Key(w, "claim");
  if (!c.present()) {
    w.Null();
    return;
  }
  w.StartObject();
  Field(w, "id", c.id);
  Field(w, "text", c.text);
  Field(w, "first_reported", c.first_reported);
  Field(w, "statements", c.statements);
  Field(w, "denials", c.denials);
  Field(w, "articles", c.articles);
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
  WriteClaim(w, a.claim);
  if (!a.reacts_to.empty()) Field(w, "reacts_to", a.reacts_to);
  w.EndObject();
}

void WriteAnswerArray(JsonWriter& w, std::string_view key,
                      const std::vector<StatementAnswer>& answers) {
  Key(w, key);
  w.StartArray();
  for (const StatementAnswer& a : answers) WriteAnswerObject(w, a);
  w.EndArray();
}

// The runs of consecutive answers that share a claim (a lone statement is
// a run of one).
std::vector<std::vector<StatementAnswer>> ClaimRuns(const std::vector<StatementAnswer>& answers) {
  std::vector<std::vector<StatementAnswer>> runs;
  for (const StatementAnswer& a : answers) {
    const bool joins = !runs.empty() && runs.back().front().claim.present() &&
                       (runs.back().front().claim.id == a.claim.id ||
                        runs.back().front().claim.id == a.reacts_to);
    if (!joins) runs.emplace_back();
    runs.back().push_back(a);
  }
  return runs;
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
  bool first = true;
  for (const std::vector<StatementAnswer>& run : ClaimRuns(answers)) {
    if (!first) out << '\n';
    first = false;
    const bool claim = run.front().claim.present() && run.size() > 1;
    if (claim) WriteClaimHeader(run.front().claim, out);
    std::vector<StatementAnswer> members;
    std::vector<StatementAnswer> reactions;
    for (const StatementAnswer& a : run) (a.reacts_to.empty() ? members : reactions).push_back(a);
    for (std::size_t i = 0; i < members.size(); ++i) {
      if (i > 0) out << '\n';
      WriteAnswerBlock(members[i], out);
    }
    if (claim) {
      out << '\n';
      WriteCarriedBy(members, out);
    }
    if (!reactions.empty()) out << "\n  reactions:\n";
    for (const StatementAnswer& r : reactions) {
      out << "    " << (r.date.empty() ? std::string("(undated)") : r.date) << "  "
          << SpeakerPhrase(r.speaker) << ' ' << r.relation << ": " << ShownText(r) << '\n';
    }
  }
}

void WriteReportedTable(const std::vector<StatementAnswer>& group, std::ostream& out) {
  if (group.empty()) return;
  if (group.front().claim.present()) {
    WriteClaimHeader(group.front().claim, out);
  } else {
    out << "Statement: " << ShownText(group.front()) << "\n  id: " << group.front().id << "\n\n";
  }
  for (const StatementAnswer& a : group) {
    out << "  " << (a.date.empty() ? std::string("(undated)") : a.date) << "  "
        << SpeakerPhrase(a.speaker) << ' ' << a.relation << ": " << ShownText(a) << '\n';
  }
  out << '\n';
  WriteCarriedBy(group, out);
}

void WriteReportedJson(const std::vector<StatementAnswer>& group, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  WriteClaim(w, group.empty() ? ClaimInfo{} : group.front().claim);
  WriteAnswerArray(w, "statements", group);
  Key(w, "sources");
  w.StartArray();
  for (const ReportingSource& s : QueryEngine::ClaimSources(group)) {
    w.StartObject();
    Field(w, "id", s.id);
    Field(w, "title", s.title);
    Field(w, "publisher", s.publisher);
    Field(w, "date", s.date);
    Field(w, "kind", s.kind);
    Field(w, "role", s.role);
    Field(w, "statement", s.statement);
    Key(w, "earliest");
    w.Bool(s.earliest);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  Flush(buffer, out);
}

void WriteDenialsTable(const std::vector<DenialAnswer>& denials, std::ostream& out) {
  for (std::size_t i = 0; i < denials.size(); ++i) {
    if (i > 0) out << '\n';
    const DenialAnswer& d = denials[i];
    WriteAnswerBlock(d.denial, out);
    if (d.denial.claim.present()) {
      out << "  denies claim: " << OneLine(d.denial.claim.text) << '\n';
      for (const StatementAnswer& m : d.claim_statements) {
        out << "    " << (m.date.empty() ? std::string("(undated)") : m.date) << "  "
            << SpeakerPhrase(m.speaker) << ' ' << m.relation << ": " << ShownText(m) << '\n';
      }
      if (d.more_claim_statements > 0) {
        out << "    ... and " << d.more_claim_statements << " more statement"
            << (d.more_claim_statements == 1 ? "" : "s")
            << " of this claim (--claim-statements 0 lists them all)\n";
      }
    }
  }
}

void WriteDenialsJson(const std::vector<DenialAnswer>& denials, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const DenialAnswer& d : denials) {
    w.StartObject();
    Key(w, "denial");
    WriteAnswerObject(w, d.denial);
    WriteAnswerArray(w, "claim_statements", d.claim_statements);
    Key(w, "more_claim_statements");
    w.Uint64(d.more_claim_statements);
    w.EndObject();
  }
  w.EndArray();
  Flush(buffer, out);
}

void WriteEntityTable(const std::vector<EntityAnswer>& entities, std::ostream& out) {
  for (std::size_t i = 0; i < entities.size(); ++i) {
    if (i > 0) out << '\n';
    const EntityAnswer& e = entities[i];
    out << e.name << " (" << e.type << ")\n";
    out << "  id: " << e.id << '\n';
    if (!e.aliases.empty()) out << "  aliases: " << JoinAll(e.aliases, OneLine) << '\n';
    if (!e.titles.empty()) out << "  titles: " << JoinAll(e.titles, OneLine) << '\n';
    for (const EntityAnswer::Affiliation& a : e.affiliations) {
      out << (a.outgoing ? "  affiliated with: " : "  affiliate: ") << a.name
          << (a.role.empty() ? "" : " (" + a.role + ")") << '\n';
    }
    out << "  statements: " << e.said << " said, " << e.denied << " denied; about it: "
        << e.about << "; mentioned " << e.mentions << " times in " << e.articles
        << " articles\n";
  }
}

void WriteEntityJson(const std::vector<EntityAnswer>& entities, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const EntityAnswer& e : entities) {
    w.StartObject();
    Field(w, "id", e.id);
    Field(w, "name", e.name);
    Field(w, "type", e.type);
    for (const auto& [key, list] : {std::make_pair("aliases", &e.aliases),
                                     std::make_pair("titles", &e.titles)}) {
      Key(w, key);
      w.StartArray();
      for (const std::string& s : *list) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
      w.EndArray();
    }
    Key(w, "affiliations");
    w.StartArray();
    for (const EntityAnswer::Affiliation& a : e.affiliations) {
      w.StartObject();
      Field(w, "id", a.id);
      Field(w, "name", a.name);
      Field(w, "role", a.role);
      Field(w, "direction", a.outgoing ? "out" : "in");
      w.EndObject();
    }
    w.EndArray();
    Field(w, "said", static_cast<std::int64_t>(e.said));
    Field(w, "denied", static_cast<std::int64_t>(e.denied));
    Field(w, "about", static_cast<std::int64_t>(e.about));
    Field(w, "articles", static_cast<std::int64_t>(e.articles));
    Field(w, "mentions", e.mentions);
    w.EndObject();
  }
  w.EndArray();
  Flush(buffer, out);
}

void WritePathTable(const std::vector<PathStep>& steps, std::ostream& out) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const PathStep& s = steps[i];
    const std::string edge = s.edge + (s.role.empty() ? "" : " (" + s.role + ")");
    out << i + 1 << ". " << OneLine(s.from_name) << (s.forward ? " --" : " <--") << edge
        << (s.forward ? "--> " : "-- ") << OneLine(s.to_name) << '\n';
    if (!s.evidence.empty()) {
      out << "   evidence: " << OneLine(s.evidence);
      if (!s.source.empty()) out << " [" << s.source << "]";
      out << '\n';
    }
  }
}

void WritePathJson(const std::vector<PathStep>& steps, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.SetIndent(' ', 2);
  w.StartArray();
  for (const PathStep& s : steps) {
    w.StartObject();
    Field(w, "from", s.from_id);
    Field(w, "from_name", s.from_name);
    Field(w, "to", s.to_id);
    Field(w, "to_name", s.to_name);
    Field(w, "edge", s.edge);
    Field(w, "role", s.role);
    Key(w, "forward");
    w.Bool(s.forward);
    Field(w, "evidence", s.evidence);
    Field(w, "source", s.source);
    w.EndObject();
  }
  w.EndArray();
  Flush(buffer, out);
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
