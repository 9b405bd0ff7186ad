// Stage 8a, sieve 1: direct quotes with the cue and speaker beside them.
//
//   "Q," X said.        "Q," said X.        "Q," he told reporters.
//   X said: "Q"         X said Monday: "Q"  X said, "Q"
//   "A," X said, "B."   (one statement, two content fragments)
#include "attribution_rules.h"
#include "sieve_words.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// How many adverbial words may stand between a cue and its colon
// ("said on Monday:", "said in a statement:").
constexpr std::uint32_t kMaxWordsBeforeColon = 4;
// ... and when the quote is a paragraph of its own after the colon ("the
// committee said in the latest draft of its platform:").
constexpr std::uint32_t kMaxWordsBeforeParagraphColon = 12;
// How many words may follow a trailing attribution before the quote goes
// on ("said of the senator. \"...\""), and how far after a quote its own
// cue may stand.
constexpr std::uint32_t kMaxWordsAfterCue = 5;

class AdjacentQuoteSieve {
 public:
  explicit AdjacentQuoteSieve(Document& doc) : doc_(doc), rules_(doc), tv_(rules_.tokens()) {}

  void Run() {
    for (std::size_t q = 0; q < doc_.quotes.size(); ++q) {
      const Quote& quote = doc_.quotes[q];
      if (!quote.double_marks) continue;
      if (!After(q)) Before(q);
    }
  }

 private:
  // "Q," X said / "Q," said X  (and a second quote right after).
  bool After(std::size_t q) {
    const Quote& quote = doc_.quotes[q];
    std::uint32_t dash = kNoToken;
    if (const std::int32_t signer = DashSignature(quote, &dash); signer != kNoMention) {
      static const ReportingVerb kSignature{"said", true};
      std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
      return rules_.Add(std::move(content), dash, dash + 1, signer, kSignature, QuoteKind::kDirect,
                        "adjacent-quotes");
    }
    // "He said Ada "lied." Brandt called ...": a quote closed by a full
    // stop ends its sentence; what follows is a new one, unless it is no
    // more than the attribution ("... united." Viguerie says.).
    const bool closed_by_stop =
        quote.closed && quote.end_token >= 2 && tv_.Is(quote.end_token - 2, ".");
    std::uint32_t j = quote.end_token;
    // "Q," X said: an utterance ends at a punctuation mark or opens its
    // sentence; a quoted phrase inside a sentence ("accuses him of
    // "leading from behind" and X says") is no one's statement by position
    // alone.
    const bool comma_after = j < tv_.size() && tv_.Is(j, ",") && tv_.SameSentence(j - 1, j);
    if (!comma_after && !EndsUtterance(quote) && !OpensSentence(quote)) return false;
    // "He called it "a disaster," X said" / "On Fox's "Sunday Morning,"
    // X said ...": a quote after words of its own sentence is part of a
    // longer content or a title, not the whole statement.
    if ((comma_after || IsTitle(quote)) && FollowsWord(quote)) return false;
    if (comma_after) ++j;
    if (j >= tv_.size() || doc_.tokens[j].paragraph != doc_.tokens[quote.end_token - 1].paragraph) {
      return false;
    }
    std::int32_t speaker = kNoMention;
    std::uint32_t cue = kNoToken;
    std::uint32_t cue_end = kNoToken;
    std::uint32_t end = j;  // one past the attribution
    // (An inverted cue is finite: "\"Q,\" promising the X will ..." is no
    // "said X".)
    if (rules_.CueAt(j) && rules_.CueAt(j)->speech && !rules_.IsParticiple(j) &&
        ((speaker = NamedSpeakerAt(j + 1)) >= 0 || (speaker = rules_.PhraseAt(j + 1)) >= 0 ||
         (speaker = TitledSpeakerAt(j + 1)) >= 0 || (speaker = rules_.SpeakerAt(j + 1)) >= 0)) {
      cue = j;  // "Q," said X / "Q," said former governor X
      cue_end = j + 1;
      end = doc_.mentions[static_cast<std::size_t>(speaker)].end_token;
    } else if ((cue = FirstPersonCue(j)) != kNoToken) {
      speaker = rules_.FirstPersonBefore(cue);  // "Q," I said
      cue_end = rules_.CueEnd(cue);
      end = cue_end;
    } else if ((cue = SpeakerCue(j)) != kNoToken) {
      speaker = rules_.SpeakerAt(j);  // "Q," X said
      cue_end = rules_.CueEnd(cue);
      end = cue_end;
    } else if ((cue = TitledNameCue(j)) != kNoToken) {
      speaker = rules_.SpeakerBefore(cue);  // "Q," former aide Ada Wren said
      cue_end = rules_.CueEnd(cue);
      end = cue_end;
    } else if ((cue = PhraseCue(j)) != kNoToken) {
      speaker = rules_.MentionEndingAt(cue);  // "Q," a spokesman said
      cue_end = rules_.CueEnd(cue);
      end = cue_end;
    } else if (OpensSentence(quote) && (cue = NearCue(j, &speaker)) != kNoToken) {
      cue_end = rules_.CueEnd(cue);  // "Q," Acme co-founder Ada Wren told Y
      end = cue_end;
    } else {
      return false;
    }
    // "Q." She went on to say: "R": a colon after the cue introduces what
    // follows it.
    if (closed_by_stop && cue_end < tv_.size() && tv_.Is(cue_end, ":")) return false;
    // A quote that opens its sentence is the speaker's whatever follows
    // the cue ("Q." Ada Wren said Friday on NBC.).
    if (closed_by_stop && !OpensSentence(quote) &&
        !(end < tv_.size() && tv_.Is(end, ".") && tv_.SameSentence(cue, end))) {
      return false;
    }
    const ReportingVerb* verb = rules_.CueAt(cue);
    speaker = rules_.RoleSpeaker(speaker);  // "Q," a spokesman for X said
    std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
    AddContinuation(q, end, content);
    return rules_.Add(std::move(content), cue, cue_end, speaker, *verb, QuoteKind::kDirect,
                      "adjacent-quotes");
  }

