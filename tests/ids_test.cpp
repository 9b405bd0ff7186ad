// Ids written in one string (core/src/ids.cpp) must read as the
// concatenations they replace.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "quotegraph/core/ids.h"

using namespace quotegraph;

TEST_CASE("ids: prefixed slugs are the prefix and the slug", "[ids]") {
  const char* names[] = {"The Hill", "-U.S. Army-", "!!!", "", "Jörg Müllér", "a", "A--B  c",
                         "Ria Novosti (RIA)"};
  for (const char* name : names) {
    INFO(name);
    CHECK(AgencyId(name) == "agency:" + Slugify(name));
    CHECK(OutletId(name) == "outlet:" + Slugify(name));
    CHECK(EntityId(NodeType::kOrganization, name) ==
          std::string(ToString(NodeType::kOrganization)) + ":" + Slugify(name));
  }
  CHECK(AgencyId("!!!") == "agency:unnamed");
  CHECK(OutletId("The Hill") == "outlet:the-hill");
  CHECK(Slugify("-U.S. Army-") == "u-s-army");
}

TEST_CASE("ids: statement and article ids", "[ids]") {
  CHECK(StatementId("a1", Span{0, 0}) == "statement:a1@0-0");
  CHECK(StatementId("wire-7", Span{123456789012, 123456789099}) ==
        "statement:wire-7@123456789012-123456789099");
  CHECK(StatementId("x", Span{-1, INT64_MAX}) ==
        "statement:x@-1-" + std::to_string(INT64_MAX));
  CHECK(StatementId("x", Span{INT64_MIN, -1}) ==
        "statement:x@" + std::to_string(INT64_MIN) + "--1");
  CHECK(ArticleId("harbour-courier_2031-05-12") == "article:harbour-courier_2031-05-12");
}

TEST_CASE("ids: the Assign forms write the same ids into a reused string", "[ids]") {
  const char* names[] = {"The Hill", "!!!", "Jörg Müllér", "a", "Ria Novosti (RIA)"};
  std::string id = "a long id left over from before, to be replaced";
  for (const char* name : names) {
    INFO(name);
    AssignAgencyId(name, id);
    CHECK(id == AgencyId(name));
    AssignOutletId(name, id);
    CHECK(id == OutletId(name));
    for (NodeType type : {NodeType::kPerson, NodeType::kOrganization, NodeType::kPlace}) {
      AssignEntityId(type, name, id);
      CHECK(id == EntityId(type, name));
    }
  }
}
