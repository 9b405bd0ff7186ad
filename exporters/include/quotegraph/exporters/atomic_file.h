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

namespace quotegraph {

// Calls write(stream) on a temporary file and renames it to `path`.
// "-" writes straight to standard output.  Creates no directories.
// Throws quotegraph::Error ("PATH: cannot write: reason") on failure.
void WriteFileAtomically(const std::string& path,
                         const std::function<void(std::ostream&)>& write);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_ATOMIC_FILE_H_
