// Small read-only helpers over a document's tokens (internal header).

#ifndef QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
#define QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_

#include <string>
#include <string_view>

#include "quotegraph/importers/document.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {

// ASCII-lower-cased copy of `text` into `out` (reusing its storage).
inline void LowerAsciiCopy(std::string_view text, std::string& out) {
  out.assign(text.data(), text.size());
  for (char& c : out) {  // branch-free, so the compiler vectorises it
    const auto u = static_cast<unsigned char>(c);
    c = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0));
  }
}

// While one lives, the document it names has its lower-cased text made once
// on this thread, for every TokenView of that document: Pipeline::Run holds
// one over its stages, so the stages share one copy, and its buffer is
// reused from one article to the next.  A second scope on a thread that
// already has one does nothing.
class LowerTextScope {
 public:
  explicit LowerTextScope(const Document& doc) : active_(State().doc == nullptr) {
    if (!active_) return;
    LowerAsciiCopy(doc.text, State().lower);
    State().doc = &doc;
  }
  ~LowerTextScope() {
    if (active_) State().doc = nullptr;
  }
  LowerTextScope(const LowerTextScope&) = delete;
  LowerTextScope& operator=(const LowerTextScope&) = delete;

  // The lower-cased text of `doc` if a scope on this thread names it, else
  // nullptr.
  static const std::string* For(const Document& doc) {
    return State().doc == &doc ? &State().lower : nullptr;
  }

 private:
  struct Shared {
    const Document* doc = nullptr;  // the scoped document, if any
    std::string lower;              // its text, lower-cased
  };
  static Shared& State() {
    static thread_local Shared shared;
    return shared;
  }

  const bool active_;
};

// Lower-cased token text comes from a lower-cased copy of the whole text
// (the one LowerTextScope made, or one made per view), so asking for it
// never allocates.  A view reads the tokens the document has when it is
// made (their number and address kept at hand): the stages that use one
// add or change no token while it lives.
class TokenView {
 public:
  explicit TokenView(const Document& doc)
      : tokens_(doc.tokens.data()),
        size_(static_cast<std::uint32_t>(doc.tokens.size())),
        text_(doc.text.data()) {
    if (const std::string* shared = LowerTextScope::For(doc)) {
      lower_ = *shared;
    } else {
      LowerAsciiCopy(doc.text, own_lower_);
      lower_ = own_lower_;
    }
  }
  // lower_ may view own_lower_: no copies.
  TokenView(const TokenView&) = delete;
  TokenView& operator=(const TokenView&) = delete;

  // The accessors below are asked about nearly every token by every sieve:
  // they are always inlined (in the sieves' large files the compiler would
  // keep them out of line), and take token spans (always inside the text)
  // without substr's range check.
  std::uint32_t size() const { return size_; }
  [[gnu::always_inline]] std::string_view Text(std::uint32_t i) const {
    const ByteSpan s = tokens_[i].span;
    return std::string_view(text_ + s.begin, s.size());
  }
  // ASCII-lower-cased text of token i, valid as long as the view.
  [[gnu::always_inline]] std::string_view Lower(std::uint32_t i) const {
    const ByteSpan s = tokens_[i].span;
    return std::string_view(lower_.data() + s.begin, s.size());
  }
  // The whole text, ASCII-lower-cased (for a pass over every token that
  // keeps it at hand).
  std::string_view LowerText() const { return lower_; }
  [[gnu::always_inline]] bool IsWord(std::uint32_t i) const {
    return i < size() && tokens_[i].kind == TokenKind::kWord;
  }
  [[gnu::always_inline]] bool IsCap(std::uint32_t i) const {
    return IsWord(i) && (tokens_[i].flags & kCapitalized);
  }
  bool InQuote(std::uint32_t i) const { return tokens_[i].flags & kInQuote; }
  // Both compare the lengths first: most tokens asked about differ in it.
  [[gnu::always_inline]] bool Is(std::uint32_t i, std::string_view s) const {
    return i < size() && tokens_[i].span.size() == s.size() && Text(i) == s;
  }
  [[gnu::always_inline]] bool IsLower(std::uint32_t i, std::string_view s) const {
    return i < size() && tokens_[i].span.size() == s.size() && Lower(i) == s;
  }
  bool SameSentence(std::uint32_t a, std::uint32_t b) const {
    return a < size() && b < size() && tokens_[a].sentence == tokens_[b].sentence;
  }
  bool IsPossessive(std::uint32_t i) const {
    return IsWord(i) && (Text(i) == "'s" || Text(i) == "\u2019s" || Text(i) == "'S");
  }
  // Text from the start of token a to the end of token b-1.
  std::string_view Range(std::uint32_t a, std::uint32_t b) const {
    const std::uint32_t begin = tokens_[a].span.begin;
    return std::string_view(text_ + begin, tokens_[b - 1].span.end - begin);
  }
  ByteSpan RangeSpan(std::uint32_t a, std::uint32_t b) const {
    return ByteSpan{tokens_[a].span.begin, tokens_[b - 1].span.end};
  }
  // Lower-cased words [a, b) joined by single spaces; valid until the next
  // call on this view.  A view of the lower-cased text itself when the
  // words are written with single spaces between them (no copy).
  std::string_view JoinLower(std::uint32_t a, std::uint32_t b) const {
    if (b <= a) return {};
    bool single_spaced = true;
    for (std::uint32_t k = a + 1; k < b && single_spaced; ++k) {
      const std::uint32_t gap_begin = tokens_[k - 1].span.end;
      single_spaced = tokens_[k].span.begin == gap_begin + 1 && text_[gap_begin] == ' ';
    }
    if (single_spaced) {
      const std::uint32_t begin = tokens_[a].span.begin;
      return lower_.substr(begin, tokens_[b - 1].span.end - begin);
    }
    buffer_.clear();
    for (std::uint32_t k = a; k < b; ++k) {
      if (k > a) buffer_ += ' ';
      buffer_ += Lower(k);
    }
    return buffer_;
  }

 private:
  const Token* tokens_;          // the document's tokens
  std::uint32_t size_;           // their number
  const char* text_;             // the document's text
  std::string_view lower_;       // that text, ASCII-lower-cased
  std::string own_lower_;        // lower_, when no LowerTextScope names the document
  mutable std::string buffer_;   // JoinLower's joined copy
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
