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

namespace {

// True if `dir` holds only regular files named in `names`.
bool HoldsOnly(const fs::path& dir, const std::vector<std::string>& names) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    bool known = false;
    for (const std::string& n : names) known = known || n == name;
    if (!known || !entry.is_regular_file()) return false;
  }
  return !ec;
}

// A fresh directory beside `target` (".<name>.tmp.<pid>.<counter>").
fs::path MakeTempDir(const std::string& dir, const fs::path& target) {
  const fs::path temp = TempPathFor(target);
  std::error_code ec;
  if (!fs::create_directory(temp, ec) || ec) {
    throw CannotWrite(dir, ec ? ec.message() : "cannot create temporary directory");
  }
  return temp;
}

}  // namespace

void WriteDirectoryAtomically(const std::string& dir, const std::vector<std::string>& names,
                              const std::function<void(const std::string&)>& fill) {
  fs::path target(dir);
  if (!target.has_filename()) target = target.parent_path();  // "out/" -> "out"
  if (target.empty() || !target.has_filename()) throw CannotWrite(dir, "not a directory name");
  std::error_code ec;
  const bool exists = fs::exists(target, ec);
  if (exists && (!fs::is_directory(target, ec) || !HoldsOnly(target, names))) {
    throw CannotWrite(dir, "exists and holds other files; refusing to replace it");
  }
  const fs::path temp = MakeTempDir(dir, target);
  fs::path old;
  try {
    fill(temp.string());
    for (const std::string& n : names) {
      if (const int err = SyncFile(temp / n); err != 0) throw CannotWrite(dir, std::strerror(err));
    }
    if (exists) {
      old = TempPathFor(target);
      if (std::rename(target.c_str(), old.c_str()) != 0) {
        old.clear();
        throw CannotWrite(dir, std::strerror(errno));
      }
    }
    if (std::rename(temp.c_str(), target.c_str()) != 0) {
      const int err = errno;
      if (!old.empty() && std::rename(old.c_str(), target.c_str()) == 0) old.clear();
      throw CannotWrite(dir, std::strerror(err));
    }
  } catch (...) {
    std::error_code ignored;
    fs::remove_all(temp, ignored);
    throw;
  }
  if (!old.empty()) fs::remove_all(old, ec);
}

}  // namespace quotegraph
