// Stage 4: tokens -> sentences.
//
// A sentence ends at ".", "!", "?" or "…" (abbreviation dots stay inside
// their word token, so they never end one), together with any closing quote
// marks or brackets right after it, when the next token starts a new
// sentence: a capitalised word, a number or an opening quote.  A paragraph
// end always ends a sentence, and so does the kMaxSentenceTokens-th token:
// text that never ends a sentence is cut into pieces, which keeps every
// stage that looks across a sentence linear in the article.
#include <algorithm>

#include "char_class.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// No real sentence is this long (in tokens).
constexpr std::uint32_t kMaxSentenceTokens = 250;

bool IsTerminal(std::string_view t) {
  return t == "." || t == "!" || t == "?" || t == "\u2026";
}

bool IsCloser(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kCloseQuote || text == ")" || text == "]" ||
         (t.kind == TokenKind::kPunct && (text == "\"" || text == "'"));
}

bool StartsSentence(const Token& t) {
  return (t.flags & kCapitalized) || t.kind == TokenKind::kNumber ||
         t.kind == TokenKind::kOpenQuote;
}

}  // namespace

void SplitSentences(Document& doc) {
  std::vector<Token>& toks = doc.tokens;
  // News sentences run some 25 tokens: room for one per 12 (and one per
  // paragraph) makes growing rare.
  doc.sentences.reserve(doc.sentences.size() + toks.size() / 12 + doc.paragraphs.size());
  std::uint32_t start = 0;
  auto close = [&](std::uint32_t end) {  // [start, end)
    Sentence s;
    s.first_token = start;
    s.end_token = end;
    s.paragraph = toks[start].paragraph;
    s.span = ByteSpan{toks[start].span.begin, toks[end - 1].span.end};
    const auto index = static_cast<std::uint32_t>(doc.sentences.size());
    for (std::uint32_t k = start; k < end; ++k) toks[k].sentence = index;
    doc.sentences.push_back(s);
    start = end;
  };
  const auto n = static_cast<std::uint32_t>(toks.size());
  std::uint32_t i = 0;
  while (i < n) {
    // A paragraph's tokens, [i, run_end): whether a token is its last is
    // then a compare of indices.
    std::uint32_t run_end = i + 1;
    while (run_end < n && toks[run_end].paragraph == toks[i].paragraph) ++run_end;
    while (i < run_end) {
      // The paragraph's last token, or the kMaxSentenceTokens-th of the
      // sentence, ends it.
      const std::uint32_t forced = std::min(run_end - 1, start + kMaxSentenceTokens - 1);
      // Terminal marks are always punctuation tokens: words need no compare.
      while (i < forced && toks[i].kind != TokenKind::kPunct) ++i;
      if (i >= forced) {
        close(i + 1);
        ++i;
        continue;
      }
      if (!IsTerminal(doc.TokenText(i))) {
        ++i;
        continue;
      }
      std::uint32_t end = i + 1;
      while (end < run_end && IsCloser(toks[end], doc.TokenText(end))) ++end;
      if (end < run_end && StartsSentence(toks[end])) {
        close(end);
        i = end;
      } else {
        ++i;
      }
    }
  }
  // Sentence-start flags.
  for (const Sentence& s : doc.sentences) {
    for (std::uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (toks[k].kind == TokenKind::kWord || toks[k].kind == TokenKind::kNumber) {
        toks[k].flags |= kSentenceStart;
        break;
      }
    }
  }
}

}  // namespace quotegraph
