// Stage 1: lines -> paragraphs.
#include "char_class.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// Trims Unicode white space from both ends of text[begin, end).
// True if the byte is ASCII and no white space: then the character there
// is no space, without decoding.
inline bool AsciiNonSpace(char byte) {
  const auto b = static_cast<unsigned char>(byte);
  return b < 0x80 && !IsSpace(b);
}

ByteSpan TrimSpan(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  while (begin < end && !AsciiNonSpace(text[begin]) && IsSpace(DecodeAt(text, begin, &n))) {
    begin += n;
  }
  while (end > begin) {
    if (AsciiNonSpace(text[end - 1])) break;  // most lines end so
    std::size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (!IsSpace(DecodeAt(text, start, &n))) break;
    end = start;
  }
  return ByteSpan{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

}  // namespace

void SegmentParagraphs(Document& doc) {
  const std::string_view text = doc.text;
  std::size_t start = std::min(doc.article.body_offset, text.size());
  // Room for a paragraph per 32 bytes makes growing rare.
  doc.paragraphs.reserve(doc.paragraphs.size() + (text.size() - start) / 32 + 1);
  // The date line's own start is skipped; the rest of that line is a
  // paragraph like any other.
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    ByteSpan span = TrimSpan(text, start, nl);
    if (!span.empty()) doc.paragraphs.push_back(Paragraph{span, ParagraphRole::kBody});
    start = nl + 1;
  }
}

}  // namespace quotegraph