  // "A," X said, "B."  /  "A," X said. "B." "C."  /  "A," X said of Y. "B."
  // The quote goes on after its attribution: the quotes that follow in the
  // same paragraph, back to back, are more fragments of the same statement
  // unless one of them has an attribution of its own.  `end` is one past
  // the attribution; a few words may follow it ("said of Cruz",
  // "said with a grin") before the comma or full stop.
  void AddContinuation(std::size_t q, std::uint32_t end, std::vector<ByteSpan>& content) {
    std::uint32_t e = end;
    bool title_stop = false;  // a title quote closed by a full stop ends the words
    const bool quote_next = e + 1 < tv_.size() && (tv_.Is(e, ",") || tv_.Is(e, ".")) &&
                            doc_.tokens[e + 1].kind == TokenKind::kOpenQuote;
    if (e < tv_.size() && !quote_next && tv_.SameSentence(end - 1, e)) {
      // "said to applause." / "said, in response to a question."
      const std::uint32_t last = rules_.SentenceEnd(end - 1) - 1;
      bool relative = false;  // inside "who supports ...": its verbs are no cues
      // A verb that is a cue only beside a quote ("as the crowd cheered")
      // is no new attribution here.
      const auto no_cue = [&](std::uint32_t t) {
        const ReportingVerb* verb = rules_.CueAt(t);
        return verb == nullptr || verb->quote_only;
      };
      while (e < last) {
        // "said on \"Meet the Press.\"": a title quote among the words.
        if (doc_.tokens[e].kind == TokenKind::kOpenQuote) {
          const Quote* title = rules_.QuoteStartingAt(e);
          if (title == nullptr || !IsTitle(*title) || title->end_token > last + 1) break;
          e = title->end_token;
          // "he said on \"Meet the Press.\" \"B\"": the title ends the sentence.
          if (e == last + 1 && tv_.Is(e - 2, ".")) {
            e = last;
            title_stop = true;
            break;
          }
          continue;
        }
        // ", adding, \"B\"": a participle of speech gives the next quote an
        // attribution of its own.
        const bool introduces_quote =
            (e + 1 < tv_.size() && doc_.tokens[e + 1].kind == TokenKind::kOpenQuote) ||
            (e + 2 < tv_.size() && (tv_.Is(e + 1, ",") || tv_.Is(e + 1, ":")) &&
             doc_.tokens[e + 2].kind == TokenKind::kOpenQuote);
        // ", adding that CLAUSE. \"B\"": so does one with a content of its
        // own; the quotes after it go on with that statement.
        const bool own_content = e + 1 < tv_.size() && tv_.IsLower(e + 1, "that");
        const bool speech_participle = rules_.IsParticiple(e) && !no_cue(e) &&
                                       rules_.CueAt(e)->speech && !relative &&
                                       (introduces_quote || own_content);
        // "said in reply.", "said when asked about X.": a cue's word after
        // a preposition is a noun, and "when asked" is the circumstance.
        const bool circumstance =
            e > end && ((tv_.IsWord(e - 1) && SieveWords::Get().Is(SieveWordClass::kAdverbialPreposition,
                                                                  tv_.Lower(e - 1))) ||
                        (tv_.IsLower(e, "asked") &&
                         (tv_.IsLower(e - 1, "when") || tv_.IsLower(e - 1, "after"))));
        if (tv_.InQuote(e) || speech_participle ||
            !(relative || circumstance || no_cue(e) || rules_.IsBaseForm(e) ||
              rules_.IsParticiple(e))) {
          break;
        }
        relative = relative || SieveWords::Get().Is(SieveWordClass::kRelative, tv_.Lower(e));
        ++e;
      }
      if (e > last) e = last;
      // "said Ada, speaking of the mayors, "and they know it."
      const bool quote_after_comma =
          e > end && tv_.Is(e - 1, ",") && doc_.tokens[e].kind == TokenKind::kOpenQuote;
      if (quote_after_comma) {
        e = e - 1;
      } else if (e != last) {
        return;
      }
    }
    if (e + 1 >= tv_.size() || !(tv_.Is(e, ",") || tv_.Is(e, ".") || title_stop)) return;
    std::uint32_t paragraph = doc_.tokens[e].paragraph;
    std::uint32_t expected = e + 1;
    std::size_t n = q + 1;
    while (n < doc_.quotes.size() && doc_.quotes[n].first_token < expected) ++n;  // titles
    for (; n < doc_.quotes.size(); ++n) {
      const Quote& next = doc_.quotes[n];
      if (next.first_token != expected || !next.double_marks ||
          doc_.tokens[next.first_token].paragraph != paragraph || HasOwnAttribution(next)) {
        break;
      }
      content.insert(content.end(), next.parts.begin(), next.parts.end());
      expected = next.end_token;
    }
    // The last quote ended its paragraph: the paragraphs after it that are
    // nothing but quotes, with no attribution of their own, are the same
    // speaker going on.
    if (expected < tv_.size() && doc_.tokens[expected].paragraph != paragraph) {
      AddQuoteParagraphs(n, expected, content);
    }
  }

