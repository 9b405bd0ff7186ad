// Stage 7: mentions -> entities, in sieve order.
//
//   1. full names (two words or more) and lexicon names make entities;
//   2. a one-word name joins the person whose last (or first) name it is,
//      when exactly one person in the document has it;
//   3. a description ("the US president") joins the latest entity holding
//      that title, else the most mentioned person so far;
//   4. he / she join the nearest compatible person: first in the same
//      sentence, then the first person of each earlier sentence (subjects
//      come first in English news); they / it join the nearest group or
//      organisation.
// Possessors and title prefixes ("Putin's spokesman", "U.S. Secretary of
// State") become the entity's affiliation.
#include <algorithm>
#include <map>
#include <unordered_map>

#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/stages.h"
#include "token_view.h"

namespace quotegraph {
namespace {

// How far back (in sentences) a pronoun looks for its antecedent.
constexpr std::uint32_t kPronounWindow = 3;
// How many mentions back a pronoun looks within its own sentence (a bound
// that keeps a sentence that never ends from costing quadratic time).
constexpr std::uint32_t kSameSentenceWindow = 100;

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

std::string LowerString(std::string_view s) {
  std::string buffer;
  return std::string(LowerAscii(s, buffer));
}

// InsertSorted without making a string when `value` is there already.
void InsertSortedView(std::vector<std::string>& v, std::string_view value) {
  const auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it == v.end() || *it != value) v.insert(it, std::string(value));
}

bool Compatible(Gender pronoun, Gender entity) {
  return entity == Gender::kUnknown || pronoun == Gender::kUnknown || pronoun == entity;
}

class Resolver {
  // Name part ("Wren", "Ada") -> the persons with it, found by views.
  using PartMap = std::map<std::string, std::vector<std::int32_t>, std::less<>>;

 public:
  explicit Resolver(Document& doc) : doc_(doc), tv_(doc), lex_(Lexicon::Get()) {}

  void Run() {
    // Documents have about one entity per six mentions: sized for one per
    // four, the per-entity vectors rarely grow.
    const std::size_t expected_entities = doc_.mentions.size() / 4 + 8;
    doc_.entities.reserve(doc_.entities.size() + expected_entities);
    mention_counts_.reserve(expected_entities);
    last_person_mention_.reserve(expected_entities);
    title_heads_.reserve(expected_entities);
    RegisterFullNames();
    for (std::uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      Mention& m = doc_.mentions[i];
      switch (m.kind) {
        case MentionKind::kName: ResolveName(i); break;
        case MentionKind::kDescription: ResolveDescription(i); break;
        case MentionKind::kPronoun: ResolvePronoun(i); break;
        case MentionKind::kGroup: break;  // made lazily when a group speaks
      }
      if (m.entity >= 0) {
        ++mention_counts_[m.entity];
        Entity& e = doc_.entities[static_cast<std::size_t>(m.entity)];
        if (e.gender == Gender::kUnknown && m.gender != Gender::kPlural) e.gender = m.gender;
        if (m.type == NodeType::kPerson) NotePersonMention(m.entity, i);
      }
    }
  }

 private:
  std::string_view NameText(const Mention& m) const {
    return m.name.empty() ? doc_.Slice(m.span) : doc_.Slice(m.name);
  }

  std::int32_t FindOrAdd(NodeType type, std::string_view canonical, std::uint32_t mention) {
    // The key in a buffer kept from call to call: no allocation to find.
    std::string& key = key_buffer_;
    key.assign(ToString(type));
    key += '\x1f';
    key += canonical;
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    Entity e;
    e.type = type;
    e.name = std::string(canonical);
    e.first_mention = mention;
    doc_.entities.push_back(std::move(e));
    const auto index = static_cast<std::int32_t>(doc_.entities.size() - 1);
    by_key_.emplace(key, index);
    mention_counts_.push_back(0);
    last_person_mention_.push_back(kNone);
    title_heads_.emplace_back();
    return index;
  }

