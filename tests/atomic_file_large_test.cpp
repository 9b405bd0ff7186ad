// Atomic file output larger than one write buffer: the direct writes, the
// writer thread and the unaligned tail give back exactly what was written.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/exporters/atomic_file.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

using quotegraph::testing::ReadFile;
using quotegraph::testing::TempDir;

// `bytes` bytes of varied text.
std::string Text(std::size_t bytes) {
  std::string text;
  text.reserve(bytes);
  for (std::size_t i = 0; text.size() < bytes; ++i) text += std::to_string(i * 7919) + ",";
  text.resize(bytes);
  return text;
}

}  // namespace

TEST_CASE("atomic: large outputs in pieces of every size come back whole", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "big.json").string();
  // Around the 8 MiB buffer and its 4 KiB blocks: under, at and over.
  for (std::size_t bytes : {std::size_t{1}, std::size_t{4096}, std::size_t{(8u << 20) - 1},
                            std::size_t{8u << 20}, std::size_t{(8u << 20) + 1},
                            std::size_t{(29u << 20) + 4099}}) {
    const std::string text = Text(bytes);
    WriteFileAtomically(path, [&](std::ostream& out) {
      // Records of uneven sizes, one character at a time now and then.
      std::size_t at = 0;
      for (std::size_t piece = 1; at < text.size(); piece = piece * 3 % 100003 + 1) {
        const std::size_t n = std::min(piece, text.size() - at);
        if (n == 1) {
          out.put(text[at]);
        } else {
          out.write(text.data() + at, static_cast<std::streamsize>(n));
        }
        at += n;
      }
    });
    CHECK(fs::file_size(path) == bytes);
    CHECK(ReadFile(path) == text);
    std::size_t entries = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) entries += e.path().empty() ? 0 : 1;
    CHECK(entries == 1);  // no temporary file left
  }
}

TEST_CASE("atomic: a large output that throws half way leaves the target alone", "[atomic]") {
  TempDir dir;
  const std::string path = (dir.path / "big.json").string();
  WriteFileAtomically(path, [](std::ostream& out) { out << "old\n"; });
  const std::string text = Text(20u << 20);
  CHECK_THROWS(WriteFileAtomically(path, [&](std::ostream& out) {
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    throw std::runtime_error("stopped");
  }));
  CHECK(ReadFile(path) == "old\n");
  std::size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path)) entries += e.path().empty() ? 0 : 1;
  CHECK(entries == 1);
}

}  // namespace quotegraph
