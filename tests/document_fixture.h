// Test helpers: run the pipeline (or a prefix of it) over a snippet.
#ifndef QUOTEGRAPH_TESTS_DOCUMENT_FIXTURE_H_
#define QUOTEGRAPH_TESTS_DOCUMENT_FIXTURE_H_

#include <memory>
#include <string>
#include <vector>

#include "quotegraph/importers/document.h"
#include "quotegraph/importers/pipeline.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph::testing {

// Runs the stages of the default pipeline up to and including `last`
// (all of them if empty) over `text`.
inline std::unique_ptr<Document> Process(const std::string& text, const std::string& last = "",
                                         const std::string& date = "") {
  Article a;
  a.id = "t";
  a.text = text;
  a.date = date;
  a.origin = "test";
  auto doc = std::make_unique<Document>(std::move(a));
  Pipeline p = Pipeline::Default();
  if (!last.empty()) {
    bool after = false;
    for (std::string_view name : p.StageNames()) {
      if (after) p.Disable(name);
      if (name == last) after = true;
    }
  }
  p.Run(*doc);
  return doc;
}

inline std::vector<std::string> TokenTexts(const Document& doc) {
  std::vector<std::string> out;
  for (std::uint32_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.TokenText(i));
  return out;
}

// The speaker's resolved entity name of attribution i ("" if none).
inline std::string SpeakerName(const Document& doc, std::size_t i) {
  const Attribution& a = doc.attributions.at(i);
  if (a.source_mention < 0) return "";
  const Mention& m = doc.mentions[static_cast<std::size_t>(a.source_mention)];
  if (m.entity < 0) return "";
  return doc.entities[static_cast<std::size_t>(m.entity)].name;
}

inline std::string ContentText(const Document& doc, std::size_t i) {
  std::string out;
  for (const ByteSpan& s : doc.attributions.at(i).content) {
    if (!out.empty()) out += " | ";
    out += doc.Slice(s);
  }
  return out;
}

}  // namespace quotegraph::testing

#endif  // QUOTEGRAPH_TESTS_DOCUMENT_FIXTURE_H_
