#include "quotegraph/importers/fragment_builder.h"

#include <map>

#include "quotegraph/core/ids.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {
namespace {

class FragmentBuilder {
 public:
  explicit FragmentBuilder(const Document& doc)
      : doc_(doc), lex_(Lexicon::Get()), entity_ids_(doc.entities.size()) {}

  Graph Build() {
    AddArticle();
    AddEntities();
    AddMentions();
    for (const Attribution& a : doc_.attributions) AddStatement(a);
    return std::move(graph_);
  }

 private:
  void AddArticle() {
    const Article& art = doc_.article;
    article_id_ = ArticleId(art.id);
    Node n;
    n.id = article_id_;
    n.type = NodeType::kSource;
    n.source_kind = SourceKind::kArticle;
    n.label = art.title.empty() ? art.id : art.title;
    n.title = art.title;
    n.publisher = art.publisher;
    n.date = art.date;
    n.url = art.url;
    n.file = art.file;
    graph_.AddNode(std::move(n));
    if (!art.publisher.empty()) {
      const std::string outlet = AddSourceNode(art.publisher, SourceKind::kOutlet);
      graph_.AddEdge(Edge{article_id_, outlet, EdgeType::kPublishedBy, "", 1});
    }
  }

  std::string AddSourceNode(const std::string& name, SourceKind kind) {
    Node n;
    n.id = kind == SourceKind::kAgency ? AgencyId(name) : OutletId(name);
    n.type = NodeType::kSource;
    n.source_kind = kind;
    n.label = name;
    n.publisher = name;
    std::string id = n.id;
    graph_.AddNode(std::move(n));
    return id;
  }

  void AddEntities() {
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (lex_.Agency(ent.name)) {
        entity_ids_[e] = AddSourceNode(ent.name, SourceKind::kAgency);
        continue;
      }
      if (lex_.Outlet(ent.name)) {
        entity_ids_[e] = AddSourceNode(ent.name, SourceKind::kOutlet);
        continue;
      }
      Node n;
      n.type = ent.type;
      n.id = EntityId(ent.type, ent.name);
      if (ent.group) n.id += "@" + doc_.article.id;
      n.label = ent.name;
      n.aliases = ent.aliases;
      n.titles = ent.titles;
      entity_ids_[e] = n.id;
      graph_.AddNode(std::move(n));
    }
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (ent.affiliation < 0) continue;
      graph_.AddEdge(Edge{entity_ids_[e], entity_ids_[static_cast<std::size_t>(ent.affiliation)],
                          EdgeType::kAffiliatedWith, ent.affiliation_role, 1});
    }
  }

  void AddMentions() {
    std::map<std::int32_t, std::int64_t> counts;
    for (const Mention& m : doc_.mentions) {
      if (m.entity >= 0) ++counts[m.entity];
    }
    for (const auto& [entity, count] : counts) {
      graph_.AddEdge(Edge{article_id_, entity_ids_[static_cast<std::size_t>(entity)],
                          EdgeType::kMentions, "", count});
    }
  }

  void AddStatement(const Attribution& a) {
    if (a.content.empty()) return;
    Node n;
    n.type = NodeType::kStatement;
    const Span content{doc_.ToCodePoints(a.content.front()).start,
                       doc_.ToCodePoints(a.content.back()).end};
    n.id = StatementId(doc_.article.id, content);
    for (std::size_t i = 0; i < a.content.size(); ++i) {
      if (i > 0) n.text += ' ';
      n.text += doc_.Slice(a.content[i]);
    }
    n.label = n.text;
    n.cue = std::string(doc_.Slice(a.cue));
    n.quote_kind = a.quote_kind;
    n.relation = a.relation;
    n.date_estimate = a.date_estimate;
    n.evidence.article = doc_.article.id;
    n.evidence.content = content;
    if (a.content.size() > 1) {
      for (const ByteSpan& part : a.content) {
        n.evidence.content_fragments.push_back(doc_.ToCodePoints(part));
      }
    }
    n.evidence.cue = doc_.ToCodePoints(a.cue);
    std::string speaker_id;
    if (a.source_mention >= 0) {
      const Mention& m = doc_.mentions[static_cast<std::size_t>(a.source_mention)];
      n.speaker_text = std::string(doc_.Slice(m.span));
      n.evidence.source = doc_.ToCodePoints(m.span);
      if (m.entity >= 0) speaker_id = entity_ids_[static_cast<std::size_t>(m.entity)];
    }
    const std::string id = n.id;
    graph_.AddNode(std::move(n));
    if (!speaker_id.empty()) {
      const EdgeType type = a.relation == "denied" ? EdgeType::kDenied : EdgeType::kSaid;
      graph_.AddEdge(Edge{speaker_id, id, type, "", 1});
    }
    graph_.AddEdge(Edge{id, article_id_, EdgeType::kReportedBy, "article", 1});
    for (const Relay& r : a.relays) {
      const std::string relay = AddSourceNode(r.name, r.kind);
      graph_.AddEdge(Edge{id, relay, EdgeType::kReportedBy, r.role, 1});
    }
    for (const Mention& m : doc_.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::kName) continue;
      if (!Inside(m.span, a.content)) continue;
      const std::string& target = entity_ids_[static_cast<std::size_t>(m.entity)];
      if (target != speaker_id) graph_.AddEdge(Edge{id, target, EdgeType::kAbout, "", 1});
    }
  }

  static bool Inside(ByteSpan s, const std::vector<ByteSpan>& parts) {
    for (const ByteSpan& p : parts) {
      if (s.begin >= p.begin && s.end <= p.end) return true;
    }
    return false;
  }

  const Document& doc_;
  const Lexicon& lex_;
  Graph graph_;
  std::string article_id_;
  std::vector<std::string> entity_ids_;
};

}  // namespace

Graph BuildFragment(const Document& doc) { return FragmentBuilder(doc).Build(); }

}  // namespace quotegraph