  // From quote `n`, which must open the paragraph at token `first`: every
  // paragraph made only of back-to-back quotes adds its quotes to `content`.
  void AddQuoteParagraphs(std::size_t n, std::uint32_t first, std::vector<ByteSpan>& content) {
    while (n < doc_.quotes.size() && doc_.quotes[n].first_token == first) {
      const std::uint32_t paragraph = doc_.tokens[first].paragraph;
      if (doc_.paragraphs[paragraph].role != ParagraphRole::kBody) return;
      std::size_t m = n;
      std::uint32_t expected = first;
      while (m < doc_.quotes.size() && doc_.quotes[m].first_token == expected &&
             doc_.quotes[m].double_marks && doc_.quotes[m].closed &&
             doc_.tokens[expected].paragraph == paragraph && !HasOwnAttribution(doc_.quotes[m])) {
        expected = doc_.quotes[m].end_token;
        ++m;
      }
      // The paragraph must end where its quotes end.
      if (m == n || (expected < tv_.size() && doc_.tokens[expected].paragraph == paragraph)) return;
      for (std::size_t k = n; k < m; ++k) {
        content.insert(content.end(), doc_.quotes[k].parts.begin(), doc_.quotes[k].parts.end());
      }
      n = m;
      first = expected;
    }
  }

  // "Q" ¶ - Ada Wren.  /  "Q" ¶ -President Obama, tweeting after ...: a
  // quote that ends its paragraph, signed in the next one by a dash and a
  // name.  The name's mention, with the dash in `*dash`; kNoMention if the
  // quote is not signed.
  std::int32_t DashSignature(const Quote& quote, std::uint32_t* dash) const {
    std::uint32_t j = quote.end_token;
    if (j == 0 || j >= tv_.size()) return kNoMention;
    const std::uint32_t paragraph = doc_.tokens[j - 1].paragraph;
    if (tv_.Is(j, ".") && doc_.tokens[j].paragraph == paragraph) ++j;
    if (j + 1 >= tv_.size() || doc_.tokens[j].paragraph != paragraph + 1 ||
        !(tv_.Is(j, "-") || tv_.Is(j, "\u2014") || tv_.Is(j, "\u2013"))) {
      return kNoMention;
    }
    const std::int32_t m = rules_.SpeakerAt(j + 1);
    if (m == kNoMention) return kNoMention;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    if (mention.kind != MentionKind::kName || mention.type == NodeType::kPlace) return kNoMention;
    const std::uint32_t after = mention.end_token;
    if (after < tv_.size() && doc_.tokens[after].paragraph == paragraph + 1 &&
        !(tv_.Is(after, ".") || tv_.Is(after, ","))) {
      return kNoMention;
    }
    *dash = j;
    return m;
  }

