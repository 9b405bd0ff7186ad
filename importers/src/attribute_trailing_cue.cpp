// Stage 8c, sieve 3: the content first, the attribution after a comma.
//
//   CLAUSE, X said.        CLAUSE, said X.
//   CLAUSE, X said, adding that ...
#include "attribution_rules.h"
#include "sieve_words.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {

namespace {

// The first of up to a few words of a role before the name at `name`
// ("Justice Department senior trial counsel"), when a comma opens them;
// else `name`.  Function words, cues and quotes end the search: "and
// then Ada Wren said" is no role.
std::uint32_t RoleWordsBefore(const AttributionRules& rules, std::uint32_t name) {
  constexpr std::uint32_t kMaxRoleWords = 6;
  const TokenView& tv = rules.tokens();
  for (std::uint32_t k = name; k > 0 && name - k < kMaxRoleWords; --k) {
    const std::uint32_t w = k - 1;
    if (tv.Is(w, ",")) return k < name ? k : name;
    if (!tv.IsWord(w) || tv.InQuote(w) || !tv.SameSentence(w, name) ||
        rules.lexicon().IsFunctionWord(tv.Lower(w)) || rules.VerbAt(w) != nullptr) {
      return name;
    }
  }
  return name;
}

}  // namespace

void AttributeTrailingCue(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  for (std::uint32_t i = 1; i < tv.size(); ++i) {
    const ReportingVerb* verb = rules.CueAt(i);
    if (verb == nullptr) continue;
    // ", said X" (finite forms only: ", saying X ..." is not inverted).
    // Only verbs of speech invert: ", backed Sanders" is no attribution.
    std::int32_t speaker =
        rules.IsParticiple(i) || !verb->speech ? kNoMention : rules.SpeakerAt(i + 1);
    // ", said Ohio State University professor Paul Beck": a name right
    // after another is the speaker, the first its affiliation.
    if (speaker != kNoMention) {
      const std::int32_t next =
          rules.SpeakerAt(doc.mentions[static_cast<std::size_t>(speaker)].end_token);
      if (next != kNoMention && doc.mentions[static_cast<std::size_t>(next)].kind ==
                                    MentionKind::kName &&
          doc.mentions[static_cast<std::size_t>(next)].type == NodeType::kPerson) {
        speaker = next;
      }
    }
    // "X, a doctor, said she was elated", "X, chair of Y, said Clinton
    // didn't": a mention with its own verb after it is the subject of the
    // content, not an inverted speaker.  A preposition or a time word may
    // follow one ("said Ada Wren in an interview", "said Ada Wren Monday").
    if (speaker != kNoMention) {
      const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
      const std::uint32_t next = m.end_token;
      if (next < rules.SentenceEnd(i) && tv.IsWord(next) && !tv.InQuote(next) &&
          (m.kind == MentionKind::kPronoun || !(rules.lexicon().IsFunctionWord(tv.Lower(next)) ||
                                                 rules.IsTimeWord(next)))) {
        speaker = kNoMention;
      }
    }
    std::uint32_t comma = i - 1;
    if (speaker == kNoMention) {
      // ", X was accused": X is not who spoke.
      if (rules.BeBefore(i) != kNoToken) continue;
      speaker = rules.QualifiedSourceBefore(i);  // ", a person familiar with it said"
      if (speaker == kNoMention) speaker = rules.SpeakerBefore(i);  // ", X said"
      if (speaker == kNoMention && i >= 2 && !tv.InQuote(i - 1)) {
        speaker = rules.PhraseBefore(i);  // ", the report said"
      }
      if (speaker == kNoMention) continue;
      // "..., that Pagliano, who invoked his rights, ...": a relative
      // clause about the noun before it reports nothing said before it.
      if (SieveWords::Get().Is(SieveWordClass::kRelative,
                               tv.Lower(doc.mentions[static_cast<std::size_t>(speaker)].first_token))) {
        continue;
      }
      speaker = rules.RoleSpeaker(speaker);  // ", a spokesman for X said"
      const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
      std::uint32_t first = m.first_token;
      // ", political scientists say": adjectives before a group noun.
      constexpr std::uint32_t kMaxAdjectives = 2;
      while (m.kind == MentionKind::kGroup && first > 1 && m.first_token - first < kMaxAdjectives &&
             tv.IsWord(first - 1) && !tv.IsCap(first - 1) &&
             !rules.lexicon().IsFunctionWord(tv.Lower(first - 1))) {
        --first;
      }
      // ", the Daily Caller reports": the article before a name.
      if (m.kind == MentionKind::kName && first > 1 && tv.IsLower(first - 1, "the")) --first;
      // ", Justice Department senior trial counsel Ada Wren wrote": a role
      // the title lexicon does not know, before a person's name.
      if (m.kind == MentionKind::kName && m.type == NodeType::kPerson && first > 0 &&
          !tv.Is(first - 1, ",")) {
        first = RoleWordsBefore(rules, first);
      }
      if (first == 0) continue;
      comma = first - 1;
    }
    if (!tv.Is(comma, ",") || !tv.SameSentence(comma, i) || !rules.Agrees(i, speaker)) continue;
    const std::uint32_t begin = rules.SentenceBegin(i);
    if (begin >= comma) continue;
    // "Asked about X, the spokesman declined": the clause is a question
    // put to the speaker (speaker-verb sieve), not what the speaker said.
    const bool question =
        tv.IsLower(begin, "asked") || (tv.IsLower(begin, "when") && tv.IsLower(begin + 1, "asked"));
    if (question) continue;
    // "While the bill was debated, Ada Wren said", "Before the vote, Ada
    // Wren seemed": a lone subordinate clause or phrase before the subject
    // is no content of its own.  ("Seeing it led him to quit, he said": an
    // -ing word may be a subject, so participles are not asked.)
    bool lone_clause = SieveWords::Get().Is(SieveWordClass::kSubordinator, tv.Lower(begin));
    for (std::uint32_t k = begin + 1; lone_clause && k < comma; ++k) {
      if (tv.Is(k, ",") && !tv.InQuote(k)) lone_clause = false;
    }
    if (lone_clause) continue;
    const std::uint32_t cue_end = speaker >= 0 && rules.SpeakerAt(i + 1) == speaker
                                      ? i + 1
                                      : rules.CueEnd(i);
    rules.Add({tv.RangeSpan(begin, comma)}, i, cue_end, speaker, *verb,
              rules.KindOf(begin, comma), "trailing-cue");
  }
}

}  // namespace quotegraph
