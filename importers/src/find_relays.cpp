// Stage 9: who relayed each statement, and through what medium.
//
//   ..., according to the state news agencies TASS and Ria Novosti.
//   X told the agency KNA / X told CNN           -> intermediaries
//   X tweeted / in a tweet / on Telegram          -> medium
// Intermediaries are agencies or outlets from the lexicons, named in the
// statement's sentence after its cue.

#include "attribution_rules.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// Platforms implied by a cue verb (its first letters, ignoring ASCII case:
// no lower-cased copy of the cue).
std::string_view ImpliedMedium(std::string_view cue) {
  constexpr std::string_view kTweet = "tweet";
  if (cue.size() < kTweet.size()) return {};
  for (std::size_t i = 0; i < kTweet.size(); ++i) {
    const char c = cue[i];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != kTweet[i]) return {};
  }
  return "Twitter";
}

void AddRelay(Attribution& a, const KnownName& known, bool agency, std::string role,
              ByteSpan span) {
  for (const Relay& r : a.relays) {
    if (r.name == known.canonical) return;
  }
  Relay r;
  r.name = std::string(known.canonical);
  r.kind = agency ? SourceKind::kAgency : SourceKind::kOutlet;
  r.role = std::move(role);
  r.span = span;
  a.relays.push_back(std::move(r));
}

}  // namespace

void FindRelays(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  const Lexicon& lex = rules.lexicon();
  for (Attribution& a : doc.attributions) {
    const std::uint32_t cue = rules.TokenAt(a.cue.begin);
    if (cue >= tv.size()) continue;
    const std::uint32_t end = rules.SentenceEnd(cue);
    // Named agencies and outlets after the cue, in the same sentence.
    bool after_according = false;
    std::uint32_t first_on = end;  // the first "on" before the last token
    for (std::uint32_t k = cue; k < end; ++k) {
      if (tv.IsLower(k, "according")) after_according = true;
      if (first_on == end && k + 1 < end && tv.IsLower(k, "on")) first_on = k;
      const std::int32_t m = rules.MentionStartingAt(k);
      if (m == kNoMention || tv.InQuote(k)) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      const std::string_view name = doc.Slice(mention.name.empty() ? mention.span : mention.name);
      const bool in_cue = mention.span.begin >= a.cue.begin && mention.span.end <= a.cue.end;
      if (!after_according && !in_cue) continue;
      // "the state news agency MIRA": named an agency by the text itself.
      const bool called_agency = k > 0 && (tv.IsLower(k - 1, "agency") ||
                                           tv.IsLower(k - 1, "agencies"));
      if (const KnownName* agency = lex.Agency(name)) {
        AddRelay(a, *agency, true, "intermediary", mention.span);
      } else if (called_agency) {
        AddRelay(a, KnownName{name, NodeType::kOrganization}, true, "intermediary",
                 mention.span);
      } else if (const KnownName* outlet = lex.Outlet(name)) {
        AddRelay(a, *outlet, false, "intermediary", mention.span);
      }
    }
    // Media: a tweet, or "on Twitter" / "in a post on Telegram".
    const std::string_view implied = ImpliedMedium(doc.Slice(a.cue));
    if (!implied.empty()) {
      const KnownName platform{implied, NodeType::kOrganization};
      const KnownName* known = lex.Outlet(implied);
      AddRelay(a, known ? *known : platform, false, "medium", ByteSpan{});
    }
    for (std::uint32_t k = first_on; k + 1 < end; ++k) {
      if (!tv.IsLower(k, "on")) continue;
      const std::int32_t m = rules.MentionStartingAt(k + 1);
      if (m == kNoMention) continue;
      const Mention& mention = doc.mentions[static_cast<std::size_t>(m)];
      const std::string_view name = doc.Slice(mention.span);
      const KnownName* outlet = lex.Outlet(name);
      if (outlet && (name == "Twitter" || name == "Facebook" || name == "Telegram" ||
                     name == "Instagram" || name == "YouTube" || name == "TikTok")) {
        AddRelay(a, *outlet, false, "medium", mention.span);
      }
    }
  }
}

}  // namespace quotegraph
