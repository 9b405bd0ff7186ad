// What the attribution sieves of one document share (internal header).
//
// Every sieve builds an AttributionRules over the document.  What it
// needs does not change from one sieve to the next, or change only by what
// the sieves themselves add, so they are kept here instead of being made
// again by every sieve:
//   - the reporting verb of each token (a lexicon lookup of its word, and
//     of its word with the next one: "talked about"), looked up the first
//     time a sieve asks and remembered for the later ones;
//   - which tokens are cues and contents of the attributions found so far,
//     marked once per attribution instead of once per attribution per
//     sieve;
//   - the longest mention that starts and ends at each token, indexed once
//     per mention instead of once per mention per sieve.
// Pipeline::Run holds a SieveCacheScope over its stages; a stage called on
// its own (tests, benchmarks) gets a cache of its own from AttributionRules.
// The sieves run one after the other: one AttributionRules of a document
// at a time uses the shared cache.
// The stages between two sieves may append attributions and mentions (they
// are marked when the next sieve starts) but must not change or remove the
// ones already there, nor the tokens.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_SIEVE_CACHE_H_
#define QUOTEGRAPH_IMPORTERS_SRC_SIEVE_CACHE_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "cue_words.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {

class SieveCache {
 public:
  // Makes the cache fit `doc`: when it was made for another document, or
  // the document's tokens, attributions or mentions are not those it has
  // seen (fewer attributions or mentions than it marked), it starts over;
  // then it marks the attributions and indexes the mentions added since
  // the last call.
  void Sync(const Document& doc) {
    // The last sieve's own mentions give way to the index below.
    for (auto o = own_mentions_.rbegin(); o != own_mentions_.rend(); ++o) {
      mention_starts[o->first] = o->old_start;
      mention_ends[o->end] = o->old_end;
    }
    own_mentions_.clear();
    if (doc_ != &doc || tokens_ != doc.tokens.size() || marked_ > doc.attributions.size() ||
        indexed_ > doc.mentions.size()) {
      doc_ = &doc;
      tokens_ = doc.tokens.size();
      marked_ = 0;
      indexed_ = 0;
      swept_ = false;
      looked_up_.assign(tokens_, 0);
      verbs_.assign(tokens_, nullptr);
      phrasal_verbs_.assign(tokens_, nullptr);
      cue_used.assign(tokens_, 0);
      content_used.assign(tokens_, 0);
      mention_starts.assign(tokens_ + 1, kNoIndexedMention);
      mention_ends.assign(tokens_ + 1, kNoIndexedMention);
    }
    for (; marked_ < doc.attributions.size(); ++marked_) {
      const Attribution& a = doc.attributions[marked_];
      MarkTokens(doc, a.cue, cue_used);
      for (const ByteSpan& c : a.content) MarkTokens(doc, c, content_used);
    }
    // In the mentions' order, a longer one takes the token over: the same
    // as indexing them all from the first.
    for (; indexed_ < doc.mentions.size(); ++indexed_) {
      const Mention& mention = doc.mentions[indexed_];
      auto longer = [&](std::int32_t other) {
        if (other == kNoIndexedMention) return true;
        const Mention& o = doc.mentions[static_cast<std::size_t>(other)];
        return mention.end_token - mention.first_token > o.end_token - o.first_token;
      };
      const auto m = static_cast<std::int32_t>(indexed_);
      if (longer(mention_starts[mention.first_token])) mention_starts[mention.first_token] = m;
      if (longer(mention_ends[mention.end_token])) mention_ends[mention.end_token] = m;
    }
  }

  // Forgets the document (its address may be reused by the next one).
  void Clear() {
    doc_ = nullptr;
    own_mentions_.clear();
  }

  // Records mention `m`, added by a sieve (AttributionRules::AddMention),
  // as the one that starts at token `first` and ends before token `end`
  // for the rest of that sieve, whatever its length; the next Sync undoes
  // this and indexes it like any other.
  void SetOwnMention(std::uint32_t first, std::uint32_t end, std::int32_t m) {
    own_mentions_.push_back({first, end, mention_starts[first], mention_ends[end]});
    mention_starts[first] = m;
    mention_ends[end] = m;
  }

