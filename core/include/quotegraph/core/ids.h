// Deterministic node ids.
//
// Ids depend only on what was read, never on order, time or thread count, so
// the same input gives the same ids and graphs built separately can be merged.
//
//   person:joe-biden          entity ids: type + slug of the canonical name
//   organization:the-kremlin
//   article:002_3aba37d54ccf  article ids: the article's own id
//   outlet:deccan-herald      outlets and agencies: slug of the name
//   agency:tass
//   statement:002_3aba..@412-447   article id + code-point span of content

#ifndef QUOTEGRAPH_CORE_IDS_H_
#define QUOTEGRAPH_CORE_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "quotegraph/core/model.h"

namespace quotegraph {

// Lower-case ASCII-ish slug: Unicode case-folded, accents stripped (NFKD),
// runs of anything but letters and digits turned into one '-'.  Letters
// outside ASCII are kept (as UTF-8), so "Зеленский" stays readable.
std::string Slugify(std::string_view name);

std::string EntityId(NodeType type, std::string_view canonical_name);
std::string ArticleId(std::string_view article_id);
std::string OutletId(std::string_view outlet_name);
std::string AgencyId(std::string_view agency_name);
std::string StatementId(std::string_view article_id, Span content);

// EntityId / OutletId / AgencyId written into `id` (replacing what it held,
// its buffer reused): for a caller that builds many ids in turn.
void AssignEntityId(NodeType type, std::string_view canonical_name, std::string& id);
void AssignOutletId(std::string_view outlet_name, std::string& id);
void AssignAgencyId(std::string_view agency_name, std::string& id);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_IDS_H_
