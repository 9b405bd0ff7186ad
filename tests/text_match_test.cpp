#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotegraph/core/text_match.h"

using quotegraph::ContainsSequence;
using quotegraph::EditDistance;
using quotegraph::FoldForMatch;
using quotegraph::MatchQuality;
using quotegraph::MatchText;
using quotegraph::MatchWords;
using quotegraph::ParseTextQuery;
using quotegraph::RanksBefore;
using quotegraph::TextQuery;
using Words = std::vector<std::string>;

TEST_CASE("folding case-folds and makes punctuation ASCII", "[text_match]") {
  CHECK(FoldForMatch("WAR \u201CCriminal\u201D \u2013 it\u2019s") == "war \"criminal\" - it's");
  CHECK(FoldForMatch("\u00ABNon\u00BB \u2018oui\u2019 \u2014 a\u2212b") == "\"non\" 'oui' - a-b");
  CHECK(FoldForMatch("Stra\u00DFe") == "strasse");
  CHECK(FoldForMatch("\uFF37\uFF21\uFF32") == "war");  // full-width letters
  CHECK(FoldForMatch("\uFB01ne") == "fine");            // ligature
  CHECK(FoldForMatch("don\u02BCt") == "don't");         // modifier apostrophe
}

TEST_CASE("folding never fails on invalid UTF-8", "[text_match]") {
  const std::string bad = std::string("War") + '\xFF' + "Crime";
  CHECK(MatchWords(bad) == Words{"war", "crime"});
}

TEST_CASE("words are runs of letters and digits", "[text_match]") {
  CHECK(MatchWords("I think he is a War Criminal.") ==
        Words{"i", "think", "he", "is", "a", "war", "criminal"});
  CHECK(MatchWords("well-known COVID-19 in 2022") ==
        Words{"well", "known", "covid", "19", "in", "2022"});
  CHECK(MatchWords("\u0417\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439 \u0421\u041A\u0410\u0417\u0410\u041B") ==
        Words{"\u0437\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439",
              "\u0441\u043A\u0430\u0437\u0430\u043B"});
  CHECK(MatchWords("  ...  ").empty());
}

TEST_CASE("apostrophes inside words are kept, curly or straight", "[text_match]") {
  CHECK(MatchWords("I can\u2019t \u2014 won't go") == Words{"i", "can't", "won't", "go"});
  CHECK(MatchWords("\u2018Tis rock'n'roll, students\u2019 'quoted'") ==
        Words{"tis", "rock'n'roll", "students", "quoted"});
  CHECK(MatchWords("Putin\u2019s war") == Words{"putin's", "war"});
  CHECK(MatchWords("a''b") == Words{"a", "b"});
}

TEST_CASE("queries parse into words and quoted phrases", "[text_match]") {
  const TextQuery words = ParseTextQuery("War  Criminal");
  REQUIRE(words.terms.size() == 2);
  CHECK_FALSE(words.terms[0].quoted);
  CHECK(words.Words() == Words{"war", "criminal"});

  const TextQuery phrase = ParseTextQuery("\"war criminal\"");
  REQUIRE(phrase.terms.size() == 1);
  CHECK(phrase.terms[0].quoted);
  CHECK(phrase.terms[0].words == Words{"war", "criminal"});

  const TextQuery curly = ParseTextQuery("\u201Cwar criminal\u201D");
  REQUIRE(curly.terms.size() == 1);
  CHECK(curly.terms[0].quoted);

  const TextQuery mixed = ParseTextQuery("Biden \"war   crime\"");
  CHECK(mixed.ToString() == "biden \"war crime\"");

  const TextQuery open = ParseTextQuery("\"war criminal");
  REQUIRE(open.terms.size() == 1);
  CHECK(open.terms[0].quoted);

  CHECK(ParseTextQuery("").empty());
  CHECK(ParseTextQuery("!!! \"\" --").empty());
}

TEST_CASE("all query words must occur as whole words", "[text_match]") {
  const TextQuery q = ParseTextQuery("war criminal");
  CHECK(MatchText(q, "He is a criminal of the WAR").matched);
  CHECK(MatchText(q, "I think he is a war criminal").matched);
  CHECK_FALSE(MatchText(q, "He is a criminal of warfare").matched);
  CHECK_FALSE(MatchText(q, "war crimes").matched);
  CHECK_FALSE(MatchText(ParseTextQuery("!!!"), "anything").matched);
}

TEST_CASE("matching ignores case and quote and apostrophe styles", "[text_match]") {
  CHECK(MatchText(ParseTextQuery("ISN'T targeting"), "Russia\u2019s army isn\u2019t targeting").matched);
  CHECK(MatchText(ParseTextQuery("russia\u2019s"), "Russia's army").matched);
  CHECK(MatchText(ParseTextQuery("\u201CWar Criminal\u201D"), "a \"war criminal\"").matched);
}

TEST_CASE("a quoted query requires the consecutive phrase", "[text_match]") {
  const TextQuery q = ParseTextQuery("\"war criminal\"");
  CHECK(MatchText(q, "I think he is a war criminal").matched);
  CHECK_FALSE(MatchText(q, "a criminal war").matched);
  CHECK_FALSE(MatchText(q, "war, he said, criminal").matched);
  const TextQuery mixed = ParseTextQuery("biden \"war criminal\"");
  CHECK(MatchText(mixed, "Biden called him a war criminal").matched);
  CHECK(MatchText(mixed, "the war criminal, said Biden").matched);
  CHECK_FALSE(MatchText(mixed, "Biden: a criminal war").matched);
}

TEST_CASE("match quality reports phrase and extra words", "[text_match]") {
  const TextQuery q = ParseTextQuery("war criminal");
  const MatchQuality phrase = MatchText(q, "I think he is a war criminal");
  CHECK(phrase.matched);
  CHECK(phrase.phrase);
  CHECK(phrase.extra_words == 5);
  const MatchQuality scattered = MatchText(q, "a criminal war");
  CHECK(scattered.matched);
  CHECK_FALSE(scattered.phrase);
  CHECK(scattered.extra_words == 1);
}

TEST_CASE("phrase beats words, then fewer extra words", "[text_match]") {
  const TextQuery q = ParseTextQuery("war criminal");
  const MatchQuality long_phrase = MatchText(q, "I think he is a war criminal");
  const MatchQuality short_phrase = MatchText(q, "a war criminal");
  const MatchQuality scattered = MatchText(q, "criminal war");
  const MatchQuality none = MatchText(q, "peace");
  CHECK(RanksBefore(long_phrase, scattered));
  CHECK(RanksBefore(short_phrase, long_phrase));
  CHECK_FALSE(RanksBefore(long_phrase, short_phrase));
  CHECK(RanksBefore(scattered, none));
  CHECK_FALSE(RanksBefore(short_phrase, short_phrase));
}

TEST_CASE("sequences and edit distance", "[text_match]") {
  CHECK(ContainsSequence({"a", "b", "c"}, {"b", "c"}));
  CHECK_FALSE(ContainsSequence({"a", "b", "c"}, {"c", "b"}));
  CHECK(ContainsSequence({"a"}, {}));
  CHECK(EditDistance("criminl", "criminal") == 1);
  CHECK(EditDistance("kitten", "sitting") == 3);
  CHECK(EditDistance("", "abc") == 3);
  CHECK(EditDistance("\u0437\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0439",
                     "\u0437\u0435\u043B\u0435\u043D\u0441\u043A\u0438\u0438") == 1);
}
