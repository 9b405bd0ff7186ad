// Text preparation shared by the writers (export_text.h).

#include "export_text.h"

#include "quotegraph/core/utf8.h"

namespace quotegraph::export_text {
namespace {

bool IsForbiddenControl(unsigned char u) {
  return u < 0x20 && u != '\t' && u != '\n' && u != '\r';
}

bool NeedsCleaning(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (IsForbiddenControl(static_cast<unsigned char>(s[i])) || IsNonCharacterAt(s, i)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsNonCharacterAt(std::string_view s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xEF && i + 2 < s.size() &&
         static_cast<unsigned char>(s[i + 1]) == 0xBF &&
         (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

std::string_view CleanText(std::string_view s, std::string& scratch) {
  const bool valid = IsValidUtf8(s);
  if (valid && !NeedsCleaning(s)) return s;
  const std::string repaired = valid ? std::string(s) : RepairUtf8(s);
  scratch.clear();
  for (std::size_t i = 0; i < repaired.size(); ++i) {
    if (IsNonCharacterAt(repaired, i)) {
      i += 2;
      continue;
    }
    if (IsForbiddenControl(static_cast<unsigned char>(repaired[i]))) continue;
    scratch += repaired[i];
  }
  return scratch;
}

void AppendXmlEscaped(std::string& out, std::string_view s, XmlContext context,
                      std::string& scratch) {
  const bool attr = context == XmlContext::kAttribute;
  for (char c : CleanText(s, scratch)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\r': out += "&#13;"; break;  // parsers turn a raw CR into LF
      case '\t': out += attr ? "&#9;" : "\t"; break;
      case '\n': out += attr ? "&#10;" : "\n"; break;
      default: out += c;
    }
  }
}

}  // namespace quotegraph::export_text
