// Stages 8a-8d (the attribution sieves), 9 (relays) and 10 (dates).
#include <catch2/catch.hpp>

#include "document_fixture.h"

using namespace quotegraph;
using quotegraph::testing::ContentText;
using quotegraph::testing::Process;
using quotegraph::testing::SpeakerName;

namespace {

std::string Cue(const Document& doc, std::size_t i) {
  return std::string(doc.Slice(doc.attributions.at(i).cue));
}

}  // namespace

TEST_CASE("sieve 1: \"Q,\" X said", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("\"We will rebuild the bridge,\" Maria Okafor said.", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Maria Okafor");
  CHECK(ContentText(*doc, 0) == "\"We will rebuild the bridge,\"");
  CHECK(Cue(*doc, 0) == "said");
  CHECK(doc->attributions[0].quote_kind == QuoteKind::kDirect);
}

TEST_CASE("sieve 1: \"Q,\" said X with a titled name", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process(
      "Tomas Brandt arrived. “It is a lie,” said Brandt's spokesman Ivan Petrov.",
      "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Ivan Petrov");
  CHECK(Cue(*doc, 0) == "said");
}

TEST_CASE("sieve 1: X told reporters after the quote", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("Anna Weiss spoke. \"It is over,\" Weiss told reporters.", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Anna Weiss");
  CHECK(Cue(*doc, 0) == "told reporters");
}

TEST_CASE("sieve 1: X said Monday: \"Q\" across two paragraphs", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process(
      "Lena Ortiz said Monday: “We are shocked.\n“Secondly, the evidence is clear.”\n",
      "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Lena Ortiz");
  CHECK(doc->attributions[0].content.size() == 2);
}

TEST_CASE("sieve 1: a quote split by its attribution is one statement", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("\"We waited,\" Anna Weiss said, \"and nobody came.\"", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(ContentText(*doc, 0) == "\"We waited,\" | \"and nobody came.\"");
}

TEST_CASE("sieve 1: a pronoun speaker resolves to the previous subject", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("Daniel Reyes visited the town. “It is outrageous,” he said.", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Daniel Reyes");
}

TEST_CASE("sieve 2: X said (that) CLAUSE", "[stage][sieve][speaker-verb]") {
  auto doc = Process("Maria Okafor said that the dam would hold.", "speaker-verb");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Maria Okafor");
  CHECK(ContentText(*doc, 0) == "the dam would hold");
  CHECK(doc->attributions[0].quote_kind == QuoteKind::kIndirect);
}

TEST_CASE("sieve 2: denials", "[stage][sieve][speaker-verb]") {
  auto doc = Process("The Kremlin has denied responsibility for the attack.", "speaker-verb");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Kremlin");
  CHECK(doc->attributions[0].relation == "denied");
  CHECK(ContentText(*doc, 0) == "responsibility for the attack");
}

TEST_CASE("sieve 2: mixed quotes", "[stage][sieve][speaker-verb]") {
  auto doc = Process("Anna Weiss called the decision \"a disgrace\".", "speaker-verb");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(ContentText(*doc, 0) == "the decision \"a disgrace\"");
  CHECK(doc->attributions[0].quote_kind == QuoteKind::kMixed);
}

TEST_CASE("sieve 2: a time expression between speaker and cue", "[stage][sieve][speaker-verb]") {
  auto doc = Process("The Kremlin on Wednesday said the words were unacceptable.", "speaker-verb");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Kremlin");
}

TEST_CASE("sieve 2: no speaker, no statement", "[stage][sieve][speaker-verb]") {
  auto doc = Process("The said agreement expires in June. Reports claimed otherwise.", "speaker-verb");
  CHECK(doc->attributions.empty());
}

TEST_CASE("sieve 3: CLAUSE, X said", "[stage][sieve][trailing-cue]") {
  auto doc = Process(
      "The convoy was stopped at the border, Foreign Minister Tomas Brandt said.", "trailing-cue");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Tomas Brandt");
  CHECK(ContentText(*doc, 0) == "The convoy was stopped at the border");
}

TEST_CASE("sieve 4: according to X, before and after", "[stage][sieve][according-to]") {
  auto doc = Process(
      "According to Anna Weiss, the water is safe. Ten towns were flooded, according to "
      "regional officials.",
      "according-to");
  REQUIRE(doc->attributions.size() == 2);
  CHECK(ContentText(*doc, 0) == "the water is safe");
  CHECK(SpeakerName(*doc, 0) == "Anna Weiss");
  CHECK(Cue(*doc, 0) == "According to");
  CHECK(ContentText(*doc, 1) == "Ten towns were flooded");
}

TEST_CASE("relays: according to agencies after a quote", "[stage][relays]") {
  auto doc = Process(
      "\"It is unacceptable,\" said Ivan Petrov, according to the state news agencies TASS and "
      "Reuters.",
      "relays");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Ivan Petrov");
  const auto& relays = doc->attributions[0].relays;
  REQUIRE(relays.size() == 2);
  CHECK(relays[0].name == "TASS");
  CHECK(relays[0].role == "intermediary");
  CHECK(relays[1].name == "Reuters");
}

TEST_CASE("relays: a tweet's medium", "[stage][relays]") {
  auto doc = Process("Anna Weiss tweeted that the bridge had fallen.", "relays");
  REQUIRE(doc->attributions.size() == 1);
  REQUIRE(doc->attributions[0].relays.size() == 1);
  CHECK(doc->attributions[0].relays[0].role == "medium");
  CHECK(doc->attributions[0].relays[0].name == "Twitter");
}

TEST_CASE("dates: weekdays and last week against the article date", "[stage][dates]") {
  // 2031-05-14 is a Wednesday.
  auto doc = Process(
      "Anna Weiss said on Monday that talks had failed. Last week Tomas Brandt said the "
      "border was open.",
      "dates", "2031-05-14");
  REQUIRE(doc->attributions.size() == 2);
  CHECK(doc->attributions[0].date_estimate == "2031-05-12");
  CHECK(doc->attributions[1].date_estimate == "2031-05-07");
}

TEST_CASE("sieve 1: a speaker with an appositive", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process(
      "Anna Weiss, the agency's relief coordinator, said on Monday: \"We need a corridor.\"",
      "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(SpeakerName(*doc, 0) == "Anna Weiss");
}

TEST_CASE("sieve 1: a quote that goes on after its attribution", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("\"We waited,\" Anna Weiss said. \"Nobody came to help us.\"", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  CHECK(ContentText(*doc, 0) == "\"We waited,\" | \"Nobody came to help us.\"");
}

TEST_CASE("unnamed sources: a noun phrase before the cue", "[stage][sieve][speaker-verb]") {
  auto doc = Process("The ministry's report said the dam was safe. Polls show the race is close.",
                     "trailing-cue");
  REQUIRE(doc->attributions.size() == 2);
  const Attribution& a = doc->attributions[0];
  REQUIRE(a.source_mention >= 0);
  CHECK(doc->Slice(doc->mentions[static_cast<std::size_t>(a.source_mention)].span) ==
        "The ministry's report");
  CHECK(SpeakerName(*doc, 0).empty());  // unattributed in the graph
  CHECK(ContentText(*doc, 1) == "the race is close");
}

TEST_CASE("unnamed sources: \"Q,\" a spokesman said", "[stage][sieve][adjacent-quotes]") {
  auto doc = Process("\"We will not comment,\" a ministry spokesman said.", "adjacent-quotes");
  REQUIRE(doc->attributions.size() == 1);
  const Attribution& a = doc->attributions[0];
  REQUIRE(a.source_mention >= 0);
  CHECK(doc->Slice(doc->mentions[static_cast<std::size_t>(a.source_mention)].span) ==
        "a ministry spokesman");
}
