// Small read-only helpers over a document's tokens (internal header).

#ifndef QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
#define QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_

#include <string>
#include <string_view>

#include "quotegraph/importers/document.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {

class TokenView {
 public:
  explicit TokenView(const Document& doc) : doc_(doc) {}

  std::uint32_t size() const { return static_cast<std::uint32_t>(doc_.tokens.size()); }
  std::string_view Text(std::uint32_t i) const { return doc_.TokenText(i); }
  // Lower-cased text, valid until the next call to Lower on this view.
  std::string_view Lower(std::uint32_t i) const { return LowerAscii(Text(i), buffer_); }
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
  // Lower-cased words [a, b) joined by single spaces.
  std::string JoinLower(std::uint32_t a, std::uint32_t b) const {
    std::string out;
    for (std::uint32_t k = a; k < b; ++k) {
      if (k > a) out += ' ';
      out += Lower(k);
    }
    return out;
  }

 private:
  const Document& doc_;
  mutable std::string buffer_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_TOKEN_VIEW_H_
