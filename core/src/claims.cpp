#include "quotegraph/core/claims.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <deque>
#include <exception>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "quotegraph/core/ids.h"
#include "quotegraph/core/text_hash.h"
#include "quotegraph/core/text_match.h"

namespace quotegraph {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool IsAsciiLetter(char c) { return c >= 'a' && c <= 'z'; }

// FNV-1a, 64 bits (a hash that is the same on every platform and run), of
// each text.  The texts are taken four at a time, one in each of
// four lanes whose chains of multiplies are independent, so that they
// overlap instead of each byte waiting on the one before (a byte costs a
// multiply's latency in a single chain); a lane that finishes takes the
// next text.
std::vector<std::uint64_t> Fnv1aMany(const std::vector<std::string_view>& texts) {
  constexpr std::uint64_t kBasis = 1469598103934665603ULL;
  constexpr std::uint64_t kPrime = 1099511628211ULL;
  constexpr std::size_t kLanes = 4;
  std::vector<std::uint64_t> out(texts.size(), kBasis);
  struct Lane {
    std::size_t text = SIZE_MAX;  // the text it hashes, SIZE_MAX when idle
    const unsigned char* at = nullptr;
    std::size_t left = 0;  // bytes still to hash
    std::uint64_t h = kBasis;
  };
  Lane lanes[kLanes];
  std::size_t next = 0;
  // Puts the next non-empty text into an idle lane (empty ones keep the
  // basis); false when none is left.
  auto fill = [&](Lane& lane) {
    while (next < texts.size() && texts[next].empty()) ++next;
    if (next == texts.size()) {
      lane.text = SIZE_MAX;
      return false;
    }
    lane.text = next;
    lane.at = reinterpret_cast<const unsigned char*>(texts[next].data());
    lane.left = texts[next].size();
    lane.h = kBasis;
    ++next;
    return true;
  };
  std::size_t active = 0;
  for (Lane& lane : lanes) active += fill(lane) ? 1 : 0;
  while (active == kLanes) {
    std::size_t run = lanes[0].left;
    for (const Lane& lane : lanes) run = std::min(run, lane.left);
    std::uint64_t h0 = lanes[0].h, h1 = lanes[1].h, h2 = lanes[2].h, h3 = lanes[3].h;
    const unsigned char *p0 = lanes[0].at, *p1 = lanes[1].at, *p2 = lanes[2].at,
                        *p3 = lanes[3].at;
    for (std::size_t i = 0; i < run; ++i) {
      h0 = (h0 ^ p0[i]) * kPrime;
      h1 = (h1 ^ p1[i]) * kPrime;
      h2 = (h2 ^ p2[i]) * kPrime;
      h3 = (h3 ^ p3[i]) * kPrime;
    }
    lanes[0].h = h0;
    lanes[1].h = h1;
    lanes[2].h = h2;
    lanes[3].h = h3;
    for (Lane& lane : lanes) {
      lane.at += run;
      lane.left -= run;
      if (lane.left == 0) {
        out[lane.text] = lane.h;
        if (!fill(lane)) --active;
      }
    }
  }
  // Fewer texts than lanes left: one at a time.
  for (const Lane& lane : lanes) {
    if (lane.text == SIZE_MAX) continue;
    std::uint64_t h = lane.h;
    for (std::size_t i = 0; i < lane.left; ++i) h = (h ^ lane.at[i]) * kPrime;
    out[lane.text] = h;
  }
  return out;
}

std::string Hex(std::uint64_t v) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kDigits[v & 15];
    v >>= 4;
  }
  return out;
}

// Whether a statement is a denial (compared as a view: no strlen, no call).
bool IsDenial(const Node& statement) {
  return std::string_view(statement.relation) == std::string_view("denied");
}

// Disjoint sets over 0..n-1 (union by index: the smaller root wins, which
// keeps the roots independent of the order unions are made in).
class DisjointSets {
 public:
  explicit DisjointSets(std::size_t n) : parent_(n) {
    std::iota(parent_.begin(), parent_.end(), 0);
  }
  std::size_t Find(std::size_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }
  void Union(std::size_t a, std::size_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;
  }

 private:
  std::vector<std::size_t> parent_;
};

// Whether the ascending ranges [i, i_end) and [j, j_end) share an element.
template <typename I, typename J>
bool Intersects(I i, I i_end, J j, J j_end) {
  while (i != i_end && j != j_end) {
    if (*i == *j) return true;
    if (*i < *j) ++i; else ++j;
  }
  return false;
}
template <typename A, typename B>
bool Intersects(const A& a, const B& b) {
  return Intersects(a.begin(), a.end(), b.begin(), b.end());
}

// Short lists of node indices (a statement's speakers) stored end to end in
// blocks that never move, so a list is a pointer and a length: no
// allocation per statement.  One per thread.
class IdLists {
 public:
  // A copy of [ids, ids + n), valid as long as the IdLists.
  const std::uint32_t* Store(const std::uint32_t* ids, std::size_t n) {
    if (n == 0) return nullptr;
    if (blocks_.empty() || used_ + n > kBlock) {
      blocks_.push_back(std::make_unique<std::uint32_t[]>(std::max(kBlock, n)));
      used_ = 0;
    }
    std::uint32_t* at = blocks_.back().get() + used_;
    std::copy(ids, ids + n, at);
    used_ += n;
    return at;
  }

 private:
  static constexpr std::size_t kBlock = 16384;
  std::vector<std::unique_ptr<std::uint32_t[]>> blocks_;
  std::size_t used_ = 0;  // in the last block
};

// What the grouping needs to know of one statement once its key is known
// (node indices fit 32 bits: Graph's record index holds them as such).
struct StatementFacts {
  std::uint32_t node = 0;
  // Said/denied source node indices, ascending (in the IdLists of the
  // thread that worked them out).
  const std::uint32_t* speakers = nullptr;
  std::uint32_t num_speakers = 0;
  const std::uint32_t* speakers_end() const { return speakers + num_speakers; }
  // Denials only (the one place it is read, JoinAnaphoricDenials): the
  // speakers and the entities affiliated with them either way (a spokesman
  // and his office), ascending.
  std::vector<std::uint32_t> side;
};

// A run of ids in a table's list: a pointer and a length.
template <typename T>
class IdRun {
 public:
  IdRun() = default;
  IdRun(T* data, std::size_t size) : data_(data), size_(static_cast<std::uint32_t>(size)) {}
  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  T* data_ = nullptr;
  std::uint32_t size_ = 0;
};

// One distinct (words, about) key and the statements that have it: views
// of its KeyTable's lists (no vector, so no allocation, per key).
struct Key {
  IdRun<std::uint32_t> words;           // word ids, ascending
  IdRun<std::uint32_t> words_by_text;   // the same in their texts' order
  IdRun<const std::uint32_t> about;     // ascending
  IdRun<const std::uint32_t> speakers;  // union over the members, ascending
  IdRun<const std::uint32_t> members;   // indices into the facts vector, ascending
};


// The hash of a word in the tables below: TextHash, eight bytes at a time
// (the ids and the order of everything worked out do not depend on it).
std::uint64_t WordHash(std::string_view s) { return TextHash(s); }

// A set of words by their text, each with a dense id (0, 1, 2, ... in the
// order they were added), open addressing on a hash the caller gives (so a
// word's hash is worked out once, wherever it is looked up).  Holds views:
// the text must outlive the table.
class WordTable {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;

  // The id of `text`, or kNone.
  std::uint32_t Find(std::string_view text, std::uint64_t hash) const {
    if (slots_.empty()) return kNone;
    for (std::size_t i = SlotOf(hash);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == hash && texts_[s.id] == text) return s.id;
    }
  }
  // Adds `text` (not yet in the table) and returns its id.
  std::uint32_t Add(std::string_view text, std::uint64_t hash) {
    if ((texts_.size() + 1) * 2 > slots_.size()) Grow();
    const auto id = static_cast<std::uint32_t>(texts_.size());
    texts_.push_back(text);
    hashes_.push_back(hash);
    Place(id);
    return id;
  }
  std::size_t size() const { return texts_.size(); }
  std::string_view text(std::uint32_t id) const { return texts_[id]; }
  std::uint64_t hash(std::uint32_t id) const { return hashes_[id]; }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t id = kNone;
  };
  std::size_t SlotOf(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_) & mask_;
  }
  void Place(std::uint32_t id) {
    std::size_t i = SlotOf(hashes_[id]);
    while (slots_[i].id != kNone) i = (i + 1) & mask_;
    slots_[i] = Slot{hashes_[id], id};
  }
  void Grow() {
    const std::size_t size = std::max<std::size_t>(64, slots_.size() * 2);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 64 - __builtin_ctzll(size);
    for (std::uint32_t id = 0; id < texts_.size(); ++id) Place(id);
  }
  std::vector<Slot> slots_;
  std::vector<std::string_view> texts_;
  std::vector<std::uint64_t> hashes_;
  std::size_t mask_ = 0;
  int shift_ = 64;
};

