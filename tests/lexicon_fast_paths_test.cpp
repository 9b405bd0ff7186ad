// The cheap tests the lexicon offers before its full lookups, and the
// pipeline's shared lower-cased text: each must agree with the slow path.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include "quotegraph/importers/data_files.h"
#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/pipeline.h"
#include "quotegraph/importers/stages.h"

using namespace quotegraph;

TEST_CASE("lexicon: a title starts and ends with its first and last words", "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  REQUIRE(lex.IsTitle("secretary of state"));
  CHECK(lex.MayStartTitle("secretary"));
  CHECK(lex.MayEndTitle("state"));
  REQUIRE(lex.IsTitle("spokesman"));
  CHECK(lex.MayStartTitle("spokesman"));
  CHECK(lex.MayEndTitle("spokesman"));
  CHECK_FALSE(lex.MayStartTitle("of"));  // inside a title only
  CHECK_FALSE(lex.MayStartTitle("dam"));
  CHECK_FALSE(lex.MayEndTitle("dam"));
}

TEST_CASE("lexicon: the joint caption/furniture test lets every match through",
          "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  const char* paragraphs[] = {
      "Crowds gathered near the dam, Photo: Jane Roe / Harbour Courier",
      "Click here to subscribe to our newsletter",
      "Advertisement",
      "(Reporting by Ada Wren; editing by Ivo Marek)",
      "The minister said the dam was safe.",
      "Officials said repairs would take a week, according to Reuters.",
      "",
  };
  for (const char* p : paragraphs) {
    INFO(p);
    if (lex.IsCaption(p) || lex.IsFurniture(p)) CHECK(lex.MayBeCaptionOrFurniture(p));
    if (!lex.MayBeCaptionOrFurniture(p)) {
      CHECK_FALSE(lex.IsCaption(p));
      CHECK_FALSE(lex.IsFurniture(p));
    }
  }
  CHECK(lex.MayBeCaptionOrFurniture("Click here to subscribe to our newsletter"));
  CHECK_FALSE(lex.MayBeCaptionOrFurniture("The minister said the dam was safe."));
}

TEST_CASE("lexicon: caption and furniture asked together agree with each list asked alone",
          "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  const char* paragraphs[] = {
      "Crowds gathered near the dam, Photo: Jane Roe / Harbour Courier",
      "Click here to subscribe to our newsletter",
      "Sign up for our newsletter. Photo: Reuters",
      "Advertisement",
      "By Ada Wren, Harbour Courier correspondent",
      "(Reporting by Ada Wren; editing by Ivo Marek)",
      "A convoy waits at the border crossing. (Photo: AFP)",
      "The dam at dawn, Reuters",
      "\xC5\xBFubscribe now",
      "The minister said the dam was safe.",
      "Officials said repairs would take a week, according to Reuters.",
      "",
  };
  for (const char* p : paragraphs) {
    for (const bool ask_furniture : {false, true}) {
      INFO(p << " ask_furniture=" << ask_furniture);
      const Lexicon::PatternMatch m = lex.MatchCaptionOrFurniture(p, ask_furniture);
      CHECK(m.caption == lex.IsCaption(p));
      CHECK(m.furniture == (ask_furniture && !lex.IsCaption(p) && lex.IsFurniture(p)));
    }
  }
}

