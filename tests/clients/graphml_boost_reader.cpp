// Reads a quotegraph GraphML file with Boost's own read_graphml and checks it
// against the native JSON file of the same graph.
//
// Usage: graphml_boost_reader GRAPHML NATIVE_JSON
//
// Every attribute key quotegraph declares (core/attributes.h, plus node
// "type" and edge "type" / "label") is registered in boost's
// dynamic_properties with its value type -- std::string for attr.type
// "string", long for "long" -- so read_graphml fails on a key that is not
// known or a value that does not convert.  As boost converts strings to
// numbers silently, the <key> declarations are also checked: each must
// name its schema type.  Then the
// node and edge counts must equal the JSON's, every node must have a label
// and a type, every edge a type and a label, and every "long" value must be
// readable as one.  Prints one line; exits 1 naming the problem.

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <rapidjson/document.h>
#include <rapidjson/istreamwrapper.h>

#include "quotegraph/core/attributes.h"

namespace {

// The values one node or edge carries, by key.
struct Values {
  std::map<std::string, std::string> text;
  std::map<std::string, long> number;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Values, Values>;

// A read-write property map onto one key of the Values of a vertex or edge.
template <typename Descriptor, typename Value>
struct KeyMap {
  using key_type = Descriptor;
  using value_type = Value;
  using reference = Value;
  using category = boost::read_write_property_map_tag;

  BoostGraph* graph;
  std::string key;

  std::map<std::string, Value>& slot(const Descriptor& d) const {
    if constexpr (std::is_same_v<Value, long>) {
      return (*graph)[d].number;
    } else {
      return (*graph)[d].text;
    }
  }
};

template <typename D, typename V>
V get(const KeyMap<D, V>& m, const D& d) {
  auto& slot = m.slot(d);
  auto it = slot.find(m.key);
  return it == slot.end() ? V() : it->second;
}

template <typename D, typename V>
void put(const KeyMap<D, V>& m, const D& d, const V& v) {
  m.slot(d)[m.key] = v;
}

using VertexD = BoostGraph::vertex_descriptor;
using EdgeD = BoostGraph::edge_descriptor;

template <typename D>
void Register(boost::dynamic_properties& dp, BoostGraph& g, const std::string& key,
              quotegraph::AttrType type) {
  if (type == quotegraph::AttrType::kInt) {
    dp.property(key, KeyMap<D, long>{&g, key});
  } else {
    dp.property(key, KeyMap<D, std::string>{&g, key});
  }
}

int Fail(const std::string& message) {
  std::cerr << "graphml_boost_reader: FAIL: " << message << "\n";
  return 1;
}

std::string TypeName(quotegraph::AttrType t) {
  return t == quotegraph::AttrType::kInt ? "long" : "string";
}

// "" if every <key> before <graph> declares the schema's type for its
// name, else what is wrong.
std::string CheckKeyTypes(const std::string& xml) {
  std::map<std::string, std::string> expected = {{"node:type", "string"},
                                                 {"edge:type", "string"},
                                                 {"edge:label", "string"}};
  for (const auto& d : quotegraph::NodeAttributeSchema()) {
    expected["node:" + std::string(d.key)] = TypeName(d.type);
  }
  for (const auto& d : quotegraph::EdgeAttributeSchema()) {
    expected["edge:" + std::string(d.key)] = TypeName(d.type);
  }
  const std::string head = xml.substr(0, xml.find("<graph "));
  const std::regex key(R"re(<key [^>]*for="(\w+)" attr\.name="(\w+)" attr\.type="(\w+)")re");
  std::size_t seen = 0;
  for (auto it = std::sregex_iterator(head.begin(), head.end(), key); it != std::sregex_iterator(); ++it) {
    const std::string name = (*it)[1].str() + ":" + (*it)[2].str();
    auto want = expected.find(name);
    if (want == expected.end()) return "unknown key " + name;
    if (want->second != (*it)[3].str()) {
      return "key " + name + " is declared " + (*it)[3].str() + ", expected " + want->second;
    }
    ++seen;
  }
  if (seen != expected.size()) {
    return std::to_string(seen) + " keys declared, " + std::to_string(expected.size()) + " expected";
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) return Fail("usage: graphml_boost_reader GRAPHML NATIVE_JSON");
  BoostGraph g;
  boost::dynamic_properties dp;
  // Node and edge keys share names ("type"); boost keys properties by name
  // and picks the map whose key type fits the descriptor.
  Register<VertexD>(dp, g, "type", quotegraph::AttrType::kString);
  for (const auto& d : quotegraph::NodeAttributeSchema()) {
    Register<VertexD>(dp, g, std::string(d.key), d.type);
  }
  Register<EdgeD>(dp, g, "type", quotegraph::AttrType::kString);
  Register<EdgeD>(dp, g, "label", quotegraph::AttrType::kString);
  for (const auto& d : quotegraph::EdgeAttributeSchema()) {
    Register<EdgeD>(dp, g, std::string(d.key), d.type);
  }
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) return Fail(std::string(argv[1]) + ": cannot open");
  std::stringstream text;
  text << file.rdbuf();
  if (const std::string problem = CheckKeyTypes(text.str()); !problem.empty()) {
    return Fail(std::string(argv[1]) + ": " + problem);
  }
  std::istringstream in(text.str());
  try {
    boost::read_graphml(in, g, dp);
  } catch (const std::exception& e) {
    return Fail(std::string(argv[1]) + ": boost::read_graphml: " + e.what());
  }

  std::ifstream json_in(argv[2], std::ios::binary);
  rapidjson::IStreamWrapper wrapper(json_in);
  rapidjson::Document native;
  native.ParseStream(wrapper);
  if (native.HasParseError() || !native.IsObject()) return Fail(std::string(argv[2]) + ": bad JSON");
  const std::size_t nodes = native["nodes"].Size();
  const std::size_t edges = native["edges"].Size();
  if (boost::num_vertices(g) != nodes) {
    return Fail(std::to_string(boost::num_vertices(g)) + " nodes read, " + std::to_string(nodes) + " in JSON");
  }
  if (boost::num_edges(g) != edges) {
    return Fail(std::to_string(boost::num_edges(g)) + " edges read, " + std::to_string(edges) + " in JSON");
  }
  std::size_t numbers = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (g[v].text["label"].empty() || g[v].text["type"].empty()) {
      return Fail("node " + std::to_string(v) + " has no label or type");
    }
    numbers += g[v].number.size();
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].text["type"].empty() || g[e].text["label"].empty()) return Fail("an edge has no type or label");
    if (g[e].number.count("count") == 0 || g[e].number["count"] < 1) return Fail("an edge has no count");
    numbers += g[e].number.size();
  }
  std::printf("graphml_boost_reader: OK: %zu nodes, %zu edges, %zu integer values\n", nodes, edges,
              numbers);
  return 0;
}