// A run of word ids held elsewhere: a pointer and a length.
struct IdRunView {
  const std::uint32_t* data = nullptr;
  std::uint32_t size = 0;
  const std::uint32_t* begin() const { return data; }
  const std::uint32_t* end() const { return data + size; }
};

// What ClaimWords decides for each word, decided once per distinct folded
// word: whether it is a stop word, its stem, whether the stem is one.
// Words are numbered (WordTable ids) and the stems are words of the same
// table, so a statement's content words come out as ids and two words or
// stems are the same text exactly when their ids are equal.  One cache per
// thread; its texts live as long as it does.
class WordCache {
 public:
  explicit WordCache(const ClaimOptions& options) : options_(&options) {}

  // The id of folded word `word`, added if new.
  std::uint32_t Intern(std::string_view word) {
    const std::uint64_t h = WordHash(word);
    std::uint32_t id = table_.Find(word, h);
    if (id != WordTable::kNone) return id;
    const std::string& stored = texts_.emplace_back(word);
    id = table_.Add(stored, h);
    // The first eight bytes, big-endian, zero-padded: ordered as the
    // texts are, up to a tie (a word holds no zero byte).
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i) {
      prefix = (prefix << 8) | (i < word.size() ? static_cast<unsigned char>(word[i]) : 0U);
    }
    info_.push_back(Info{prefix});
    return id;
  }
  // The id of StemWord(text(id)).
  std::uint32_t Stem(std::uint32_t id) {
    if (info_[id].stem == WordTable::kNone) {
      const std::uint32_t stem = Intern(StemWord(table_.text(id)));
      info_[id].stem = stem;
    }
    return info_[id].stem;
  }
  // Whether the word survives ClaimWords' stop-word tests: it is not a stop
  // word, and its stem is neither empty nor a stop word.
  bool MayBeContent(std::uint32_t id) {
    if (info_[id].content < 0) {
      const std::uint32_t stem = Stem(id);
      const bool content = !IsStopWord(id) && !table_.text(stem).empty() && !IsStopWord(stem);
      info_[id].content = content ? 1 : 0;
    }
    return info_[id].content > 0;
  }
  std::string_view text(std::uint32_t id) const { return table_.text(id); }
  std::uint64_t hash(std::uint32_t id) const { return table_.hash(id); }
  std::size_t size() const { return table_.size(); }  // ids are below this

  // Appends the ids of the folded words of `text` to `out`.
  void AppendWords(std::string_view text, std::vector<std::uint32_t>& out) {
    MatchWordsInto(text, folded_, views_);
    for (std::string_view w : views_) out.push_back(Intern(w));
  }

  // ClaimWords(text, options, excluded names) as ids of the stems, sorted
  // by their text, unique; `excluded` holds the ids of the names' words.
  // A text seen before (a remark reported word for word by many articles)
  // is not folded and split again: its words that may be content and their
  // stems are kept, by text, so `text` must outlive the cache.
  void ContentWords(std::string_view text, const std::vector<std::uint32_t>& excluded,
                    std::vector<std::uint32_t>& out) {
    const std::uint64_t h = TextHash(text);
    std::uint32_t seen = seen_texts_.Find(text, h);
    if (seen == WordTable::kNone) seen = AddText(text, h);
    const Candidates& c = candidates_[seen];
    // The excluded words are marked by id (not searched for each word).
    if (++mark_ == 0) {
      std::fill(excluded_mark_.begin(), excluded_mark_.end(), 0);
      mark_ = 1;
    }
    if (excluded_mark_.size() < table_.size()) excluded_mark_.resize(table_.size(), 0);
    for (std::uint32_t id : excluded) excluded_mark_[id] = mark_;
    auto is_excluded = [&](std::uint32_t id) { return excluded_mark_[id] == mark_; };
    out.clear();
    for (std::size_t i = c.at; i < c.at + c.count; ++i) {
      const auto [word, stem] = candidate_words_[i];
      // A possessive of an excluded name ("putin's") is the name too.
      if (is_excluded(word) || is_excluded(stem)) continue;
      if (out.empty() || out.back() != stem) out.push_back(stem);  // sorted: repeats adjacent
    }
  }

  // The ids of the folded words of `text`, in text order (text(id) is
  // each word): kept from when the text was first seen (ContentWords), so
  // a statement's text is folded and split once.  The run is valid until
  // the next call that adds a text; `text` must outlive the cache.
  IdRunView TextWords(std::string_view text) {
    const std::uint64_t h = TextHash(text);
    std::uint32_t seen = seen_texts_.Find(text, h);
    if (seen == WordTable::kNone) seen = AddText(text, h);
    const Candidates& c = candidates_[seen];
    return IdRunView{text_words_.data() + c.words_at, c.num_words};
  }

 private:
  // A text's words that may be content (MayBeContent) with their stems,
  // ordered by the stem's text: candidate_words_[at, at + count).
  struct Candidates {
    std::uint32_t at = 0, count = 0;
    std::uint32_t words_at = 0, num_words = 0;  // all its words: text_words_
  };
  std::uint32_t AddText(std::string_view text, std::uint64_t hash) {
    const auto at = static_cast<std::uint32_t>(candidate_words_.size());
    const auto words_at = static_cast<std::uint32_t>(text_words_.size());
    MatchWordsInto(text, folded_, views_);
    for (std::string_view w : views_) {
      const std::uint32_t id = Intern(w);
      text_words_.push_back(id);
      if (MayBeContent(id)) candidate_words_.emplace_back(id, Stem(id));
    }
    // ContentWords keeps each stem once whichever of its words come first,
    // so equal stems need no stable order (std::stable_sort allocated a
    // buffer per text); the word id breaks ties, for a fixed order.
    std::sort(candidate_words_.begin() + at, candidate_words_.end(),
              [&](const auto& x, const auto& y) {
                if (x.second != y.second) return TextBefore(x.second, y.second);
                return x.first < y.first;
              });
    candidates_.push_back(Candidates{at, static_cast<std::uint32_t>(candidate_words_.size() - at),
                                     words_at,
                                     static_cast<std::uint32_t>(text_words_.size() - words_at)});
    return seen_texts_.Add(text, hash);
  }
  bool TextBefore(std::uint32_t a, std::uint32_t b) const {
    if (info_[a].prefix != info_[b].prefix) return info_[a].prefix < info_[b].prefix;
    return a != b && table_.text(a) < table_.text(b);
  }

  struct Info {
    std::uint64_t prefix = 0;  // orders words as their text does, but for ties
    std::uint32_t stem = WordTable::kNone;
    std::int8_t content = -1;  // unknown until MayBeContent asks
  };
  bool IsStopWord(std::uint32_t id) {
    key_.assign(table_.text(id));
    return options_->stop_words.count(key_) > 0;
  }
  const ClaimOptions* options_;
  WordTable table_;
  std::deque<std::string> texts_;  // the words' text; a deque never moves them
  std::vector<Info> info_;
  WordTable seen_texts_;  // statements' texts (views: not copied)
  std::vector<Candidates> candidates_;  // by seen_texts_ id
  std::vector<std::pair<std::uint32_t, std::uint32_t>> candidate_words_;  // (word, stem)
  std::vector<std::uint32_t> text_words_;  // each seen text's words, in order
  std::string folded_, key_;
  std::vector<std::string_view> views_;
  // By word id: ContentWords' mark_ when the word is excluded.
  std::vector<std::uint32_t> excluded_mark_;
  std::uint32_t mark_ = 0;
};

// The edges the grouping reads, by node: leaving a node (about,
// reported_by, affiliated_with) and entering it (said, denied,
// affiliated_with), each as its type and the node at its other end, in the
// order of Graph::OutEdges / InEdges (insertion order).  Laid out once, in
// two counting passes over the edges, and dropped when the claims are
// worked out: the graph's Boost topology (an edge list per vertex and 72
// bytes per edge, kept with the graph) is not laid out for it.
class Adjacency {
 public:
  explicit Adjacency(const Graph& g) {
    auto read_out = [](EdgeType t) {
      return t == EdgeType::kAbout || t == EdgeType::kReportedBy || t == EdgeType::kAffiliatedWith;
    };
    auto read_in = [](EdgeType t) {
      return t == EdgeType::kSaid || t == EdgeType::kDenied || t == EdgeType::kAffiliatedWith;
    };
    const std::size_t n = g.num_nodes();
    const std::size_t m = g.num_edges();
    out_start_.assign(n + 1, 0);
    in_start_.assign(n + 1, 0);
    for (std::size_t i = 0; i < m; ++i) {
      const EdgeType t = g.edge_type(i);
      if (read_out(t)) ++out_start_[g.source_index(i) + 1];
      if (read_in(t)) ++in_start_[g.target_index(i) + 1];
    }
    for (std::size_t v = 0; v < n; ++v) {
      out_start_[v + 1] += out_start_[v];
      in_start_[v + 1] += in_start_[v];
    }
    out_.resize(out_start_[n]);
    in_.resize(in_start_[n]);
    std::vector<std::uint32_t> out_next(out_start_.begin(), out_start_.end() - 1);
    std::vector<std::uint32_t> in_next(in_start_.begin(), in_start_.end() - 1);
    for (std::size_t i = 0; i < m; ++i) {
      const EdgeType t = g.edge_type(i);
      const auto s = static_cast<std::uint32_t>(g.source_index(i));
      const auto d = static_cast<std::uint32_t>(g.target_index(i));
      if (read_out(t)) out_[out_next[s]++] = Link{d, t};
      if (read_in(t)) in_[in_next[d]++] = Link{s, t};
    }
  }

