// An article as read from its file, before extraction.

#ifndef QUOTEGRAPH_IMPORTERS_ARTICLE_H_
#define QUOTEGRAPH_IMPORTERS_ARTICLE_H_

#include <cstddef>
#include <string>

namespace quotegraph {

struct Article {
  // Stable id: the JSON record's id, else the file's name without its
  // extension (plain text), else "<file stem>-<line>" (JSONL without id).
  std::string id;
  // The full text, valid UTF-8 (invalid bytes repaired to U+FFFD).  For
  // plain-text files this is the whole file, so that code-point offsets
  // point into the original file exactly as brat counts them.
  std::string text;
  // Byte offset in `text` where the body starts (after a leading date line
  // such as " date 2022-03-16 "); 0 if none.
  std::size_t body_offset = 0;
  std::string title;      // headline, where known
  std::string publisher;  // outlet name, where known
  std::string date;       // YYYY-MM-DD, where known
  std::string url;
  std::string file;  // path it was read from ("-" for standard input)
  // Where it came from for messages: "path" or "path:line".
  std::string origin;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_ARTICLE_H_