  // True if a cue stands right after the quote (", X said", ", said X"),
  // or a speaker and cue right before it (X said: "Q"), or the quote is
  // signed ("Q" ¶ - Ada Wren).
  bool HasOwnAttribution(const Quote& quote) const {
    std::uint32_t dash = kNoToken;
    if (DashSignature(quote, &dash) != kNoMention) return true;
    std::uint32_t j = quote.end_token;
    // A cue in the next paragraph is another statement's.
    if (j >= tv_.size() || doc_.tokens[j].paragraph != doc_.tokens[j - 1].paragraph) return false;
    if (tv_.Is(j, ",")) ++j;
    // "Q." Ada Wren said he would ...: after a quote closed by a full stop,
    // a cue with words of its own after it opens a new sentence, not this
    // quote's attribution.
    const bool closed_by_stop =
        quote.closed && quote.end_token >= 2 && tv_.Is(quote.end_token - 2, ".");
    const auto attributes = [&](std::uint32_t cue) {
      if (!closed_by_stop) return true;
      constexpr std::uint32_t kMaxWordsAfter = 3;
      const std::uint32_t after = rules_.CueEnd(cue);
      // "She went on to say:" introduces the next quote.
      if (tv_.Is(after, ":")) return false;
      return rules_.SentenceEnd(cue) <= after + kMaxWordsAfter + 1;
    };
    if (const std::uint32_t cue = SpeakerCue(j); cue != kNoToken) {
      return attributes(cue);  // "Q," Ada Wren (D-Vt.) said
    }
    for (std::uint32_t k = j; k < tv_.size() && k < j + kMaxWordsAfterCue; ++k) {
      if (!tv_.SameSentence(j, k) || !tv_.IsWord(k)) break;
      if (rules_.CueAt(k) != nullptr) return attributes(k);
    }
    return false;
  }

  // The first token from `k` on that is no skip word ("also", "has",
  // "Monday"), stopping at `limit`.
  std::uint32_t SkipWords(std::uint32_t k, std::uint32_t limit) const {
    while (k < tv_.size() && k < limit && rules_.lexicon().IsSkipWord(tv_.Lower(k))) ++k;
    return k;
  }

  // "Ada Wren of the Lund Institute wrote": true if the name at `first` is
  // a person followed by "of", whom the statement belongs to rather than
  // the institution named after it.
  bool IsPersonOf(std::int32_t first) const {
    if (first < 0) return false;
    const Mention& m = doc_.mentions[static_cast<std::size_t>(first)];
    return m.kind == MentionKind::kName && m.type == NodeType::kPerson &&
           tv_.IsLower(m.end_token, "of");
  }

  // "Q," Ada Wren, a historian at Lund, said / "Q," Ada Wren (D-Vt.) said:
  // the token after the appositive or parenthesis that starts at `k`, or
  // `k` itself if there is none.  An appositive may hold commas and
  // clauses ("Ada Wren, 30, of Lund, who was among those polled, said");
  // it ends at the comma a cue follows.
  std::uint32_t SkipAppositive(std::uint32_t k) const {
    constexpr std::uint32_t kMaxAppositiveTokens = 40;
    constexpr std::uint32_t kMaxParenthesisTokens = 8;
    if (k >= tv_.size()) return k;
    if (tv_.Is(k, "(")) {
      for (std::uint32_t e = k + 1; e < tv_.size() && e - k <= kMaxParenthesisTokens; ++e) {
        if (!tv_.SameSentence(k, e) || tv_.InQuote(e)) return k;
        if (tv_.Is(e, ")")) return e + 1;
      }
      return k;
    }
    if (!tv_.Is(k, ",")) return k;
    for (std::uint32_t e = k + 1; e + 1 < tv_.size() && e - k <= kMaxAppositiveTokens; ++e) {
      if (doc_.tokens[e].kind == TokenKind::kOpenQuote) {
        // "Ada Wren, wearing \"Cruz\" pins, said": a short title in quotes.
        const std::uint32_t close = ShortQuoteEnd(e);
        if (close == kNoToken) return k;
        e = close;
        continue;
      }
      if (!tv_.SameSentence(k, e) || tv_.InQuote(e)) return k;
      if (!tv_.Is(e, ",")) continue;
      const std::uint32_t c = SkipWords(e + 1, e + 4);
      if (c < tv_.size() && rules_.CueAt(c) != nullptr) return e + 1;
    }
    return k;
  }

  // The closing mark of a quote of a few words opening at `open` in its
  // sentence ("\"Ted Cruz\" pins"); kNoToken if there is none.
  std::uint32_t ShortQuoteEnd(std::uint32_t open) const {
    constexpr std::uint32_t kMaxTitleTokens = 6;
    const Quote* q = rules_.QuoteStartingAt(open);
    if (q == nullptr || !q->closed || q->end_token - open > kMaxTitleTokens + 1 ||
        !tv_.SameSentence(open, q->end_token - 1)) {
      return kNoToken;
    }
    return q->end_token - 1;
  }

  // True if the quote's last word is followed by punctuation inside its
  // marks ("Q," "Q?" "Q!" "Q." "Q --"), or it runs to the end of its
  // paragraph unclosed.
  bool EndsUtterance(const Quote& quote) const {
    if (!quote.closed) return true;
    if (quote.end_token < 2 || quote.end_token - 2 <= quote.first_token) return false;
    const std::uint32_t last = quote.end_token - 2;  // before the closing mark
    return doc_.tokens[last].kind == TokenKind::kPunct;
  }

