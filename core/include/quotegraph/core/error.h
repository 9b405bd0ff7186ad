// The one error type of quotegraph.
//
// Every failure a user can cause (unreadable path, invalid JSON, a record
// without text, a malformed graph file) is thrown as quotegraph::Error with a
// one-line message that already names the place: "FILE:LINE: message" or
// "FILE: offset N: message".  Tools print what() and exit non-zero.

#ifndef QUOTEGRAPH_CORE_ERROR_H_
#define QUOTEGRAPH_CORE_ERROR_H_

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace quotegraph {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// "file: message", "file:line: message" (line > 0).
inline Error ErrorAt(std::string_view file, std::int64_t line, std::string_view message) {
  std::string s(file);
  if (line > 0) {
    s += ':';
    s += std::to_string(line);
  }
  s += ": ";
  s += message;
  return Error(s);
}

// "file: offset N: message".
inline Error ErrorAtOffset(std::string_view file, std::int64_t offset, std::string_view message) {
  std::string s(file);
  s += ": offset ";
  s += std::to_string(offset);
  s += ": ";
  s += message;
  return Error(s);
}

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_ERROR_H_
