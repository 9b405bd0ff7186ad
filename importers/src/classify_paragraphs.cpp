// Stage 2: captions and page furniture.
//
// Three rules, most certain first:
//   - a paragraph matching a caption pattern (photo credit) is a caption;
//   - a short paragraph matching a furniture pattern (subscribe prompts,
//     "Read more", copyright lines) is furniture, unless it opens a
//     quotation;
//   - the trailing run of headline-like paragraphs (short, no sentence-final
//     punctuation) that contains furniture, or is at least three long, is
//     furniture: the "most read" lists sites append after the article.
#include <cstdint>
#include <cstring>

#include "char_class.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// Furniture patterns are only trusted on short paragraphs: a real paragraph
// that mentions a newsletter stays article text.
constexpr std::size_t kMaxFurnitureBytes = 300;
// A headline in a list is short.
constexpr std::size_t kMaxHeadlineWords = 16;
constexpr std::size_t kMinHeadlineRun = 3;

// True if `s` has more than `limit` words (runs of bytes other than space
// and tab); it stops reading at the first word over the limit.
// Eight bytes at a time: a word starts at each byte that is no space and
// follows a space (or the start).
bool MoreWordsThan(std::string_view s, std::size_t limit) {
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7FULL;
  // Bit 7 of each byte of the result: that byte of v is zero.
  const auto zero_bytes = [](std::uint64_t v) { return ~(((v & kLow7) + kLow7) | v) & kHigh; };
  std::size_t words = 0;
  std::uint64_t space_before = kHigh;  // the byte before the first: as a space
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, sizeof w);
    const std::uint64_t space =
        zero_bytes(w ^ 0x2020202020202020ULL) | zero_bytes(w ^ 0x0909090909090909ULL);
    // Per byte: the previous byte was a space (little-endian: the byte
    // before is eight bits lower).
    const std::uint64_t after_space = (space << 8) | ((space_before >> 56) & 0x80);
    words += static_cast<std::size_t>(__builtin_popcountll(~space & kHigh & after_space));
    if (words > limit) return true;
    space_before = space;
  }
  bool in_word = (space_before & (std::uint64_t{0x80} << 56)) == 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word && ++words > limit) return true;
    in_word = !space;
  }
  return false;
}

// Last code point of a non-empty string.
char32_t LastCodePoint(std::string_view s) {
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  std::size_t n = 0;
  return DecodeAt(s, i, &n);
}

bool LooksLikeHeadline(std::string_view p) {
  if (p.empty() || MoreWordsThan(p, kMaxHeadlineWords)) return false;
  const char32_t last = LastCodePoint(p);
  return last != U'.' && last != U'"' && last != U'\u201D' && last != U'\u2026' &&
         last != U':' && last != U',';
}

// '"We have a problem," said X, who runs a newsletter.': a paragraph that
// opens a quotation is someone's words, never a site's prompt.
bool OpensWithQuote(std::string_view p) {
  if (p.empty()) return false;
  std::size_t n = 0;
  const char32_t first = DecodeAt(p, 0, &n);
  return first == U'"' || first == U'\u201C';
}

}  // namespace

void ClassifyParagraphs(Document& doc) {
  const Lexicon& lex = Lexicon::Get();
  for (Paragraph& p : doc.paragraphs) {
    const std::string_view s = doc.Slice(p.span);
    const Lexicon::PatternMatch match =
        lex.MatchCaptionOrFurniture(s, s.size() <= kMaxFurnitureBytes && !OpensWithQuote(s));
    if (match.caption) {
      p.role = ParagraphRole::kCaption;
    } else if (match.furniture) {
      p.role = ParagraphRole::kFurniture;
    }
  }
  // The trailing block (never the first paragraph).
  std::size_t begin = doc.paragraphs.size();
  bool has_furniture = false;
  while (begin > 1) {
    const Paragraph& p = doc.paragraphs[begin - 1];
    const bool furniture = p.role == ParagraphRole::kFurniture;
    if (!furniture && !LooksLikeHeadline(doc.Slice(p.span))) break;
    has_furniture = has_furniture || furniture;
    --begin;
  }
  const std::size_t run = doc.paragraphs.size() - begin;
  if (has_furniture || run >= kMinHeadlineRun) {
    for (std::size_t i = begin; i < doc.paragraphs.size(); ++i) {
      doc.paragraphs[i].role = ParagraphRole::kFurniture;
    }
  }
  // A headline: the first body paragraph, if it looks like one and the
  // article came without a title.
  if (doc.article.title.empty()) {
    for (const Paragraph& p : doc.paragraphs) {
      if (p.role != ParagraphRole::kBody) continue;
      const std::string_view s = doc.Slice(p.span);
      if (LooksLikeHeadline(s) && &p != &doc.paragraphs.back()) doc.article.title = std::string(s);
      break;
    }
  }
}

}  // namespace quotegraph