  // True if the quote is the first thing in its sentence: then it is what
  // someone said, not a title or a scare quote inside a sentence.
  bool OpensSentence(const Quote& quote) const {
    return quote.first_token == 0 || !tv_.SameSentence(quote.first_token - 1, quote.first_token);
  }

  // True if a word of the quote's own sentence stands right before it
  // ("called it "Q"", "Fox's "Q"").
  bool FollowsWord(const Quote& quote) const {
    if (OpensSentence(quote)) return false;
    const std::uint32_t p = quote.first_token - 1;
    return tv_.IsWord(p) && !tv_.InQuote(p);
  }

  // True if the quote is a short run of capitalised words ("This Week,",
  // "Meet the Press"), the way titles of shows and works are written.
  bool IsTitle(const Quote& quote) const {
    constexpr std::uint32_t kMaxTitleWords = 5;
    std::uint32_t words = 0;
    for (std::uint32_t k = quote.first_token + 1; k + 1 < quote.end_token; ++k) {
      if (!tv_.IsWord(k)) continue;
      if (!tv_.IsCap(k) && !rules_.lexicon().IsFunctionWord(tv_.Lower(k))) return false;
      if (++words > kMaxTitleWords) return false;
    }
    return words > 0;
  }

  // "Q," X said: the cue after the mention that starts at j, across an
  // appositive, a parenthesis and skip words; kNoToken if there is none.
  std::uint32_t SpeakerCue(std::uint32_t j) const {
    const std::int32_t speaker = rules_.SpeakerAt(j);
    if (speaker < 0) return kNoToken;
    const std::uint32_t k = SkipWords(SkipAppositive(
        doc_.mentions[static_cast<std::size_t>(speaker)].end_token), j + 8);
    return k < tv_.size() && rules_.CueAt(k) ? k : kNoToken;
  }

  // "Q," I said / "Q," we wrote: the cue after a first-person pronoun;
  // kNoToken if there is none.
  std::uint32_t FirstPersonCue(std::uint32_t j) const {
    if (j + 1 >= tv_.size() || !rules_.IsFirstPersonSpeaker(j)) return kNoToken;
    const std::uint32_t k = SkipWords(j + 1, j + 4);
    return k < tv_.size() && tv_.SameSentence(j, k) && rules_.CueAt(k) ? k : kNoToken;
  }

  // The name mention starting at token t ("said Ada Wren"); kNoMention
  // if none starts there or it is no name.
  std::int32_t NamedSpeakerAt(std::uint32_t t) const {
    const std::int32_t m = rules_.SpeakerAt(t);
    return m >= 0 && doc_.mentions[static_cast<std::size_t>(m)].kind == MentionKind::kName
               ? m
               : kNoMention;
  }

  // "Q," said former Utah governor Ada Wren: a name after a few title
  // words (no verb, comma or quote); kNoMention if none.
  std::int32_t TitledSpeakerAt(std::uint32_t t) const {
    constexpr std::uint32_t kMaxTitleWords = 6;
    for (std::uint32_t k = t; k < tv_.size() && k - t <= kMaxTitleWords; ++k) {
      if (!tv_.SameSentence(t, k) || !tv_.IsWord(k) || tv_.InQuote(k)) return kNoMention;
      const std::int32_t m = rules_.MentionStartingAt(k);
      if (m >= 0) {
        const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
        // "conservative activist Ada Wren": a lower-case role noun taken
        // for a group is one more title word.
        if (mention.kind != MentionKind::kName && mention.end_token == k + 1 && !tv_.IsCap(k)) {
          continue;
        }
        if (mention.kind != MentionKind::kName) return kNoMention;
        // "former Utah governor Ada Wren": a place (or any name) before a
        // title word modifies it.
        if (mention.end_token < tv_.size() && tv_.IsWord(mention.end_token) &&
            !tv_.IsCap(mention.end_token) &&
            (mention.type == NodeType::kPlace ||
             rules_.lexicon().IsTitle(tv_.Lower(mention.end_token)))) {
          k = mention.end_token - 1;
          continue;
        }
        return m;
      }
      if (rules_.lexicon().Verb(tv_.Lower(k)) != nullptr) return kNoMention;
    }
    return kNoMention;
  }

