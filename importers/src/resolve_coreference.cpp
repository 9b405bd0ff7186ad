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
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/text_hash.h"
#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// How far back (in sentences) a pronoun looks for its antecedent.
constexpr std::uint32_t kPronounWindow = 3;
// How many mentions back a pronoun looks within its own sentence (a bound
// that keeps a sentence that never ends from costing quadratic time).
constexpr std::uint32_t kSameSentenceWindow = 100;

std::string_view FirstWord(std::string_view s) { return s.substr(0, s.find(' ')); }

// InsertSorted without making a string when `value` is there already.
void InsertSortedView(std::vector<std::string>& v, std::string_view value) {
  // Most values are there already (a name mentioned again), in short
  // lists: found by their length first, without a search's string compares.
  constexpr std::size_t kScanned = 8;
  if (v.size() <= kScanned) {
    for (const std::string& s : v) {
      if (s.size() == value.size() && std::string_view(s) == value) return;
    }
  }
  const auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it == v.end() || *it != value) v.insert(it, std::string(value));
}

bool Compatible(Gender pronoun, Gender entity) {
  return entity == Gender::kUnknown || pronoun == Gender::kUnknown || pronoun == entity;
}

constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);

// The entities a Resolver made, found by type and canonical name: an open
// addressing table of entity indices (the names are the entities' own).
class EntityIndex {
 public:
  void Clear() {
    slots_.assign(kInitialSlots, Slot{});
    used_ = 0;
  }
  // The entity of `entities` with this type and name, or -1.
  std::int32_t Find(const std::vector<Entity>& entities, NodeType type, std::string_view name,
                    std::size_t hash) const {
    for (std::size_t i = hash & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.entity < 0) return -1;
      if (slot.hash != hash) continue;
      const Entity& e = entities[static_cast<std::size_t>(slot.entity)];
      if (e.type == type && e.name == name) return slot.entity;
    }
  }
  // Adds entity `entity` (not in the table) with `hash`.
  void Add(std::int32_t entity, std::size_t hash) {
    if (2 * (used_ + 1) > slots_.size()) Grow();
    Place(Slot{hash, entity});
    ++used_;
  }
  // Any hash will do (entities are told apart by type and name):
  // TextHash, cheaper than std::hash.
  static std::size_t Hash(NodeType type, std::string_view name) {
    const std::uint64_t h = TextHash(name) ^ (static_cast<std::uint64_t>(type) * 0x9E3779B97F4A7C15ULL);
    return static_cast<std::size_t>(h * 0xBF58476D1CE4E5B9ULL);
  }

 private:
  static constexpr std::size_t kInitialSlots = 64;  // a power of two
  struct Slot {
    std::size_t hash = 0;
    std::int32_t entity = -1;
  };
  void Place(Slot s) {
    std::size_t i = s.hash & (slots_.size() - 1);
    while (slots_[i].entity >= 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = s;
  }
  void Grow() {
    std::vector<Slot> old(2 * slots_.size());
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.entity >= 0) Place(s);
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(kInitialSlots);
  std::size_t used_ = 0;
};

// What a Resolver keeps while it runs, reused from one document to the next
// on a thread: its containers keep their storage, so resolving a document
// allocates only for what the document itself keeps (entities, their names,
// aliases and titles).
struct ResolverScratch {
  EntityIndex by_key;
  std::vector<std::int32_t> full_name_entity;  // per mention
  // (name part, person) pairs, sorted and unique once the full names are
  // registered; the parts view the document's text.
  std::vector<std::pair<std::string_view, std::int32_t>> surnames, first_names;
  std::vector<std::uint32_t> mention_counts;       // per entity
  std::vector<std::uint32_t> last_person_mention;  // per entity
  // Title head words ("president"), each once: its text (the first
  // head_count entries are this document's; a slot keeps its storage) and
  // the latest person mention whose entity has a title with it (kNone
  // until there is one).
  std::vector<std::string> head_text;
  std::size_t head_count = 0;
  std::vector<std::uint32_t> head_latest;
  // Per entity, its heads as a list through head_links: the first link
  // (kNone: none), and per link its head and the next link.
  std::vector<std::uint32_t> first_head_link;
  struct HeadLink {
    std::uint32_t head;
    std::uint32_t next;
  };
  std::vector<HeadLink> head_links;
  std::string lower;  // a lower-cased head word being looked up

