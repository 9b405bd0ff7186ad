// Atomic file output: all of it or nothing.
//
// The content is written to a temporary file beside the target (same
// directory, so rename(2) is atomic), flushed, then renamed over the target.
// If writing throws or fails, the temporary file is removed and the target
// is untouched: a failed run never leaves a truncated or clobbered output.

#ifndef QUOTEGRAPH_EXPORTERS_ATOMIC_FILE_H_
#define QUOTEGRAPH_EXPORTERS_ATOMIC_FILE_H_

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace quotegraph {

// Calls write(stream) on a temporary file and renames it to `path`.
// "-" writes straight to standard output.  Creates no directories.
// Throws quotegraph::Error ("PATH: cannot write: reason") on failure.
void WriteFileAtomically(const std::string& path,
                         const std::function<void(std::ostream&)>& write);

// Calls fill(temp_dir), which writes the files named in `names` into a
// fresh temporary directory beside `dir`, then puts that directory in
// place of `dir` by rename(2).  If `dir` exists it must hold nothing but
// files named in `names` (an earlier output of the same kind; anything else
// is refused, so no unrelated file is ever deleted): it is moved aside,
// the new directory renamed in, and the old one removed.  On failure the
// temporary directory is removed and `dir` keeps its old content.
// Throws quotegraph::Error ("DIR: cannot write: reason").
void WriteDirectoryAtomically(const std::string& dir, const std::vector<std::string>& names,
                              const std::function<void(const std::string&)>& fill);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_ATOMIC_FILE_H_
