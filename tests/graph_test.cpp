#include <catch2/catch.hpp>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"

using namespace quotegraph;

namespace {
Node Person(const std::string& name) {
  Node n;
  n.id = EntityId(NodeType::kPerson, name);
  n.type = NodeType::kPerson;
  n.label = name;
  n.aliases = {name};
  return n;
}
}  // namespace

TEST_CASE("ids are deterministic slugs", "[ids]") {
  CHECK(EntityId(NodeType::kPerson, "Joe Biden") == "person:joe-biden");
  CHECK(EntityId(NodeType::kPerson, "  Emmanuel  Macron ") == "person:emmanuel-macron");
  CHECK(Slugify("Jörg Müllér") == "jorg-muller");
  CHECK(Slugify("!!!") == "unnamed");
  CHECK(StatementId("a1", Span{3, 9}) == "statement:a1@3-9");
}

TEST_CASE("adding a node twice merges it", "[graph]") {
  Graph g;
  Node a = Person("Joe Biden");
  Node b = Person("Joe Biden");
  b.aliases = {"Biden"};
  b.titles = {"US president"};
  g.AddNode(a);
  g.AddNode(b);
  REQUIRE(g.num_nodes() == 1);
  const Node* n = g.FindNode("person:joe-biden");
  REQUIRE(n != nullptr);
  CHECK(n->aliases == std::vector<std::string>{"Biden", "Joe Biden"});
  CHECK(n->titles == std::vector<std::string>{"US president"});
}

TEST_CASE("edges need both ends and merge by key", "[graph]") {
  Graph g;
  g.AddNode(Person("A"));
  g.AddNode(Person("B"));
  Edge e{"person:a", "person:b", EdgeType::kAffiliatedWith, "spokesman", 1};
  CHECK(g.AddEdge(e));
  CHECK(g.AddEdge(e));
  CHECK_FALSE(g.AddEdge(Edge{"person:a", "person:zz", EdgeType::kMentions, "", 1}));
  REQUIRE(g.num_edges() == 1);
  CHECK(g.edge(0).count == 2);
  CHECK(g.OutEdges(g.Find("person:a")).size() == 1);
  CHECK(g.InEdges(g.Find("person:b")).size() == 1);
}

TEST_CASE("merge is order independent", "[graph]") {
  Node x = Person("Joe Biden");
  Node y = Person("Joe Biden");
  y.label = "President Joe Biden";
  Graph g1, g2;
  g1.AddNode(x);
  g1.AddNode(y);
  g2.AddNode(y);
  g2.AddNode(x);
  CHECK(g1.node(0).label == g2.node(0).label);
}

TEST_CASE("relabeling merges nodes and rewires edges", "[graph]") {
  Graph g;
  g.AddNode(Person("Biden"));
  g.AddNode(Person("Joe Biden"));
  g.AddNode(Person("Putin"));
  g.AddEdge(Edge{"person:biden", "person:putin", EdgeType::kMentions, "", 1});
  g.AddEdge(Edge{"person:joe-biden", "person:putin", EdgeType::kMentions, "", 1});
  Graph r = g.Relabeled({{"person:biden", "person:joe-biden"}});
  CHECK(r.num_nodes() == 2);
  REQUIRE(r.num_edges() == 1);
  CHECK(r.edge(0).count == 2);
  CHECK(r.FindNode("person:joe-biden")->aliases ==
        std::vector<std::string>{"Biden", "Joe Biden"});
}