  void RegisterFullNames() {
    full_name_entity_.assign(doc_.mentions.size(), -1);
    for (std::uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.kind != MentionKind::kName || m.type != NodeType::kPerson || m.tentative) continue;
      const std::string_view name = NameText(m);
      if (name.find(' ') == std::string_view::npos) continue;
      const std::size_t known = doc_.entities.size();
      const std::int32_t e = FindOrAdd(NodeType::kPerson, name, i);
      full_name_entity_[i] = e;
      // An entity found again has this very name: its parts are listed.
      if (doc_.entities.size() == known) continue;
      PartList(surnames_, LastWord(name)).push_back(e);
      PartList(first_names_, FirstWord(name)).push_back(e);
    }
    for (auto* map : {&surnames_, &first_names_}) {
      for (auto& [word, list] : *map) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
      }
    }
  }

  // The list of persons of a name part, made if new.
  static std::vector<std::int32_t>& PartList(PartMap& map, std::string_view word) {
    auto it = map.find(word);
    if (it == map.end()) it = map.emplace(std::string(word), std::vector<std::int32_t>{}).first;
    return it->second;
  }

  // The one person whose surname (else first name) is `word`, or -1.
  std::int32_t PersonByPart(std::string_view word) const {
    for (const auto* map : {&surnames_, &first_names_}) {
      auto it = map->find(word);
      if (it != map->end() && it->second.size() == 1) return it->second.front();
    }
    return -1;
  }

  void ResolveName(std::uint32_t i) {
    Mention& m = doc_.mentions[i];
    const std::string_view name = NameText(m);
    std::int32_t e = -1;
    if (m.type == NodeType::kPerson && name.find(' ') != std::string_view::npos &&
        !m.tentative) {
      // Registered by RegisterFullNames (the mention is unchanged since).
      e = full_name_entity_[i] >= 0 ? full_name_entity_[i] : FindOrAdd(NodeType::kPerson, name, i);
    } else if (name.find(' ') == std::string_view::npos &&
               (m.type == NodeType::kPerson || m.tentative)) {
      e = PersonByPart(name);
      if (e >= 0) {
        m.type = NodeType::kPerson;
        m.tentative = false;
      }
    }
    if (e < 0) {
      if (const KnownName* k = Known(name)) {
        m.type = k->type;
        m.tentative = false;
        e = FindOrAdd(k->type, k->canonical, i);
      } else if (!m.tentative) {
        e = FindOrAdd(m.type, name, i);
      }
    }
    if (e < 0) return;  // tentative: a speaker sieve may still claim it
    m.entity = e;
    InsertSortedView(doc_.entities[static_cast<std::size_t>(e)].aliases, name);
    if (!m.title.empty()) AddTitle(e, m, i);
  }

  const KnownName* Known(std::string_view name) const {
    if (const KnownName* k = lex_.Agency(name)) return k;
    if (const KnownName* k = lex_.Outlet(name)) return k;
    if (const KnownName* k = lex_.Organization(name)) return k;
    if (const KnownName* k = lex_.Place(name)) return k;
    return nullptr;
  }

  // Records the title and, through the possessor, the affiliation.
  void AddTitle(std::int32_t self, const Mention& m, std::uint32_t mention_index) {
    std::string title = m.title;
    std::string possessor = m.possessor;
    if (!possessor.empty() && title.compare(0, possessor.size(), possessor) == 0) {
      title = title.substr(std::min(title.size(), possessor.size() + 1));
    }
    if (!title.empty()) AddEntityTitle(self, title);
    if (possessor.empty() || doc_.entities[static_cast<std::size_t>(self)].affiliation >= 0) {
      return;
    }
    std::int32_t owner = -1;
    if (const KnownName* k = lex_.Demonym(possessor)) {
      owner = FindOrAdd(NodeType::kPlace, k->canonical, mention_index);
    } else if (const KnownName* k = Known(possessor)) {
      owner = FindOrAdd(k->type, k->canonical, mention_index);
    } else if (std::int32_t p = PersonByPart(possessor); p >= 0) {
      owner = p;
    } else if (lex_.IsOrganizationWord(LastWord(possessor))) {
      owner = FindOrAdd(NodeType::kOrganization, possessor, mention_index);  // "Palace spokesman"
    } else {
      owner = FindOrAdd(NodeType::kPerson, possessor, mention_index);
    }
    if (owner == self) return;
    Entity& e = doc_.entities[static_cast<std::size_t>(self)];
    e.affiliation = owner;
    e.affiliation_role = title;
  }

  void ResolveDescription(std::uint32_t i) {
    Mention& m = doc_.mentions[i];
    const std::string head = LowerString(LastWord(m.title));
    // "Sanders's campaign manager": someone the owner has, never the owner
    // and never the most mentioned person; the latest holder of the title
    // affiliated with that owner, if any (else a sieve makes the role its
    // own entity when it speaks).
    // "Jim Lee, the mayor of Carthage,": an appositive description is the
    // person named right before its comma.
    if (i > 0 && m.first_token > 0 && doc_.TokenText(m.first_token - 1) == "," &&
        ClosesAppositive(m.end_token)) {
      const Mention& before = doc_.mentions[i - 1];
      if (before.kind == MentionKind::kName && before.type == NodeType::kPerson &&
          before.entity >= 0 && before.end_token + 1 == m.first_token) {
        m.entity = before.entity;
        std::string title = m.title;
        if (title.rfind("the ", 0) == 0) title = title.substr(4);
        AddEntityTitle(m.entity, title);
        return;
      }
    }
    // "the Vatican spokesman, Federico Lombardi, told": the full name in
    // commas right after the description.
    if (i + 1 < doc_.mentions.size() && m.end_token < doc_.tokens.size() &&
        doc_.TokenText(m.end_token) == ",") {
      const Mention& after = doc_.mentions[i + 1];
      if (after.kind == MentionKind::kName && after.type == NodeType::kPerson &&
          !after.tentative && after.first_token == m.end_token + 1 &&
          full_name_entity_[i + 1] >= 0 && ClosesAppositive(after.end_token)) {
        m.entity = full_name_entity_[i + 1];
        std::string title = m.title;
        if (title.rfind("the ", 0) == 0) title = title.substr(4);
        AddEntityTitle(m.entity, title);
        return;
      }
    }
    if (!m.possessor.empty()) {
      if (auto it = latest_by_head_.find(head); it != latest_by_head_.end()) {
        const std::int32_t e = doc_.mentions[it->second].entity;
        const std::int32_t owner = doc_.entities[static_cast<std::size_t>(e)].affiliation;
        if (owner >= 0 && PersonByPart(m.possessor) == owner) m.entity = e;
      }
      return;
    }
    // The latest entity already holding this title: the entity of the
    // latest person mention whose entity has a title with this head word.
    if (auto it = latest_by_head_.find(head); it != latest_by_head_.end()) {
      m.entity = doc_.mentions[it->second].entity;
      return;
    }
    // Else the most mentioned person so far.
    std::int32_t best = -1;
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      if (doc_.entities[e].type != NodeType::kPerson || mention_counts_[e] == 0) continue;
      if (!Compatible(m.gender, doc_.entities[e].gender)) continue;
      if (best < 0 || mention_counts_[e] > mention_counts_[static_cast<std::size_t>(best)]) {
        best = static_cast<std::int32_t>(e);
      }
    }
    if (best < 0) return;
    m.entity = best;
    std::string title = m.title;
    if (title.rfind("the ", 0) == 0) title = title.substr(4);
    AddEntityTitle(best, title);
  }

  // True if the description ending before token `end` can be an
  // appositive: what follows closes it or completes it ("Jim Lee, the
  // mayor, said", "..., the mayor of Carthage,"), not a verb ("Doral, the
  // candidate boasted").
  bool ClosesAppositive(std::uint32_t end) const {
    if (end >= doc_.tokens.size()) return true;
    const std::string_view next = doc_.TokenText(end);
    return next == "," || next == "." || next == ")" || next == ";" || next == "of" ||
           next == "for" || next == "at" || next == "\u2014" || next == "--";
  }

  // Every title goes through here, so that latest_by_head_ stays exact.
  void AddEntityTitle(std::int32_t entity, const std::string& title) {
    const auto e = static_cast<std::size_t>(entity);
    InsertSorted(doc_.entities[e].titles, title);
    const std::string head = LowerString(LastWord(title));
    std::vector<std::string>& heads = title_heads_[e];
    if (std::find(heads.begin(), heads.end(), head) != heads.end()) return;
    heads.push_back(head);
    if (last_person_mention_[e] != kNone) NoteHead(head, last_person_mention_[e]);
  }

  // Mention `i` (a person mention, the latest so far) resolved to `entity`.
  void NotePersonMention(std::int32_t entity, std::uint32_t i) {
    const auto e = static_cast<std::size_t>(entity);
    last_person_mention_[e] = i;
    for (const std::string& head : title_heads_[e]) NoteHead(head, i);
  }

  void NoteHead(const std::string& head, std::uint32_t mention) {
    auto [it, added] = latest_by_head_.emplace(head, mention);
    if (!added && it->second < mention) it->second = mention;
  }

  bool Matches(const Mention& pronoun, const Mention& cand) const {
    if (cand.entity < 0 || (doc_.tokens[cand.first_token].flags & kInQuote)) return false;
    const Entity& e = doc_.entities[static_cast<std::size_t>(cand.entity)];
    if (pronoun.gender == Gender::kMale || pronoun.gender == Gender::kFemale) {
      return e.type == NodeType::kPerson && Compatible(pronoun.gender, e.gender);
    }
    if (pronoun.gender == Gender::kPlural) {
      return cand.kind == MentionKind::kGroup || e.type == NodeType::kOrganization;
    }
    return e.type == NodeType::kOrganization && cand.kind != MentionKind::kGroup;
  }

  void ResolvePronoun(std::uint32_t i) {
    Mention& m = doc_.mentions[i];
    const std::uint32_t sentence = doc_.tokens[m.first_token].sentence;
    // Same sentence: nearest first.
    const std::uint32_t nearest = i > kSameSentenceWindow ? i - kSameSentenceWindow : 0;
    for (std::uint32_t k = i; k-- > nearest;) {
      const Mention& c = doc_.mentions[k];
      if (doc_.tokens[c.first_token].sentence != sentence) break;
      if (Matches(m, c)) {
        m.entity = c.entity;
        return;
      }
    }
    // Earlier sentences: leftmost first (subject preference).  Mentions
    // are in text order here, so each sentence's run is found by binary
    // search, and only its first kSameSentenceWindow mentions are tried.
    const auto sentence_of = [&](std::uint32_t k) {
      return doc_.tokens[doc_.mentions[k].first_token].sentence;
    };
    const auto first_from = [&](std::uint32_t end, std::uint32_t s) {
      std::uint32_t lo = 0, hi = end;  // first k in [0, end) with sentence >= s
      while (lo < hi) {
        const std::uint32_t mid = lo + (hi - lo) / 2;
        if (sentence_of(mid) < s) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    std::uint32_t k = i;
    for (std::uint32_t back = 1; back <= kPronounWindow && back <= sentence; ++back) {
      const std::uint32_t s = sentence - back;
      k = first_from(k, s + 1);
      const std::uint32_t first = first_from(k, s);
      const std::uint32_t stop = std::min(k, first + kSameSentenceWindow);
      for (std::uint32_t c = first; c < stop; ++c) {
        if (Matches(m, doc_.mentions[c])) {
          m.entity = doc_.mentions[c].entity;
          return;
        }
      }
      k = first;
    }
  }

  Document& doc_;
  TokenView tv_;
  const Lexicon& lex_;
  // Keys are built in key_buffer_ (by_key_) or looked up by views
  // (std::less<>): no string is made to look a name up.
  std::unordered_map<std::string, std::int32_t> by_key_;
  std::string key_buffer_;  // FindOrAdd's key
  std::vector<std::int32_t> full_name_entity_;  // per mention, if RegisterFullNames made it one
  PartMap surnames_, first_names_;
  std::vector<std::uint32_t> mention_counts_;
  // Descriptions find "the latest entity holding this title" through these
  // instead of scanning back over every earlier mention: per entity, its
  // latest person mention and the head words of its titles; per head word,
  // the latest person mention whose entity has a title with it.
  static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
  std::vector<std::uint32_t> last_person_mention_;
  std::vector<std::vector<std::string>> title_heads_;  // per entity
  std::map<std::string, std::uint32_t> latest_by_head_;
};

}  // namespace

void ResolveCoreference(Document& doc) { Resolver(doc).Run(); }

}  // namespace quotegraph
