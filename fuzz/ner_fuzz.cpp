// libFuzzer target for the entity tagger and its model file (issue 11 items 2 and 7). The first
// input byte picks the mode:
//   even: the rest is text, tagged with the real model (offsets must lie inside the text, in
//         order, never overlapping);
//   odd:  the rest is a list of patches (3 offset bytes, 1 xor byte) applied to a copy of the
//         real model file; the copy is opened (header checks only, the server's per-statement
//         path; then the full verify()) and, when the header passes, a fixed sentence is tagged
//         with it. A clean ModelError is fine; a crash or a sanitizer report is a bug.
//   cmake -S . -B build-fuzz -DKORNEWS_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ && \
//   cmake --build build-fuzz --target ner_fuzz && build-fuzz/ner_fuzz -max_total_time=600
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/ner/ner_model.h"
#include "core/ner/tagger.h"
#include "core/text/utf8.h"

namespace {

using kornews::ner::Entity;

void check_spans(const std::vector<Entity>& es, int32_t code_points) {
  int32_t previous_end = 0;
  for (const Entity& e : es) {
    if (e.start < previous_end || e.end <= e.start || e.end > code_points) std::abort();
    previous_end = e.end;
  }
}

// As the tagger counts them: an invalid byte is one code point (U+FFFD).
int32_t count_code_points(std::string_view s) {
  return static_cast<int32_t>(kornews::utf8::count_code_points(s));
}

const std::string& model_bytes() {
  static const std::string bytes = [] {
    std::ifstream in(KORNEWS_FUZZ_MODEL, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }();
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static kornews::Analyzer analyzer(kornews::Dictionary::open(KORNEWS_FUZZ_DICT));
  static kornews::ner::EntityTagger real(kornews::ner::NerModel::open(KORNEWS_FUZZ_MODEL));
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);

  if (data[0] % 2 == 0) {
    std::vector<Entity> out;
    kornews::ner::TagOptions options;
    if (data[0] & 2) options.reference = kornews::CivilDate{2025, 2, 10};
    real.tag(analyzer, rest, options, out);
    check_spans(out, count_code_points(rest));
    return 0;
  }

  // A private copy of the model, patched in place and restored after each run: rewriting 8 MB
  // per input would make the target a file-copy benchmark.
  static const std::string path = [] {
    const std::string p = "/tmp/kornews_ner_fuzz." + std::to_string(getpid()) + ".model";
    std::ofstream(p, std::ios::binary | std::ios::trunc) << model_bytes();
    return p;
  }();
  const std::string& bytes = model_bytes();
  const int fd = ::open(path.c_str(), O_RDWR);
  if (fd < 0) std::abort();
  std::vector<std::pair<size_t, char>> patched;
  for (size_t i = 0; i + 4 <= rest.size() && patched.size() < 64; i += 4) {
    const uint32_t raw = static_cast<uint8_t>(rest[i]) | static_cast<uint8_t>(rest[i + 1]) << 8 |
                         static_cast<uint32_t>(static_cast<uint8_t>(rest[i + 2])) << 16;
    // Half the patches land in the header and transition scores, where every field matters.
    const size_t off = raw & 1 ? (raw >> 1) % 1024 : (raw >> 1) % bytes.size();
    const char v = static_cast<char>(bytes[off] ^ rest[i + 3]);
    if (pwrite(fd, &v, 1, static_cast<off_t>(off)) != 1) std::abort();
    patched.emplace_back(off, bytes[off]);
  }
  // A truncation too, sometimes: the size is checked against the header.
  const bool truncate = data[0] & 2 && rest.size() >= 4;
  const size_t new_size = truncate ? (static_cast<uint8_t>(rest[0]) * 4099u) % bytes.size() : 0;
  if (truncate && ftruncate(fd, static_cast<off_t>(new_size)) != 0) std::abort();
  try {
    auto model = kornews::ner::NerModel::open(path, kornews::ner::ModelCheck::kHeader);
    // Damaged weights that pass the header checks must still tag without a crash.
    kornews::ner::EntityTagger tagger(model);
    std::vector<Entity> out;
    const std::string_view sentence = "딥시크의 량원펑 대표는 20일 엔비디아 H100 2천 개를 샀다.";
    tagger.tag(analyzer, sentence, {}, out);
    check_spans(out, count_code_points(sentence));
    model->verify();
  } catch (const kornews::ner::ModelError&) {
  }
  if (truncate) {
    if (pwrite(fd, bytes.data() + new_size, bytes.size() - new_size,
               static_cast<off_t>(new_size)) != static_cast<ssize_t>(bytes.size() - new_size))
      std::abort();
  }
  for (auto it = patched.rbegin(); it != patched.rend(); ++it)
    if (pwrite(fd, &it->second, 1, static_cast<off_t>(it->first)) != 1) std::abort();
  ::close(fd);
  return 0;
}
