// Small read-only helpers over a document's tokens (internal header).

#ifndef QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
#define QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_

#include <string>
#include <string_view>

#include "quotegraph/importers/document.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {

// Lower-cased token text comes from a lower-cased copy of the whole text,
// made once per view, so asking for it never allocates.
class TokenView {
 public:
  explicit TokenView(const Document& doc) : doc_(doc), lower_(doc.text) {
    for (char& c : lower_) {  // branch-free, so the compiler vectorises it
      const auto u = static_cast<unsigned char>(c);
      c = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0));
    }
  }

  std::uint32_t size() const { return static_cast<std::uint32_t>(doc_.tokens.size()); }
  std::string_view Text(std::uint32_t i) const { return doc_.TokenText(i); }
  // ASCII-lower-cased text of token i, valid as long as the view.
  std::string_view Lower(std::uint32_t i) const {
    const ByteSpan s = doc_.tokens[i].span;
    return std::string_view(lower_).substr(s.begin, s.size());
  }
  bool IsWord(std::uint32_t i) const {
    return i < size() && doc_.tokens[i].kind == TokenKind::kWord;
  }
  bool IsCap(std::uint32_t i) const {
    return IsWord(i) && (doc_.tokens[i].flags & kCapitalized);
  }
  bool InQuote(std::uint32_t i) const { return doc_.tokens[i].flags & kInQuote; }
  bool Is(std::uint32_t i, std::string_view s) const { return i < size() && Text(i) == s; }
  bool IsLower(std::uint32_t i, std::string_view s) const { return i < size() && Lower(i) == s; }
  bool SameSentence(std::uint32_t a, std::uint32_t b) const {
    return a < size() && b < size() && doc_.tokens[a].sentence == doc_.tokens[b].sentence;
  }
  bool IsPossessive(std::uint32_t i) const {
    return IsWord(i) && (Text(i) == "'s" || Text(i) == "\u2019s" || Text(i) == "'S");
  }
  // Text from the start of token a to the end of token b-1.
  std::string_view Range(std::uint32_t a, std::uint32_t b) const {
    return doc_.text.substr(doc_.tokens[a].span.begin,
                            doc_.tokens[b - 1].span.end - doc_.tokens[a].span.begin);
  }
  ByteSpan RangeSpan(std::uint32_t a, std::uint32_t b) const {
    return ByteSpan{doc_.tokens[a].span.begin, doc_.tokens[b - 1].span.end};
  }
  // Lower-cased words [a, b) joined by single spaces; valid until the next
  // call on this view.  A view of the lower-cased text itself when the
  // words are written with single spaces between them (no copy).
  std::string_view JoinLower(std::uint32_t a, std::uint32_t b) const {
    if (b <= a) return {};
    bool single_spaced = true;
    for (std::uint32_t k = a + 1; k < b && single_spaced; ++k) {
      const std::uint32_t gap_begin = doc_.tokens[k - 1].span.end;
      single_spaced = doc_.tokens[k].span.begin == gap_begin + 1 && doc_.text[gap_begin] == ' ';
    }
    if (single_spaced) {
      const std::uint32_t begin = doc_.tokens[a].span.begin;
      return std::string_view(lower_).substr(begin, doc_.tokens[b - 1].span.end - begin);
    }
    buffer_.clear();
    for (std::uint32_t k = a; k < b; ++k) {
      if (k > a) buffer_ += ' ';
      buffer_ += Lower(k);
    }
    return buffer_;
  }

 private:
  const Document& doc_;
  std::string lower_;            // doc_.text, ASCII-lower-cased
  mutable std::string buffer_;   // JoinLower's joined copy
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
