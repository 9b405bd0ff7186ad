// PatternPrefilter (importers/src/pattern_prefilter.h) answers as RE2 does
// on the alternation of all its patterns: its cheap tests may only turn
// away texts that no pattern matches.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "../importers/src/pattern_prefilter.h"
#include "quotegraph/generator/corpus_generator.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/data_files.h"
#include "quotegraph/importers/stages.h"

using namespace quotegraph;

namespace {

std::vector<std::string> CaptionAndFurniturePatterns() {
  std::vector<std::string> patterns = DataLines("captions.txt");
  for (std::string& p : DataLines("furniture.txt")) patterns.push_back(std::move(p));
  return patterns;
}

// Texts near the patterns: matches in other cases, matches with a letter
// changed, atoms inside words, at the end, cut short; letters RE2 folds
// to ASCII ones.
std::vector<std::string> NearMisses() {
  return {
      "",
      "a",
      "Photo: Ada Wren",
      "PHOTOS : the dam",
      "photo",
      "The minister said, Reuters",
      "The minister said, REUTERS  ",
      "The minister said, Reuters.",
      "The dam, pictured in 2020. /AFP",
      "The dam / epa-efe",
      "The dam (Photo by Ivo Marek)",
      "The dam (photo",
      "(Image: handout) ",
      "AP Photo",
      "an AP photograph",
      "AFP PHOTO / Ada Wren",
      "Click HERE to read",
      "clickhere",
      "Subscribe now for updates",
      "Subscribe",
      "Please subscribe",
      "Please subscribe.",
      "Sign up for our newsletter",
      "sign-up for",
      "Delivered in your inbox",
      "Follow us on Telegram",
      "Now on WhatsApp",
      "Get live news updates",
      "Get live updates",
      "Also read: the dam",
      "READ MORE",
      "Related",
      "Unrelated",
      "Advertisement",
      "Advertisement.",
      "All Rights Reserved",
      "\xC2\xA9 2024 The Outlet",
      " \xC2\xA9 2024 The Outlet",
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D she said.",
      "Copyright 2024",
      "Copyright 20",
      "Download our app",
      "Share this story",
      "Share",
      "Share on Facebook",
      "Tweet",
      "Print this page",
      "Cookie settings",
      "Cookies policy",
      "Watch: the dam",
      "Listen now:",
      "By Ada Wren",
      "By Ada Wren, Reuters correspondent",
      "By Ada Wren. Then more",
      "Bystanders said the dam was safe",
      "(Reporting by Ivo Marek",
      "Writing by Ada Wren; Editing by Ivo Marek",
      "Editing by",
      // Letters RE2 folds to ASCII ones: "\xC5\xBF" is long s, the Kelvin
      // sign is "\xE2\x84\xAA".
      "\xC5\xBFubscribe now",
      "Cli\xE2\x84\xAA here",
      "\xC5\xBFhare",
      "By \xC5\xBFomeone",
      "The dam, Reuter\xC5\xBF",
  };
}

void CheckAgrees(const PatternPrefilter& filter, const std::string& text) {
  INFO("text: " << text);
  CHECK(filter.Matches(text) == filter.MatchesSlowly(text));
  // Every pattern that matches on its own is a candidate.
  std::vector<std::uint32_t> candidates;
  filter.Candidates(text, &candidates);
  for (std::uint32_t i = 0; i < filter.pattern_count(); ++i) {
    if (filter.MatchesPattern(i, text)) {
      INFO("pattern " << i);
      CHECK(std::find(candidates.begin(), candidates.end(), i) != candidates.end());
    }
  }
}

}  // namespace

TEST_CASE("pattern prefilter: caption and furniture lists use every cheap test",
          "[prefilter]") {
  const PatternPrefilter filter(CaptionAndFurniturePatterns());
  CHECK(filter.atom_patterns() > 0);
  CHECK(filter.prefix_patterns() > 0);
  CHECK(filter.end_anchored_patterns() > 0);
  CHECK(filter.atom_patterns() + filter.prefix_patterns() + filter.end_anchored_patterns() +
            filter.other_patterns() ==
        CaptionAndFurniturePatterns().size());
}

TEST_CASE("pattern prefilter: the caption and furniture lists on matches and near misses",
          "[prefilter]") {
  const PatternPrefilter filter(CaptionAndFurniturePatterns());
  std::size_t matched = 0;
  for (const std::string& text : NearMisses()) {
    CheckAgrees(filter, text);
    matched += filter.MatchesSlowly(text);
  }
  CHECK(matched > 40);  // most of them are matches: the prefilter must let them through
  // In other cases and with their letters changed one at a time.
  std::mt19937 rng(7);
  for (const std::string& base : NearMisses()) {
    for (int round = 0; round < 40 && !base.empty(); ++round) {
      std::string text = base;
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[at] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[at])));
          break;
        case 1: text[at] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
          break;
        case 2: text.insert(at, 1, " ,/(:)xsk"[rng() % 9]); break;
        default: text.erase(at, 1); break;
      }
      CheckAgrees(filter, text);
      CheckAgrees(filter, "Prefix words " + text);
      CheckAgrees(filter, text + " and more words");
    }
  }
}

