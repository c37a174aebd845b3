// The files a backend keeps mapped for its whole life -- the dictionary and the entity model --
// and the two checks that keep a damaged or replaced file from ever crashing it.
//
// Verified once per file: a backend checks the whole file's checksum before its first analysis
// with it, unless another backend already verified that very file (same device, inode, size and
// times). The record of that is a stamp file in the server's pg_stat_tmp directory (the
// backend's working directory is the data directory): nothing but the server can write there, it
// is not copied by base backups, and the stamp of a file that was changed no longer matches.
// So the first backend after an install pays the check (about 10 ms for the 80 MB dictionary),
// the others a stat().
//
// Checked once per statement: the path is stat'ed at the first use in each statement. A file
// renamed over the path (the safe way to replace it) is opened anew; the mapped file changed in
// place -- rewritten or truncated, which would raise SIGBUS on a page past its new end -- is
// dropped with an ERROR that says how to replace it safely.
#pragma once

#include <functional>

#include "core/io/mapped_file.h"
#include "pg/statement_mark.h"

namespace kn {

// C++ side. Runs `verify` (which throws on a bad file) unless a stamp says this identity was
// verified; stamps it after a success. A stamp that cannot be written only costs a re-check.
void VerifyOncePerFile(const kornews::io::FileIdentity& identity,
                       const std::function<void()>& verify);

// The hint for a file changed under its readers.
extern const char* const kReplaceAtomicallyHint;

}  // namespace kn
