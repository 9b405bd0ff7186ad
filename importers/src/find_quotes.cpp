// Stage 5: quote marks -> quotations.
//
// Double quotes (" “ ” „ « ») pair up in reading order: an opener starts a
// quote, the next closer ends it; a straight quote of unclear direction
// closes an open quote and otherwise opens one.  News convention for long
// quotes: a paragraph that ends inside a quote continues it when the next
// paragraph opens with a quote mark, or when the next paragraph's first mark
// is a closing one (a paragraph broken mid-quote); otherwise the
// quote ends with its paragraph (closed = false).  Curly marks inside a quote
// nest in it when a mark of the outer quote's kind closes it after them.  Single quotes
// (‘ ’ ') only pair within one paragraph, outside double quotes, and over a
// short stretch: most single marks are apostrophes.  A quote longer than
// Document::max_quote_chars code points is not a quote: it is dropped with a
// warning naming the article and offset.
#include <algorithm>
#include <string>

#include "char_class.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

constexpr std::uint32_t kMaxSingleQuoteTokens = 40;

char32_t FirstCodePoint(std::string_view s) {
  std::size_t n = 0;
  return s.empty() ? 0 : DecodeAt(s, 0, &n);
}

// IsMark for a token that is no word or number.
[[gnu::noinline]] bool IsMarkSymbol(const Document& doc, std::uint32_t i, bool double_marks) {
  const std::string_view text = doc.TokenText(i);
  const char32_t c = FirstCodePoint(text);
  // '' and `` stand for a double mark.
  const bool doubled = text == "''" || text == "``";
  return double_marks ? (IsDoubleQuote(c) || doubled) : (IsSingleQuote(c) && !doubled);
}

// True if token i is a double (single) quote mark.  Most tokens are words:
// they are answered here, inline.
// So are the one-byte ASCII symbols other than " ' and ` (commas, full
// stops).
inline bool IsMark(const Document& doc, std::uint32_t i, bool double_marks) {
  const Token& t = doc.tokens[i];
  if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) return false;
  const auto first = static_cast<unsigned char>(doc.text[t.span.begin]);
  if (first < 0x80 && first != '"' && first != '\'' && first != '`') return false;
  return IsMarkSymbol(doc, i, double_marks);
}

// False (with a warning) if `q` is longer than the document's limit.
bool WithinLimit(Document& doc, const Quote& q) {
  std::size_t chars = 0;
  for (const ByteSpan& p : q.parts) {
    const Span cp = doc.ToCodePoints(p);
    chars += static_cast<std::size_t>(cp.end - cp.start);
  }
  if (chars <= doc.max_quote_chars) return true;
  doc.warnings.push_back(doc.article.origin + ": offset " +
                         std::to_string(doc.ToCodePoints(q.parts.front()).start) +
                         ": quote of " + std::to_string(chars) +
                         " characters, over the limit of " + std::to_string(doc.max_quote_chars) +
                         " (--max-quote-chars): not taken as a quote");
  return false;
}

void MarkInside(Document& doc, const Quote& q) {
  for (std::uint32_t k = q.first_token; k < q.end_token; ++k) doc.tokens[k].flags |= kInQuote;
}

// If the quote opened at `outer` holds a curly pair opening at `inner`
// ("... about “equal justice” now."), and a mark that closes the outer
// quote follows that pair in the paragraph: one past the pair's closing
// mark.  0 otherwise.  A straight-marked quote is closed by a straight
// mark; a curly one by a second ” right after the pair's (“A “B” C,” X
// said), which a quote left open by mistake does not have (“A. “B,” X
// said.).
std::uint32_t NestedCurlyEnd(const Document& doc, std::uint32_t outer, std::uint32_t inner) {
  const bool straight = doc.TokenText(outer) == "\"";
  if (!(straight || doc.TokenText(outer) == "\u201C") || doc.TokenText(inner) != "\u201C") {
    return 0;
  }
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  const std::uint32_t paragraph = doc.tokens[inner].paragraph;
  std::uint32_t close = 0;
  for (std::uint32_t j = inner + 1; j < n && doc.tokens[j].paragraph == paragraph; ++j) {
    if (!IsMark(doc, j, true)) continue;
    if (close == 0) {
      if (doc.TokenText(j) != "\u201D") return 0;
      close = j;
      continue;
    }
    if (straight) {
      return doc.TokenText(j) == "\"" && doc.tokens[j].kind != TokenKind::kOpenQuote ? close + 1 : 0;
    }
    return doc.TokenText(j) == "\u201D" ? close + 1 : 0;
  }
  return 0;
}