TEST_CASE("pattern prefilter: the caption and furniture lists on article paragraphs",
          "[prefilter]") {
  const PatternPrefilter filter(CaptionAndFurniturePatterns());
  std::vector<Article> articles;
  ReadArticles({std::string(QUOTEGRAPH_SOURCE_DIR) + "/examples/articles"}, ReadOptions{},
               [&](Article&& a) { articles.push_back(std::move(a)); });
  CorpusOptions options;
  options.articles = 300;
  const CorpusGenerator generator(options);
  for (std::size_t i = 0; i < options.articles; ++i) {
    Article a;
    a.text = generator.Generate(i).text;
    articles.push_back(std::move(a));
  }
  std::size_t paragraphs = 0, matched = 0;
  for (const Article& article : articles) {
    Document doc(article);
    SegmentParagraphs(doc);
    for (const Paragraph& p : doc.paragraphs) {
      const std::string text(doc.Slice(p.span));
      CheckAgrees(filter, text);
      ++paragraphs;
      matched += filter.MatchesSlowly(text);
    }
  }
  CHECK(paragraphs > 1000);
  CHECK(matched > 0);
}

TEST_CASE("pattern prefilter: patterns its cheap tests must not misread", "[prefilter]") {
  const PatternPrefilter filter({
      "^ab|cd",          // an alternation: "cd" anywhere, not a prefix "ab"
      "^\xC3\xA9mission",  // a non-ASCII letter with an upper case
      "^\xE2\x80\x94 ",    // a caseless dash
      "x\\$",            // a literal dollar, not an anchor
      "(?:ef|gh)$",      // anchored at the end
      "ij|kl$",          // "ij" anywhere
      "^mn?op",          // the prefix is "m" only
      "\\x{17F}tart",    // long s: matches "start" ignoring case
      "kelvin",          // matches the Kelvin sign's "k"
      "[|]zz",           // a bar inside a class
  });
  for (const std::string text : {
           "ab", "xab", "xx cd xx", "\xC3\x89mission", "\xC3\xA9mission", "Emission",
           "\xE2\x80\x94 dash", "a \xE2\x80\x94 dash", "x$", "x", "end ef", "end gh ", "EF",
           "ij here", "kl", "kl here", "mop", "mnop", "MOP", "Start", "\xC5\xBFtart", "START",
           "\xE2\x84\xAA" "elvin", "KELVIN", "|zz", "zz",
       }) {
    CheckAgrees(filter, text);
  }
  CHECK(filter.Matches("xx cd xx"));
  CHECK(filter.Matches("\xC3\x89mission"));
  CHECK(filter.Matches("Start"));
  CHECK(filter.Matches("\xE2\x84\xAA" "elvin"));
  CHECK_FALSE(filter.Matches("plain text, nothing more"));
}

TEST_CASE("pattern prefilter: end-anchored patterns turned away by their last bytes",
          "[prefilter]") {
  // Every one ends with a plain character or a group of plain
  // alternatives: the last-byte test is in use.
  const PatternPrefilter tails({
      ",\\s*(epa|ap|reuters)\\s*$",
      "/ ?(?:afp|tass)$",
      "x:$",
  });
  CHECK(tails.end_anchored_patterns() == 3);
  // And endings it must not read as plain: an escape, a literal
  // backslash, an empty alternative, a space at the end, a nested group.
  const PatternPrefilter others({
      ",\\s*(epa|ap)\\s*$",
      "y\\n$",
      "z\\\\s*$",
      "w(ab|)$",
      "v(ab|c )$",
      "u((ab|cd))$",
  });
  for (const std::string text : {
           "", " ", "a, AP", "a, ap \n", "a, ap.", "a ,EPA\t", "a, Reuter\xC5\xBF",
           "a, reuters\v", "a/afp", "a / TASS", "a/ AFP ", "x:", "x: ", "X:",
           "y\n", "yn", "z\\sss", "z\\", "w", "wab", "vc ", "vab", "uab", "ucd",
           "a plain paragraph, as most are.", "a plain paragraph without an end",
           // A last byte the patterns end with, but none of their endings.
           "a, cap", "a, rap", "a/ass", "a/ tas", "ax:", "a, epa-ap", "a, REUTERS and more s",
       }) {
    CheckAgrees(tails, text);
    CheckAgrees(others, text);
  }
  CHECK(tails.Matches("a, AP"));
  CHECK(tails.Matches("a, ap \n"));
  CHECK(tails.Matches("a, Reuter\xC5\xBF"));
  CHECK_FALSE(tails.Matches("a, ap."));
  CHECK(others.Matches("y\n"));
  CHECK(others.Matches("z\\sss"));
  CHECK(others.Matches("w"));
  CHECK(others.Matches("vc "));
  CHECK(others.Matches("ucd"));
}

TEST_CASE("pattern prefilter: an empty list matches nothing", "[prefilter]") {
  const PatternPrefilter filter({});
  CHECK_FALSE(filter.Matches(""));
  CHECK_FALSE(filter.Matches("anything"));
}
