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

TEST_CASE("AddNodeWith builds a new node in place and merges a known one", "[graph]") {
  Graph with;
  Graph plain;
  Node a = Person("Joe Biden");
  Node b = Person("Joe Biden");
  b.aliases = {"Biden"};
  b.label = "Joseph Biden";
  for (const Node* n : {&a, &b}) {
    const std::size_t i = with.AddNodeWith(std::string(n->id), [&](Node& node) {
      CHECK(node.id == n->id);
      const std::string id = node.id;
      node = *n;
      node.id = id;
    });
    CHECK(i == plain.AddNode(*n));
  }
  REQUIRE(with.num_nodes() == 1);
  const Node& n = with.node(0);
  const Node& expected = plain.node(0);
  CHECK(n.id == expected.id);
  CHECK(n.label == expected.label);
  CHECK(n.aliases == expected.aliases);
  CHECK(with.AddNodeWith("person:kamala-harris", [](Node& node) { node.label = "Kamala Harris"; }) ==
        1);
  CHECK(with.FindNode("person:kamala-harris")->label == "Kamala Harris");
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

TEST_CASE("an edge is kept by node index and handed out as a view of the graph's strings",
          "[graph]") {
  Graph g;
  g.AddNode(Person("A"));
  g.AddNode(Person("B"));
  {
    // The edge's strings die after AddEdge: the graph keeps its own.
    std::string source = "person:a";
    std::string target = "person:b";
    std::string role = "spokesman";
    CHECK(g.AddEdge(Edge{source, target, EdgeType::kAffiliatedWith, role, 1}));
    CHECK(g.AddEdge(Edge{source, target, EdgeType::kAffiliatedWith, std::string(role), 2}));
  }
  CHECK(g.AddEdge(Edge{"person:b", "person:a", EdgeType::kAffiliatedWith, "spokesman", 1}));
  CHECK(g.AddEdge(Edge{"person:b", "person:a", EdgeType::kMentions, "", 1}));
  const Edge first = g.edge(0);
  // Adding many nodes leaves earlier views valid (nodes never move).
  for (int i = 0; i < 5000; ++i) g.AddNode(Person("P" + std::to_string(i)));
  CHECK(first.source == "person:a");
  CHECK(first.target == "person:b");
  CHECK(first.role == "spokesman");
  CHECK(first.count == 3);
  REQUIRE(g.num_edges() == 3);
  CHECK(g.source_index(1) == g.Find("person:b"));
  CHECK(g.target_index(1) == g.Find("person:a"));
  CHECK(g.edge(1).role == "spokesman");
  CHECK(g.edge(2).role.empty());
  // edges() is a random-access range of views.
  CHECK(g.edges().size() == 3);
  CHECK((g.edges().end() - g.edges().begin()) == 3);
  CHECK(g.edges()[2].type == EdgeType::kMentions);
  CHECK((*g.edges().rbegin()).type == EdgeType::kMentions);
  std::size_t spokesman = 0;
  for (const Edge& e : g.edges()) spokesman += e.role == "spokesman";
  CHECK(spokesman == 2);
}

TEST_CASE("filtering, merging and copying carry edges by node index", "[graph]") {
  Graph g;
  g.AddNode(Person("A"));
  g.AddNode(Person("B"));
  g.AddNode(Person("C"));
  g.AddEdge(Edge{"person:a", "person:b", EdgeType::kAffiliatedWith, "aide", 2});
  g.AddEdge(Edge{"person:b", "person:c", EdgeType::kMentions, "", 1});
  g.AddEdge(Edge{"person:a", "person:c", EdgeType::kAffiliatedWith, "aide", 1});
  const Graph copy = g;
  Graph merged;
  merged.AddNode(Person("C"));
  merged.AddEdge(Edge{"person:c", "person:c", EdgeType::kMentions, "", 1});
  merged.Merge(g);
  REQUIRE(merged.num_edges() == 4);
  CHECK(merged.edge(1).source == "person:a");
  CHECK(merged.edge(1).target == "person:b");
  CHECK(merged.edge(1).role == "aide");
  CHECK(merged.edge(1).count == 2);
  Graph kept = std::move(g).Filtered([](const Node& n) { return n.id != "person:b"; },
                                     [](const Edge& e) { return e.role == "aide"; });
  CHECK(g.num_nodes() == 0);
  REQUIRE(kept.num_nodes() == 2);
  REQUIRE(kept.num_edges() == 1);
  CHECK(kept.edge(0).source == "person:a");
  CHECK(kept.edge(0).target == "person:c");
  CHECK(kept.edge(0).role == "aide");
  REQUIRE(copy.num_edges() == 3);
  CHECK(copy.edge(1).source == "person:b");
  CHECK(copy.edge(1).target == "person:c");
}
