// A write buffer in front of an output stream (internal header).
//
// The text writers append a record at a time and call EndRecord(); the
// buffer goes out in one large write once it holds kFlushBytes, so output
// costs few system calls without holding the whole file in memory.
// Writers derive their sink from it and add their own escaping.

#ifndef QUOTEGRAPH_EXPORTERS_SRC_OUTPUT_BUFFER_H_
#define QUOTEGRAPH_EXPORTERS_SRC_OUTPUT_BUFFER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace quotegraph {

class OutputBuffer {
 public:
  static constexpr std::size_t kFlushBytes = 1 << 20;

  explicit OutputBuffer(std::ostream& out) : out_(out) {}

  std::string& buf() { return buf_; }
  void Raw(std::string_view s) { buf_.append(s.data(), s.size()); }

  // Ends a record; flushes when the buffer is large.
  void EndRecord() {
    if (buf_.size() >= kFlushBytes) Flush();
  }

  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 protected:
  std::string buf_;
  std::string scratch_;  // for the deriving sink's escaping

 private:
  std::ostream& out_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_SRC_OUTPUT_BUFFER_H_
