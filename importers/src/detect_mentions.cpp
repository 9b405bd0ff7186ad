// Stage 6: mentions of people, organisations, places, groups; pronouns.
//
// Names are runs of capitalised words (with particles such as "of", "de"
// between them).  A title inside the run ("U.S. Secretary of State Laura
// Chen") or just before it in lower case ("prosecutor-general Ana Lind",
// "Kessler's spokesman Ivan Petrov") is split off into
// Mention::title, and what stands before the title (an organisation, a
// place, a possessor) is kept as Mention::possessor for affiliation.
// Descriptions are "the" + modifiers + a title with no name after it ("the
// US president"); groups are group nouns ("Ukrainian officials"); pronouns
// come from pronouns.txt.  Only names are detected inside quotes (they feed
// `about` edges); speakers are never inside quotes.
#include <algorithm>

#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/stages.h"
#include "token_view.h"

namespace quotegraph {
namespace {

// How many modifier words may stand between "the" and a title.
constexpr std::uint32_t kMaxDescriptionModifiers = 2;
// Tokens per mention the mention vector is first sized for.
constexpr std::uint32_t kTokensPerMention = 6;

class MentionDetector {
 public:
  explicit MentionDetector(Document& doc)
      : doc_(doc),
        tv_(doc),
        lex_(Lexicon::Get()),
        tokens_(doc.tokens.data()),
        n_(static_cast<std::uint32_t>(doc.tokens.size())) {}

