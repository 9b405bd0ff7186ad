#include "query_graph_generator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>

#include "quotegraph/core/ids.h"

namespace quotegraph {
namespace {

constexpr const char* kSyllables[] = {"ka", "lo", "mi", "ren", "tas", "vor", "el", "dun",
                                      "sa", "pir", "go", "nel", "tri", "ba", "zu", "hem"};

class Random {
 public:
  explicit Random(std::uint64_t seed) : engine_(seed) {}
  // Uniform-enough in [0, n) from the raw engine output (portable).
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  bool Chance(double p) { return Unit() < p; }
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  // A word index in [0, n) with Zipf-like frequencies (P(k) ~ 1/(k+1)), as
  // in real text: a few very common words, a long tail of rare ones.
  std::size_t Zipf(std::size_t n) {
    const double k = std::exp(Unit() * std::log(static_cast<double>(n) + 1.0)) - 1.0;
    return std::min(n - 1, static_cast<std::size_t>(k));
  }

 private:
  std::mt19937_64 engine_;
};

// The i-th made-up word: syllables from the digits of i in base 16.
std::string Word(std::size_t i) {
  std::string w;
  do {
    w += kSyllables[i % 16];
    i /= 16;
  } while (i > 0);
  return w + kSyllables[(i + w.size()) % 16];
}

std::string Name(std::size_t i) {
  std::string first = Word(i % 977 + 3);
  std::string last = Word(i / 977 + 1000);
  first[0] = static_cast<char>(first[0] - 'a' + 'A');
  last[0] = static_cast<char>(last[0] - 'a' + 'A');
  return first + " " + last;
}

std::string Date(std::size_t day) {
  const std::size_t month = day / 28 % 12 + 1;
  const std::size_t dom = day % 28 + 1;
  std::string d = "2030-";
  d += static_cast<char>('0' + month / 10);
  d += static_cast<char>('0' + month % 10);
  d += '-';
  d += static_cast<char>('0' + dom / 10);
  d += static_cast<char>('0' + dom % 10);
  return d;
}

// Claim c's words: four content words drawn uniformly (so mostly from the
// long tail: what makes a claim recognisable) and two Zipf words.
std::vector<std::size_t> ClaimWordIds(std::size_t c, std::size_t vocabulary) {
  Random r(0x5eed0000 + c);
  std::vector<std::size_t> words;
  for (int k = 0; k < 6; ++k) words.push_back(k % 3 == 1 ? r.Zipf(vocabulary) : r.Below(vocabulary));
  return words;
}

std::string Sentence(const std::vector<std::size_t>& words) {
  std::string s;
  for (std::size_t w : words) {
    if (!s.empty()) s += ' ';
    s += Word(w);
  }
  return s;
}

}  // namespace

Graph GenerateQueryGraph(const QueryGraphShape& shape) {
  Random r(20310512);
  Graph g;
  const std::size_t entities = shape.speakers;
  g.Reserve(shape.statements + entities + shape.articles + 64,
            shape.statements * 4 + shape.articles * 10);
  for (std::size_t i = 0; i < shape.outlets; ++i) {
    Node n;
    n.type = NodeType::kSource;
    n.source_kind = SourceKind::kOutlet;
    n.label = "Outlet " + Word(i + 50);
    n.id = OutletId(n.label);
    g.AddNode(std::move(n));
  }
  for (std::size_t i = 0; i < shape.agencies; ++i) {
    Node n;
    n.type = NodeType::kSource;
    n.source_kind = SourceKind::kAgency;
    n.label = "Agency " + Word(i + 80);
    n.id = AgencyId(n.label);
    g.AddNode(std::move(n));
  }
  std::vector<std::string> speaker_ids;
  for (std::size_t i = 0; i < entities; ++i) {
    Node n;
    n.type = i % 10 == 0 ? NodeType::kOrganization : NodeType::kPerson;
    n.label = Name(i);
    n.aliases = {n.label, n.label.substr(n.label.find(' ') + 1)};
    if (i % 7 == 0) n.titles = {"spokesman"};
    n.id = EntityId(n.type, n.label);
    speaker_ids.push_back(n.id);
    g.AddNode(std::move(n));
  }
  std::vector<std::string> article_ids;
  for (std::size_t i = 0; i < shape.articles; ++i) {
    Node n;
    n.type = NodeType::kSource;
    n.source_kind = SourceKind::kArticle;
    n.title = Sentence({i % shape.vocabulary, (i * 7) % shape.vocabulary, (i * 13) % shape.vocabulary});
    n.label = n.title;
    n.publisher = "Outlet " + Word(i % shape.outlets + 50);
    n.date = Date(i * 365 / shape.articles);
    n.file = "articles/" + std::to_string(i) + ".txt";
    n.id = ArticleId("a" + std::to_string(i));
    article_ids.push_back(n.id);
    g.AddNode(std::move(n));
    g.AddEdge(Edge{article_ids.back(), OutletId("Outlet " + Word(i % shape.outlets + 50)),
                   EdgeType::kPublishedBy, "", 1});
  }
  const std::size_t per_article = (shape.statements + shape.articles - 1) / shape.articles;
  for (std::size_t i = 0; i < shape.statements; ++i) {
    const std::size_t article = i / per_article;
    const std::string article_key = "a" + std::to_string(article);
    std::vector<std::size_t> words;
    std::size_t speaker;
    bool about = false;
    std::size_t about_entity = 0;
    if (r.Chance(shape.claimed_share)) {
      const std::size_t c = r.Below(shape.claims);
      words = ClaimWordIds(c, shape.vocabulary);
      speaker = c * 31 % entities;
      about = true;
      about_entity = (c * 17 + 5) % entities;
      if (r.Chance(0.5)) words.push_back(r.Zipf(shape.vocabulary));  // paraphrase adds a word
    } else {
      const std::size_t length = 6 + r.Below(14);
      for (std::size_t k = 0; k < length; ++k) words.push_back(r.Zipf(shape.vocabulary));
      speaker = r.Below(entities);
      about = r.Chance(0.3);
      about_entity = r.Below(entities);
    }
    const bool denied = r.Chance(0.05);
    Node n;
    n.type = NodeType::kStatement;
    n.text = Sentence(words);
    n.label = n.text;
    n.cue = denied ? "denied" : "said";
    n.relation = denied ? "denied" : "said";
    n.quote_kind = r.Chance(0.4) ? QuoteKind::kDirect : QuoteKind::kIndirect;
    n.speaker_text = "he";
    const std::int64_t start = static_cast<std::int64_t>((i % per_article) * 200);
    n.evidence.article = article_key;
    n.evidence.content = Span{start, start + static_cast<std::int64_t>(n.text.size())};
    n.evidence.cue = Span{start + 150, start + 154};
    n.evidence.source = Span{start + 160, start + 162};
    n.id = StatementId(article_key, n.evidence.content);
    const std::string id = n.id;
    g.AddNode(std::move(n));
    g.AddEdge(Edge{speaker_ids[speaker], id, denied ? EdgeType::kDenied : EdgeType::kSaid, "", 1});
    g.AddEdge(Edge{id, article_ids[article], EdgeType::kReportedBy, "article", 1});
    if (r.Chance(0.1)) {
      g.AddEdge(Edge{id, AgencyId("Agency " + Word(r.Below(shape.agencies) + 80)),
                     EdgeType::kReportedBy, "intermediary", 1});
    }
    if (about) {
      g.AddEdge(Edge{id, speaker_ids[about_entity], EdgeType::kAbout, "", 1});
      g.AddEdge(Edge{article_ids[article], speaker_ids[about_entity], EdgeType::kMentions, "", 1});
    }
    g.AddEdge(Edge{article_ids[article], speaker_ids[speaker], EdgeType::kMentions, "", 1});
  }
  return g;
}

std::vector<std::string> BenchmarkQueries(const QueryGraphShape& shape, std::size_t count) {
  Random r(42);
  std::vector<std::string> queries;
  for (std::size_t i = 0; i < count; ++i) {
    // What a reader would type: the claim's most distinctive words.
    const std::vector<std::size_t> words = ClaimWordIds(r.Below(shape.claims), shape.vocabulary);
    std::vector<std::size_t> by_rarity = words;
    std::sort(by_rarity.rbegin(), by_rarity.rend());  // higher index = rarer
    std::size_t pair = 0;  // the consecutive pair holding the rarest word
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k] == by_rarity[0] || words[k + 1] == by_rarity[0]) pair = k;
    }
    switch (i % 3) {
      case 0: queries.push_back(Word(by_rarity[0]) + " " + Word(by_rarity[1])); break;
      case 1: queries.push_back(Word(by_rarity[0])); break;
      default: queries.push_back("\"" + Word(words[pair]) + " " + Word(words[pair + 1]) + "\""); break;
    }
  }
  return queries;
}

}  // namespace quotegraph