TEST_CASE("pipeline: stages run alone find what they find inside a run", "[lexicon][pipeline]") {
  // Inside Pipeline::Run the stages share one lower-cased text; called one
  // by one they each make their own.  The mentions must be the same.
  const std::string text =
      "U.S. Secretary of State Laura Chen said on Monday the TALKS would resume.\n"
      "\"We are ready,\" the President told REPORTERS in Harlen.\n";
  Article a1;
  a1.text = text;
  a1.date = "2031-05-14";
  Document run(std::move(a1));
  Pipeline::Default().Run(run);

  Article a2;
  a2.text = text;
  a2.date = "2031-05-14";
  Document alone(std::move(a2));
  for (auto stage : {SegmentParagraphs, ClassifyParagraphs, Tokenize, SplitSentences, FindQuotes,
                     DetectMentions, ResolveCoreference, AttributeAdjacentQuotes,
                     AttributeSpeakerVerb, AttributeTrailingCue, AttributeAccordingTo,
                     AttributeHeadline, AttributeReportNoun, FindRelays, EstimateDates}) {
    stage(alone);
  }
  REQUIRE(run.mentions.size() == alone.mentions.size());
  for (std::size_t i = 0; i < run.mentions.size(); ++i) {
    CHECK(run.Slice(run.mentions[i].span) == alone.Slice(alone.mentions[i].span));
    CHECK(run.mentions[i].title == alone.mentions[i].title);
  }
  REQUIRE(run.attributions.size() == alone.attributions.size());
  for (std::size_t i = 0; i < run.attributions.size(); ++i) {
    CHECK(run.attributions[i].source_mention == alone.attributions[i].source_mention);
    CHECK(run.attributions[i].date_estimate == alone.attributions[i].date_estimate);
  }
  CHECK_FALSE(run.mentions.empty());
  CHECK_FALSE(run.attributions.empty());
}

TEST_CASE("lexicon: a suffixed verb is found as its joined form is", "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  REQUIRE(lex.Verb("says") != nullptr);
  CHECK(lex.VerbWithSuffix("say", "s") == lex.Verb("says"));
  CHECK(lex.VerbWithSuffix("state", "s") == lex.Verb("states"));
  CHECK(lex.VerbWithSuffix("", "says") == lex.Verb("says"));
  CHECK(lex.VerbWithSuffix("dam", "s") == nullptr);
  CHECK(lex.VerbWithSuffix("say", "es") == lex.Verb("sayes"));
  CHECK(lex.VerbWithSuffix(std::string(100, 'a'), "s") == nullptr);  // longer than any verb
}

TEST_CASE("lexicon: the pronoun/group/place prefilter lets every listed word through",
          "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  std::string buffer;
  for (const char* file : {"pronouns.txt", "group_nouns.txt", "demonyms.txt", "places.txt"}) {
    for (const auto& row : DataRows(file)) {
      INFO(file << ": " << row[0]);
      CHECK(lex.MayBePronounGroupNounOrPlace(LowerAscii(row[0], buffer)));
    }
  }
  // Whatever it turns away is in none of the four lists, in any case.
  const char* words[] = {"the",     "The",      "dam",  "said",   "officials", "Officials",
                         "she",     "Ukrainian", "UKRAINIAN", "Kyiv", "kyiv", "sources",
                         "Monday",  "x",        "",     "reporters"};
  for (const char* w : words) {
    INFO(w);
    if (!lex.MayBePronounGroupNounOrPlace(LowerAscii(w, buffer))) {
      CHECK(lex.Pronoun(LowerAscii(w, buffer)) == nullptr);
      CHECK_FALSE(lex.IsGroupNoun(LowerAscii(w, buffer)));
      CHECK(lex.Demonym(w) == nullptr);
      CHECK(lex.Place(w) == nullptr);
    }
  }
  CHECK(lex.MayBePronounGroupNounOrPlace("she"));
  CHECK(lex.MayBePronounGroupNounOrPlace("officials"));
}

TEST_CASE("lexicon: the known-name prefilter lets every agency, outlet, organisation and place "
          "through",
          "[lexicon]") {
  const Lexicon& lex = Lexicon::Get();
  for (const char* file :
       {"agencies.txt", "outlets.txt", "known_organizations.txt", "places.txt"}) {
    for (const auto& row : DataRows(file)) {
      INFO(file << ": " << row[0]);
      CHECK(lex.MayBeKnownName(row[0]));
    }
  }
  const char* names[] = {"Ada Wren", "Reuters", "REUTERS", "Kyiv", "the Kremlin", "Monday", ""};
  for (const char* name : names) {
    INFO(name);
    if (!lex.MayBeKnownName(name)) {
      CHECK(lex.Agency(name) == nullptr);
      CHECK(lex.Outlet(name) == nullptr);
      CHECK(lex.Organization(name) == nullptr);
      CHECK(lex.Place(name) == nullptr);
    }
  }
}
