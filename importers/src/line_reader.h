// Lines of a byte stream, one at a time, in a bounded buffer (internal
// header).
//
//   LineReader lines(source, /*max_line_bytes=*/1 << 20);
//   std::string_view line;
//   while (lines.Next(&line) == LineReader::kLine) Use(line, lines.line_number());
//
// The stream is read in chunks; a line is handed out as a view into the
// buffer, valid until the next call.  The buffer never holds much more than
// one chunk plus the longest line, and a line longer than `max_line_bytes`
// is reported as kTooLong without reading the rest of it, so a giant line
// costs a bounded amount of memory and reading.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_LINE_READER_H_
#define QUOTEGRAPH_IMPORTERS_SRC_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace quotegraph {

class LineReader {
 public:
  // Reads up to `n` bytes into `buffer`; returns how many (0 only at the
  // end of the stream).  Throws on a read error.
  using Source = std::function<std::size_t(char* buffer, std::size_t n)>;

  enum Status { kLine, kEnd, kTooLong };

  LineReader(Source source, std::size_t max_line_bytes);

  // The next line without its '\n' (a '\r' before it stays); the last line
  // need not end in '\n'.  kEnd once every byte was handed out.  kTooLong
  // when the line being read passes max_line_bytes: nothing of it is
  // consumed, Rest() still returns it, and every later call returns
  // kTooLong again.
  Status Next(std::string_view* line);

  // 1-based number of the line last returned (or being read, after kTooLong).
  std::int64_t line_number() const { return line_number_; }
  // Whether the line last returned ended in '\n'.
  bool ended_in_newline() const { return ended_in_newline_; }

  // The bytes read but not handed out yet (after kTooLong: the start of
  // the long line).
  std::string_view Buffered() const {
    return std::string_view(buffer_.data() + begin_, end_ - begin_);
  }

  // Every byte not yet handed out, to the end of the stream, whatever its
  // length (for formats that are parsed whole).
  std::string Rest();

 private:
  // Reads one more chunk; false at the end of the stream.
  bool Fill();

  Source source_;
  const std::size_t max_line_bytes_;
  std::string buffer_;
  std::size_t begin_ = 0;    // first byte not handed out
  std::size_t end_ = 0;      // end of the bytes read
  std::size_t scanned_ = 0;  // bytes from begin_ known to hold no '\n'
  bool at_end_ = false;
  bool too_long_ = false;
  std::int64_t line_number_ = 0;
  bool ended_in_newline_ = false;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_LINE_READER_H_