  // Calls f(type, node at its other end) for every such edge leaving
  // (ForOut) or entering (ForIn) node v.
  template <typename F>
  void ForOut(std::size_t v, F f) const {
    for (std::uint32_t i = out_start_[v]; i < out_start_[v + 1]; ++i) {
      f(out_[i].type, static_cast<std::size_t>(out_[i].other));
    }
  }
  template <typename F>
  void ForIn(std::size_t v, F f) const {
    for (std::uint32_t i = in_start_[v]; i < in_start_[v + 1]; ++i) {
      f(in_[i].type, static_cast<std::size_t>(in_[i].other));
    }
  }

 private:
  struct Link {
    std::uint32_t other;
    EdgeType type;
  };
  std::vector<std::uint32_t> out_start_, in_start_;  // by node, and one past the last
  std::vector<Link> out_, in_;
};

// A speaker's side: the entities it is affiliated with, either way.
// Cached per speaker, so a speaker with many statements costs one scan.
using SideCache = std::unordered_map<std::size_t, std::vector<std::uint32_t>>;
const std::vector<std::uint32_t>& SideOf(const Adjacency& adj, std::size_t speaker,
                                         SideCache& cache) {
  auto [it, added] = cache.try_emplace(speaker);
  if (!added) return it->second;
  std::vector<std::uint32_t>& side = it->second;
  adj.ForOut(speaker, [&](EdgeType type, std::size_t other) {
    if (type == EdgeType::kAffiliatedWith) side.push_back(static_cast<std::uint32_t>(other));
  });
  adj.ForIn(speaker, [&](EdgeType type, std::size_t other) {
    if (type == EdgeType::kAffiliatedWith) side.push_back(static_cast<std::uint32_t>(other));
  });
  return side;
}

// Buffers IdWords reuses from call to call (one set per thread).
struct IdWordsBuffers {
  std::vector<std::uint32_t> ids, key_words, seen;
  std::string out;
};

// Per thread: caches of speakers' sides, of words (WordCache) and of the
// words of entities' names, and the key parts of the statements it worked
// out in the current block, end to end (StatementKeyParts says where).
struct SlotState {
  explicit SlotState(const ClaimOptions& options) : words(options) {}
  SideCache sides;
  WordCache words;
  // The ids of the folded words of an entity's names (label and aliases),
  // by entity node.
  std::unordered_map<std::size_t, std::vector<std::uint32_t>> name_words;
  std::vector<std::uint32_t> excluded, content, speakers;  // reused by FactsOf
  IdLists id_lists;  // the statements' speakers (StatementFacts)
  IdWordsBuffers id_words;  // for the claim ids (IdWords)
  // A claim's member ids and articles (WithClaims), reused from claim to
  // claim.
  std::vector<std::string_view> member_ids, member_articles;
  std::vector<std::uint32_t> block_words;  // content words (ids in `words`)
  std::vector<std::uint32_t> block_ids;    // the same words' ids in the key table
  std::vector<std::uint32_t> block_text_ids;  // those ids in the words' text order
  std::vector<std::uint32_t> block_about;  // about-entity node indices
  // The provisional id (see AllKeys) of each word of `words` once looked
  // up in its shard, else WordTable::kNone.
  std::vector<std::uint32_t> provisional_id;
};

// Where one statement's content words (sorted by text, unique) and about
// set (ascending) are in its thread's SlotState, held only until they are
// folded into a key.
struct StatementKeyParts {
  std::uint32_t slot = 0;
  std::uint32_t words_at = 0, num_words = 0;
  std::uint32_t about_at = 0, num_about = 0;
};

// The ids of the folded words of entity t's names, cached per thread.
const std::vector<std::uint32_t>& NameWordsOf(const Graph& g, std::size_t t, SlotState& state) {
  auto [it, added] = state.name_words.try_emplace(t);
  if (added) {
    const Node& entity = g.node(t);
    state.words.AppendWords(entity.label, it->second);
    for (const std::string& alias : entity.aliases) state.words.AppendWords(alias, it->second);
  }
  return it->second;
}

// The facts of statement s, and the parts of its key (appended to the
// block buffers of `state`, thread `slot`'s).
void FactsOf(const Graph& g, const Adjacency& adj, std::size_t s, SlotState& state,
             std::size_t slot, StatementFacts& f, StatementKeyParts& parts) {
  f.node = static_cast<std::uint32_t>(s);
  std::vector<std::uint32_t>& about = state.block_about;
  parts.slot = static_cast<std::uint32_t>(slot);
  parts.about_at = static_cast<std::uint32_t>(about.size());
  state.excluded.clear();
  std::vector<std::uint32_t>& speakers = state.speakers;
  speakers.clear();
  adj.ForOut(s, [&](EdgeType type, std::size_t t) {
    if (type != EdgeType::kAbout) return;
    about.push_back(static_cast<std::uint32_t>(t));
    const std::vector<std::uint32_t>& names = NameWordsOf(g, t, state);
    state.excluded.insert(state.excluded.end(), names.begin(), names.end());
  });
  adj.ForIn(s, [&](EdgeType type, std::size_t source) {
    if (type == EdgeType::kSaid || type == EdgeType::kDenied) {
      speakers.push_back(static_cast<std::uint32_t>(source));
    }
  });
  const auto about_begin = about.begin() + parts.about_at;
  std::sort(about_begin, about.end());
  about.erase(std::unique(about_begin, about.end()), about.end());
  parts.num_about = static_cast<std::uint32_t>(about.size() - parts.about_at);
  std::sort(speakers.begin(), speakers.end());
  speakers.erase(std::unique(speakers.begin(), speakers.end()), speakers.end());
  f.speakers = state.id_lists.Store(speakers.data(), speakers.size());
  f.num_speakers = static_cast<std::uint32_t>(speakers.size());
  if (IsDenial(g.node(s))) {
    f.side = speakers;
    for (std::uint32_t speaker : speakers) {
      const std::vector<std::uint32_t>& side = SideOf(adj, speaker, state.sides);
      f.side.insert(f.side.end(), side.begin(), side.end());
    }
    std::sort(f.side.begin(), f.side.end());
    f.side.erase(std::unique(f.side.begin(), f.side.end()), f.side.end());
  }
  state.words.ContentWords(g.node(s).text, state.excluded, state.content);
  parts.words_at = static_cast<std::uint32_t>(state.block_words.size());
  parts.num_words = static_cast<std::uint32_t>(state.content.size());
  state.block_words.insert(state.block_words.end(), state.content.begin(), state.content.end());
}