  // The last resort after a quote: the first cue within a few words, with
  // its speaker among them ("Acme co-founder Ada Wren told Y", "one Acme
  // employee told Y", "Ada Wren of the Lund Institute wrote").  Sets
  // `*speaker`; kNoToken if there is no such cue.
  std::uint32_t NearCue(std::uint32_t j, std::int32_t* speaker) {
    constexpr std::uint32_t kMaxLookahead = 16;
    for (std::uint32_t k = j + 1; k < tv_.size() && k - j <= kMaxLookahead; ++k) {
      if (!tv_.SameSentence(j, k) || tv_.InQuote(k) ||
          doc_.tokens[k].kind == TokenKind::kOpenQuote) {
        return kNoToken;
      }
      if (!tv_.IsWord(k) || rules_.CueAt(k) == nullptr) continue;
      const std::int32_t first = rules_.SpeakerAt(j);
      std::int32_t before = rules_.SpeakerBefore(k);
      if (before >= 0 && doc_.mentions[static_cast<std::size_t>(before)].first_token < j) {
        before = kNoMention;
      }
      // "Ada Wren of the Lund Institute wrote": the person, not the place
      // she works.
      if (first >= 0 && before >= 0 && first != before) {
        const Mention& f = doc_.mentions[static_cast<std::size_t>(first)];
        const Mention& b = doc_.mentions[static_cast<std::size_t>(before)];
        const bool person = f.kind == MentionKind::kName && f.type == NodeType::kPerson;
        if (IsPersonOf(first) || (person && b.type != NodeType::kPerson)) before = first;
      }
      if (before < 0) before = rules_.PhraseBefore(k);
      if (before < 0) before = rules_.SubjectPhraseBefore(k, j);  // "Powell's office said"
      if (before >= 0 && doc_.mentions[static_cast<std::size_t>(before)].first_token >= j) {
        *speaker = before;
        return k;
      }
      return kNoToken;
    }
    return kNoToken;
  }

  // "Q," former Bush speechwriter Ada Wren wrote: words with no verb, then
  // a name, then the cue; the cue's index, or kNoToken.
  std::uint32_t TitledNameCue(std::uint32_t j) {
    constexpr std::uint32_t kMaxLookahead = 10;
    // "Q," citing an instance in which a Marine was found ...: a cue
    // right after the quote, or a relative clause, is no title.
    if (j < tv_.size() && rules_.CueAt(j) != nullptr) return kNoToken;
    for (std::uint32_t k = j + 1; k < tv_.size() && k - j <= kMaxLookahead; ++k) {
      if (!tv_.SameSentence(j, k) || !tv_.IsWord(k) || tv_.InQuote(k)) return kNoToken;
      if (SieveWords::Get().Is(SieveWordClass::kRelative, tv_.Lower(k))) return kNoToken;
      if (rules_.CueAt(k) == nullptr) continue;
      const std::int32_t m = rules_.SpeakerBefore(k);
      if (m == kNoMention) return kNoToken;
      const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
      // "Ada Wren of the Lund Institute wrote": NearCue picks the person.
      const std::int32_t first = rules_.SpeakerAt(j);
      if (first != m && IsPersonOf(first)) return kNoToken;
      return mention.kind == MentionKind::kName ? k : kNoToken;
    }
    return kNoToken;
  }

  // The cue of an unnamed source phrase that starts at j ("a spokesman
  // said"), or kNoToken.
  std::uint32_t PhraseCue(std::uint32_t j) {
    constexpr std::uint32_t kMaxLookahead = 6;
    for (std::uint32_t k = j + 1; k < tv_.size() && k - j <= kMaxLookahead; ++k) {
      if (!tv_.SameSentence(j, k) || !tv_.IsWord(k)) return kNoToken;
      if (!rules_.CueAt(k)) continue;
      const std::int32_t m = rules_.PhraseBefore(k);
      if (m != kNoMention && doc_.mentions[static_cast<std::size_t>(m)].first_token == j) return k;
      return kNoToken;
    }
    return kNoToken;
  }

