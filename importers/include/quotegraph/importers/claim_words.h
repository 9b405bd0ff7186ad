// The claim-grouping options quotegraph ships: core/claims.h's ClaimOptions
// with its stop words read from importers/data/claim_stop_words.txt and its
// reference nouns from importers/data/claim_reference_nouns.txt.
//
//   Graph g = WithClaims(ResolveAliases(merged), DefaultClaimOptions());

#ifndef QUOTEGRAPH_IMPORTERS_CLAIM_WORDS_H_
#define QUOTEGRAPH_IMPORTERS_CLAIM_WORDS_H_

#include "quotegraph/core/claims.h"

namespace quotegraph {

// ClaimOptions with the shipped stop words (folded like MatchWords) and the
// default thresholds.  Built once; returns a reference to it.
const ClaimOptions& DefaultClaimOptions();

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_CLAIM_WORDS_H_