  void Clear(std::size_t mentions) {
    by_key.Clear();
    full_name_entity.assign(mentions, -1);
    surnames.clear();
    first_names.clear();
    mention_counts.clear();
    last_person_mention.clear();
    head_count = 0;
    head_latest.clear();
    first_head_link.clear();
    head_links.clear();
  }

  static ResolverScratch& ForThread() {
    static thread_local ResolverScratch scratch;
    return scratch;
  }
};

class Resolver {
  using PartList = std::vector<std::pair<std::string_view, std::int32_t>>;

 public:
  explicit Resolver(Document& doc)
      : doc_(doc), lex_(Lexicon::Get()), s_(ResolverScratch::ForThread()) {}

  void Run() {
    // Documents have about one entity per six mentions: sized for one per
    // four, the per-entity vectors rarely grow.
    const std::size_t expected_entities = doc_.mentions.size() / 4 + 8;
    doc_.entities.reserve(doc_.entities.size() + expected_entities);
    s_.Clear(doc_.mentions.size());
    first_entity_ = doc_.entities.size();
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
        ++MentionCount(m.entity);
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

  // The per-entity counters are indexed from the first entity this
  // resolver made (entities already there have none).
  std::size_t Own(std::int32_t e) const { return static_cast<std::size_t>(e) - first_entity_; }
  bool IsOwn(std::size_t e) const { return e >= first_entity_; }
  std::uint32_t& MentionCount(std::int32_t e) { return s_.mention_counts[Own(e)]; }

  std::int32_t FindOrAdd(NodeType type, std::string_view canonical, std::uint32_t mention) {
    const std::size_t hash = EntityIndex::Hash(type, canonical);
    const std::int32_t found = s_.by_key.Find(doc_.entities, type, canonical, hash);
    if (found >= 0) return found;
    Entity e;
    e.type = type;
    e.name = std::string(canonical);
    e.first_mention = mention;
    doc_.entities.push_back(std::move(e));
    const auto index = static_cast<std::int32_t>(doc_.entities.size() - 1);
    s_.by_key.Add(index, hash);
    s_.mention_counts.push_back(0);
    s_.last_person_mention.push_back(kNone);
    s_.first_head_link.push_back(kNone);
    return index;
  }

  void RegisterFullNames() {
    for (std::uint32_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (m.kind != MentionKind::kName || m.type != NodeType::kPerson || m.tentative) continue;
      const std::string_view name = NameText(m);
      if (name.find(' ') == std::string_view::npos) continue;
      const std::size_t known = doc_.entities.size();
      const std::int32_t e = FindOrAdd(NodeType::kPerson, name, i);
      s_.full_name_entity[i] = e;
      // An entity found again has this very name: its parts are listed.
      if (doc_.entities.size() == known) continue;
      s_.surnames.emplace_back(LastWord(name), e);
      s_.first_names.emplace_back(FirstWord(name), e);
    }
    for (PartList* parts : {&s_.surnames, &s_.first_names}) {
      std::sort(parts->begin(), parts->end());
      parts->erase(std::unique(parts->begin(), parts->end()), parts->end());
    }
  }

  // The one person whose surname (else first name) is `word`, or -1.
  std::int32_t PersonByPart(std::string_view word) const {
    for (const PartList* parts : {&s_.surnames, &s_.first_names}) {
      const auto first = std::lower_bound(
          parts->begin(), parts->end(), word,
          [](const std::pair<std::string_view, std::int32_t>& p, std::string_view w) {
            return p.first < w;
          });
      if (first == parts->end() || first->first != word) continue;
      const auto next = first + 1;
      if (next == parts->end() || next->first != word) return first->second;
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
      e = s_.full_name_entity[i] >= 0 ? s_.full_name_entity[i]
                                      : FindOrAdd(NodeType::kPerson, name, i);
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

  // The possessor without the qualifiers around its owner ("Former
  // Florida" -> "Florida", "Presumptive Republican" -> "Republican",
  // "Senate Minority" -> "Senate"); empty if only qualifiers are left.
  std::string_view WithoutQualifiers(std::string_view possessor) const {
    auto qualifier = [&](std::string_view word) {
      const KnownName* k = lex_.AffiliationWord(word);
      return k != nullptr && k->canonical.empty();
    };
    while (!possessor.empty()) {
      const std::size_t space = possessor.find(' ');
      if (!qualifier(possessor.substr(0, space))) break;
      possessor = space == std::string_view::npos ? std::string_view() : possessor.substr(space + 1);
    }
    while (!possessor.empty()) {
      const std::size_t space = possessor.rfind(' ');
      if (space == std::string_view::npos || !qualifier(possessor.substr(space + 1))) break;
      possessor = possessor.substr(0, space);
    }
    if (qualifier(possessor)) return {};
    return possessor;
  }

  // Every word starts with a capital letter ("Trey Gowdy", not "NBC News
  // senior investigative").
  static bool IsCapitalisedName(std::string_view name) {
    for (std::size_t i = 0; i < name.size(); i = name.find(' ', i) + 1) {
      if (name[i] < 'A' || name[i] > 'Z') return false;
      if (name.find(' ', i) == std::string_view::npos) break;
    }
    return !name.empty();
  }

  // "DFA", "GOP", "NAACP": two or more capitals and nothing else.
  static bool IsAcronym(std::string_view word) {
    if (word.size() < 2) return false;
    for (const char c : word) {
      if (c < 'A' || c > 'Z') return false;
    }
    return true;
  }

  // Records the title and, through the possessor, the affiliation.
  void AddTitle(std::int32_t self, const Mention& m, std::uint32_t mention_index) {
    std::string_view title = m.title;
    const std::string_view possessor = m.possessor;
    if (!possessor.empty() && title.compare(0, possessor.size(), possessor) == 0) {
      title = title.substr(std::min(title.size(), possessor.size() + 1));
    }
    if (!title.empty()) AddEntityTitle(self, title);
    if (possessor.empty() || doc_.entities[static_cast<std::size_t>(self)].affiliation >= 0) {
      return;
    }
    // "State Department" is known as a whole; "Former Florida" is not.
    const std::string_view owner_name =
        Known(possessor) != nullptr ? possessor : WithoutQualifiers(possessor);
    if (owner_name.empty()) return;  // "Former governor X": no owner named
    std::int32_t owner = -1;
    const KnownName* party = lex_.AffiliationWord(owner_name);
    if (party != nullptr && !party->canonical.empty()) {
      owner = FindOrAdd(NodeType::kOrganization, party->canonical, mention_index);  // "Democratic"
    } else if (const KnownName* k = lex_.Demonym(owner_name)) {
      owner = FindOrAdd(NodeType::kPlace, k->canonical, mention_index);
    } else if (const KnownName* k = Known(owner_name)) {
      owner = FindOrAdd(k->type, k->canonical, mention_index);
    } else if (std::int32_t p = PersonByPart(owner_name); p >= 0) {
      owner = p;
    } else if (lex_.IsOrganizationWord(LastWord(owner_name)) || IsAcronym(LastWord(owner_name))) {
      // "Palace spokesman", "DFA spokesman", "Henrico County GOP chairman"
      owner = FindOrAdd(NodeType::kOrganization, owner_name, mention_index);
    } else if (IsCapitalisedName(owner_name)) {
      owner = FindOrAdd(NodeType::kPerson, owner_name, mention_index);  // "Gowdy spokesman"
    } else {
      return;  // "NBC News senior investigative correspondent": no owner
    }
    if (owner == self) return;
    Entity& e = doc_.entities[static_cast<std::size_t>(self)];
    e.affiliation = owner;
    e.affiliation_role = std::string(title);
  }

  // The head word of a title as written ("President" of "US President"),
  // and the index in head_text of its lower-cased form, or kNone if no
  // title had it yet.  Compared ignoring ASCII case: no lower-cased copy.
  std::uint32_t FindHead(std::string_view title, std::string_view* word) const {
    const std::size_t space = title.rfind(' ');
    *word = space == std::string_view::npos ? title : title.substr(space + 1);  // LastWord
    for (std::uint32_t h = 0; h < s_.head_count; ++h) {
      if (EqualsLowered(*word, s_.head_text[h])) return h;
    }
    return kNone;
  }

  // True if ASCII-lower-casing `word` gives `lower`.
  static bool EqualsLowered(std::string_view word, std::string_view lower) {
    if (word.size() != lower.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != lower[i]) return false;
    }
    return true;
  }

  void ResolveDescription(std::uint32_t i) {
    Mention& m = doc_.mentions[i];
    // "Jim Lee, the mayor of Carthage,": an appositive description is the
    // person named right before its comma.
    if (i > 0 && m.first_token > 0 && doc_.TokenText(m.first_token - 1) == "," &&
        ClosesAppositive(m.end_token)) {
      const Mention& before = doc_.mentions[i - 1];
      if (before.kind == MentionKind::kName && before.type == NodeType::kPerson &&
          before.entity >= 0 && before.end_token + 1 == m.first_token) {
        m.entity = before.entity;
        AddEntityTitle(m.entity, WithoutArticle(m.title));
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
          s_.full_name_entity[i + 1] >= 0 && ClosesAppositive(after.end_token)) {
        m.entity = s_.full_name_entity[i + 1];
        AddEntityTitle(m.entity, WithoutArticle(m.title));
        return;
      }
    }
    std::string_view head_word;
    const std::uint32_t head = FindHead(m.title, &head_word);
    // "Sanders's campaign manager": someone the owner has, never the owner
    // and never the most mentioned person; the latest holder of the title
    // affiliated with that owner, if any (else a sieve makes the role its
    // own entity when it speaks).
    if (!m.possessor.empty()) {
      if (head != kNone && s_.head_latest[head] != kNone) {
        const std::int32_t e = doc_.mentions[s_.head_latest[head]].entity;
        const std::int32_t owner = doc_.entities[static_cast<std::size_t>(e)].affiliation;
        if (owner >= 0 && PersonByPart(m.possessor) == owner) m.entity = e;
      }
      return;
    }
    // The latest entity already holding this title: the entity of the
    // latest person mention whose entity has a title with this head word.
    if (head != kNone && s_.head_latest[head] != kNone) {
      m.entity = doc_.mentions[s_.head_latest[head]].entity;
      return;
    }
    // Else the most mentioned person so far.
    std::int32_t best = -1;
    for (std::size_t e = first_entity_; e < doc_.entities.size(); ++e) {
      const std::uint32_t count = MentionCount(static_cast<std::int32_t>(e));
      if (doc_.entities[e].type != NodeType::kPerson || count == 0) continue;
      if (!Compatible(m.gender, doc_.entities[e].gender)) continue;
      if (best < 0 || count > MentionCount(best)) best = static_cast<std::int32_t>(e);
    }
    if (best < 0) return;
    m.entity = best;
    AddEntityTitle(best, WithoutArticle(m.title));
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

  // "the mayor" -> "mayor": the title as an entity holds it.
  static std::string_view WithoutArticle(std::string_view title) {
    return title.rfind("the ", 0) == 0 ? title.substr(4) : title;
  }

  // Every title goes through here, so that head_latest stays exact.
  void AddEntityTitle(std::int32_t entity, std::string_view title) {
    InsertSortedView(doc_.entities[static_cast<std::size_t>(entity)].titles, title);
    std::string_view head_word;
    std::uint32_t head = FindHead(title, &head_word);
    if (head == kNone) {
      const std::string_view lower = LowerAscii(head_word, s_.lower);
      head = static_cast<std::uint32_t>(s_.head_count++);
      if (head == s_.head_text.size()) s_.head_text.emplace_back();
      s_.head_text[head].assign(lower.data(), lower.size());
      s_.head_latest.push_back(kNone);
    }
    const std::size_t e = Own(entity);
    for (std::uint32_t l = s_.first_head_link[e]; l != kNone; l = s_.head_links[l].next) {
      if (s_.head_links[l].head == head) return;
    }
    // Prepended: the order of an entity's heads does not matter (each is
    // noted with the same mention).
    s_.head_links.push_back({head, s_.first_head_link[e]});
    s_.first_head_link[e] = static_cast<std::uint32_t>(s_.head_links.size() - 1);
    if (s_.last_person_mention[e] != kNone) NoteHead(head, s_.last_person_mention[e]);
  }

  // Mention `i` (a person mention, the latest so far) resolved to `entity`.
  void NotePersonMention(std::int32_t entity, std::uint32_t i) {
    const std::size_t e = Own(entity);
    s_.last_person_mention[e] = i;
    for (std::uint32_t l = s_.first_head_link[e]; l != kNone; l = s_.head_links[l].next) {
      NoteHead(s_.head_links[l].head, i);
    }
  }

  void NoteHead(std::uint32_t head, std::uint32_t mention) {
    std::uint32_t& latest = s_.head_latest[head];
    if (latest == kNone || latest < mention) latest = mention;
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
  const Lexicon& lex_;
  ResolverScratch& s_;
  std::size_t first_entity_ = 0;  // entities before this one are not its own
};

}  // namespace

void ResolveCoreference(Document& doc) { Resolver(doc).Run(); }

}  // namespace quotegraph