  void Run() {
    const std::uint32_t n = size();
    // Generated news text has about one mention per eight tokens: sized
    // for one per six, the vector is allocated once and its mentions
    // (with their strings) are not moved as it grows.
    doc_.mentions.reserve(doc_.mentions.size() + n / kTokensPerMention + 1);
    std::uint32_t i = 0;
    while (i < n) {
      const std::uint32_t next = DetectAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  // Detects a mention starting at token i; returns the token after it, or
  // i if there is none.
  std::uint32_t DetectAt(std::uint32_t i) {
    // i < size().  The token is read once: finding a pronoun, description
    // or group changes no token.
    const Token& token = tokens_[i];
    if (token.kind != TokenKind::kWord) return i;
    const bool quoted = (token.flags & kInQuote) != 0;
    const std::string_view lower = tv_.Lower(i);
    // The lower-cased word's shape, for the lists asked about it below.
    std::uint64_t mix = 0;
    if (!quoted) {
      mix = Lexicon::ShapeMix(lower);
      // Most words are no pronoun, group noun, demonym or place: one bit
      // test spares them four lookups (Group starts at one of those).
      const bool may_be_listed = lex_.MayBePronounGroupNounOrPlace(lower, mix);
      if (may_be_listed) {
        if (std::uint32_t end = Pronoun(i, mix); end > i) return end;
      }
      if (lower == "the") {
        if (std::uint32_t end = Description(i); end > i) return end;
      }
      if (may_be_listed) {
        if (std::uint32_t end = Group(i); end > i) return end;
      }
    }
    if ((token.flags & kCapitalized) == 0) return i;
    if (quoted) mix = Lexicon::ShapeMix(lower);
    // "Said Ada Wren, who ...": a reporting verb opening the sentence before
    // a name is no part of it.
    if ((token.flags & kSentenceStart) && IsCap(i + 1) && SameSentence(i, i + 1)) {
      const ReportingVerb* verb = lex_.Verb(tv_.Lower(i));
      // A verb that is a cue only beside a quote ("Continued Ada Wren:
      // \"Q\"") only before a name that runs to a colon.
      if (verb != nullptr && verb->speech &&
          (!verb->quote_only || tv_.Is(RunEnd(i + 1), ":"))) {
        return i + 1;
      }
    }
    return Name(i, quoted, mix);
  }

  // Token i is capitalised; `mix` is the ShapeMix of its lower-cased text.
  bool StartsRun(std::uint32_t i, std::uint64_t mix) const {
    return !lex_.IsFunctionWord(tv_.Lower(i), mix);
  }

  // End of the capitalised run starting at i.
  std::uint32_t RunEnd(std::uint32_t i) const {
    std::uint32_t end = i + 1;
    while (end < size() && SameSentence(i, end)) {
      if (IsCap(end) && !lex_.IsFunctionWord(tv_.Lower(end))) {
        ++end;
      } else if (IsWord(end) && lex_.IsNameParticle(tv_.Text(end)) && IsCap(end + 1) &&
                 SameSentence(end, end + 1) && !IsPersonBeforeOf(i, end)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  // "Ada Wren of Lund University": a known first name and a surname
  // before "of" are a person, and what follows "of" is another name (not
  // "Bank of America", "Duke of York").
  bool IsPersonBeforeOf(std::uint32_t first, std::uint32_t of) const {
    if (tv_.Text(of) != "of" || of < first + 2) return false;
    bool known = false;
    lex_.FirstName(tv_.Text(first), &known);
    return known && !lex_.IsOrganizationWord(tv_.Lower(of - 1));
  }

  // Longest title (in words) starting at token p, ending at or before
  // `limit`; 0 if none.
  std::uint32_t TitleAt(std::uint32_t p, std::uint32_t limit) const {
    if (p >= limit) return 0;
    return TitleAt(p, limit, Lexicon::ShapeMix(tv_.Lower(p)));
  }
  // TitleAt for a word p < limit whose lower-cased text has ShapeMix `mix`.
  std::uint32_t TitleAt(std::uint32_t p, std::uint32_t limit, std::uint64_t mix) const {
    const std::uint32_t lengths = lex_.TitleLengthsFrom(tv_.Lower(p), mix);
    if (lengths == 0) return 0;
    return TitleFrom(p, limit, lengths);
  }
  // TitleAt for a word p < limit that starts titles of `lengths` words
  // (Lexicon::TitleLengthsFrom); out of line, as most words turn TitleAt
  // away at its first test.
  [[gnu::noinline]] std::uint32_t TitleFrom(std::uint32_t p, std::uint32_t limit,
                                            std::uint32_t lengths) const {
    const auto max = static_cast<std::uint32_t>(lex_.max_title_words());
    for (std::uint32_t len = std::min(max, limit - p); len > 1; --len) {
      if (((lengths >> len) & 1) == 0) continue;  // no title of len words starts so
      if (lex_.IsTitle(tv_.JoinLower(p, p + len))) return len;
    }
    // A one-word title starting with the word is the word itself.
    return limit - p >= 1 && ((lengths >> 1) & 1) != 0 ? 1 : 0;
  }

  // Lower-case title words ending just before token `end`; returns the
  // first token of the title, or `end` if none.
  std::uint32_t TitleBefore(std::uint32_t end) const {
    if (end == 0) return end;
    const std::uint32_t lengths = lex_.TitleLengthsTo(tv_.Lower(end - 1));
    if (lengths == 0) return end;
    const auto max = static_cast<std::uint32_t>(lex_.max_title_words());
    std::uint32_t best = end;
    for (std::uint32_t len = 1; len <= max && len <= end; ++len) {
      const std::uint32_t start = end - len;
      if (!IsWord(start) || IsCap(start) || !SameSentence(start, end)) break;
      // (A one-word title ending with the word is the word itself.)
      if (((lengths >> len) & 1) != 0 && (len == 1 || lex_.IsTitle(tv_.JoinLower(start, end)))) {
        best = start;
      }
    }
    return best;
  }

  std::uint32_t Pronoun(std::uint32_t i, std::uint64_t mix) {
    const Gender* g = lex_.Pronoun(tv_.Lower(i), mix);
    if (g == nullptr) return i;
    Mention& m = AddMention(i, i + 1, MentionKind::kPronoun);
    m.gender = *g;
    m.type = *g == Gender::kPlural || *g == Gender::kUnknown ? NodeType::kOrganization
                                                             : NodeType::kPerson;
    if (tv_.Lower(i) == "it") m.type = NodeType::kOrganization;
    return i + 1;
  }

  // "the [modifiers] title" not followed by a name.
  std::uint32_t Description(std::uint32_t i) {
    if (tv_.Lower(i) != "the") return i;
    for (std::uint32_t mods = 0; mods <= kMaxDescriptionModifiers; ++mods) {
      const std::uint32_t p = i + 1 + mods;
      if (p >= size() || !SameSentence(i, p) || !IsWord(p)) break;
      const std::uint32_t len = TitleAt(p, std::min<std::uint32_t>(size(), p + 4));
      if (len > 0 && !IsCap(p + len)) {
        // Lower-case titles only ("the president"), or capitalised ones
        // that the run detector would miss ("the President").
        Mention& m = AddMention(i, p + len, MentionKind::kDescription);
        m.title = tv_.Range(i + 1, p + len);
        m.type = NodeType::kPerson;
        m.gender = lex_.TitleGender(tv_.JoinLower(p, p + len));
        return p + len;
      }
      // Modifiers: demonyms, places, lower-case adjectives.
      if (mods == kMaxDescriptionModifiers || tv_.Is(p, ",")) break;
    }
    return i;
  }

  // "[demonym] officials", "a source", "sources".
  std::uint32_t Group(std::uint32_t i) {
    std::uint32_t noun = i;
    const std::string_view word = tv_.Text(i);
    const std::uint64_t mix = Lexicon::ShapeMix(word);  // one mix for both lists
    if (lex_.Demonym(word, mix) || lex_.Place(word, mix)) noun = i + 1;
    if (noun >= size() || !SameSentence(i, noun) || !IsWord(noun)) return i;
    if (IsCap(noun) && noun == i + 1) return i;
    if (!lex_.IsGroupNoun(tv_.Lower(noun))) return i;
    Mention& m = AddMention(i, noun + 1, MentionKind::kGroup);
    m.type = NodeType::kOrganization;
    m.gender = Gender::kPlural;
    return noun + 1;
  }

  // Token i is capitalised; `mix` is the ShapeMix of its lower-cased text.
  std::uint32_t Name(std::uint32_t i, bool quoted, std::uint64_t mix) {
    if (!StartsRun(i, mix)) return i + 1;
    const std::uint32_t end = RunEnd(i);
    // "Rep. Jim Lee, R-Texas, said": a party and state tag names no one.
    if (end == i + 1 && IsPartyTag(tv_.Text(i))) return end;
    // Title and possessor are views of the text until the mention is made
    // (most names have neither: no string is built for them).
    // A title inside the run with a name after it.
    std::uint32_t name_begin = i;
    std::string_view title;
    for (std::uint32_t p = i; p + 1 < end; ++p) {
      const std::uint32_t len = p == i ? TitleAt(p, end, mix) : TitleAt(p, end);
      if (len > 0 && p + len < end) {
        name_begin = p + len;
        title = tv_.Range(i, p + len);
        break;
      }
    }
    // A lower-case title just before the run, and what owns it.
    std::uint32_t mention_begin = i;
    std::string_view possessor;
    if (title.empty() && !quoted) {
      const std::uint32_t t = TitleBefore(i);
      if (t < i) {
        title = tv_.Range(t, i);
        mention_begin = t;
        if (t >= 2 && tv_.IsPossessive(t - 1) && IsCap(t - 2)) {
          possessor = tv_.Text(t - 2);
          mention_begin = t - 2;  // "Kessler's spokesman Ivan Petrov"
        } else if (const Mention* owner = NameEndingAt(t); owner != nullptr) {
          // "White House press secretary Josh Earnest", "DFA spokesman
          // Neil Sroka": the whole name before the title owns it, and the
          // mention starts with it, as after a possessive.
          possessor = doc_.Slice(owner->span);
          mention_begin = owner->first_token;
        } else if (t >= 1 && IsCap(t - 1)) {
          possessor = tv_.Text(t - 1);
        }
      }
    } else if (name_begin > i) {
      // "White House Press Secretary": the words before the title proper.
      for (std::uint32_t p = i; p < name_begin; ++p) {
        const std::uint32_t len = TitleAt(p, name_begin);
        if (len > 0) {
          if (p > i) possessor = tv_.Range(i, p);
          break;
        }
      }
    }
    if (name_begin == end) return end;
    Mention& m = AddMention(mention_begin, end, MentionKind::kName);
    m.name = tv_.RangeSpan(name_begin, end);
    if (!title.empty()) m.title = title;
    if (!possessor.empty()) m.possessor = possessor;
    TypeName(m, name_begin, end, i > 0 && tv_.IsLower(i - 1, "the"));
    if (m.tentative && end - name_begin == 1 && !m.title.empty()) m.tentative = false;
    if (!m.title.empty()) m.type = NodeType::kPerson;
    if (!quoted) return OwnedTitle(name_begin, end);
    return end;
  }

  // "Sanders's campaign manager said": after the name [name_begin, end),
  // a possessive and a lower-case title with no name after it describe
  // someone the name owns; adds that description and returns its end
  // (`end` if there is none).
  std::uint32_t OwnedTitle(std::uint32_t name_begin, std::uint32_t end) {
    if (end + 1 >= size() || !tv_.IsPossessive(end) || !SameSentence(end, end + 1)) return end;
    const std::uint32_t first = end + 1;
    for (std::uint32_t mods = 0; mods <= kMaxDescriptionModifiers; ++mods) {
      const std::uint32_t p = first + mods;
      // Lower-case modifiers only ("campaign manager", "chief spokesman").
      if (p >= size() || !SameSentence(first, p) || !IsWord(p) || IsCap(p)) return end;
      const std::uint32_t len = TitleAt(p, std::min<std::uint32_t>(size(), p + 4));
      if (len == 0) continue;
      // "deputy campaign manager": a longer title over a word or two more.
      std::uint32_t title_end = p + len;
      for (std::uint32_t q = title_end; q < title_end + 2 && q < size() && IsWord(q) && !IsCap(q) &&
                                        SameSentence(p, q);
           ++q) {
        if (const std::uint32_t more = TitleAt(q, std::min<std::uint32_t>(size(), q + 4)); more > 0) {
          title_end = q + more;
          break;
        }
      }
      if (IsCap(title_end) || !SameSentence(p, title_end - 1)) return end;  // "'s spokesman Ivan Petrov"
      // "Sanders's campaign manager, Jeff Weaver, said": the name in
      // commas is who is meant.
      if (tv_.Is(title_end, ",") && IsCap(title_end + 1) && SameSentence(p, title_end + 1)) {
        return end;
      }
      std::string possessor(tv_.Range(name_begin, end));
      // "the State Department's inspector general": the article opens it.
      const std::uint32_t begin =
          name_begin > 0 && tv_.IsLower(name_begin - 1, "the") ? name_begin - 1 : name_begin;
      Mention& d = AddMention(begin, title_end, MentionKind::kDescription);
      d.title = tv_.Range(first, title_end);
      d.possessor = std::move(possessor);
      d.type = NodeType::kPerson;
      d.gender = lex_.TitleGender(tv_.JoinLower(p, title_end));
      return title_end;
    }
    return end;
  }

  void TypeName(Mention& m, std::uint32_t a, std::uint32_t b, bool after_the) const {
    const std::string_view name = tv_.Range(a, b);
    // The name's and its first word's shapes, each mixed once for the
    // lists below (the same when the name is one word).
    const std::uint64_t name_mix = Lexicon::ShapeMix(name);
    const std::uint64_t first_mix = b - a == 1 ? name_mix : Lexicon::ShapeMix(tv_.Text(a));
    m.type = NodeType::kPerson;
    if (lex_.MayBeKnownName(name, name_mix)) {  // one bit test before four lookups
      if (lex_.Agency(name, name_mix) || lex_.Outlet(name, name_mix) ||
          lex_.Organization(name, name_mix)) {
        m.type = NodeType::kOrganization;
        return;
      }
      if (lex_.Place(name, name_mix)) {
        m.type = NodeType::kPlace;
        return;
      }
    }
    for (std::uint32_t k = a; k < b; ++k) {
      const std::string_view word = tv_.Text(k);
      if (lex_.IsOrganizationWord(word, k == a ? first_mix : Lexicon::ShapeMix(word))) {
        m.type = NodeType::kOrganization;
        return;
      }
    }
    bool known = false;
    m.gender = lex_.FirstName(tv_.Text(a), first_mix, &known);
    if (known && b - a >= 2) return;  // a person
    if (IsPlaceBeforeRegion(b)) {
      m.type = NodeType::kPlace;  // "Columbus, Ohio", "Flint, Mich."
      m.tentative = false;
      return;
    }
    // "the mayor of Carthage", "director of Lumen": one unknown word after a
    // title's "of" names what the title is of, not a person.
    if (b - a == 1 && !known && a >= 2 && tv_.IsLower(a - 1, "of") && IsWord(a - 2) &&
        !IsCap(a - 2) && lex_.IsTitle(tv_.Lower(a - 2))) {
      m.type = NodeType::kOrganization;
      m.tentative = true;  // a surname may still join a person ("of Sanders")
      return;
    }
    if (b - a == 1 && lex_.Demonym(name, name_mix)) {
      m.tentative = true;  // "Russian" as an adjective
      m.type = NodeType::kPlace;
      return;
    }
    if (after_the) {
      m.type = NodeType::kOrganization;  // "the Kremlin"-like, unknown
      m.tentative = b - a == 1;
      return;
    }
    m.tentative = b - a == 1 || (doc_.tokens[a].flags & kSentenceStart) != 0;
  }

  // True if a comma and a known place or a place's abbreviation follow the
  // name ending before token b, and that place ends its phrase: "Columbus,
  // Ohio, drew", "in Flint, Mich." (not "Smith, Texas Republican", "Brown,
  // Ohio's senator").
  bool IsPlaceBeforeRegion(std::uint32_t b) const {
    if (b + 1 >= n_ || !tv_.Is(b, ",") || !IsCap(b + 1) || !SameSentence(b, b + 1)) return false;
    std::uint32_t end = b + 2;
    while (end < n_ && IsCap(end) && SameSentence(b, end)) ++end;  // "New Mexico"
    const std::string_view region = tv_.Range(b + 1, end);
    const KnownName* place = lex_.Place(region);
    if (place == nullptr) {
      const KnownName* demonym = lex_.Demonym(region);
      if (demonym == nullptr || region.back() != '.') return false;  // "Mich.", not "Russian"
    }
    return end >= n_ || !SameSentence(b, end) || !tv_.IsPossessive(end);
  }

  // A new mention of tokens [a, b), made in place at the end of the
  // document's mentions (no mention is moved); valid until the next one.
  // A US legislator's party and state, "R-Texas", "D-N.Y.", "I-Vt.": a
  // party initial, a hyphen and a capital.
  static bool IsPartyTag(std::string_view word) {
    return word.size() >= 3 && (word[0] == 'R' || word[0] == 'D' || word[0] == 'I') &&
           word[1] == '-' && word[2] >= 'A' && word[2] <= 'Z';
  }

  // The name mention that ends just before token `t`, in its sentence;
  // nullptr if the mention before `t` is no such name.
  const Mention* NameEndingAt(std::uint32_t t) const {
    if (doc_.mentions.empty()) return nullptr;
    const Mention& m = doc_.mentions.back();
    if (m.kind != MentionKind::kName || m.end_token != t || !SameSentence(m.first_token, t)) {
      return nullptr;
    }
    return &m;
  }

  Mention& AddMention(std::uint32_t a, std::uint32_t b, MentionKind kind) {
    Mention& m = doc_.mentions.emplace_back();
    m.span = tv_.RangeSpan(a, b);
    m.first_token = a;
    m.end_token = b;
    m.kind = kind;
    return m;
  }

  // TokenView's tests, with the token count read once: detecting mentions
  // adds no tokens.
  std::uint32_t size() const { return n_; }
  bool IsWord(std::uint32_t i) const { return i < n_ && tokens_[i].kind == TokenKind::kWord; }
  bool IsCap(std::uint32_t i) const { return IsWord(i) && (tokens_[i].flags & kCapitalized); }
  bool SameSentence(std::uint32_t a, std::uint32_t b) const {
    return a < n_ && b < n_ && tokens_[a].sentence == tokens_[b].sentence;
  }

  Document& doc_;
  TokenView tv_;
  const Lexicon& lex_;
  const Token* tokens_;  // doc_.tokens
  std::uint32_t n_;      // their number
};

}  // namespace

void DetectMentions(Document& doc) { MentionDetector(doc).Run(); }

}  // namespace quotegraph
