// Claims: statements that assert the same thing, grouped under one node.
//
//   Graph g = WithClaims(ResolveAliases(merged), options);
//
// Three reports of one remark --
//
//   "I think they are starving the border towns," Kovanen said.  (about Miravia)
//   Kovanen accused Miravia of "starving the border towns".
//   Kovanen said Miravia "is starving the border towns".
//
// -- are three statements (one per article) and one claim.  Each statement
// gets an `expresses` edge to the claim; a denial of the same content
// expresses the same claim (its speaker edge stays `denied`), so a claim's
// statements show who said it and who denied it.
//
// The key of a statement has two parts:
//
//   content words  MatchWords (text_match.h: case, curly quotes, dashes
//                  folded), minus ClaimOptions::stop_words (function words,
//                  pronouns, hedges like "I think"), minus the words of the
//                  names of the entities the statement is about, each
//                  lightly stemmed (StemWord: "towns" = "town", "starving" =
//                  "starve" = "starv").
//   about set      the entities of the statement's `about` edges.
//
// Two statements are similar when (a) they share at least
// min_shared_words content words, those shared words are at least
// min_containment of the smaller set (a paraphrase that adds context still
// contains the core) and at least min_larger_share of the larger one (a
// short generic phrase does not take in every long statement that happens
// to hold it), and (b) their about sets intersect, or both are empty, or
// one is empty and both have the same speaker (a pronoun -- "they" -- that
// the extractor did not resolve).
//
// Claims are groups around leaders, not the connected components of the
// similarity relation: statements are taken smallest first (a canonical
// order: content-word count, then a hash of the words' text and of the about
// entities' ids), and each joins the first leader it is similar to -- its
// words against the leader's, its about set against any member's -- or
// leads a group of its own.  Comparing with leaders only keeps a long
// statement that holds two claims ("the wells are poisoned and the tolls
// doubled") from chaining them, and their paraphrases, into one.  Groups of
// two or more statements become claims; singletons get no claim node.  A
// denial that only points back ("denied the accusation", "rejected a
// charge": content starting with a reference noun) and matches no claim by
// its words joins the claim of the nearest statement of its article (before
// it, else after it) that expresses a claim and was made by someone else
// (not the denier, nor an entity affiliated with it).
//
// Candidate leaders come from an index of each leader's rarest words
// (prefix filtering: a set that shares min_containment of the smaller set
// must share one of its |A| - ceil(min_containment * |A|) + 1 rarest words,
// and a leader is never larger than the statements that follow it), and a
// word in more than max_postings keys is not indexed, so the pass is near
// linear in the number of statements, never all pairs.  Statements with the
// same (content words, about set) share one key and are placed once.
//
// Deterministic and order-independent: groups do not depend on the order
// statements are visited or on the number of threads, and the claim id is
// "claim:" + the slug of the representative's first content words + "-" +
// a 64-bit FNV-1a hash (hex) of the sorted member statement ids.
//
// A claim node carries (model.h): label and text (the representative: a
// `said` statement, direct quotes first, then the earliest, then the
// smallest id), date (earliest date any member was reported, else the
// earliest date_estimate), claim_statements, claim_denials and
// claim_articles (member statements, those denied, distinct articles).

#ifndef QUOTEGRAPH_CORE_CLAIMS_H_
#define QUOTEGRAPH_CORE_CLAIMS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// What makes two statements one claim (see the file comment).
struct ClaimOptions {
  // Folded words that carry no claim content: function words, pronouns,
  // hedges ("think", "believe"), reporting words.  Callers load them from a
  // data file (importers: DefaultClaimOptions()).
  std::unordered_set<std::string> stop_words;
  // Stemmed nouns that refer back to something said ("accusation",
  // "charge", "claim"): a denial whose content starts with one and that
  // matches no claim by its words denies the claim of the nearest statement
  // in its article made by someone else (JoinAnaphoricDenials).
  std::unordered_set<std::string> reference_nouns;
  double min_containment = 0.8;
  // ... and at least this share of the larger set: a long statement that
  // happens to hold the few words of many short ones must not chain them
  // all into one claim.
  double min_larger_share = 0.3;
  std::size_t min_shared_words = 2;
  // A content word found in more distinct keys than this is too common to
  // lead to a claim: it is not probed (it still counts once a pair is
  // compared).  Bounds the work per statement on huge graphs.
  std::size_t max_postings = 1000;
  // Threads that compute the statements' content words, look the words and
  // keys up (in shards by hash) and build the claim nodes; the leader pass
  // and the insertion into the graph stay on the calling thread.  The
  // claims do not depend on it.
  std::size_t threads = 1;
};

// Light suffix stemming of one folded word: drops a possessive "'s" and
// plural / verb endings ("ies" -> "y", "es", "s", "ing", "ed"), keeping at
// least three letters.  "towns" -> "town", "starving" -> "starv",
// "criminals" -> "criminal".
std::string StemWord(std::string_view folded_word);

// The stemmed content words of `text`, sorted and unique, without stop
// words and without the words of `excluded_names` (folded, e.g. the names
// of the entities the statement is about).
std::vector<std::string> ClaimWords(std::string_view text, const ClaimOptions& options,
                                    const std::vector<std::string>& excluded_names = {});

// The graph without claim nodes and expresses edges.
Graph WithoutClaims(const Graph& graph);

// The graph with its claims computed afresh over all of its statements:
// any claim nodes and expresses edges it had are dropped first.  Taken by
// value: pass a temporary (or std::move) to avoid a copy.
Graph WithClaims(Graph graph, const ClaimOptions& options);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_CLAIMS_H_
