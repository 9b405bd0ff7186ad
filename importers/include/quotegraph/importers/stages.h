// The extraction stages, in pipeline order.  Each reads the layers built
// before it and adds its own; each has its own unit tests
// (tests/stage_*_test.cpp) with minimal sentences.
//
// Sieve order follows the deterministic (rule-based) attribution and
// coreference systems: the highest-precision rules run first and later,
// looser rules only fill what is left.

#ifndef QUOTEGRAPH_IMPORTERS_STAGES_H_
#define QUOTEGRAPH_IMPORTERS_STAGES_H_

#include "quotegraph/importers/document.h"

namespace quotegraph {

// 1. Lines -> paragraphs (each non-empty line is one; a leading date line's
//    date is skipped via Article::body_offset).
void SegmentParagraphs(Document& doc);

// 2. Marks captions (photo credits) and page furniture (subscribe prompts,
//    trailing headline lists) so later stages ignore them.
void ClassifyParagraphs(Document& doc);

// 3. Body paragraphs -> tokens (words keep inner apostrophes, hyphens and
//    abbreviation dots; possessive 's is its own token; quote marks are
//    classified opening / closing from their neighbours).
void Tokenize(Document& doc);

// 4. Tokens -> sentences (., ! and ? end one unless the word is an
//    abbreviation; a paragraph end always does).
void SplitSentences(Document& doc);

// 5. Quote marks -> quotations, including quotes continued over paragraphs
//    (an unclosed quote whose next paragraph opens with a quote mark).
void FindQuotes(Document& doc);

// 6. Names (with titles and possessors split off), descriptions ("the US
//    president"), groups ("officials") and pronouns -> mentions.
void DetectMentions(Document& doc);

// 7. Mentions -> entities: surnames to full names, descriptions to the
//    entity holding the title, pronouns to the nearest compatible person.
void ResolveCoreference(Document& doc);

// 8a. Sieve 1: direct quotes next to a cue and a speaker
//     ("Q," X said. / "Q," said X. / X said: "Q" / "A," X said, "B.").
void AttributeAdjacentQuotes(Document& doc);

// 8b. Sieve 2: a speaker before a reporting verb, content after it
//     (X said (that) ... / X denied ... / X called Y "Z").
void AttributeSpeakerVerb(Document& doc);

// 8c. Sieve 3: content before a trailing attribution
//     (..., X said. / ..., said X.).
void AttributeTrailingCue(Document& doc);

// 8d. Sieve 4: "according to X" before or after its content.
void AttributeAccordingTo(Document& doc);

// 8e. Sieve 5: a headline reporting words ("Kovanen: ..." / "Kovanen Says
//     ..."), its speaker someone the body names.
void AttributeHeadline(Document& doc);

// 8f. Sieve 6: a report written as a noun after its possessor ("her
//     criticism of ...", "Marek's claim that ...").
void AttributeReportNoun(Document& doc);

// 9. Intermediaries and media of each attribution: "according to TASS and
//    Ria Novosti", "told CNN", "tweeted".
void FindRelays(Document& doc);

// 10. The date each statement was made, from "on Monday", "last week",
//     "yesterday" against the article's date.
void EstimateDates(Document& doc);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_STAGES_H_
