#include "quotegraph/core/attributes.h"

#include <algorithm>
#include <stdexcept>

namespace quotegraph {
namespace {

bool IsEntity(NodeType t) {
  return t == NodeType::kPerson || t == NodeType::kOrganization || t == NodeType::kPlace;
}

Attribute Str(std::string_view key, const std::string& value) {
  Attribute a{key, AttrType::kString, value, 0, {}};
  return a;
}

Attribute Int(std::string_view key, std::int64_t value) {
  Attribute a{key, AttrType::kInt, {}, value, {}};
  return a;
}

Attribute List(std::string_view key, const std::vector<std::string>& value) {
  Attribute a{key, AttrType::kStringList, {}, 0, value};
  return a;
}

void AddString(std::vector<Attribute>& out, std::string_view key, std::string_view v) {
  if (!v.empty()) out.push_back(Str(key, std::string(v)));
}

void AddSpan(std::vector<Attribute>& out, std::string_view start_key,
             std::string_view end_key, const Span& s) {
  if (!s.present()) return;
  out.push_back(Int(start_key, s.start));
  out.push_back(Int(end_key, s.end));
}

}  // namespace

std::string FormatFragments(const std::vector<Span>& fragments) {
  std::string out;
  for (const Span& s : fragments) {
    if (!out.empty()) out += ';';
    out += std::to_string(s.start) + "-" + std::to_string(s.end);
  }
  return out;
}

bool ParseFragments(std::string_view text, std::vector<Span>* out) {
  out->clear();
  while (!text.empty()) {
    const std::size_t semi = text.find(';');
    const std::string_view part = text.substr(0, semi);
    const std::size_t dash = part.find('-');
    if (dash == std::string_view::npos) return false;
    Span s;
    try {
      s.start = std::stoll(std::string(part.substr(0, dash)));
      s.end = std::stoll(std::string(part.substr(dash + 1)));
    } catch (const std::exception&) {
      return false;
    }
    if (!s.present()) return false;
    out->push_back(s);
    text.remove_prefix(semi == std::string_view::npos ? text.size() : semi + 1);
  }
  return true;
}

const std::vector<AttrDef>& NodeAttributeSchema() {
  static const std::vector<AttrDef> schema = {
      {"label", AttrType::kString, "name shown for the node"},
      {"aliases", AttrType::kStringList, "entity: every surface name seen"},
      {"titles", AttrType::kStringList, "entity: titles seen (\"US president\")"},
      {"kind", AttrType::kString, "source: article, outlet or agency"},
      {"title", AttrType::kString, "source: headline"},
      {"publisher", AttrType::kString, "source: publishing outlet"},
      {"date", AttrType::kString, "source: publication date, YYYY-MM-DD"},
      {"url", AttrType::kString, "source: URL"},
      {"file", AttrType::kString, "source: file the article was read from"},
      {"text", AttrType::kString, "statement: verbatim content"},
      {"cue", AttrType::kString, "statement: verbatim cue (said, according to)"},
      {"quote_kind", AttrType::kString, "statement: direct, indirect or mixed"},
      {"relation", AttrType::kString, "statement: said or denied"},
      {"speaker_text", AttrType::kString, "statement: speaker mention as written"},
      {"date_estimate", AttrType::kString, "statement: when it was said, YYYY-MM-DD"},
      {"article", AttrType::kString, "statement: id of the article it was found in"},
      {"content_start", AttrType::kInt, "statement: content start (code points)"},
      {"content_end", AttrType::kInt, "statement: content end (code points)"},
      {"cue_start", AttrType::kInt, "statement: cue start (code points)"},
      {"cue_end", AttrType::kInt, "statement: cue end (code points)"},
      {"source_start", AttrType::kInt, "statement: speaker mention start (code points)"},
      {"source_end", AttrType::kInt, "statement: speaker mention end (code points)"},
      {"content_fragments", AttrType::kString,
       "statement: content fragments \"start-end;start-end\" when split"},
      {"first_reported", AttrType::kString, "claim: earliest report, YYYY-MM-DD"},
      {"statements", AttrType::kInt, "claim: statements expressing it"},
      {"denials", AttrType::kInt, "claim: of those, denials"},
      {"articles", AttrType::kInt, "claim: distinct articles carrying it"},
  };
  return schema;
}

const std::vector<AttrDef>& EdgeAttributeSchema() {
  static const std::vector<AttrDef> schema = {
      {"role", AttrType::kString, "reported_by: article, intermediary or medium"},
      {"count", AttrType::kInt, "times the relation was observed"},
  };
  return schema;
}

const AttrDef* FindAttrDef(const std::vector<AttrDef>& schema, std::string_view key) {
  for (const AttrDef& d : schema) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

std::vector<Attribute> NodeAttributes(const Node& n) {
  std::vector<Attribute> out;
  out.push_back(Str("label", n.label));
  if (IsEntity(n.type)) {
    if (!n.aliases.empty()) out.push_back(List("aliases", n.aliases));
    if (!n.titles.empty()) out.push_back(List("titles", n.titles));
  } else if (n.type == NodeType::kSource) {
    out.push_back(Str("kind", std::string(ToString(n.source_kind))));
    AddString(out, "title", n.title);
    AddString(out, "publisher", n.publisher);
    AddString(out, "date", n.date);
    AddString(out, "url", n.url);
    AddString(out, "file", n.file);
  } else if (n.type == NodeType::kStatement) {
    AddString(out, "text", n.text);
    AddString(out, "cue", n.cue);
    out.push_back(Str("quote_kind", std::string(ToString(n.quote_kind))));
    AddString(out, "relation", n.relation);
    AddString(out, "speaker_text", n.speaker_text);
    AddString(out, "date_estimate", n.date_estimate);
    AddString(out, "article", n.evidence.article);
    AddSpan(out, "content_start", "content_end", n.evidence.content);
    AddSpan(out, "cue_start", "cue_end", n.evidence.cue);
    AddSpan(out, "source_start", "source_end", n.evidence.source);
    if (!n.evidence.content_fragments.empty()) {
      out.push_back(Str("content_fragments", FormatFragments(n.evidence.content_fragments)));
    }
  } else if (n.type == NodeType::kClaim) {
    AddString(out, "text", n.text);
    AddString(out, "first_reported", n.date);
    out.push_back(Int("statements", n.claim_statements));
    out.push_back(Int("denials", n.claim_denials));
    out.push_back(Int("articles", n.claim_articles));
  }
  return out;
}

std::vector<Attribute> EdgeAttributes(const Edge& e) {
  std::vector<Attribute> out;
  AddString(out, "role", e.role);
  out.push_back(Int("count", e.count));
  return out;
}

bool SetNodeAttribute(Node& n, std::string_view key, const Attribute& v) {
  const AttrDef* def = FindAttrDef(NodeAttributeSchema(), key);
  if (def == nullptr || def->type != v.type) return false;
  if (key == "label") n.label = v.text;
  else if (key == "aliases") n.aliases = v.list;
  else if (key == "titles") n.titles = v.list;
  else if (key == "kind") {
    auto k = ParseSourceKind(v.text);
    if (!k) return false;
    n.source_kind = *k;
  }
  else if (key == "title") n.title = v.text;
  else if (key == "publisher") n.publisher = v.text;
  else if (key == "date") n.date = v.text;
  else if (key == "url") n.url = v.text;
  else if (key == "file") n.file = v.text;
  else if (key == "text") n.text = v.text;
  else if (key == "cue") n.cue = v.text;
  else if (key == "quote_kind") {
    auto k = ParseQuoteKind(v.text);
    if (!k) return false;
    n.quote_kind = *k;
  }
  else if (key == "relation") n.relation = v.text;
  else if (key == "speaker_text") n.speaker_text = v.text;
  else if (key == "date_estimate") n.date_estimate = v.text;
  else if (key == "article") n.evidence.article = v.text;
  else if (key == "content_start") n.evidence.content.start = v.number;
  else if (key == "content_end") n.evidence.content.end = v.number;
  else if (key == "cue_start") n.evidence.cue.start = v.number;
  else if (key == "cue_end") n.evidence.cue.end = v.number;
  else if (key == "source_start") n.evidence.source.start = v.number;
  else if (key == "source_end") n.evidence.source.end = v.number;
  else if (key == "content_fragments") {
    if (!ParseFragments(v.text, &n.evidence.content_fragments)) return false;
  }
  else if (key == "first_reported") n.date = v.text;
  else if (key == "statements") n.claim_statements = v.number;
  else if (key == "denials") n.claim_denials = v.number;
  else if (key == "articles") n.claim_articles = v.number;
  else return false;
  if (key == "aliases" || key == "titles") {
    auto& list = key == "aliases" ? n.aliases : n.titles;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  return true;
}

bool SetEdgeAttribute(Edge& e, std::string_view key, const Attribute& v) {
  const AttrDef* def = FindAttrDef(EdgeAttributeSchema(), key);
  if (def == nullptr || def->type != v.type) return false;
  if (key == "role") e.role = v.text;
  else if (key == "count") {
    if (v.number < 1) return false;
    e.count = v.number;
  }
  return true;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += '|';
    for (char c : items[i]) {
      if (c == '|' || c == '\\') out += '\\';
      out += c;
    }
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  std::string cur;
  for (std::size_t i = 0; i < joined.size(); ++i) {
    char c = joined[i];
    if (c == '\\' && i + 1 < joined.size()) {
      cur += joined[++i];
    } else if (c == '|') {
      out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(std::move(cur));
  return out;
}

}  // namespace quotegraph
