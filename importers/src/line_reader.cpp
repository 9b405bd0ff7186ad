#include "line_reader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace quotegraph {
namespace {

// Bytes asked of the source at a time.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

}  // namespace

LineReader::LineReader(Source source, std::size_t max_line_bytes)
    : source_(std::move(source)), max_line_bytes_(max_line_bytes) {}

bool LineReader::Fill() {
  if (at_end_) return false;
  if (begin_ > 0) {  // only the unfinished line moves, once per chunk
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < kChunkBytes / 2) {
    buffer_.resize(std::max(kChunkBytes, 2 * buffer_.size()));
  }
  const std::size_t n = source_(buffer_.data() + end_, buffer_.size() - end_);
  if (n == 0) {
    at_end_ = true;
    return false;
  }
  end_ += n;
  return true;
}

LineReader::Status LineReader::Next(std::string_view* line) {
  if (too_long_) return kTooLong;
  for (;;) {
    const std::size_t pending = end_ - begin_;
    const char* start = buffer_.data() + begin_;
    const void* nl = std::memchr(start + scanned_, '\n', pending - scanned_);
    const std::size_t length =
        nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : pending;
    if (length > max_line_bytes_) {
      too_long_ = true;
      ++line_number_;
      return kTooLong;
    }
    if (nl != nullptr || (!Fill() && pending > 0)) {
      // Fill() may have moved the buffer: take the line from begin_ again.
      *line = std::string_view(buffer_.data() + begin_, length);
      begin_ += nl ? length + 1 : length;
      scanned_ = 0;
      ++line_number_;
      ended_in_newline_ = nl != nullptr;
      return kLine;
    }
    if (at_end_ && end_ == begin_) return kEnd;
    scanned_ = length;
  }
}

std::string LineReader::Rest() {
  std::string rest(buffer_, begin_, end_ - begin_);
  begin_ = end_ = scanned_ = 0;
  buffer_.clear();
  buffer_.shrink_to_fit();
  std::size_t used = rest.size();
  while (!at_end_) {
    if (rest.size() - used < kChunkBytes / 2) rest.resize(std::max(kChunkBytes, 2 * rest.size()));
    const std::size_t n = source_(rest.data() + used, rest.size() - used);
    if (n == 0) at_end_ = true;
    used += n;
  }
  rest.resize(used);
  return rest;
}

}  // namespace quotegraph
