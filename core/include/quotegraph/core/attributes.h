// A flat, typed view of node and edge records, shared by every file format.
//
// Writers iterate the schema to declare their keys (GraphML <key>, CSV
// headers) and the per-record view to write values; the graph-file reader
// uses SetNodeAttribute / SetEdgeAttribute to read them back.  Adding a field
// to model.h means adding it here once, and every format follows.
//
// Lists (aliases, titles) are flattened to one string joined by "|" so that
// formats without list types (GraphML, CSV, DOT) can carry them; the native
// JSON format keeps them as arrays.

#ifndef QUOTEGRAPH_CORE_ATTRIBUTES_H_
#define QUOTEGRAPH_CORE_ATTRIBUTES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/model.h"

namespace quotegraph {

enum class AttrType : std::uint8_t { kString, kInt, kStringList };

// One declared attribute key.
struct AttrDef {
  std::string_view key;
  AttrType type;
  std::string_view description;  // one line, for docs and GraphML <desc>
};

// One attribute value of one record.
struct Attribute {
  std::string_view key;
  AttrType type;
  std::string text;                 // kString
  std::int64_t number = 0;          // kInt
  std::vector<std::string> list;    // kStringList
};

// Every node attribute key beyond id, type and label, in a fixed order.
const std::vector<AttrDef>& NodeAttributeSchema();
// Every edge attribute key beyond source, target and type, in a fixed order.
const std::vector<AttrDef>& EdgeAttributeSchema();

// The attributes that apply to this record and are set, in schema order.
// Always includes "label" for nodes (first), never id/type/source/target.
std::vector<Attribute> NodeAttributes(const Node& n);
std::vector<Attribute> EdgeAttributes(const Edge& e);

// Sets one attribute by key.  Returns false for an unknown key or a value of
// the wrong type (the caller reports it with file context).
bool SetNodeAttribute(Node& n, std::string_view key, const Attribute& value);
bool SetEdgeAttribute(Edge& e, std::string_view key, const Attribute& value);

// Looks a key up in a schema; nullptr if absent.
const AttrDef* FindAttrDef(const std::vector<AttrDef>& schema, std::string_view key);

// "10-20;30-40" for Evidence::content_fragments, and back (false on a
// malformed string).
std::string FormatFragments(const std::vector<Span>& fragments);
bool ParseFragments(std::string_view text, std::vector<Span>* out);

// "a|b|c" for list attributes in flat formats; '|' and '\' inside items are
// escaped with '\'.
std::string JoinList(const std::vector<std::string>& items);
std::vector<std::string> SplitList(std::string_view joined);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_ATTRIBUTES_H_