  // The attribution with index `n` is marked already (AttributionRules::Add
  // marks as it records).
  void CountMarked(std::size_t n) { marked_ = std::max(marked_, n); }

  // The lexicon's verb for the lower-cased word of token i, looked up once.
  template <typename LookUp>
  const ReportingVerb* Verb(std::uint32_t i, LookUp look_up) {
    if (!(looked_up_[i] & kVerbLookedUp)) {
      verbs_[i] = look_up();
      looked_up_[i] |= kVerbLookedUp;
    }
    return verbs_[i];
  }
  // True once token i is known never to be a cue in this document: not a
  // word, inside a quote, capitalised mid-sentence, neither it nor it
  // with the next word is a verb, or the words around it make it none
  // ("to say", "the said") (none of which a sieve changes).
  // AttributionRules::CueAt asks this first, inline.
  bool NeverCue(std::uint32_t i) const { return looked_up_[i] & kNeverCue; }
  void MarkNeverCue(std::uint32_t i) { looked_up_[i] |= kNeverCue; }
  // True once Sweep has marked the document's tokens.
  bool CuesSwept() const { return swept_; }
  // AttributionRules::SweepCues' pass over the tokens [0, n), with the
  // per-token arrays at hand instead of reached through the cache at
  // every token: a token that is no `candidate(i)` is marked NeverCue;
  // for the others `entry_of(i)` (the CueWords entry of the word, or
  // nullptr) gives the verb and the base form, and NeverCue when the word
  // is no verb and opens none of two words.  Then CuesSwept() is true.
  template <typename Candidate, typename EntryOf>
  void Sweep(std::uint32_t n, Candidate candidate, EntryOf entry_of) {
    std::uint8_t* const looked_up = looked_up_.data();
    const ReportingVerb** const verbs = verbs_.data();
    for (std::uint32_t i = 0; i < n; ++i) {
      if (!candidate(i)) {
        looked_up[i] |= kNeverCue;
        continue;
      }
      const CueWords::Entry* entry = entry_of(i);
      std::uint8_t bits = kBaseFormKnown;
      if (!(looked_up[i] & kVerbLookedUp)) {
        verbs[i] = entry != nullptr ? entry->verb : nullptr;
        bits |= kVerbLookedUp;
      }
      if (entry != nullptr && entry->base_form) bits |= kBaseForm;
      if (entry == nullptr || (entry->verb == nullptr && !entry->phrasal_first)) bits |= kNeverCue;
      looked_up[i] |= bits;
    }
    swept_ = true;
  }
  // True once token i, a verb, is known to pass the checks of the words
  // around it that CueAt makes ("to say", "the said"): then only its use
  // as a cue can still turn it away.
  bool CueChecked(std::uint32_t i) const { return looked_up_[i] & kCueChecked; }
  void MarkCueChecked(std::uint32_t i) { looked_up_[i] |= kCueChecked; }
  // AttributionRules::IsTimeWord of token i (which reads only the words),
  // found once.
  template <typename Find>
  bool TimeWord(std::uint32_t i, Find find) {
    if (!(looked_up_[i] & kTimeWordKnown)) {
      looked_up_[i] |= kTimeWordKnown | (find() ? kTimeWord : 0);
    }
    return looked_up_[i] & kTimeWord;
  }
  // True if the word of token i plus "s" or "es" is a verb
  // (AttributionRules::IsBaseForm, which reads only the word), found once:
  // `find` is asked the first time only.
  template <typename Find>
  bool BaseForm(std::uint32_t i, Find find) {
    if (!(looked_up_[i] & kBaseFormKnown)) {
      looked_up_[i] |= kBaseFormKnown | (find() ? kBaseForm : 0);
    }
    return looked_up_[i] & kBaseForm;
  }
  // The two-word verb starting at token i, looked up once.
  template <typename LookUp>
  const ReportingVerb* PhrasalVerb(std::uint32_t i, LookUp look_up) {
    if (!(looked_up_[i] & kPhrasalLookedUp)) {
      phrasal_verbs_[i] = look_up();
      looked_up_[i] |= kPhrasalLookedUp;
    }
    return phrasal_verbs_[i];
  }

