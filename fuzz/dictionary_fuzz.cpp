// libFuzzer target: byte changes anywhere in the real dictionary file are refused at open.
//
// The input is a list of changes (4 bytes of offset, 1 byte to XOR in); they are written into a
// private copy of the built dictionary, which is then opened as a backend opens it (header and
// sections checked, then the checksum) and, should it open, analyzed. A changed file that opens
// is a bug -- its analysis could silently differ -- and so is a crash or a sanitizer report.
// After each run the bytes are put back.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target dictionary_fuzz && build-fuzz/dictionary_fuzz -max_total_time=60
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"

namespace {

struct Copy {
  std::string path;
  std::string bytes;  // the good contents, to put changed bytes back
  int fd = -1;
};

const Copy& PrivateCopy() {
  static Copy copy = [] {
    Copy c;
    std::ifstream in(KORNEWS_FUZZ_DICT, std::ios::binary);
    c.bytes.assign(std::istreambuf_iterator<char>(in), {});
    c.path = "/tmp/kornews-dictionary-fuzz-" + std::to_string(getpid()) + ".dic";
    std::ofstream(c.path, std::ios::binary) << c.bytes;
    c.fd = open(c.path.c_str(), O_RDWR);
    if (c.bytes.empty() || c.fd < 0) std::abort();
    return c;
  }();
  return copy;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const Copy& copy = PrivateCopy();
  struct Change {
    uint64_t offset;
    uint8_t good;
  };
  std::vector<Change> changes;
  for (size_t i = 0; i + 5 <= size && changes.size() < 16; i += 5) {
    uint32_t raw;
    std::memcpy(&raw, data + i, 4);
    const uint8_t flip = data[i + 4];
    if (flip == 0) continue;
    // Half of the changes land in the first 64 KiB (header, section table, char tables), where
    // one byte decides the most; the rest anywhere.
    const uint64_t offset = (raw & 1) ? (raw >> 1) % 65536 : (raw >> 1) % copy.bytes.size();
    const uint8_t good = static_cast<uint8_t>(copy.bytes[offset]);
    uint8_t now;
    if (pread(copy.fd, &now, 1, static_cast<off_t>(offset)) != 1) std::abort();
    const uint8_t changed = static_cast<uint8_t>(now ^ flip);
    if (pwrite(copy.fd, &changed, 1, static_cast<off_t>(offset)) != 1) std::abort();
    changes.push_back({offset, good});
  }
  bool differs = false;
  for (const Change& c : changes) {
    uint8_t now;
    if (pread(copy.fd, &now, 1, static_cast<off_t>(c.offset)) != 1) std::abort();
    differs = differs || now != c.good;
  }

  bool opened = false;
  try {
    kornews::Analyzer analyzer(kornews::Dictionary::open(copy.path));
    opened = true;
    analyzer.analyze("화웨이의 반도체를 엔비디아가 검증했다. 3.1 규모 지진 H100");
  } catch (const kornews::DictionaryError&) {
  }
  if (opened && differs) std::abort();  // a changed file must never be taken for the real one

  for (const Change& c : changes) {
    if (pwrite(copy.fd, &c.good, 1, static_cast<off_t>(c.offset)) != 1) std::abort();
  }
  return 0;
}