// True if the paragraph starting at token `first` holds a double mark and
// its first one closes (”, or a straight mark after a word and before a
// space): the paragraph before it, left inside a quote, was broken
// mid-quote ("... since the election in.¶1988. The one element ...,” X
// says.").
bool ClosedInNextParagraph(const Document& doc, std::uint32_t first) {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  if (first >= n) return false;
  const std::uint32_t paragraph = doc.tokens[first].paragraph;
  for (std::uint32_t j = first; j < n && doc.tokens[j].paragraph == paragraph; ++j) {
    if (IsMark(doc, j, true)) return doc.tokens[j].kind == TokenKind::kCloseQuote;
  }
  return false;
}

void FindDoubleQuotes(Document& doc) {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  bool open = false;
  Quote q;
  std::uint32_t part_start = 0;  // token opening the current part
  auto finish = [&](std::uint32_t end_token, bool closed) {
    const Token& last = doc.tokens[end_token - 1];
    q.parts.push_back(ByteSpan{doc.tokens[part_start].span.begin, last.span.end});
    q.end_token = end_token;
    q.closed = closed;
    if (WithinLimit(doc, q)) {
      MarkInside(doc, q);
      doc.quotes.push_back(std::move(q));
    }
    q = Quote{};
    open = false;
  };
  // The tokens are not added to here (only their flags change): read
  // through one pointer.
  const Token* const toks = doc.tokens.data();
  for (std::uint32_t i = 0; i < n; ++i) {
    if (!open) {
      // Outside quotes only a mark matters: words and numbers are skipped
      // in a tight loop.
      while (i < n && (toks[i].kind == TokenKind::kWord || toks[i].kind == TokenKind::kNumber)) ++i;
      if (i == n) break;
    }
    const Token& t = toks[i];
    const bool mark = IsMark(doc, i, true);
    if (!open && !mark) continue;
    if (open && mark && t.kind != TokenKind::kOpenQuote) {
      finish(i + 1, true);
      continue;
    }
    if (mark && t.kind != TokenKind::kCloseQuote) {
      // "He said "it is about “equal justice” now."": curly marks inside a
      // straight-marked quote nest in it.
      if (open) {
        const std::uint32_t inner_end = NestedCurlyEnd(doc, q.first_token, i);
        if (inner_end != 0) {
          i = inner_end - 1;
          continue;
        }
      }
      if (open) finish(i, false);  // an opener inside an open quote: restart
      open = true;
      q = Quote{};
      q.first_token = i;
      part_start = i;
    }
    const bool paragraph_ends = i + 1 == n || toks[i + 1].paragraph != t.paragraph;
    if (open && paragraph_ends) {
      const bool continues = i + 1 < n && IsMark(doc, i + 1, true) &&
                             doc.tokens[i + 1].kind != TokenKind::kCloseQuote;
      if (!continues && ClosedInNextParagraph(doc, i + 1)) {
        // A paragraph broken inside a quote: the quote goes on, unmarked.
        q.parts.push_back(ByteSpan{doc.tokens[part_start].span.begin, t.span.end});
        part_start = i + 1;
        continue;
      }
      if (continues) {
        q.parts.push_back(ByteSpan{doc.tokens[part_start].span.begin, t.span.end});
        part_start = i + 1;
        ++i;  // the continuation's opening mark
      } else {
        finish(i + 1, false);
      }
    }
  }
}

void FindSingleQuotes(Document& doc) {
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind != TokenKind::kOpenQuote || (t.flags & kInQuote) || !IsMark(doc, i, false)) {
      continue;
    }
    for (std::uint32_t j = i + 1; j < n && j - i <= kMaxSingleQuoteTokens; ++j) {
      const Token& u = doc.tokens[j];
      if (u.paragraph != t.paragraph || (u.flags & kInQuote)) break;
      if (u.kind == TokenKind::kCloseQuote && IsMark(doc, j, false)) {
        Quote q;
        q.parts.push_back(ByteSpan{t.span.begin, u.span.end});
        q.first_token = i;
        q.end_token = j + 1;
        q.double_marks = false;
        if (WithinLimit(doc, q)) doc.quotes.push_back(std::move(q));
        i = j;
        break;
      }
    }
  }
}

}  // namespace

void FindQuotes(Document& doc) {
  // Room for a quote per paragraph makes growing rare.
  doc.quotes.reserve(doc.quotes.size() + doc.paragraphs.size());
  FindDoubleQuotes(doc);
  FindSingleQuotes(doc);
  std::sort(doc.quotes.begin(), doc.quotes.end(),
            [](const Quote& a, const Quote& b) { return a.first_token < b.first_token; });
}

}  // namespace quotegraph
