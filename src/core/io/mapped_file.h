// A file mapped read-only and shared through the page cache, and what identifies it on disk.
//
// A mapping outlives a rename over its path (the old inode stays until unmapped), so replacing
// a file atomically -- write a new one beside it, rename it over -- is always safe for a reader.
// Rewriting or truncating it in place is not: a page past the new end raises SIGBUS in the
// reader. The identity (device, inode, size, modification and change times) lets a long-lived
// reader notice either kind of change before it touches the mapping again.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace kornews::io {

struct FileIdentity {
  uint64_t device = 0, inode = 0, size = 0;
  int64_t modified_ns = 0, changed_ns = 0;

  bool operator==(const FileIdentity& o) const {
    return device == o.device && inode == o.inode && size == o.size &&
           modified_ns == o.modified_ns && changed_ns == o.changed_ns;
  }
  bool operator!=(const FileIdentity& o) const { return !(*this == o); }
  bool same_file(const FileIdentity& o) const { return device == o.device && inode == o.inode; }

  // The identity of the file now at `path`; nullopt when it cannot be stat'ed.
  static std::optional<FileIdentity> of(const std::string& path);
};

// How the file at a mapped file's path compares with what was mapped.
enum class DiskState {
  kUnchanged,       // the same file, untouched
  kReplaced,        // another file (or none) is at the path now; the mapping is still valid
  kChangedInPlace,  // the mapped file itself was written or truncated: the mapping is unsafe
};

class MappedFile {
 public:
  // Maps the whole file. Throws `Error` (message names the path and the reason) when it cannot
  // be opened, is empty, or cannot be mapped; `what` names the kind of file in messages.
  MappedFile(const std::string& path, const char* what);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const uint8_t* data() const { return data_; }
  size_t size() const { return size_; }
  const std::string& path() const { return path_; }
  const FileIdentity& identity() const { return identity_; }

  // One stat() of the path.
  DiskState disk_state() const;

 private:
  std::string path_;
  const uint8_t* data_ = nullptr;
  size_t size_ = 0;
  FileIdentity identity_;
};

}  // namespace kornews::io
