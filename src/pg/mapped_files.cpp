#include "pg/mapped_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <cinttypes>
#include <cstdio>
#include <string>

#include "core/io/checksum.h"
#include "pg/postgres_headers.h"

namespace kn {

const char* const kReplaceAtomicallyHint =
    "Replace the file atomically: write the new file beside it and rename it over the old one "
    "(make install and kornews build-dict do so; cp onto the file does not). Sessions pick up "
    "a renamed file at their next statement.";

void VerifyOncePerFile(const kornews::io::FileIdentity& identity,
                       const std::function<void()>& verify) {
  char stamp[64];
  snprintf(stamp, sizeof stamp, "pg_stat_tmp/kornews-verified-%016" PRIx64,
                kornews::io::checksum64(&identity, sizeof identity));
  if (access(stamp, F_OK) == 0) return;
  verify();
  const int fd = open(stamp, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return;
  char line[160];
  const int n = snprintf(line, sizeof line,
                              "device %" PRIu64 " inode %" PRIu64 " size %" PRIu64
                              " mtime_ns %" PRId64 " ctime_ns %" PRId64 "\n",
                              identity.device, identity.inode, identity.size,
                              identity.modified_ns, identity.changed_ns);
  if (n > 0 && write(fd, line, static_cast<size_t>(n)) < 0) {
    // Nothing to do: the stamp is a shortcut, and an empty one still records the check.
  }
  close(fd);
}

}  // namespace kn
