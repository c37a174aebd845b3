// Fingerprints of row sets (see cluster_fingerprint.h).
#include "pg/cluster_fingerprint.h"

#include <algorithm>

#include "core/io/checksum.h"

namespace kn {

uint64_t FingerprintRows(std::vector<std::string>& rows) {
  std::sort(rows.begin(), rows.end());
  // Each row followed by '\n' (which no field may contain: both tables reject control
  // characters), so ("ab","c") and ("a","bc") differ.
  std::string all;
  size_t size = 0;
  for (const std::string& r : rows) size += r.size() + 1;
  all.reserve(size);
  for (const std::string& r : rows) all.append(r).push_back('\n');
  return kornews::io::checksum64(all.data(), all.size());
}

}  // namespace kn
