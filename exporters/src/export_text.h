// Text preparation shared by the writers (internal to exporters).
//
// Every writer passes text through CleanText first, so all formats agree on
// what hostile text becomes: invalid UTF-8 is repaired (U+FFFD) and the
// characters XML 1.0 forbids -- C0 controls other than tab, LF and CR, and
// the non-characters U+FFFE and U+FFFF -- are dropped.  RDF, whose syntax
// can carry every character, escapes instead (rdf_writer.cpp).
//
// AppendXmlEscaped then escapes cleaned text for XML (GraphML, GEXF).

#ifndef QUOTEGRAPH_EXPORTERS_SRC_EXPORT_TEXT_H_
#define QUOTEGRAPH_EXPORTERS_SRC_EXPORT_TEXT_H_

#include <string>
#include <string_view>

namespace quotegraph::export_text {

// True for a byte that starts U+FFFE or U+FFFF at s[i] (EF BF BE / EF BF BF).
bool IsNonCharacterAt(std::string_view s, std::size_t i);

// `s` as valid UTF-8 without the characters XML 1.0 forbids.  Returns `s`
// itself when it is already clean, else a view of `scratch`.
std::string_view CleanText(std::string_view s, std::string& scratch);

// True for "YYYY-MM-DD" with digits in place: the dates written as typed
// dates (GEXF start, xsd:date); others stay plain text.
bool IsIsoDate(std::string_view s);

// Where escaped XML text goes.  Attribute values also escape tab, LF and
// CR, which XML parsers would otherwise normalise to spaces.
enum class XmlContext { kText, kAttribute };

// Appends `s` escaped for XML (&, <, >, ", ' as entities; CR as &#13;),
// after CleanText.
void AppendXmlEscaped(std::string& out, std::string_view s, XmlContext context,
                      std::string& scratch);

}  // namespace quotegraph::export_text

#endif  // QUOTEGRAPH_EXPORTERS_SRC_EXPORT_TEXT_H_