  // X said: "Q" / X said, "Q" / X said:¶"Q" (the quote a paragraph of its own)
  bool Before(std::size_t q) {
    const Quote& quote = doc_.quotes[q];
    if (quote.first_token == 0) return false;
    const std::uint32_t p = quote.first_token - 1;
    const bool same_sentence = tv_.SameSentence(p, quote.first_token);
    const bool opens_paragraph =
        !same_sentence && doc_.tokens[p].paragraph + 1 == doc_.tokens[quote.first_token].paragraph &&
        tv_.Is(p, ":");
    if (tv_.Is(p, ".") && !same_sentence) return AfterBareAttribution(quote, p);
    if (!(tv_.Is(p, ":") || tv_.Is(p, ",")) || !(same_sentence || opens_paragraph)) {
      return false;
    }
    const std::uint32_t max_back = opens_paragraph ? kMaxWordsBeforeParagraphColon : kMaxWordsBeforeColon;
    for (std::uint32_t back = 1; back <= max_back + 1 && back <= p; ++back) {
      const std::uint32_t k = p - back;
      if (!tv_.SameSentence(k, p)) break;
      const ReportingVerb* verb = rules_.CueAt(k);
      if (verb == nullptr) continue;
      // "She went on to say: "Q"": the subject stands before the verb of
      // going on, which opens the cue.
      const std::uint32_t continued = rules_.ContinuedCueBegin(k);
      const std::uint32_t finite = continued != kNoToken ? continued : k;
      std::int32_t speaker = rules_.QualifiedSourceBefore(k);  // A source close to X said: "Q"
      if (speaker == kNoMention) speaker = rules_.SpeakerBefore(finite);
      if (speaker == kNoMention) speaker = rules_.PhraseBefore(k);  // A commenter said: "Q"
      if (speaker == kNoMention) speaker = rules_.InheritedSpeaker(k);  // X ..., saying, "Q"
      // An aide, speaking on condition of anonymity, said: "Q"
      if (speaker == kNoMention && verb->speech) speaker = rules_.InterruptedSubject(k);
      if (speaker == kNoMention && verb->speech) speaker = rules_.RelativeClauseSubject(k);
      // X released a statement saying, "Q": X speaks; a spokesman for X
      // is no X.
      speaker = rules_.RoleSpeaker(rules_.DocumentAuthor(speaker, k));
      std::uint32_t cue_end = rules_.CueEnd(k);
      if (speaker == kNoMention && k == rules_.SentenceBegin(k) && verb->speech) {
        // Said Ada Wren, "Q"
        const std::int32_t after = rules_.SpeakerAt(k + 1);
        if (after >= 0 && doc_.mentions[static_cast<std::size_t>(after)].end_token == p) {
          speaker = after;
          cue_end = k + 1;
        }
      }
      // "X delivered a snappy retort:": a base form after a singular phrase
      // is a noun, not the cue; the colon rules below may still apply.
      if (speaker != kNoMention && !rules_.Agrees(finite, speaker)) break;
      if (speaker == kNoMention) {
        if (opens_paragraph) continue;  // "... of its plan:": a noun, look further back
        return false;
      }
      std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
      return rules_.Add(std::move(content), finite, cue_end, speaker, *verb, QuoteKind::kDirect,
                        "adjacent-quotes");
    }
    if ((same_sentence || opens_paragraph) && InvertedOpening(quote, p)) return true;
    if (same_sentence && DocumentIntroduction(quote, p)) return true;
    return tv_.Is(p, ":") &&
           (SpeakerLabel(q, p) || (same_sentence && SubjectBeforeColon(quote, p)));
  }

  // "Said Ada Wren, who grew up with him, "Q"", "Continued Ada Wren: "Q"":
  // a sentence that opens with the cue and the speaker, whose appositive
  // (if any) runs to the quote.
  bool InvertedOpening(const Quote& quote, std::uint32_t p) {
    constexpr std::uint32_t kMaxAppositiveTokens = 20;
    const std::uint32_t begin = rules_.SentenceBegin(p);
    const ReportingVerb* verb = rules_.CueAt(begin);
    if (verb == nullptr || !verb->speech || !(tv_.Is(p, ",") || tv_.Is(p, ":"))) return false;
    const std::int32_t speaker = rules_.SpeakerAt(begin + 1);
    if (speaker == kNoMention) return false;
    const std::uint32_t name_end = doc_.mentions[static_cast<std::size_t>(speaker)].end_token;
    // "Continued Stone: "Q"": the name runs to the mark; else an appositive
    // in commas does.
    if (name_end != p && (name_end > p || !tv_.Is(name_end, ",") || !tv_.Is(p, ",") ||
                          p - name_end > kMaxAppositiveTokens)) {
      return false;
    }
    for (std::uint32_t k = name_end; k < p; ++k) {
      if (tv_.InQuote(k) || doc_.tokens[k].kind == TokenKind::kOpenQuote) return false;
    }
    std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
    return rules_.Add(std::move(content), begin, begin + 1, speaker, *verb, QuoteKind::kDirect,
                      "adjacent-quotes");
  }

  // "Ada Wren issued a statement, "Q"" / "X issued the following
  // statement:": a document noun a few words before the comma or colon,
  // issued by the named subject of the clause; the noun is the cue.
  bool DocumentIntroduction(const Quote& quote, std::uint32_t p) {
    constexpr std::uint32_t kMaxWordsAfterNoun = 1;  // "statement Monday:"
    if (!(tv_.Is(p, ",") || tv_.Is(p, ":"))) return false;
    for (std::uint32_t k = p; k > 0 && p - k <= kMaxWordsAfterNoun + 1;) {
      --k;
      if (!tv_.IsWord(k) || tv_.InQuote(k)) return false;
      if (!SieveWords::Get().Is(SieveWordClass::kDocumentNoun, tv_.Lower(k))) continue;
      return AddForClauseSubject(quote, k);
    }
    return false;
  }

  // "Ada Wren delivered a blunt message to Ivo Marek: "Q"": a quote after a
  // colon closing a clause whose subject is a person or organisation named
  // (or a pronoun) is that subject's; the colon is the cue.
  bool SubjectBeforeColon(const Quote& quote, std::uint32_t colon) {
    return AddForClauseSubject(quote, colon);
  }

