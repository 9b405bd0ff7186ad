// Building blocks shared by the attribution sieves (internal header).
//
// The sieves differ in which patterns they accept; finding a cue, the
// speaker next to it, the end of a content clause, and recording an
// attribution are the same everywhere and live here.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_ATTRIBUTION_RULES_H_
#define QUOTEGRAPH_IMPORTERS_SRC_ATTRIBUTION_RULES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "quotegraph/importers/document.h"
#include "cue_words.h"
#include "quotegraph/importers/lexicon.h"
#include "sieve_cache.h"
#include "sieve_words.h"
#include "token_view.h"

namespace quotegraph {

constexpr std::int32_t kNoMention = -1;
constexpr std::uint32_t kNoToken = static_cast<std::uint32_t>(-1);

class AttributionRules {
 public:
  // Shares the SieveCache of a SieveCacheScope naming `doc`, if any.
  explicit AttributionRules(Document& doc);
  // cache_ may refer to own_cache_: no copies.
  AttributionRules(const AttributionRules&) = delete;
  AttributionRules& operator=(const AttributionRules&) = delete;

  const TokenView& tokens() const { return tv_; }
  const Lexicon& lexicon() const { return lex_; }

  // The reporting verb at token i if it can be a cue here: a word outside
  // quotes and body text, not "to say" (infinitive), not yet used as a cue.
  // Inline: most tokens are turned away by the sieve cache's mark.
  const ReportingVerb* CueAt(std::uint32_t i) const {
    return i < tv_.size() && cache_.NeverCue(i) ? nullptr : CueAtSlow(i);
  }
  // False when CueAt(i) is known to be nullptr without asking further
  // (i < the number of tokens): a sieve's scan skips such tokens first.
  bool MayBeCue(std::uint32_t i) const { return !cache_.NeverCue(i); }

  // Lexicon::Verb of the lower-cased word of token i (i < the number of
  // tokens), looked up once per document in the sieve cache.
  const ReportingVerb* VerbAt(std::uint32_t i) const {
    return cache_.Verb(i, [&] { return lex_.Verb(tv_.Lower(i)); });
  }

  // "He went on to say", "continued to insist": the first word of the verb
  // of going on before the infinitive cue at `cue`, or kNoToken.
  std::uint32_t ContinuedCueBegin(std::uint32_t cue) const;

  // One past the cue that starts at `cue`: takes in "reporters",
  // "journalists", "the agency X", an outlet or agency name after "told",
  // "in a statement", and particles ("out" in "pointed out").
  std::uint32_t CueEnd(std::uint32_t cue) const;

