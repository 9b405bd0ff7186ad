#include <catch2/catch.hpp>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"

#include <string>
#include <string_view>

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

TEST_CASE("the id index finds every node and merges repeated edges while growing", "[graph]") {
  Graph g;
  const int n = 5000;  // many growths of the index from its initial size
  for (int i = 0; i < n; ++i) {
    Node node;
    node.id = "person:p" + std::to_string(i);
    node.label = "P" + std::to_string(i);
    g.AddNode(node);
  }
  for (int i = 0; i + 1 < n; ++i) {
    const std::string a = "person:p" + std::to_string(i);
    const std::string b = "person:p" + std::to_string(i + 1);
    REQUIRE(g.AddEdge(Edge{a, b, EdgeType::kMentions, "", 1}));
    REQUIRE(g.AddEdge(Edge{a, b, EdgeType::kAffiliatedWith, "spokesman", 1}));
    REQUIRE(g.AddEdge(Edge{a, b, EdgeType::kMentions, "", 2}));  // merges: count 3
  }
  CHECK(g.num_nodes() == static_cast<std::size_t>(n));
  CHECK(g.num_edges() == static_cast<std::size_t>(2 * (n - 1)));
  for (int i = 0; i < n; i += 97) {
    const std::string id = "person:p" + std::to_string(i);
    const std::size_t found = g.Find(std::string_view(id));
    REQUIRE(found != Graph::kNone);
    CHECK(g.node(found).id == id);
  }
  CHECK(g.Find("person:p") == Graph::kNone);
  CHECK(g.Find("person:p" + std::to_string(n)) == Graph::kNone);
  CHECK_FALSE(g.AddEdge(Edge{"person:p1", "person:nobody", EdgeType::kMentions, "", 1}));
  for (const Edge& e : g.edges()) {
    CHECK(e.count == (e.type == EdgeType::kMentions ? 3 : 1));
  }
  // Same edge, different role: a separate record.
  REQUIRE(g.AddEdge(Edge{"person:p0", "person:p1", EdgeType::kAffiliatedWith, "leader", 1}));
  CHECK(g.num_edges() == static_cast<std::size_t>(2 * (n - 1) + 1));
}
