// WriteFileAtomically (atomic_file.h).
//
// The temporary file is ".<name>.tmp.<pid>.<counter>" beside the target:
// the pid keeps concurrent processes apart, the counter concurrent threads
// and repeated calls.  It is written, fsync'ed and closed, then renamed
// over the target.  The target keeps its old content (or stays absent)
// until rename(2) replaces it in one step.
//
// The temporary file is written with O_DIRECT where the file system takes
// it: the text goes from an aligned buffer to the disk without being copied
// into the page cache first.  The copy into the page cache (and the fsync
// that then writes those pages out) was most of the cost of writing a large
// graph; the durability is the same, the file is still fsync'ed before the
// rename.  The last, partial block is written without O_DIRECT; a file
// system that refuses O_DIRECT gets ordinary buffered writes.  Full
// buffers are written on a thread of their own (one per file larger than a
// buffer), while the writer fills the next one.

#include "quotegraph/exporters/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <mutex>
#include <streambuf>
#include <thread>

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

// A stream buffer that writes a new file through one file descriptor, in
// whole aligned blocks with O_DIRECT while it can.  It has two buffers:
// once the first is full, a thread of its own writes each full buffer out
// while the other fills, so the caller goes on formatting while the disk
// works.  Errors are kept (the stream sees a failed write) and reported by
// Finish().
class DirectFileBuf : public std::streambuf {
 public:
  // Bytes collected before they go out in one write; a multiple of every
  // block size O_DIRECT asks alignment to.
  static constexpr std::size_t kBufferBytes = std::size_t{8} << 20;
  static constexpr std::size_t kAlign = 4096;

  // Creates (or truncates) the file; false with errno set if it cannot be.
  bool Open(const fs::path& path) {
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_DIRECT, 0666);
    if (fd_ < 0 && errno == EINVAL) {
      fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    } else if (fd_ >= 0) {
      direct_ = true;
    }
    if (fd_ < 0) return false;
    for (auto& buffer : buffers_) {
      buffer.reset(static_cast<char*>(std::aligned_alloc(kAlign, kBufferBytes)));
      if (!buffer) {
        errno = ENOMEM;
        return false;
      }
    }
    setp(buffers_[0].get(), buffers_[0].get() + kBufferBytes);
    return true;
  }

  ~DirectFileBuf() override {
    StopWriter();
    if (fd_ >= 0) ::close(fd_);
  }

  // Writes what is left, fsyncs and closes the file.  Returns 0 or an
  // errno value (the first error met).
  int Finish() {
    StopWriter();  // every full buffer is out
    if (error_ == 0) {
      const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
      const std::size_t whole = pending / kAlign * kAlign;
      WriteOut(pbase(), whole);
      // The tail is not a whole block: written without O_DIRECT.
      if (pending > whole && direct_) DropDirect();
      WriteOut(pbase() + whole, pending - whole);
      setp(pbase(), pbase() + kBufferBytes);
    }
    if (error_ == 0 && ::fsync(fd_) != 0) error_ = errno;
    if (::close(fd_) != 0 && error_ == 0) error_ = errno;
    fd_ = -1;
    return error_;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!Drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::streamsize done = 0;
    while (done < n) {
      if (pptr() == epptr() && !Drain()) break;
      const auto room = static_cast<std::streamsize>(epptr() - pptr());
      const std::streamsize take = std::min(room, n - done);
      std::memcpy(pptr(), s + done, static_cast<std::size_t>(take));
      pbump(static_cast<int>(take));
      done += take;
    }
    return done;
  }

 private:
  struct Free {
    void operator()(char* p) const { std::free(p); }
  };

  // Hands the full buffer to the writer thread (started on the first call;
  // without it, writes it here) and goes on in the other one.
  bool Drain() {
    const std::size_t n = static_cast<std::size_t>(pptr() - pbase());
    if (!writer_.joinable() && error_ == 0) {
      try {
        writer_ = std::thread([this] { WriterLoop(); });
      } catch (const std::exception&) {
        WriteOut(pbase(), n);
        setp(pbase(), pbase() + kBufferBytes);
        return error_ == 0;
      }
    }
    std::unique_lock<std::mutex> lock(mutex_);
    idle_.wait(lock, [&] { return job_ == nullptr; });
    if (error_ != 0) return false;
    job_ = pbase();
    job_bytes_ = n;
    work_.notify_one();
    current_ = 1 - current_;
    setp(buffers_[current_].get(), buffers_[current_].get() + kBufferBytes);
    return true;
  }

  void WriterLoop() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      work_.wait(lock, [&] { return job_ != nullptr || stop_; });
      if (job_ == nullptr) return;
      const char* data = job_;
      const std::size_t n = job_bytes_;
      lock.unlock();
      WriteOut(data, n);  // error_ and direct_ are the writer's while a job is out
      lock.lock();
      job_ = nullptr;
      idle_.notify_one();
    }
  }

  // Waits for the writer thread to finish its job and ends it.
  void StopWriter() {
    if (!writer_.joinable()) return;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      stop_ = true;
    }
    work_.notify_one();
    writer_.join();
  }

  void DropDirect() {
    const int flags = ::fcntl(fd_, F_GETFL);
    if (flags < 0 || ::fcntl(fd_, F_SETFL, flags & ~O_DIRECT) != 0) error_ = errno;
    direct_ = false;
  }

  // write(2) of all n bytes, retried on a short write or an interrupt; a
  // file system that turns O_DIRECT down only when written to (EINVAL)
  // gets buffered writes from then on.
  void WriteOut(const char* data, std::size_t n) {
    while (n > 0 && error_ == 0) {
      const ssize_t wrote = ::write(fd_, data, n);
      if (wrote > 0) {
        data += wrote;
        n -= static_cast<std::size_t>(wrote);
        // A short write leaves an unaligned rest: finish it buffered.
        if (n > 0 && direct_) DropDirect();
      } else if (wrote < 0 && errno == EINTR) {
        continue;
      } else if (wrote < 0 && errno == EINVAL && direct_) {
        DropDirect();
      } else {
        error_ = wrote < 0 ? errno : EIO;
      }
    }
  }

  int fd_ = -1;
  bool direct_ = false;
  int error_ = 0;
  std::unique_ptr<char, Free> buffers_[2];
  int current_ = 0;  // the buffer being filled
  // The writer thread and the one job it may hold (a full buffer).
  std::thread writer_;
  std::mutex mutex_;
  std::condition_variable work_;  // a job or stop_
  std::condition_variable idle_;  // job_ taken and written
  const char* job_ = nullptr;
  std::size_t job_bytes_ = 0;
  bool stop_ = false;
};

// Writes the temporary file; throws on failure (the caller removes it).
void WriteTemp(const std::string& path, const fs::path& temp,
               const std::function<void(std::ostream&)>& write) {
  errno = 0;
  DirectFileBuf file;
  if (!file.Open(temp)) throw CannotWrite(path, Reason(errno, "cannot create temporary file"));
  std::ostream out(&file);
  try {
    write(out);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw CannotWrite(path, e.what());
  }
  errno = 0;
  out.flush();
  const bool stream_failed = !out;
  if (const int err = file.Finish(); err != 0) throw CannotWrite(path, std::strerror(err));
  if (stream_failed) throw CannotWrite(path, "write error");
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