// Calls f(k, slot) for every k in [0, count): on the calling thread alone,
// or shared out in blocks among up to `threads` threads, `slot` (below
// max(threads, 1)) telling which.  An exception thrown by f stops the
// others and is rethrown here.
template <typename F>
void ParallelFor(std::size_t count, std::size_t threads, std::size_t block, const F& f) {
  threads = std::min(std::max<std::size_t>(threads, 1), count / block + 1);
  if (threads == 1) {
    for (std::size_t k = 0; k < count; ++k) f(k, 0);
    return;
  }
  std::atomic<std::size_t> next_block{0};
  std::vector<std::exception_ptr> errors(threads);
  auto work = [&](std::size_t t) {
    try {
      for (;;) {
        const std::size_t begin = next_block.fetch_add(1) * block;
        if (begin >= count) return;
        const std::size_t end = std::min(count, begin + block);
        for (std::size_t k = begin; k < end; ++k) f(k, t);
      }
    } catch (...) {
      errors[t] = std::current_exception();
      next_block = count;  // the others stop early
    }
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work, t);
  work(0);
  for (std::thread& h : helpers) h.join();
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

// The distinct keys of the statements, built block by block so that the
// key parts are held for one block of statements at a time.
struct KeyTable {
  std::vector<StatementFacts> facts;  // one per statement, in node order
  std::vector<Key> keys;              // in order of first appearance
  // What the keys view: each key's words, about set and members, key by
  // key, and their speakers.
  std::vector<std::uint32_t> key_lists, key_speakers;
  std::size_t num_words = 0;          // word ids are below this
  // One per thread; their word caches hold the words' text.
  std::vector<std::unique_ptr<SlotState>> slots;
  std::vector<std::string_view> word_text;  // by word id
};

// The first of a list of items with each 64-bit hash (the head of a chain
// of items with that hash), by open addressing: no allocation per hash.
class FirstWithHash {
 public:
  // The item stored under `hash`; if there is none, `item` is stored and
  // returned.
  std::uint32_t FindOrAdd(std::uint64_t hash, std::uint32_t item) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (std::size_t i = SlotOf(hash);; i = (i + 1) & mask_) {
      Slot& slot = slots_[i];
      if (slot.item == kEmpty) {
        slot = Slot{hash, item};
        ++size_;
        return item;
      }
      if (slot.hash == hash) return slot.item;
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t item = kEmpty;
  };
  // The hashes' low bits may all be alike (a shard's keys share their
  // hash modulo the shards): the slot is taken from the top bits of a
  // multiple.
  std::size_t SlotOf(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  void Grow() {
    std::vector<Slot> old(std::max<std::size_t>(64, slots_.size() * 2));
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    shift_ = 64 - __builtin_ctzll(slots_.size());
    for (const Slot& slot : old) {
      if (slot.item == kEmpty) continue;
      std::size_t i = SlotOf(slot.hash);
      while (slots_[i].item != kEmpty) i = (i + 1) & mask_;
      slots_[i] = slot;
    }
  }
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::size_t mask_ = 0;
  int shift_ = 64;
};

// Where a word was first seen: statement f (in node order), word j of its
// sorted words.  Word ids are given in this order.
std::uint64_t FirstSeen(std::size_t f, std::size_t j) {
  return (static_cast<std::uint64_t>(f) << 32) | static_cast<std::uint64_t>(j);
}

// FactsOf every statement, in node order, and the keys they make.  Each
// block of statements is shared out among options.threads threads (each
// with its own caches of speakers' sides and of words); the words are then
// looked up in shards by hash, one thread per shard, each scanning the
// block in order, and the keys found the same way, in shards by the key's
// hash.  A word gets a provisional id from its shard (local index * shards
// + shard) while the keys are built; once all are built the keys are put in
// order of first appearance (the statement that made each), the words
// numbered in order of first appearance (statement, then word) and the
// keys' words renamed: the ids and the order of the keys are those a
// single pass in order would give, whatever the number of threads.
KeyTable AllKeys(const Graph& g, const Adjacency& adj, const ClaimOptions& options) {
  KeyTable table;
  std::vector<std::uint32_t> statements;
  for (std::size_t i = 0; i < g.num_nodes(); ++i) {
    if (g.node(i).type == NodeType::kStatement) statements.push_back(static_cast<std::uint32_t>(i));
  }
  table.facts.resize(statements.size());
  const std::size_t threads = std::max<std::size_t>(options.threads, 1);
  for (std::size_t t = 0; t < threads; ++t) {
    table.slots.push_back(std::make_unique<SlotState>(options));
  }
  const std::size_t shards = threads;
  std::vector<WordTable> word_shards(shards);
  // Per shard, where each of its words was first seen (by local index).
  std::vector<std::vector<std::uint64_t>> first_seen(shards);
  // A key while the keys are found: where its words (provisional ids) and
  // about set are in its shard's list, and the next key in its hash bucket.
  struct ShardKey {
    std::uint32_t words_at, num_words, about_at, num_about;
    std::uint32_t text_order_at;  // the words in text order
    std::uint32_t next_same_hash = UINT32_MAX;
  };
  // The keys of one shard: looked up by a hash of (word ids, about), each
  // hit compared in full (a bucket is a chain through next_same_hash), and
  // the statement that made each.
  struct KeyShard {
    FirstWithHash first_with_hash;
    std::vector<ShardKey> keys;
    std::vector<std::uint32_t> lists;  // the keys' words and about sets, end to end
    std::vector<std::uint32_t> first_seen;
  };
  std::vector<KeyShard> key_shards(shards);
  // Each statement's key while the keys are found: its index in its shard
  // * shards + the shard.
  std::vector<std::uint32_t> key_of(statements.size());
  std::vector<Key>& keys = table.keys;
  constexpr std::size_t kKeyBlock = 16384;
  std::vector<StatementKeyParts> parts;
  std::vector<std::uint64_t> key_hash;
  for (std::size_t begin = 0; begin < statements.size(); begin += kKeyBlock) {
    const std::size_t count = std::min(kKeyBlock, statements.size() - begin);
    parts.assign(count, StatementKeyParts{});
    key_hash.resize(count);
    for (auto& slot : table.slots) {
      slot->block_words.clear();
      slot->block_about.clear();
    }
    ParallelFor(count, threads, 256, [&](std::size_t k, std::size_t slot) {
      FactsOf(g, adj, statements[begin + k], *table.slots[slot], slot, table.facts[begin + k],
              parts[k]);
    });
    for (auto& slot : table.slots) {
      slot->block_ids.assign(slot->block_words.size(), 0);
      slot->block_text_ids.resize(slot->block_words.size());
      slot->provisional_id.resize(slot->words.size(), WordTable::kNone);
    }
    ParallelFor(shards, threads, 1, [&](std::size_t shard, std::size_t) {
      WordTable& words = word_shards[shard];
      std::vector<std::uint64_t>& seen = first_seen[shard];
      for (std::size_t k = 0; k < count; ++k) {
        const StatementKeyParts& p = parts[k];
        SlotState& state = *table.slots[p.slot];
        for (std::size_t j = 0; j < p.num_words; ++j) {
          const std::uint32_t word = state.block_words[p.words_at + j];
          const std::uint64_t h = state.words.hash(word);
          if (h % shards != shard) continue;
          // Each word is this shard's alone: no other thread writes its entry.
          std::uint32_t& provisional = state.provisional_id[word];
          if (provisional == WordTable::kNone) {
            const std::string_view text = state.words.text(word);
            std::uint32_t local = words.Find(text, h);
            if (local == WordTable::kNone) {
              local = words.Add(text, h);
              seen.push_back(FirstSeen(begin + k, j));
            }
            provisional = static_cast<std::uint32_t>(local * shards + shard);
          }
          state.block_ids[p.words_at + j] = provisional;
        }
      }
    });
    // Each statement's key: its word ids sorted, and a hash of them and of
    // its about set.
    ParallelFor(count, threads, 256, [&](std::size_t k, std::size_t) {
      const StatementKeyParts& p = parts[k];
      SlotState& state = *table.slots[p.slot];
      const auto ids = state.block_ids.begin() + p.words_at;
      // The words come in text order (ContentWords): kept so, then sorted.
      std::copy(ids, ids + p.num_words, state.block_text_ids.begin() + p.words_at);
      std::sort(ids, ids + p.num_words);
      std::uint64_t h = 1469598103934665603ULL;
      for (auto id = ids; id != ids + p.num_words; ++id) h = (h ^ *id) * 1099511628211ULL;
      h = (h ^ 0xFFFFFFFFULL) * 1099511628211ULL;
      for (std::size_t a = 0; a < p.num_about; ++a) {
        h = (h ^ state.block_about[p.about_at + a]) * 1099511628211ULL;
      }
      key_hash[k] = h;
    });
    // The keys, in shards by that hash, each shard taking its statements
    // in order.
    ParallelFor(shards, threads, 1, [&](std::size_t shard, std::size_t) {
      KeyShard& ks = key_shards[shard];
      for (std::size_t k = 0; k < count; ++k) {
        const std::uint64_t h = key_hash[k];
        if (h % shards != shard) continue;
        const std::size_t f = begin + k;
        const StatementKeyParts& p = parts[k];
        const SlotState& state = *table.slots[p.slot];
        const auto ids = state.block_ids.begin() + p.words_at;
        const auto about = state.block_about.begin() + p.about_at;
        std::vector<ShardKey>& keys = ks.keys;
        const std::vector<std::uint32_t>& lists = ks.lists;
        std::uint32_t key = static_cast<std::uint32_t>(keys.size());
        const std::uint32_t head = ks.first_with_hash.FindOrAdd(h, key);
        if (head != key) {
          std::uint32_t last = UINT32_MAX;
          for (std::uint32_t c = head; c != UINT32_MAX; c = keys[c].next_same_hash) {
            const ShardKey& sk = keys[c];
            const auto words_at = lists.begin() + sk.words_at;
            const auto about_at = lists.begin() + sk.about_at;
            if (std::equal(words_at, words_at + sk.num_words, ids, ids + p.num_words) &&
                std::equal(about_at, about_at + sk.num_about, about, about + p.num_about)) {
              key = c;
            }
            last = c;
          }
          if (key == keys.size()) keys[last].next_same_hash = key;
        }
        if (key == keys.size()) {
          const auto words_at = static_cast<std::uint32_t>(ks.lists.size());
          ks.lists.insert(ks.lists.end(), ids, ids + p.num_words);
          const auto about_at = static_cast<std::uint32_t>(ks.lists.size());
          ks.lists.insert(ks.lists.end(), about, about + p.num_about);
          const auto text_order_at = static_cast<std::uint32_t>(ks.lists.size());
          const auto text_ids = state.block_text_ids.begin() + p.words_at;
          ks.lists.insert(ks.lists.end(), text_ids, text_ids + p.num_words);
          keys.push_back(ShardKey{words_at, p.num_words, about_at, p.num_about, text_order_at});
          ks.first_seen.push_back(static_cast<std::uint32_t>(f));
        }
        key_of[f] = static_cast<std::uint32_t>(key * shards + shard);
      }
    });
  }
  for (auto& slot : table.slots) {
    std::vector<std::uint32_t>().swap(slot->block_words);
    std::vector<std::uint32_t>().swap(slot->block_ids);
    std::vector<std::uint32_t>().swap(slot->block_text_ids);
    std::vector<std::uint32_t>().swap(slot->block_about);
    std::vector<std::uint32_t>().swap(slot->provisional_id);
  }
  // The keys in order of first appearance (the statement that made each).
  {
    struct Made {
      std::uint32_t statement, shard, local;
    };
    std::vector<Made> made;
    for (std::size_t shard = 0; shard < shards; ++shard) {
      const std::vector<std::uint32_t>& seen = key_shards[shard].first_seen;
      for (std::size_t local = 0; local < seen.size(); ++local) {
        made.push_back(Made{seen[local], static_cast<std::uint32_t>(shard),
                            static_cast<std::uint32_t>(local)});
      }
    }
    std::sort(made.begin(), made.end(),
              [](const Made& x, const Made& y) { return x.statement < y.statement; });
    // Each key's words, about set and members laid out key by key in
    // table.key_lists; the members (statements in order) by counting.
    std::size_t largest_shard = 0;
    for (const KeyShard& ks : key_shards) largest_shard = std::max(largest_shard, ks.keys.size());
    std::vector<std::uint32_t> final_key(largest_shard * shards);  // by provisional key id
    std::vector<std::uint32_t> member_count(made.size(), 0);
    for (std::size_t k = 0; k < made.size(); ++k) {
      final_key[made[k].local * shards + made[k].shard] = static_cast<std::uint32_t>(k);
    }
    for (std::uint32_t& k : key_of) {
      k = final_key[k];
      ++member_count[k];
    }
    std::size_t total = statements.size();
    for (const Made& m : made) {
      const ShardKey& sk = key_shards[m.shard].keys[m.local];
      total += 2 * sk.num_words + sk.num_about;
    }
    std::vector<std::uint32_t>& lists = table.key_lists;
    lists.resize(total);
    keys.resize(made.size());
    std::vector<std::uint32_t> next_member(made.size());
    std::size_t at = 0;
    for (std::size_t k = 0; k < made.size(); ++k) {
      const KeyShard& ks = key_shards[made[k].shard];
      const ShardKey& sk = ks.keys[made[k].local];
      std::uint32_t* const words = lists.data() + at;
      std::copy_n(ks.lists.begin() + sk.words_at, sk.num_words, words);
      std::uint32_t* const about = words + sk.num_words;
      std::copy_n(ks.lists.begin() + sk.about_at, sk.num_about, about);
      std::uint32_t* const text_order = about + sk.num_about;
      std::copy_n(ks.lists.begin() + sk.text_order_at, sk.num_words, text_order);
      std::uint32_t* const members = text_order + sk.num_words;
      keys[k] = Key{IdRun<std::uint32_t>(words, sk.num_words),
                    IdRun<std::uint32_t>(text_order, sk.num_words),
                    IdRun<const std::uint32_t>(about, sk.num_about),
                    {},
                    IdRun<const std::uint32_t>(members, member_count[k])};
      next_member[k] = static_cast<std::uint32_t>(members - lists.data());
      at += 2 * sk.num_words + sk.num_about + member_count[k];
    }
    for (std::size_t f = 0; f < key_of.size(); ++f) {
      lists[next_member[key_of[f]]++] = static_cast<std::uint32_t>(f);
    }
    std::vector<KeyShard>().swap(key_shards);
  }
  // Each key's speakers: the union of its members', ascending.
  {
    std::vector<std::uint32_t>& speakers = table.key_speakers;
    std::vector<std::uint32_t> speakers_at(keys.size() + 1, 0);
    std::vector<std::uint32_t> these;
    for (std::size_t k = 0; k < keys.size(); ++k) {
      these.clear();
      for (std::uint32_t f : keys[k].members) {
        const StatementFacts& facts = table.facts[f];
        these.insert(these.end(), facts.speakers, facts.speakers_end());
      }
      std::sort(these.begin(), these.end());
      these.erase(std::unique(these.begin(), these.end()), these.end());
      speakers.insert(speakers.end(), these.begin(), these.end());
      speakers_at[k + 1] = static_cast<std::uint32_t>(speakers.size());
    }
    for (std::size_t k = 0; k < keys.size(); ++k) {
      keys[k].speakers = IdRun<const std::uint32_t>(speakers.data() + speakers_at[k],
                                                        speakers_at[k + 1] - speakers_at[k]);
    }
  }
  // The words numbered in order of first appearance.
  struct Seen {
    std::uint64_t at;
    std::uint32_t provisional;
  };
  std::vector<Seen> all_words;
  for (std::size_t shard = 0; shard < shards; ++shard) {
    for (std::size_t local = 0; local < first_seen[shard].size(); ++local) {
      all_words.push_back(
          Seen{first_seen[shard][local], static_cast<std::uint32_t>(local * shards + shard)});
    }
  }
  std::sort(all_words.begin(), all_words.end(),
            [](const Seen& x, const Seen& y) { return x.at < y.at; });
  std::size_t largest_shard = 0;
  for (const auto& seen : first_seen) largest_shard = std::max(largest_shard, seen.size());
  std::vector<std::uint32_t> final_id(largest_shard * shards);  // by provisional id
  // With one shard the provisional ids are already numbered in order of
  // first appearance: the keys' words need no renaming.
  bool renamed = false;
  for (std::size_t id = 0; id < all_words.size(); ++id) {
    final_id[all_words[id].provisional] = static_cast<std::uint32_t>(id);
    renamed = renamed || all_words[id].provisional != id;
  }
  table.num_words = all_words.size();
  table.word_text.resize(all_words.size());
  for (std::size_t shard = 0; shard < shards; ++shard) {
    const WordTable& words = word_shards[shard];
    for (std::uint32_t local = 0; local < words.size(); ++local) {
      table.word_text[final_id[local * shards + shard]] = words.text(local);
    }
  }
  if (renamed) {
    ParallelFor(keys.size(), threads, 4096, [&](std::size_t k, std::size_t) {
      Key& kk = keys[k];
      for (std::uint32_t& w : kk.words) w = final_id[w];
      std::sort(kk.words.begin(), kk.words.end());
      for (std::uint32_t& w : kk.words_by_text) w = final_id[w];
    });
  }
  return table;
}

// Statements whose about sets make them candidates for one claim (see the
// header's (b)).
bool AboutCompatible(const Key& a, const Key& b) {
  if (a.about.empty() && b.about.empty()) return true;
  if (a.about.empty() || b.about.empty()) return Intersects(a.speakers, b.speakers);
  return Intersects(a.about, b.about);
}

// Whether a and b (ascending) share at least `needed` elements; stops as
// soon as the rest cannot make up the difference.
template <typename A, typename B>
bool SharesAtLeast(const A& a, const B& b, std::size_t needed) {
  std::size_t n = 0;
  auto i = a.begin();
  auto j = b.begin();
  while (i != a.end() && j != b.end()) {
    if (n >= needed) return true;
    const auto left = static_cast<std::size_t>(std::min(a.end() - i, b.end() - j));
    if (n + left < needed) return false;
    if (*i == *j) {
      ++n;
      ++i;
      ++j;
    } else if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return n >= needed;
}

// ceil(fraction * n) as a count, for a fraction in [0, 1].
std::size_t CeilShare(double fraction, std::size_t n) {
  const double share = std::ceil(fraction * static_cast<double>(n) - 1e-9);
  return share <= 0 ? std::size_t{0} : static_cast<std::size_t>(share);
}

// The word half of similarity: shared >= min_shared_words, shared >=
// min_containment * smaller and shared >= min_larger_share * larger; shared
// is whole, so each fraction is rounded up.  SharedNeeded is that least
// number of shared words.
std::size_t SharedNeeded(std::size_t size_a, std::size_t size_b, const ClaimOptions& options) {
  const std::size_t smaller = std::min(size_a, size_b);
  const std::size_t larger = std::max(size_a, size_b);
  return std::max({options.min_shared_words, CeilShare(options.min_containment, smaller),
                   CeilShare(options.min_larger_share, larger)});
}

// SharedNeeded, worked out once for each pair of sizes below kSizes (the
// grouping asks for it at every candidate leader).
class SharedNeededTable {
 public:
  explicit SharedNeededTable(const ClaimOptions& options)
      : options_(&options), needed_(kSizes * kSizes, kUnknown) {}
  std::size_t operator()(std::size_t size_a, std::size_t size_b) {
    if (size_a >= kSizes || size_b >= kSizes) return SharedNeeded(size_a, size_b, *options_);
    std::uint32_t& n = needed_[size_a * kSizes + size_b];
    if (n == kUnknown) n = static_cast<std::uint32_t>(SharedNeeded(size_a, size_b, *options_));
    return n;
  }

 private:
  static constexpr std::size_t kSizes = 128;
  static constexpr std::uint32_t kUnknown = UINT32_MAX;
  const ClaimOptions* options_;
  std::vector<std::uint32_t> needed_;
};

// The number of bits set (written out: the portable builtin is a call
// where the target has no popcount instruction).
int PopCount(std::uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ULL);
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

// One bit of 64 for each word id of a key, picked by a hash of the id: two
// keys share no more words than the bits they share, plus the words of
// either that fall on a bit another of its words has.
template <typename Words>
std::uint64_t WordBits(const Words& words) {
  std::uint64_t bits = 0;
  for (std::uint32_t w : words) bits |= std::uint64_t{1} << ((w * 0x9E3779B97F4A7C15ULL) >> 58);
  return bits;
}

// The date a statement was first reported: its earliest dated reporting
// source, else its date estimate; "" when unknown.
const std::string& FirstReported(const Graph& g, const Adjacency& adj, std::size_t s) {
  const std::string* best = nullptr;
  adj.ForOut(s, [&](EdgeType type, std::size_t target) {
    if (type != EdgeType::kReportedBy) return;
    const std::string& date = g.node(target).date;
    if (!date.empty() && (best == nullptr || date < *best)) best = &date;
  });
  return best == nullptr ? g.node(s).date_estimate : *best;
}

bool EarlierDate(const std::string& a, const std::string& b) {
  return std::make_tuple(a.empty(), std::cref(a)) < std::make_tuple(b.empty(), std::cref(b));
}

// Representative first: said before denied, direct before mixed before
// indirect, earliest, then smallest id.
bool RepresentativeBefore(const Graph& g, std::size_t a, std::size_t b,
                          const std::string& date_a, const std::string& date_b) {
  const Node& x = g.node(a);
  const Node& y = g.node(b);
  const bool x_denied = IsDenial(x);
  const bool y_denied = IsDenial(y);
  if (x_denied != y_denied) return !x_denied;
  if (x.quote_kind != y.quote_kind) return x.quote_kind < y.quote_kind;
  if (date_a != date_b) return EarlierDate(date_a, date_b);
  return x.id < y.id;
}

// "deliberately-starv-border-town": the first content words of the text,
// in text order, for a readable id.  The content words are those of
// ClaimWords(text, options) with no name excluded, found through `cache`.
std::string IdWords(std::string_view text, WordCache& cache, IdWordsBuffers& buffers) {
  std::vector<std::uint32_t>& ids = buffers.ids;
  const IdRunView words = cache.TextWords(text);
  ids.assign(words.begin(), words.end());
  std::vector<std::uint32_t>& key_words = buffers.key_words;  // stems, by id
  key_words.clear();
  for (std::uint32_t id : ids) {
    if (cache.MayBeContent(id)) key_words.push_back(cache.Stem(id));
  }
  std::sort(key_words.begin(), key_words.end());
  std::string& out = buffers.out;
  out.clear();
  std::size_t taken = 0;
  std::vector<std::uint32_t>& seen = buffers.seen;
  seen.clear();
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::uint32_t stem = cache.Stem(ids[i]);
    if (!std::binary_search(key_words.begin(), key_words.end(), stem)) continue;
    if (std::find(seen.begin(), seen.end(), stem) != seen.end()) continue;
    seen.push_back(stem);
    if (!out.empty()) out += ' ';
    out += cache.text(ids[i]);
    if (++taken == 5) break;
  }
  return Slugify(out);
}

// A rank for each key that depends only on what the key says (its size,
// then a hash of its words' text and of its about entities' ids), never on
// the order statements were visited: keys are led in this order.
std::vector<std::uint32_t> CanonicalOrder(const Graph& g, const std::vector<Key>& keys,
                                          const std::vector<std::string_view>& word_text) {
  struct Rank {
    std::size_t size;
    std::uint64_t hash;
    std::uint32_t key;
  };
  std::vector<Rank> ranks(keys.size());
  // A key's hash is the FNV-1a of its words in text order, each followed
  // by '\n', then '\t', then its about entities' ids in order, each
  // followed by '\n': those texts are laid out end to end, then hashed
  // several at a time (Fnv1aMany).
  // The streams' size is worked out first, so they are written in place
  // (no append call per word).
  std::vector<std::string_view> texts;
  std::size_t total = 0;
  for (const Key& key : keys) {
    for (std::uint32_t w : key.words_by_text) total += word_text[w].size() + 1;
    total += 1;
    for (std::uint32_t a : key.about) total += g.node(a).id.size() + 1;
  }
  std::string streams(total, '\0');
  char* out = streams.data();
  auto put = [&out](std::string_view t) {
    std::memcpy(out, t.data(), t.size());
    out += t.size();
    *out++ = '\n';
  };
  std::vector<std::size_t> stream_end(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    for (std::uint32_t w : keys[k].words_by_text) put(word_text[w]);
    texts.clear();
    for (std::uint32_t a : keys[k].about) texts.push_back(g.node(a).id);
    std::sort(texts.begin(), texts.end());
    *out++ = '\t';
    for (std::string_view t : texts) put(t);
    stream_end[k] = static_cast<std::size_t>(out - streams.data());
  }
  std::vector<std::string_view> key_texts(keys.size());
  for (std::size_t k = 0; k < keys.size(); ++k) {
    const std::size_t begin = k == 0 ? 0 : stream_end[k - 1];
    key_texts[k] = std::string_view(streams).substr(begin, stream_end[k] - begin);
  }
  const std::vector<std::uint64_t> hashes = Fnv1aMany(key_texts);
  for (std::size_t k = 0; k < keys.size(); ++k) {
    ranks[k] = Rank{keys[k].words.size(), hashes[k], static_cast<std::uint32_t>(k)};
  }
  // Equal hashes (a collision, or none at all) fall back on the words' and
  // entities' text itself.
  auto text_less = [&](std::uint32_t x, std::uint32_t y) {
    std::vector<std::string_view> a, b;
    for (std::uint32_t w : keys[x].words) a.push_back(word_text[w]);
    for (std::uint32_t w : keys[y].words) b.push_back(word_text[w]);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b) return a < b;
    a.clear();
    b.clear();
    for (std::uint32_t e : keys[x].about) a.push_back(g.node(e).id);
    for (std::uint32_t e : keys[y].about) b.push_back(g.node(e).id);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a < b;
  };
  std::sort(ranks.begin(), ranks.end(), [&](const Rank& x, const Rank& y) {
    if (x.size != y.size) return x.size < y.size;
    if (x.hash != y.hash) return x.hash < y.hash;
    return text_less(x.key, y.key);
  });
  std::vector<std::uint32_t> order(keys.size());
  for (std::size_t r = 0; r < ranks.size(); ++r) order[r] = ranks[r].key;
  return order;
}

// Groups the keys around leaders.  Keys are visited in canonical order,
// smallest first: a key joins the first leader (in that order) it is
// similar to, else it leads a group of its own.  A key is compared with
// leaders only, never with the other members of a group, so a long
// statement that holds the words of two claims joins one of them and does
// not chain the two into one.
//
// Candidate leaders come from an index of each leader's prefix (its rarest
// words): a key similar to a smaller or equal leader shares one of the
// leader's prefix words (see the file comment), so probing the index with
// all of the key's words finds every such leader.
void GroupKeys(const Graph& g, std::vector<Key>& keys, const KeyTable& table,
               const ClaimOptions& options, DisjointSets& sets) {
  const std::size_t num_words = table.num_words;
  std::vector<std::size_t> df(num_words, 0);
  for (const Key& k : keys) {
    for (std::uint32_t w : k.words) ++df[w];
  }
  std::vector<std::uint32_t> by_rarity;
  std::vector<std::uint64_t> word_bits(keys.size());
  // Each key's prefix (its rarest words, probed in the index), end to end:
  // key k's is prefixes[prefix_at[k], prefix_at[k + 1]).
  std::vector<std::uint32_t> prefixes;
  std::vector<std::uint32_t> prefix_at(keys.size() + 1, 0);
  for (Key& k : keys) {
    word_bits[&k - keys.data()] = WordBits(k.words);
    by_rarity.assign(k.words.begin(), k.words.end());
    std::sort(by_rarity.begin(), by_rarity.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::make_pair(df[a], a) < std::make_pair(df[b], b);
    });
    const std::size_t n = by_rarity.size();
    const auto needed = static_cast<std::size_t>(
        std::ceil(options.min_containment * static_cast<double>(n) - 1e-9));
    const std::size_t prefix = std::min(n, n - std::min(n, needed) + 1);
    prefixes.insert(prefixes.end(), by_rarity.begin(),
                    by_rarity.begin() + static_cast<std::ptrdiff_t>(prefix));
    prefix_at[&k - keys.data() + 1] = static_cast<std::uint32_t>(prefixes.size());
  }
  const std::vector<std::uint32_t> order = CanonicalOrder(g, keys, table.word_text);
  std::vector<std::uint32_t> rank(keys.size());
  for (std::size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<std::uint32_t>(r);
  // Leaders by prefix word, in the order they were made leaders (= rank).
  // A key's about set must suit one member of the group, as for a pair
  // (AboutCompatible): so a group keeps the union of its members' about
  // sets and speakers, the speakers of its members with no about set, and
  // whether it has such a member.
  struct Group {
    std::vector<std::uint32_t> about, speakers, unplaced_speakers;
    bool unplaced = false;  // a member with no about set
    static Group Of(const Key& leader) {
      Group g{std::vector<std::uint32_t>(leader.about.begin(), leader.about.end()),
              std::vector<std::uint32_t>(leader.speakers.begin(), leader.speakers.end()),
              {},
              leader.about.empty()};
      if (g.unplaced) g.unplaced_speakers = g.speakers;
      return g;
    }
    bool Suits(const Key& a) const {
      if (a.about.empty()) return unplaced || Intersects(a.speakers, speakers);
      return Intersects(a.about, about) || Intersects(a.speakers, unplaced_speakers);
    }
  };
  std::unordered_map<std::uint32_t, Group> groups;  // by leader
  // Adds the elements of `from` to `to` (both ascending, unique).  A
  // group's sets grow large while what joins is mostly a few elements it
  // already has: those are looked up, not merged.
  std::vector<std::uint32_t> merged;
  auto add_sorted = [&merged](std::vector<std::uint32_t>& to, const auto& from) {
    if (from.size() <= 8) {
      for (std::uint32_t x : from) {
        const auto at = std::lower_bound(to.begin(), to.end(), x);
        if (at == to.end() || *at != x) to.insert(at, x);
      }
      return;
    }
    merged.clear();
    std::set_union(to.begin(), to.end(), from.begin(), from.end(), std::back_inserter(merged));
    to.swap(merged);
  };
  // A leader as its index lists it: its rank, its size and its words' bits
  // (WordBits), so that most candidates are turned away without reading
  // the leader's key.
  struct Posting {
    std::uint64_t bits;
    std::uint32_t rank;
    std::uint32_t size;
  };
  std::vector<std::vector<Posting>> leaders_with(num_words);
  std::vector<std::uint32_t> last_probe(keys.size(), UINT32_MAX);  // by rank
  SharedNeededTable shared_needed(options);
  for (std::uint32_t k : order) {
    const Key& a = keys[k];
    if (a.words.size() < options.min_shared_words) continue;
    const std::uint64_t a_bits = word_bits[k];
    std::uint32_t best = UINT32_MAX;  // a rank
    for (std::uint32_t w : a.words) {
      // Each list is in rank order: its first similar leader is its best,
      // and nothing after a leader ranked below the best so far can win.
      for (const Posting& p : leaders_with[w]) {
        if (p.rank > best) break;
        // The words a leader shares with `a` have their bits in both sets
        // of bits; words of the leader that share a bit count once, so
        // at most size - popcount(leader's bits) more can be shared.
        // (size - popcount(leader's bits and not a's)).
        const std::size_t at_most = p.size - static_cast<std::size_t>(PopCount(p.bits & ~a_bits));
        const std::size_t needed = shared_needed(a.words.size(), p.size);
        if (at_most < needed) continue;
        if (last_probe[p.rank] == k) continue;
        last_probe[p.rank] = k;
        const std::uint32_t leader = order[p.rank];
        if (!SharesAtLeast(a.words, keys[leader].words, needed)) continue;
        const auto group = groups.find(leader);
        if (group != groups.end() ? group->second.Suits(a) : AboutCompatible(keys[leader], a)) {
          best = p.rank;
          break;
        }
      }
    }
    auto join = [&](Group& group) {
      add_sorted(group.about, a.about);
      add_sorted(group.speakers, a.speakers);
      if (a.about.empty()) {
        group.unplaced = true;
        add_sorted(group.unplaced_speakers, a.speakers);
      }
    };
    if (best != UINT32_MAX) {
      const std::uint32_t leader = order[best];
      sets.Union(leader, k);
      // A leader alone is its own group; a group of two or more keeps its
      // profile (most keys stay alone, so most leaders have no entry).
      auto [group, added] = groups.try_emplace(leader);
      if (added) group->second = Group::Of(keys[leader]);
      join(group->second);
      continue;
    }
    const Posting posting{a_bits, rank[k], static_cast<std::uint32_t>(a.words.size())};
    for (std::uint32_t p = prefix_at[k]; p < prefix_at[k + 1]; ++p) {
      const std::uint32_t w = prefixes[p];
      if (df[w] <= options.max_postings) leaders_with[w].push_back(posting);
    }
  }
}

// The first content word of `text` in text order, stemmed ("" if none).
std::string FirstContentWord(std::string_view text, const ClaimOptions& options) {
  for (const std::string& w : MatchWords(text)) {
    if (options.stop_words.count(w) > 0) continue;
    std::string stem = StemWord(w);
    if (options.stop_words.count(stem) == 0) return stem;
  }
  return {};
}

// A denial that joined no claim and whose content starts with a reference
// noun ("the accusation", "a charge", "claims that ...") joins the claim of
// the nearest statement of its article before it (else the nearest after
// it), by content start, that expresses a claim and whose speakers are neither the denier nor
// affiliated with it.
void JoinAnaphoricDenials(const Graph& g, const std::vector<StatementFacts>& facts,
                          const ClaimOptions& options,
                          std::map<std::size_t, std::vector<std::size_t>>& components) {
  if (options.reference_nouns.empty()) return;
  // Statement node -> root of its claim (kNoClaim if none), by node index.
  constexpr std::size_t kNoClaim = static_cast<std::size_t>(-1);
  std::vector<std::size_t> component_of(g.num_nodes(), kNoClaim);
  for (const auto& [root, members] : components) {
    if (members.size() < 2) continue;
    for (std::size_t m : members) component_of[m] = root;
  }
  // The denials that may join a claim, then the statements of their
  // articles (only those articles).
  std::vector<const StatementFacts*> denials;
  std::unordered_map<std::string_view, std::vector<const StatementFacts*>> by_article;
  for (const StatementFacts& f : facts) {
    const Node& denial = g.node(f.node);
    if (!IsDenial(denial) || component_of[f.node] != kNoClaim) continue;
    if (options.reference_nouns.count(FirstContentWord(denial.text, options)) == 0) continue;
    denials.push_back(&f);
    by_article.try_emplace(denial.evidence.article);
  }
  if (denials.empty()) return;
  for (const StatementFacts& f : facts) {
    auto it = by_article.find(g.node(f.node).evidence.article);
    if (it != by_article.end()) it->second.push_back(&f);
  }
  constexpr std::int64_t kAfter = std::int64_t{1} << 40;  // ranks after every earlier one
  std::vector<std::pair<std::size_t, std::size_t>> joins;  // (root, statement)
  for (const StatementFacts* d : denials) {
    const StatementFacts& f = *d;
    const Node& denial = g.node(f.node);
    const std::int64_t at = denial.evidence.content.start;
    const StatementFacts* best = nullptr;
    std::int64_t best_distance = 0;
    for (const StatementFacts* other : by_article[denial.evidence.article]) {
      if (component_of[other->node] == kNoClaim || Intersects(other->speakers, other->speakers_end(), f.side.begin(), f.side.end())) {
        continue;
      }
      // Statements before the denial come first (an anaphor points back),
      // nearest first; then those after it, nearest first.
      const std::int64_t start = g.node(other->node).evidence.content.start;
      const std::int64_t distance = start < at ? at - start : start - at + kAfter;
      if (best == nullptr || distance < best_distance) {
        best = other;
        best_distance = distance;
      }
    }
    if (best != nullptr) joins.emplace_back(component_of[best->node], f.node);
  }
  for (const auto& [root, statement] : joins) components[root].push_back(statement);
}

}  // namespace

