// The sieve cache's index of mentions (importers/src/sieve_cache.h): kept
// up to date mention by mention, it must equal an index of all the
// mentions made at once, and a sieve's own mentions must hold only until
// the next sieve starts.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "../importers/src/sieve_cache.h"
#include "document_fixture.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/stages.h"

using namespace quotegraph;

namespace {

// The document through its paragraphs, tokens and sentences.
std::unique_ptr<Document> Tokenized(const std::string& text) {
  return quotegraph::testing::Process(text, "sentences");
}

Mention Spanning(std::uint32_t first, std::uint32_t end) {
  Mention m;
  m.first_token = first;
  m.end_token = end;
  return m;
}

// The longest mention starting / ending at each token, by walking them all.
std::vector<std::int32_t> IndexAtOnce(const Document& doc, bool starts) {
  std::vector<std::int32_t> index(doc.tokens.size() + 1, -1);
  for (std::size_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    std::int32_t& slot = index[starts ? mention.first_token : mention.end_token];
    const auto length = [&](std::int32_t i) {
      const Mention& o = doc.mentions[static_cast<std::size_t>(i)];
      return o.end_token - o.first_token;
    };
    if (slot == -1 || mention.end_token - mention.first_token > length(slot)) {
      slot = static_cast<std::int32_t>(m);
    }
  }
  return index;
}

}  // namespace

TEST_CASE("sieve cache: mentions indexed one sieve at a time", "[sieve-cache]") {
  auto doc = Tokenized("Ada Wren of the Lund Institute said the vote was fair on Monday.\n");
  REQUIRE(doc->tokens.size() > 10);
  doc->mentions = {Spanning(0, 2), Spanning(4, 6), Spanning(0, 6), Spanning(3, 6)};
  SieveCache cache;
  cache.Sync(*doc);
  CHECK(cache.mention_starts == IndexAtOnce(*doc, true));
  CHECK(cache.mention_ends == IndexAtOnce(*doc, false));

  // A sieve adds a short mention where a longer one starts: it sees its
  // own until the next sieve, which sees the longest.
  doc->mentions.push_back(Spanning(0, 1));
  cache.SetOwnMention(0, 1, 4);
  CHECK(cache.mention_starts[0] == 4);
  CHECK(cache.mention_ends[1] == 4);
  doc->mentions.push_back(Spanning(0, 1));
  cache.SetOwnMention(0, 1, 5);
  CHECK(cache.mention_starts[0] == 5);
  doc->mentions.push_back(Spanning(7, 12));
  cache.SetOwnMention(7, 12, 6);
  cache.Sync(*doc);
  CHECK(cache.mention_starts == IndexAtOnce(*doc, true));
  CHECK(cache.mention_ends == IndexAtOnce(*doc, false));

  // Fewer mentions than indexed: the index is made again.
  doc->mentions.resize(2);
  cache.Sync(*doc);
  CHECK(cache.mention_starts == IndexAtOnce(*doc, true));
  CHECK(cache.mention_ends == IndexAtOnce(*doc, false));
}
