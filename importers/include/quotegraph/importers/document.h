// The one document representation the extraction pipeline works on.
//
// A Document owns the article text and grows layer by layer as the
// pipeline's stages run (pipeline.h):
//
//   paragraphs -> tokens -> sentences -> quotes -> mentions -> entities
//              -> attributions
//
// Every span is a half-open range of BYTE offsets into `text`; the offset
// map converts to code points (what the graph and brat record) at the end.
// Layers are flat vectors of small records indexing each other by position,
// so a document costs a few allocations per layer, not per token.

#ifndef QUOTEGRAPH_IMPORTERS_DOCUMENT_H_
#define QUOTEGRAPH_IMPORTERS_DOCUMENT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/model.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/article.h"

namespace quotegraph {

// A byte range [begin, end) of Document::text.
struct ByteSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  std::uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

enum class ParagraphRole : std::uint8_t {
  kBody,       // article text: extracted
  kCaption,    // photo caption / credit: no statements
  kFurniture,  // site furniture (subscribe prompts, headline lists): nothing
};

struct Paragraph {
  ByteSpan span;  // trimmed of surrounding white space
  ParagraphRole role = ParagraphRole::kBody;
};

enum class TokenKind : std::uint8_t {
  kWord,        // letters, digits, inner apostrophes / hyphens / dots (U.S.)
  kNumber,      // starts with a digit
  kPunct,       // any other single symbol
  kOpenQuote,   // “ ‘ or a straight quote judged opening
  kCloseQuote,  // ” ’ or a straight quote judged closing
};

// Token flags.
enum : std::uint8_t {
  kCapitalized = 1 << 0,    // first letter upper case
  kSentenceStart = 1 << 1,  // first word token of its sentence
  kInQuote = 1 << 2,        // inside quotation marks
};

struct Token {
  ByteSpan span;
  TokenKind kind = TokenKind::kWord;
  std::uint8_t flags = 0;
  std::uint32_t paragraph = 0;
  std::uint32_t sentence = 0;
};

struct Sentence {
  ByteSpan span;
  std::uint32_t first_token = 0;  // [first_token, end_token)
  std::uint32_t end_token = 0;
  std::uint32_t paragraph = 0;
};

// The parts of a quotation, in order: a vector of spans that holds one
// part (most quotes have one) without allocating.  The parts are
// contiguous: begin() and end() are pointers.
class QuoteParts {
 public:
  using value_type = ByteSpan;
  using const_iterator = const ByteSpan*;

  void push_back(ByteSpan s) {
    if (size_ == 0) {
      first_ = s;
    } else {
      if (size_ == 1) more_.assign(1, first_);
      more_.push_back(s);
    }
    ++size_;
  }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const ByteSpan* begin() const { return size_ <= 1 ? &first_ : more_.data(); }
  const ByteSpan* end() const { return begin() + size_; }
  const ByteSpan& operator[](std::size_t i) const { return begin()[i]; }
  const ByteSpan& front() const { return *begin(); }
  const ByteSpan& back() const { return begin()[size_ - 1]; }

 private:
  std::size_t size_ = 0;
  ByteSpan first_;              // the part, while there is one
  std::vector<ByteSpan> more_;  // all of them, once there are two or more
};

// A quotation: from its opening mark to its closing mark (both included).
// A quote continued over paragraphs has one part per paragraph.
struct Quote {
  QuoteParts parts;
  std::uint32_t first_token = 0;  // the opening mark
  std::uint32_t end_token = 0;    // one past the closing mark (or the last token)
  bool closed = true;             // false if the text ended it, not a mark
  bool double_marks = true;       // " or “”, not single ‘’ / '
};

enum class MentionKind : std::uint8_t {
  kName,         // Joe Biden, the Kremlin, Ria Novosti
  kPronoun,      // he, she, they
  kDescription,  // the US president, the spokesman
  kGroup,        // officials, a source, aides
};

enum class Gender : std::uint8_t { kUnknown, kMale, kFemale, kPlural };

struct Mention {
  ByteSpan span;        // the whole mention as written, title included
  ByteSpan name;        // the name part ("Ivan Petrov"); empty if none
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;
  MentionKind kind = MentionKind::kName;
  NodeType type = NodeType::kPerson;  // person, organization or place
  Gender gender = Gender::kUnknown;
  bool tentative = false;  // type guessed; resolution may drop the mention
  std::string title;      // "US president", "spokesman"; may be empty
  std::string possessor;  // "Putin" in "Kessler's spokesman Ivan Petrov"
  std::int32_t entity = -1;  // index into Document::entities once resolved
};

struct Entity {
  NodeType type = NodeType::kPerson;
  std::string name;  // canonical: the longest full name seen
  std::vector<std::string> aliases;
  std::vector<std::string> titles;
  Gender gender = Gender::kUnknown;
  std::int32_t affiliation = -1;  // entity index ("Kessler" for Petrov)
  std::string affiliation_role;   // "spokesman"
  std::uint32_t first_mention = 0;
  // An unnamed group ("officials"): the same words in two articles are not
  // the same people, so its node is scoped to its article.
  bool group = false;
};

// A provenance intermediary or medium: "according to TASS", "told CNN",
// "tweeted".
struct Relay {
  std::string name;  // canonical name: "TASS", "Twitter"
  SourceKind kind = SourceKind::kAgency;
  std::string role;  // "intermediary" or "medium"
  ByteSpan span;     // where it is named; empty for an implied medium
};

struct Attribution {
  std::vector<ByteSpan> content;  // one or more fragments
  ByteSpan cue;
  std::int32_t source_mention = -1;  // index into mentions, -1 if none
  std::string relation = "said";     // "said" or "denied"
  QuoteKind quote_kind = QuoteKind::kIndirect;
  std::vector<Relay> relays;
  std::string date_estimate;  // YYYY-MM-DD, if the text says when
  std::string stage;          // which sieve found it (for measurement)
};

// Quotes longer than this many code points are not taken as quotes (a
// stray mark that never closes would otherwise swallow the article).
constexpr std::size_t kDefaultMaxQuoteChars = 20000;

struct Document {
  explicit Document(Article a);
  // `text` views article.text: a Document stays where it was built.
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  Article article;   // metadata; article.text is the text below
  std::string_view text;
  OffsetMap offsets;  // bytes <-> code points of `text`

  std::vector<Paragraph> paragraphs;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Attribution> attributions;

  // Limits the stages respect (set by Pipeline::Run).
  std::size_t max_quote_chars = kDefaultMaxQuoteChars;
  // One-line warnings from the stages ("FILE: offset N: ..."), reported by
  // Pipeline::Run.
  std::vector<std::string> warnings;

  std::string_view Slice(ByteSpan s) const { return text.substr(s.begin, s.size()); }
  std::string_view TokenText(std::uint32_t i) const { return Slice(tokens[i].span); }
  // Code-point span of a byte span.
  Span ToCodePoints(ByteSpan s) const {
    return Span{offsets.ToCodePoint(s.begin), offsets.ToCodePoint(s.end)};
  }
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_DOCUMENT_H_