  // Records the quote as said by the subject of the clause that ends at
  // token `cue` (the one-token cue: a colon, a document noun), when that
  // subject is a name or a pronoun that is no place.
  bool AddForClauseSubject(const Quote& quote, std::uint32_t cue) {
    const std::int32_t m = rules_.CoordinatedSubject(rules_.SentenceBegin(cue), cue);
    if (m == kNoMention) return false;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    if (mention.type == NodeType::kPlace ||
        !(mention.kind == MentionKind::kName || mention.kind == MentionKind::kPronoun)) {
      return false;
    }
    static const ReportingVerb kClauseCue{"said", true};
    std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
    return rules_.Add(std::move(content), cue, cue + 1, m, kClauseCue, QuoteKind::kDirect,
                      "adjacent-quotes");
  }

  // "Ada Wren said in a statement. "Q"": a sentence that is only a speaker,
  // a cue and a few adverbial words, right before the quote, is the
  // quote's attribution.
  bool AfterBareAttribution(const Quote& quote, std::uint32_t stop) {
    if (!OpensSentence(quote)) return false;
    for (std::uint32_t back = 1; back <= kMaxWordsBeforeColon + 1 && back <= stop; ++back) {
      const std::uint32_t k = stop - back;
      if (!tv_.SameSentence(k, stop) || tv_.InQuote(k)) return false;
      const ReportingVerb* verb = rules_.CueAt(k);
      if (verb == nullptr) {
        if (!tv_.IsWord(k)) return false;
        continue;
      }
      if (!verb->speech) return false;
      const std::int32_t speaker = rules_.SpeakerBefore(k);
      if (speaker == kNoMention) return false;
      const std::uint32_t cue_end = rules_.CueEnd(k);
      // Only adverbial words after the cue: prepositions and what they
      // govern, time words ("in a statement", "on Monday").
      if (cue_end < stop && !(rules_.lexicon().IsFunctionWord(tv_.Lower(cue_end)) ||
                              rules_.IsTimeWord(cue_end))) {
        return false;
      }
      std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
      return rules_.Add(std::move(content), k, cue_end, speaker, *verb, QuoteKind::kDirect,
                        "adjacent-quotes");
    }
    return false;
  }

  // Ada Wren: "Q" / ... - Ada Wren: "Q": a name that opens its sentence
  // (or follows a dash), then a colon, is the label of who speaks.
  bool SpeakerLabel(std::size_t q, std::uint32_t colon) {
    // "Rep. Ada Wren (D-Vt.):": a parenthesis may stand before the colon.
    std::uint32_t name_end = colon;
    if (colon > 0 && tv_.Is(colon - 1, ")")) {
      name_end = rules_.ParenthesisBefore(colon);
      if (name_end == kNoToken) return false;
    }
    const std::int32_t m = rules_.MentionEndingAt(name_end);
    if (m < 0) return false;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    if (mention.kind != MentionKind::kName || mention.type == NodeType::kPlace) return false;
    std::uint32_t first = mention.first_token;
    // "Former secretary of state Ada Wren:": title words before the name.
    const std::uint32_t sentence_begin = rules_.SentenceBegin(first);
    std::uint32_t t = first;
    while (t > sentence_begin && first - t < 6 && tv_.IsWord(t - 1) &&
           rules_.lexicon().Verb(tv_.Lower(t - 1)) == nullptr &&
           !rules_.lexicon().IsSkipWord(tv_.Lower(t - 1))) {
      --t;
    }
    if (t == sentence_begin) first = t;
    // "- Mark Blumenthal and Jon Cohen:": names joined by "and".
    if (first > 1 && tv_.IsLower(first - 1, "and")) {
      const std::int32_t other = rules_.MentionEndingAt(first - 1);
      if (other >= 0 && doc_.mentions[static_cast<std::size_t>(other)].kind == MentionKind::kName) {
        first = doc_.mentions[static_cast<std::size_t>(other)].first_token;
      }
    }
    // "More from Jones:", "From Ada Wren:": the words quoted from X.
    if (first > 0 && tv_.IsLower(first - 1, "from")) {
      --first;
      if (first > 0 && tv_.IsLower(first - 1, "more")) --first;
    }
    const bool opens = first == sentence_begin ||
                       (first > 0 && (tv_.Is(first - 1, "-") || tv_.Is(first - 1, "\u2014") ||
                                      tv_.Is(first - 1, "\u2013")));
    if (!opens) return false;
    static const ReportingVerb kLabel{"said", true};
    const Quote& quote = doc_.quotes[q];
    std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
    return rules_.Add(std::move(content), colon, colon + 1, m, kLabel, QuoteKind::kDirect,
                      "adjacent-quotes");
  }

  Document& doc_;
  AttributionRules rules_;
  const TokenView& tv_;
};

}  // namespace

void AttributeAdjacentQuotes(Document& doc) { AdjacentQuoteSieve(doc).Run(); }

}  // namespace quotegraph
