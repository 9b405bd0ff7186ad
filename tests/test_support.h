// Helpers shared by the test files: temporary directories, reading files,
// running a command with its output captured, and catching errors.
#ifndef QUOTEGRAPH_TESTS_TEST_SUPPORT_H_
#define QUOTEGRAPH_TESTS_TEST_SUPPORT_H_

#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "quotegraph/core/error.h"

namespace quotegraph::testing {

// A fresh directory under the system temp dir, removed on destruction.
struct TempDir {
  std::filesystem::path path;

  TempDir() {
    std::random_device rd;
    do {
      path = std::filesystem::temp_directory_path() / ("quotegraph-test-" + std::to_string(rd()));
    } while (!std::filesystem::create_directory(path));
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  // Writes `content` to `relative` (creating directories); returns its path.
  std::string Write(const std::string& relative, const std::string& content) const {
    const std::filesystem::path p = path / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  // The path of `relative` inside the directory.
  std::string operator/(const std::string& relative) const { return (path / relative).string(); }
  // Names of the entries in the directory, sorted.
  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct RunResult {
  int status = -1;
  std::string out;
  std::string err;
};

// Runs a shell command with stdout and stderr captured in `dir`.
inline RunResult Run(const std::string& command, const TempDir& dir) {
  const std::filesystem::path out = dir.path / "stdout.txt";
  const std::filesystem::path err = dir.path / "stderr.txt";
  const int rc =
      std::system((command + " >'" + out.string() + "' 2>'" + err.string() + "'").c_str());
  RunResult r;
  r.status = rc != -1 && WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  r.out = ReadFile(out);
  r.err = ReadFile(err);
  return r;
}

// The message of the quotegraph::Error `f` throws ("" if it does not).
template <typename F>
std::string ErrorOf(F f) {
  try {
    f();
  } catch (const quotegraph::Error& e) {
    return e.what();
  }
  return "";
}

}  // namespace quotegraph::testing

#endif  // QUOTEGRAPH_TESTS_TEST_SUPPORT_H_