  // "(D-Vt.)" ending right before `end`: the index of its "(" (at most 8
  // tokens back), or kNoToken if no short parenthesis ends there.
  std::uint32_t ParenthesisBefore(std::uint32_t end) const;
  // The preposition opening a short adverbial phrase that ends at `end`
  // ("at the time", "in a statement", "during the debate"): lower-case
  // words after one of a few prepositions, no verb or comma; kNoToken if
  // none ends there.
  std::uint32_t AdverbialBefore(std::uint32_t end) const;
  // The mention ending right before `token`, across skip words and time
  // expressions ("The Kremlin on Wednesday said"), or before a short
  // adverbial phrase ("Ada Wren at the time said"); kNoMention if none.
  std::int32_t SpeakerBefore(std::uint32_t token) const;
  // The participle of "speaking to Fox News", "talking with reporters",
  // when such a phrase (a few words, no punctuation) ends right before
  // `end`; kNoToken otherwise.
  std::uint32_t SpeechParticipleBefore(std::uint32_t end) const;
  // True if token i may stand between a speaker and its cue: a skip word
  // ("also", "Monday", "has") or an adverb in -ly.
  bool IsTimeWord(std::uint32_t i) const;
  // True if token i may stand between a speaker and its cue, though not
  // between a cue and its content: a time word, or an adverb such as
  // "soon" or "always" ("He soon learned", but "said sometimes ...").
  bool IsSkippedBeforeCue(std::uint32_t i) const;
  // The first token of the run of time words ("on Wednesday") that ends
  // right before `cue` (a few words at most); `cue` if there is none.
  std::uint32_t TimeWordsBefore(std::uint32_t cue) const;
  // The "is"/"was"/"been" before the cue, across adverbs ("was widely
  // expected"); kNoToken if the cue is no passive or raising form.
  std::uint32_t BeBefore(std::uint32_t cue) const;
  // "Ada Wren issued a statement saying ...": for a participle cue whose
  // speaker is a document ("a statement", "an email"), the subject of the
  // clause that issued it; `speaker` otherwise.
  std::int32_t DocumentAuthor(std::int32_t speaker, std::uint32_t cue) const;
  // The subject of the clause that ends before token `end` in a sentence
  // that starts at `begin` ("Ada Wren blasted Congress and said", "Ada
  // Wren delivered a message:"): the first mention that can speak, opens
  // the sentence or follows a comma, and has its verb right after it;
  // kNoMention if none.
  std::int32_t CoordinatedSubject(std::uint32_t begin, std::uint32_t end) const;
  // For a cue with no speaker of its own: the speaker it shares with an
  // earlier attribution in its sentence, or the sentence's subject, when
  // it is coordinated ("and added that") or a participle (", saying").
  std::int32_t InheritedSpeaker(std::uint32_t cue);
  // False when a base-form cue ("state") cannot agree with a singular
  // speaker: then it is a noun.
  bool Agrees(std::uint32_t cue, std::int32_t speaker) const;
  // True for base forms ("say", "report": "+s" is also a form).
  bool IsBaseForm(std::uint32_t i) const;
  // Index of the token that starts at byte `byte` (of the first one after
  // it; size() if none): the cue token of an attribution.
  std::uint32_t TokenAt(std::uint32_t byte) const;
  // True for -ing forms (longer than "-ing" itself).
  bool IsParticiple(std::uint32_t i) const {
    const std::string_view form = tv_.Text(i);
    const std::size_t n = form.size();  // "-ing", compared inline
    return n > 4 && form[n - 3] == 'i' && form[n - 2] == 'n' && form[n - 1] == 'g';
  }
  // When no known mention precedes a cue: an unnamed source written as a
  // noun phrase right before it ("the report said", "a spokesman said",
  // "Polls show").  Records it as a description mention (no entity: the
  // statement stays unattributed in the graph, its source span kept) and
  // returns it; kNoMention if the words before the cue are no such phrase.
  std::int32_t PhraseBefore(std::uint32_t cue);
  // The last resort for a cue with no speaker: the whole subject phrase
  // that opens the sentence and runs up to the cue, with no comma, quote or
  // finite verb in it ("Almost half of respondents said", "People with
  // knowledge of the talks said", "One in three said").  Recorded like
  // PhraseBefore's phrases; kNoMention if the words are no such phrase.
  // With `begin` given, the phrase must start there instead (after a
  // quote: "\"Q,\" Powell's office said").
  std::int32_t SubjectPhraseBefore(std::uint32_t cue, std::uint32_t begin = kNoToken);
  // "..., 43 said", "; most said", "about two-thirds, 67 percent, say": a
  // share of people that opens a clause after a comma, a semicolon or a
  // conjunction (not the sentence), recorded as an unnamed plural source;
  // kNoMention if the words before the cue are no such share.
  std::int32_t QuantityPhraseBefore(std::uint32_t cue);
  // Records the tokens [first, end) as an unnamed source phrase (a
  // description with no entity; plural for "voters", "47%").
  std::int32_t AddPhraseMention(std::uint32_t first, std::uint32_t end);
  // "a person familiar with the matter said", "people close to the
  // campaign say": an unnamed source qualified by "familiar with", "close
  // to", "briefed on" and the like (sieve_words source_qualifier), ending
  // right before the cue; recorded as an unnamed source, or kNoMention.
  std::int32_t QualifiedSourceBefore(std::uint32_t cue);
  // "A spokesman for X said", "an aide to X said", "the president of X
  // said": when the speaker found is the complement of a role noun (a title
  // or a group noun after a determiner, opening its clause), the speaker is
  // the whole role phrase, recorded as an unnamed source (X did not speak);
  // when it follows a person's "of" or "from" ("Ada Wren of X said"), the
  // person (PersonBeforeOf); `speaker` otherwise.
  std::int32_t RoleSpeaker(std::int32_t speaker);
  // True if token i is a dash that sets off an aside: an em or en dash,
  // "--", or a hyphen with spaces around it.  Inline: a token whose first
  // byte is neither '-' nor that of an em or en dash (most) is none.
  bool IsAsideDash(std::uint32_t i) const {
    if (i >= tv_.size()) return false;
    const ByteSpan s = tokens_[i].span;
    if (s.empty()) return false;
    const char first = doc_.text[s.begin];
    return (first == '-' || first == '\xE2') && IsDashToken(i);
  }
  // The subject of a cue with an aside between them, set in commas or
  // dashes: "An aide, speaking on condition of anonymity, said", "Proponents
  // of the bill, however, say", "Jo Sims — a teacher from Lund — says".
  // The aside opens with a determiner, a relative, a participle, a number,
  // an adverb or a preposition (sieve_words aside_opener); the subject is a
  // name ending at its opening mark, or a plain phrase opening the sentence
  // (recorded like SubjectPhraseBefore's).  kNoMention if there is none.
  std::int32_t InterruptedSubject(std::uint32_t cue);
  // "A White House official who spoke anonymously said": the antecedent of
  // a restrictive relative clause (no comma) that ends right before the
  // cue, a name or a phrase opened by a determiner; kNoMention if none.
  std::int32_t RelativeClauseSubject(std::uint32_t cue);
  // "X, who said ...": a relative pronoun right before the cue, after a
  // comma and a mention that can speak.  Records "who" as a mention of
  // that mention's entity (the source as written) and returns it;
  // kNoMention otherwise.
  std::int32_t RelativeSpeaker(std::uint32_t cue);
  // "I think", "we believe" outside quotes: the writer (or the person
  // interviewed) speaks.  Records the pronoun as a mention with no entity
  // and returns it; kNoMention otherwise.
  std::int32_t FirstPersonBefore(std::uint32_t cue);
  // Records a mention a sieve found itself (a headline's speaker) and
  // returns its index.
  std::int32_t AddMention(Mention m);
  // True if token i is "I" or "we" (outside a quote, the writer or the
  // people interviewed speaking).
  bool IsFirstPersonSpeaker(std::uint32_t i) const;
  // After an inverted cue: an unnamed source written as a noun phrase
  // starting at `token` ("said the agency", "added a local official"),
  // recorded as a description mention like PhraseBefore's; kNoMention if
  // the words there are no such phrase.
  std::int32_t PhraseAt(std::uint32_t token);
  // "Ada Wren of the Lund Institute said", "Ivo Marek from Acme said": the
  // person's name before "of" or "from" (and "the") that opens `mention`;
  // kNoMention if there is none.
  std::int32_t PersonBeforeOf(std::int32_t mention) const;
  // One past `mention` and its complement "of (the) NAME" or "from NAME"
  // ("Bill O'Reilly of Fox News", "Paul Sperry of Counter Jihad"); one
  // past `mention` when none follows.
  std::uint32_t ComplementEnd(std::int32_t mention) const;
  // The mention starting at `token` (after a cue: "said Ivan Petrov").
  std::int32_t SpeakerAt(std::uint32_t token) const;
  // The longest mention that starts at / ends before `token`.
  std::int32_t MentionStartingAt(std::uint32_t token) const {
    return token < starts_.size() ? starts_[token] : kNoMention;
  }
  std::int32_t MentionEndingAt(std::uint32_t end_token) const {
    return end_token < ends_.size() ? ends_[end_token] : kNoMention;
  }

