// Stages 1-5: paragraphs, furniture, tokens, sentences, quotes.
#include <catch2/catch.hpp>

#include "document_fixture.h"

using namespace quotegraph;
using quotegraph::testing::Process;
using quotegraph::testing::TokenTexts;

TEST_CASE("paragraphs: each non-empty line; the date line's date is skipped", "[stage][paragraphs]") {
  Article a;
  a.text = " date 2031-05-14 First line here.\n\n  Second line.  \nThird.";
  a.body_offset = 17;
  Document doc(std::move(a));
  SegmentParagraphs(doc);
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.Slice(doc.paragraphs[0].span) == "First line here.");
  CHECK(doc.Slice(doc.paragraphs[1].span) == "Second line.");
  CHECK(doc.Slice(doc.paragraphs[2].span) == "Third.");
}

TEST_CASE("furniture: prompts, captions and trailing headline lists", "[stage][furniture]") {
  auto doc = Process(
      "Crowds gathered near the Port Alder dam, Photo: Jane Roe / Harbour Courier\n"
      "The minister said the dam was safe.\n"
      "Officials said repairs would take a week.\n"
      "Click here to subscribe to our newsletter\n"
      "Local team wins cup final\n"
      "Heatwave expected this weekend\n"
      "Singer cancels summer tour\n",
      "furniture");
  REQUIRE(doc->paragraphs.size() == 7);
  CHECK(doc->paragraphs[0].role == ParagraphRole::kCaption);
  CHECK(doc->paragraphs[1].role == ParagraphRole::kBody);
  CHECK(doc->paragraphs[2].role == ParagraphRole::kBody);
  for (std::size_t i = 3; i < 7; ++i) CHECK(doc->paragraphs[i].role == ParagraphRole::kFurniture);
}

TEST_CASE("furniture: a body paragraph mentioning a newsletter stays body", "[stage][furniture]") {
  auto doc = Process(
      "The agency said its weekly newsletter had reported the spill long before the ministry "
      "acknowledged it, and that residents had been warned repeatedly by local officials who "
      "later said the warnings had been ignored by the regional government for several months "
      "before the disaster struck the valley towns.\nThe minister denied it.",
      "furniture");
  CHECK(doc->paragraphs[0].role == ParagraphRole::kBody);
}

TEST_CASE("furniture: a short paragraph opening a quotation stays body", "[stage][furniture]") {
  auto doc = Process(
      "\"They have a real problem,\" said Ada Wren, who runs a politics newsletter.\n"
      "\u201CSign up now,\u201D she told readers of her newsletter.\n"
      "Sign up for our newsletter\nThe minister denied it.",
      "furniture");
  REQUIRE(doc->paragraphs.size() == 4);
  CHECK(doc->paragraphs[0].role == ParagraphRole::kBody);
  CHECK(doc->paragraphs[1].role == ParagraphRole::kBody);
  CHECK(doc->paragraphs[2].role == ParagraphRole::kFurniture);
}

TEST_CASE("tokens: possessives, abbreviations, contractions", "[stage][tokens]") {
  auto doc = Process("Ukraine’s U.S. envoy can't say Mr. Smith's plan works.", "tokens");
  CHECK(TokenTexts(*doc) == std::vector<std::string>{"Ukraine", "’s", "U.S.", "envoy", "can't",
                                                     "say", "Mr.", "Smith", "'s", "plan",
                                                     "works", "."});
}

TEST_CASE("tokens: quote marks are classified by their neighbours", "[stage][tokens]") {
  auto doc = Process("He said \"yes,\" and “no”.", "tokens");
  const auto& t = doc->tokens;
  // He said " yes , " and “ no ” .
  REQUIRE(t.size() == 11);
  CHECK(t[2].kind == TokenKind::kOpenQuote);
  CHECK(t[5].kind == TokenKind::kCloseQuote);
  CHECK(t[7].kind == TokenKind::kOpenQuote);
  CHECK(t[9].kind == TokenKind::kCloseQuote);
}

TEST_CASE("sentences: abbreviations do not end a sentence; closing quotes stay", "[stage][sentences]") {
  auto doc = Process("Mr. Lee met Gen. Ortiz. \"We agree.\" Then they left.", "sentences");
  REQUIRE(doc->sentences.size() == 3);
  CHECK(doc->Slice(doc->sentences[0].span) == "Mr. Lee met Gen. Ortiz.");
  CHECK(doc->Slice(doc->sentences[1].span) == "\"We agree.\"");
  CHECK(doc->Slice(doc->sentences[2].span) == "Then they left.");
}