std::string StemWord(std::string_view folded_word) {
  // Works on a view, trimming its end; one string is built at the end
  // (plus a letter for "ies" -> "y").
  std::string_view w = folded_word;
  auto ends_with = [&](std::string_view suffix) {  // suffixes are short: no memcmp
    if (w.size() < suffix.size()) return false;
    const char* tail = w.data() + (w.size() - suffix.size());
    for (std::size_t k = 0; k < suffix.size(); ++k) {
      if (tail[k] != suffix[k]) return false;
    }
    return true;
  };
  auto drop = [&](std::size_t n) { w.remove_suffix(n); };
  if (ends_with("'s")) drop(2);
  else if (ends_with("'")) drop(1);
  // Only plain ASCII words are stemmed; others are kept as they are.
  if (!std::all_of(w.begin(), w.end(), IsAsciiLetter)) return std::string(w);
  bool add_y = false;
  if (w.size() > 4 && ends_with("ies")) {
    drop(3);
    add_y = true;
  } else if (ends_with("sses")) {
    drop(2);
  } else if (w.size() > 3 && ends_with("s") && !ends_with("ss") && !ends_with("us") &&
             !ends_with("is")) {
    drop(1);
  }
  if (add_y) {
    // "...y" ends in neither "ing" nor "ed"; only a final "e" could go, and
    // it is a "y".
    std::string out(w);
    out += 'y';
    return out;
  }
  bool undouble = false;
  if (w.size() >= 6 && ends_with("ing")) {
    drop(3);
    undouble = true;
  } else if (w.size() >= 5 && ends_with("ed")) {
    drop(2);
    undouble = true;
  }
  // "stopp" -> "stop" after an ending was removed (not "ll", "ss", "zz").
  if (undouble) {
    const std::size_t n = w.size();
    if (n >= 4 && w[n - 1] == w[n - 2] && IsAsciiLetter(w[n - 1]) && !IsVowel(w[n - 1]) &&
        w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z') {
      drop(1);
    }
  }
  if (w.size() > 4 && ends_with("e")) drop(1);
  return std::string(w);
}