  // Skips "that", commas and time expressions after a cue.
  std::uint32_t SkipToContent(std::uint32_t token, std::uint32_t limit) const;
  // "said in an interview Tuesday that C", "reported earlier this month
  // that C", "said, per a translator, that C": past a short phrase opened
  // by a cue_phrase_opener word (sieve_words.txt) to the first word after
  // its "that", when a clause's subject follows; `token` otherwise.
  std::uint32_t SkipPhraseBeforeThat(std::uint32_t token, std::uint32_t limit) const;

  // Where a content clause that starts at `begin` ends: the sentence end
  // (final punctuation excluded), a ", according to", a ", adding", or a
  // comma that opens a trailing attribution (", X said").
  std::uint32_t ClauseEnd(std::uint32_t begin) const;

  // The sentence [first, end) of token i.
  std::uint32_t SentenceBegin(std::uint32_t i) const {
    return doc_.sentences[tokens_[i].sentence].first_token;
  }
  std::uint32_t SentenceEnd(std::uint32_t i) const {
    return doc_.sentences[tokens_[i].sentence].end_token;
  }

  // True if the tokens [a, b) are all inside one quotation (with marks).
  QuoteKind KindOf(std::uint32_t a, std::uint32_t b) const;

  // Records an attribution; makes sure its speaker has an entity.
  // Returns false (and records nothing) if the content is too short or
  // lies wholly inside earlier attributions' content.
  bool Add(std::vector<ByteSpan> content, std::uint32_t cue_begin, std::uint32_t cue_end,
           std::int32_t speaker, const ReportingVerb& verb, QuoteKind kind,
           std::string_view stage);