TEST_CASE("quotes: straight, curly and mixed marks pair up", "[stage][quotes]") {
  auto doc = Process("“Dead people were found,\" he said. She called it \"unacceptable\".", "quotes");
  REQUIRE(doc->quotes.size() == 2);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) == "“Dead people were found,\"");
  CHECK(doc->Slice(doc->quotes[1].parts[0]) == "\"unacceptable\"");
}

TEST_CASE("quotes: a quote continued over two paragraphs is one quote", "[stage][quotes]") {
  auto doc = Process(
      "Lena Ortiz said on Monday: “We are shocked and we condemn it.\n"
      "“Secondly, the evidence is clear.”\n"
      "Nobody answered.",
      "quotes");
  REQUIRE(doc->quotes.size() == 1);
  const Quote& q = doc->quotes[0];
  REQUIRE(q.parts.size() == 2);
  CHECK(doc->Slice(q.parts[0]) == "“We are shocked and we condemn it.");
  CHECK(doc->Slice(q.parts[1]) == "“Secondly, the evidence is clear.”");
  CHECK(q.closed);
}

TEST_CASE("quotes: curly marks inside a straight-marked quote nest in it", "[stage][quotes]") {
  auto doc = Process(
      "She said: \"The ministry is not about \u201Cequal justice\u201D anymore. It is about "
      "politics.\" Then she left.",
      "quotes");
  REQUIRE(doc->quotes.size() == 1);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) ==
        "\"The ministry is not about \u201Cequal justice\u201D anymore. It is about politics.\"");
  CHECK(doc->quotes[0].closed);
  // Without a straight mark after them, curly marks open a quote of their own.
  auto apart = Process("He said \"no. Then \u201Cyes\u201D came.", "quotes");
  bool curly = false;
  for (const Quote& q : apart->quotes) curly = curly || apart->Slice(q.parts[0]) == "\u201Cyes\u201D";
  CHECK(curly);
}

TEST_CASE("quotes: a curly pair inside a curly quote nests when two closers follow",
          "[stage][quotes]") {
  auto doc = Process(
      "\u201CHer claim that peace \u201Chas to do with Lund\u201D makes no sense,\u201D wrote Ada "
      "Wren.",
      "quotes");
  REQUIRE(doc->quotes.size() == 1);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) ==
        "\u201CHer claim that peace \u201Chas to do with Lund\u201D makes no sense,\u201D");
  CHECK(doc->quotes[0].closed);
  // A quote left open by mistake: the second opener starts a quote of its own.
  auto typo = Process("\u201CWe are ready. \u201CFine,\u201D she said.", "quotes");
  REQUIRE(typo->quotes.size() == 2);
  CHECK(typo->Slice(typo->quotes[1].parts[0]) == "\u201CFine,\u201D");
  CHECK_FALSE(typo->quotes[0].closed);
}

TEST_CASE("quotes: an unclosed quote ends with its paragraph", "[stage][quotes]") {
  auto doc = Process("She said: \"It will never close\nThe end came.", "quotes");
  REQUIRE(doc->quotes.size() == 1);
  CHECK_FALSE(doc->quotes[0].closed);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) == "\"It will never close");
}

TEST_CASE("quotes: a paragraph broken mid-quote goes on to its closing mark", "[stage][quotes]") {
  auto doc = Process(
      "\u201CWe have not been united since the election in.\n"
      "1988. Cruz can unite us,\u201D Nils Berg says.\n"
      "Nobody answered.",
      "quotes");
  REQUIRE(doc->quotes.size() == 1);
  const Quote& q = doc->quotes[0];
  REQUIRE(q.parts.size() == 2);
  CHECK(doc->Slice(q.parts[0]) == "\u201CWe have not been united since the election in.");
  CHECK(doc->Slice(q.parts[1]) == "1988. Cruz can unite us,\u201D");
  CHECK(q.closed);
  // A next paragraph whose first mark opens a quote does not close it.
  auto apart = Process("She said: \"It will never close\nThe end \"came\" soon.", "quotes");
  REQUIRE(apart->quotes.size() == 2);
  CHECK_FALSE(apart->quotes[0].closed);
}

TEST_CASE("quotes: single quotes pair, apostrophes do not", "[stage][quotes]") {
  auto doc = Process("It was based on a 'careful review' of the officials' files.", "quotes");
  REQUIRE(doc->quotes.size() == 1);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) == "'careful review'");
  CHECK_FALSE(doc->quotes[0].double_marks);
}

TEST_CASE("quotes: doubled single marks stand for double quotes", "[stage][quotes]") {
  auto doc = Process("''It is deplorable,'' said Anna Weiss.", "quotes");
  REQUIRE(doc->quotes.size() == 1);
  CHECK(doc->quotes[0].double_marks);
  CHECK(doc->Slice(doc->quotes[0].parts[0]) == "''It is deplorable,''");
}