std::vector<std::string> ClaimWords(std::string_view text, const ClaimOptions& options,
                                    const std::vector<std::string>& excluded_names) {
  // Buffers reused from call to call (one set per thread): the words are
  // views into `folded`, and a word is looked up through `key` without
  // allocating.
  thread_local std::string folded;
  thread_local std::vector<std::string_view> words;
  thread_local std::string key;
  MatchWordsInto(text, folded, words);
  auto excluded = [&](std::string_view w) {
    return std::find(excluded_names.begin(), excluded_names.end(), w) != excluded_names.end();
  };
  std::vector<std::string> out;
  out.reserve(words.size());
  for (std::string_view w : words) {
    key.assign(w.data(), w.size());
    if (options.stop_words.count(key) > 0 || excluded(w)) continue;
    std::string stem = StemWord(w);
    if (stem.empty() || options.stop_words.count(stem) > 0) continue;
    // A possessive of an excluded name ("putin's") is the name too.
    if (excluded(stem)) continue;
    out.push_back(std::move(stem));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Graph WithoutClaims(const Graph& graph) {
  Graph out;
  out.Reserve(graph.num_nodes(), graph.num_edges());
  for (const Node& n : graph.nodes()) {
    if (n.type != NodeType::kClaim) out.AddNode(n);
  }
  for (const Edge& e : graph.edges()) {
    if (e.type != EdgeType::kExpresses) out.AddEdge(e);
  }
  return out;
}

Graph WithClaims(Graph graph, const ClaimOptions& options) {
  const bool has_claims = std::any_of(graph.nodes().begin(), graph.nodes().end(),
                                      [](const Node& n) { return n.type == NodeType::kClaim; });
  if (has_claims) {
    // WithoutClaims, moving the records instead of copying them.
    graph = std::move(graph).Filtered([](const Node& n) { return n.type != NodeType::kClaim; },
                                      [](const Edge& e) { return e.type != EdgeType::kExpresses; });
  }

  // 1. Facts of every statement, and distinct keys.
  std::optional<Adjacency> adjacency(graph);
  KeyTable table = AllKeys(graph, *adjacency, options);
  std::vector<StatementFacts>& facts = table.facts;
  std::vector<Key>& keys = table.keys;

  // 2. Components of the similarity relation over keys.  Statements sharing
  // a key are one claim when the key has enough words to be a claim at all.
  DisjointSets sets(keys.size());
  GroupKeys(graph, keys, table, options, sets);
  // Only components of two or more statements can become (or be joined
  // to) a claim: the others get no entry.
  std::vector<std::uint32_t> statements_in(keys.size(), 0);  // by root
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (keys[k].words.size() < options.min_shared_words) continue;
    statements_in[sets.Find(k)] += static_cast<std::uint32_t>(keys[k].members.size());
  }
  std::map<std::size_t, std::vector<std::size_t>> components;  // root -> statement nodes
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (keys[k].words.size() < options.min_shared_words) continue;
    const std::size_t root = sets.Find(k);
    if (statements_in[root] < 2) continue;
    std::vector<std::size_t>& members = components[root];
    if (members.empty()) members.reserve(statements_in[root]);
    for (std::uint32_t f : keys[k].members) members.push_back(facts[f].node);
  }
  std::vector<std::uint32_t>().swap(statements_in);
  std::vector<Key>().swap(keys);  // the components are all that is left of them
  std::vector<std::uint32_t>().swap(table.key_lists);
  std::vector<std::uint32_t>().swap(table.key_speakers);
  sets = DisjointSets(0);

  // 3. Anaphoric denials ("denied the accusation") join the claim they
  // point back to.
  JoinAnaphoricDenials(graph, facts, options, components);

  // 4. One claim node per component of two or more statements (worked out
  // on the threads, added in component order).
  std::vector<const std::vector<std::size_t>*> groups;
  for (const auto& [root, members] : components) {
    if (members.size() >= 2) groups.push_back(&members);
  }
  std::vector<std::pair<Node, const std::vector<std::size_t>*>> claims(groups.size());
  // Claims are built a batch at a time: each claim's id ends with the hex
  // of the hash of its members' ids, and those texts are held for one
  // batch, then hashed together (Fnv1aMany).
  constexpr std::size_t kClaimBatch = 1024;
  std::vector<std::string> member_ids_text;  // what each claim of the batch hashes
  for (std::size_t batch = 0; batch < groups.size(); batch += kClaimBatch) {
    const std::size_t batch_size = std::min(kClaimBatch, groups.size() - batch);
    member_ids_text.assign(batch_size, std::string());
    ParallelFor(batch_size, options.threads, 16, [&](std::size_t i, std::size_t slot) {
      const std::size_t k = batch + i;
      const std::vector<std::size_t>& members = *groups[k];
      SlotState& state = *table.slots[slot];
      std::vector<std::string_view>& ids = state.member_ids;
      std::vector<std::string_view>& articles = state.member_articles;
      ids.clear();
      articles.clear();
      Node claim;
      claim.type = NodeType::kClaim;
      std::size_t best = members.front();
      const std::string* best_date = nullptr;
      const std::string* earliest = nullptr;  // the earliest known date
      for (std::size_t m : members) {
        const Node& s = graph.node(m);
        const std::string& date = FirstReported(graph, *adjacency, m);
        if (m == members.front() || RepresentativeBefore(graph, m, best, date, *best_date)) {
          best = m;
          best_date = &date;
        }
        if (!date.empty() && (earliest == nullptr || date < *earliest)) earliest = &date;
        ids.push_back(s.id);
        if (!s.evidence.article.empty()) articles.push_back(s.evidence.article);
        if (IsDenial(s)) ++claim.claim_denials;
      }
      if (earliest != nullptr) claim.date = *earliest;
      std::sort(ids.begin(), ids.end());
      std::sort(articles.begin(), articles.end());
      articles.erase(std::unique(articles.begin(), articles.end()), articles.end());
      // The hash is of the ids in order, each followed by '\n' (hashed
      // below, for all claims at once).
      std::string& hashed = member_ids_text[i];
      std::size_t hashed_bytes = ids.size();
      for (std::string_view id : ids) hashed_bytes += id.size();
      hashed.resize(hashed_bytes);  // written in place: no append call per id
      char* out = hashed.data();
      for (std::string_view id : ids) {
        std::memcpy(out, id.data(), id.size());
        out += id.size();
        *out++ = '\n';
      }
      const Node& rep = graph.node(best);
      const std::string words = IdWords(rep.text, state.words, state.id_words);
      claim.id.reserve(6 + words.size() + 1 + 16);
      claim.id += "claim:";
      if (!words.empty()) {
        claim.id += words;
        claim.id += '-';
      }
      claim.label = rep.text;
      claim.text = rep.text;
      claim.claim_statements = static_cast<std::int64_t>(members.size());
      claim.claim_articles = static_cast<std::int64_t>(articles.size());
      claims[k] = {std::move(claim), &members};
    });
    const std::vector<std::string_view> texts(member_ids_text.begin(), member_ids_text.end());
    const std::vector<std::uint64_t> hashes = Fnv1aMany(texts);
    for (std::size_t i = 0; i < batch_size; ++i) claims[batch + i].first.id += Hex(hashes[i]);
  }
  std::vector<std::string>().swap(member_ids_text);
  adjacency.reset();
  // Room for exactly what is added: a full vector doubling here would, for
  // a moment, hold the graph's records twice over.
  std::size_t expresses = 0;
  for (const auto& entry : claims) expresses += entry.second->size();
  graph.Reserve(graph.num_nodes() + claims.size(), graph.num_edges() + expresses);
  // The edges go in by node index, in the order AddEdge would have added
  // them: no statement id is looked up again.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
  ends.reserve(expresses);
  for (auto& [claim, members] : claims) {
    const auto claim_index = static_cast<std::uint32_t>(graph.AddNode(std::move(claim)));
    for (std::size_t m : *members) ends.emplace_back(static_cast<std::uint32_t>(m), claim_index);
  }
  claims.clear();
  graph.AddEdgesAt(ends, EdgeType::kExpresses, "");
  return graph;
}

}  // namespace quotegraph