  bool CueUsed(std::uint32_t token) const { return cue_used_[token]; }

  // "X said he would run. \"I am ready.\"": when a content ends its sentence
  // (only punctuation between `end` and the sentence's end), the quotes
  // that follow in the same paragraph, each a whole sentence with no
  // attribution of its own yet, are more of the same statement: their
  // parts are appended to `content`.
  void AddFollowingQuotes(std::uint32_t end, std::vector<ByteSpan>& content) const;

  // The double-marked quote whose opening mark is token `open`, or nullptr.
  const Quote* QuoteStartingAt(std::uint32_t open) const;
  // True if a named subject and a participle cue start at token k, with
  // "with" before them or not ("with Ada Wren telling reporters", "Ryan
  // saying"): an absolute clause that reports on its own.
  bool AbsoluteReportAt(std::uint32_t k, std::uint32_t sentence_end) const;

 private:
  // True if token `close` is a closing quote mark typed right after a comma
  // ('"a clown," adding'): the comma ends the words around the quote too.
  bool ClosesAfterComma(std::uint32_t close) const {
    return close >= 1 && close < tv_.size() &&
           tokens_[close].kind == TokenKind::kCloseQuote && tv_.Is(close - 1, ",");
  }
  // True if token `that` is "that" opening a clause (its subject follows:
  // a name, a pronoun or a determiner), so that a verb that is a cue only
  // beside a quote is one before it too ("X remarked that she ..."; not
  // "the states that held primaries").
  bool OpensThatClause(std::uint32_t that) const;
  // IsTimeWord for a word token, not remembered.
  bool FindTimeWord(std::uint32_t i) const;
  // Marks in the sieve cache, once per document, every token that is no
  // word, is inside a quote or capitalised mid-sentence, or is no verb
  // alone or with the next word (CueAtSlow's first tests).
  void SweepCues();
  // CueAt for a token not yet known never to be a cue; marks it when it
  // finds that it never is.
  const ReportingVerb* CueAtSlow(std::uint32_t i) const;
  // A two-word cue starting at i ("talked about"), or nullptr.
  const ReportingVerb* PhrasalVerb(std::uint32_t i) const;
  // True if token i opens a new clause that ends a content clause: "and"
  // before a (speaker and) cue, or a participle cue before "that".
  // Inline: a token that is no word, no participle and no new_clause word
  // (most) is turned away before the lookups of IsNewClauseWord.
  bool IsNewClause(std::uint32_t i, std::uint32_t sentence_end) const {
    return tv_.IsWord(i) &&
           (IsParticiple(i) || SieveWords::Get().Is(SieveWordClass::kNewClause, tv_.Lower(i))) &&
           IsNewClauseWord(i, sentence_end);
  }
  // IsNewClause for a word token.
  bool IsNewClauseWord(std::uint32_t i, std::uint32_t sentence_end) const;
  // IsAsideDash for a token that starts like a dash.
  bool IsDashToken(std::uint32_t i) const;
  // True if an unnamed source and its cue start at `first` (", his aides
  // said"), which ends the content clause before it.
  bool IsPhraseThenCue(std::uint32_t first, std::uint32_t sentence_end) const;
  // True if the comma at `comma` (inside a content that starts at `begin`)
  // ends the last-but-one item of a short list ("Ada, Ivo, and Tad").
  bool IsListComma(std::uint32_t begin, std::uint32_t comma) const;
  // If a relative clause opens after `comma` and closes at a later comma
  // followed by the verb of the clause it interrupts ("the decision, which
  // struck down the law, illustrates"), the token after that comma;
  // kNoToken otherwise.
  std::uint32_t InsertedRelativeEnd(std::uint32_t comma, std::uint32_t sentence_end) const;
  // True if `but` is "but" followed by a finite verb with no subject of
  // its own ("was fair, but required"), which continues the content.
  bool IsSharedSubjectBut(std::uint32_t but, std::uint32_t sentence_end) const;
  // One past the closing mark of the double-marked, closed quote that opens
  // at token `open` and ends in the same paragraph; kNoToken if none.
  std::uint32_t QuoteEndFrom(std::uint32_t open) const;
  // The antecedent of a restrictive "who" (no comma before it): a plural
  // phrase or a share ending right before it ("the 30 percent of voters
  // who"), recorded as an unnamed source; kNoMention if none.
  std::int32_t RestrictiveAntecedent(std::uint32_t who);
  // True if token i may open an aside between a subject and its cue.
  bool IsAsideOpener(std::uint32_t i) const;
  // The mention that can speak and opens its clause (after the sentence's
  // start, a mark or a conjunction, not a preposition: "a spokesman for
  // Lumen, ..." is no subject "Lumen") ending right before token `end`,
  // across a short parenthesis; kNoMention if none.
  std::int32_t ClauseSubjectEndingAt(std::uint32_t end) const;
  // A plain phrase ending right before token `end`: from the sentence's
  // start, or opened by a determiner; recorded like PhraseBefore's, or
  // kNoMention.
  std::int32_t SubjectPhraseEndingAt(std::uint32_t end);
  // The name before an appositive that ends at `comma` ("X, a spokeswoman
  // for Y, said").
  std::int32_t AppositiveSpeaker(std::uint32_t comma, std::uint32_t cue) const;
  // "A spokeswoman for the committee emailed reporters ..., arguing": a
  // phrase opened by a determiner at the sentence's start (after opening
  // conjunctions) and ended by its lower-case verb before `end`, recorded
  // like PhraseBefore's; kNoMention if none.
  std::int32_t OpeningPhraseSubject(std::uint32_t begin, std::uint32_t end);
  // True if the mention opening a sentence may be its subject: not a
  // dateline ("WASHINGTON (AFP) -"), nor an unknown capitalised -ing, -ly
  // or function word ("Speaking at a rally, ...", "Early on, ...").
  bool IsSentenceSubject(std::int32_t subject) const;
  // False for mentions inside quotes and lone demonyms.
  bool CanSpeak(std::int32_t mention) const;
  void EnsureEntity(std::int32_t mention);
  // The article-scoped entity (a group or an unnamed role) named `name`;
  // -1 if there is none yet.
  std::int32_t FindGroupEntity(std::string_view name) const;
  // The article-scoped person entity of an unnamed role ("Sanders's
  // campaign manager"), affiliated with its owner.
  void MakeOwnedRoleEntity(Mention& m, std::int32_t mention);
  void MakeGroupEntity(Mention& m, std::int32_t mention);

  Document& doc_;
  // doc_.tokens: the sieves add or change no token (see sieve_cache.h).
  const Token* const tokens_;
  TokenView tv_;
  const Lexicon& lex_;
  const CueWords& cue_words_;  // the lexicon's verbs, one lookup per word
  SieveCache own_cache_;  // cache_, when no SieveCacheScope names doc_
  SieveCache& cache_;
  // token -> mention: cache_.mention_starts / mention_ends, with this
  // sieve's own mentions (AddMention) in them until the next sieve starts.
  const std::vector<std::int32_t>& starts_;
  const std::vector<std::int32_t>& ends_;
  std::vector<std::uint8_t>& cue_used_;      // cache_.cue_used
  std::vector<std::uint8_t>& content_used_;  // cache_.content_used
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_ATTRIBUTION_RULES_H_