  // The tokens [first, end) whose spans lie inside `span`.
  static std::pair<std::size_t, std::size_t> TokensIn(const Document& doc, ByteSpan span) {
    // Tokens are ordered and do not overlap: their begins and ends both rise.
    const auto first = std::partition_point(
        doc.tokens.begin(), doc.tokens.end(),
        [&](const Token& t) { return t.span.begin < span.begin; });
    const auto end = std::partition_point(
        first, doc.tokens.end(), [&](const Token& t) { return t.span.end <= span.end; });
    return {static_cast<std::size_t>(first - doc.tokens.begin()),
            static_cast<std::size_t>(end - doc.tokens.begin())};
  }
  // Marks (sets to 1) the tokens inside `span`.
  static void MarkTokens(const Document& doc, ByteSpan span, std::vector<std::uint8_t>& marks) {
    const auto [first, end] = TokensIn(doc, span);
    if (first < end) std::fill(marks.data() + first, marks.data() + end, std::uint8_t{1});
  }

  // Per token, 1 or 0: a cue / the content of an attribution found so far.
  // Bytes, not bits: read at every token, summed over every new content.
  std::vector<std::uint8_t> cue_used, content_used;
  // Per token (and one past the last), the index of the longest mention
  // that starts there / ends right before it (the first of equally long
  // ones), or -1 (kNoMention); while a sieve runs, its own mentions
  // (SetOwnMention) instead.
  std::vector<std::int32_t> mention_starts, mention_ends;

 private:
  enum : std::uint8_t {
    kVerbLookedUp = 1,
    kPhrasalLookedUp = 2,
    kNeverCue = 4,
    kCueChecked = 8,
    kTimeWordKnown = 16,
    kTimeWord = 32,
    kBaseFormKnown = 64,
    kBaseForm = 128,
  };
  static constexpr std::int32_t kNoIndexedMention = -1;  // kNoMention

  const Document* doc_ = nullptr;
  std::size_t tokens_ = 0;
  std::size_t marked_ = 0;  // attributions marked in cue_used / content_used
  std::size_t indexed_ = 0;  // mentions indexed in mention_starts / mention_ends
  bool swept_ = false;       // MarkCuesSwept called for this document
  struct OwnMention {
    std::uint32_t first, end;          // where SetOwnMention wrote
    std::int32_t old_start, old_end;   // what it wrote over
  };
  std::vector<OwnMention> own_mentions_;  // in the order written
  std::vector<std::uint8_t> looked_up_;  // the bits above, per token
  std::vector<const ReportingVerb*> verbs_, phrasal_verbs_;
};

// While one lives, the attribution sieves of the document it names share
// one SieveCache on this thread (its storage reused from one document to
// the next).  A second scope on a thread that already has one does nothing.
class SieveCacheScope {
 public:
  explicit SieveCacheScope(const Document& doc) : active_(State().doc == nullptr) {
    if (active_) State().doc = &doc;
  }
  ~SieveCacheScope() {
    if (!active_) return;
    State().doc = nullptr;
    State().cache.Clear();
  }
  SieveCacheScope(const SieveCacheScope&) = delete;
  SieveCacheScope& operator=(const SieveCacheScope&) = delete;

  // The shared cache if a scope on this thread names `doc`, else nullptr.
  static SieveCache* For(const Document& doc) {
    return State().doc == &doc ? &State().cache : nullptr;
  }

 private:
  struct Shared {
    const Document* doc = nullptr;
    SieveCache cache;
  };
  static Shared& State() {
    static thread_local Shared shared;
    return shared;
  }

  const bool active_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_SIEVE_CACHE_H_
