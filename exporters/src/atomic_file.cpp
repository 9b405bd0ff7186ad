// WriteFileAtomically (atomic_file.h).
//
// The temporary file is ".<name>.tmp.<pid>.<counter>" beside the target:
// the pid keeps concurrent processes apart, the counter concurrent threads
// and repeated calls.  It is written through an ofstream, closed, fsync'ed,
// then renamed over the target.  The target keeps its old content (or stays
// absent) until rename(2) replaces it in one step.

#include "quotegraph/exporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "quotegraph/core/error.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

Error CannotWrite(const std::string& path, const std::string& reason) {
  return Error(path + ": cannot write: " + reason);
}

// strerror(errno), or `fallback` when errno says nothing.
std::string Reason(int err, const char* fallback) {
  return err != 0 ? std::strerror(err) : fallback;
}

fs::path TempPathFor(const fs::path& target) {
  static std::atomic<unsigned long> counter{0};
  std::string name = "." + target.filename().string() + ".tmp." +
                     std::to_string(static_cast<long>(::getpid())) + "." +
                     std::to_string(counter.fetch_add(1));
  return target.parent_path() / name;
}

// Flushes the file's data to disk.  Returns 0 or an errno value.
int SyncFile(const fs::path& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int err = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return err;
}

void WriteToStdout(const std::function<void(std::ostream&)>& write) {
  write(std::cout);
  std::cout.flush();
  if (!std::cout) throw CannotWrite("standard output", Reason(errno, "write error"));
}

// Writes the temporary file; throws on failure (the caller removes it).
void WriteTemp(const std::string& path, const fs::path& temp,
               const std::function<void(std::ostream&)>& write) {
  errno = 0;
  std::ofstream out(temp, std::ios::binary | std::ios::trunc);
  if (!out) throw CannotWrite(path, Reason(errno, "cannot create temporary file"));
  try {
    write(out);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw CannotWrite(path, e.what());
  }
  errno = 0;
  out.flush();
  if (!out) throw CannotWrite(path, Reason(errno, "write error"));
  out.close();
  if (!out) throw CannotWrite(path, Reason(errno, "close failed"));
  if (const int err = SyncFile(temp); err != 0) throw CannotWrite(path, std::strerror(err));
}

}  // namespace

void WriteFileAtomically(const std::string& path, const std::function<void(std::ostream&)>& write) {
  if (path == "-") {
    WriteToStdout(write);
    return;
  }
  const fs::path target(path);
  if (!target.has_filename()) throw CannotWrite(path, "not a file name");
  const fs::path temp = TempPathFor(target);
  try {
    WriteTemp(path, temp, write);
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
      throw CannotWrite(path, std::strerror(errno));
    }
  } catch (...) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    throw;
  }
}

}  // namespace quotegraph
