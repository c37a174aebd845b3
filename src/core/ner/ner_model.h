// The entity model file: a hashed feature-weight table of the averaged perceptron, quantized to
// int16, plus tag-transition scores. Mapped read-only, so backends share it through the page
// cache like the dictionary.
//
// Layout (little-endian): ModelHeader, then the payload:
//   int32  transitions[kTagCount * kTagCount]   score of tag `next` after tag `prev`
//   int32  start[kTagCount]                     score of a tag at the first character
//   int16  rows[(1 << row_bits) * kRowStride]   feature row r holds one weight per tag, padded
//                                               to 32 bytes so a row is one aligned load
//   char   names[names_size]                    the name list the model was trained with, as
//                                               its text (core/dict/name_list.h)
// The header carries two checksums: one of the header itself (checked at every open, so a changed
// bit in a field is reported as corruption, not as a misleading value), and one of the payload
// (checked by verify(); open() runs it too unless asked for the header only).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/io/mapped_file.h"
#include "core/ner/list_gazetteers.h"
#include "core/ner/tag_scheme.h"

namespace kornews::ner {

// The model file is missing, unreadable, truncated, corrupt or of another format.
class ModelError : public Error {
  using Error::Error;
};

inline constexpr char kModelMagic[8] = {'K', 'O', 'R', 'N', 'N', 'E', 'R', '\0'};
// 4: both checksums are core/io/checksum.h's checksum64, the dictionary's (3 had an FNV-1a of its
// own). 5: the name list travels in the file. Older files are refused as outdated, with a hint
// to reinstall.
inline constexpr uint32_t kModelFormatVersion = 5;
// Transition and start scores beyond this are refused at open: the decoder adds them to int32
// path scores, and a corrupt value must not overflow them.
inline constexpr int32_t kMaxTransitionScore = 1 << 24;
inline constexpr int kRowStride = 16;  // int16 slots per row: kTagCount weights, then zeros
static_assert(kRowStride >= kTagCount, "a row holds every tag");

struct ModelHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t tag_count;
  uint32_t row_bits;
  uint32_t feature_set;  // FeatureExtractor::kFeatureSet the weights were trained with
  uint64_t payload_size;
  uint64_t payload_checksum;
  uint64_t header_checksum;  // io::checksum64() of this header with this field zero
  uint64_t names_size;       // bytes of the name list at the end of the payload
  char source[48];           // what it was trained on, NUL-terminated
};
static_assert(sizeof(ModelHeader) == 104, "ModelHeader layout");
// The rows start 32-byte aligned in the (page-aligned) mapping.
static_assert((sizeof(ModelHeader) + sizeof(int32_t) * (kTagCount * kTagCount + kTagCount)) % 32 ==
                  0,
              "row alignment");

// What the trainer hands to write_model().
struct ModelData {
  uint32_t row_bits = 0;
  uint32_t feature_set = 0;
  std::string source;
  std::vector<int32_t> transitions;  // kTagCount * kTagCount
  std::vector<int32_t> start;        // kTagCount
  std::vector<int16_t> rows;         // (1 << row_bits) * kRowStride
  std::string names;                 // the name list's text (core/dict/name_list.h); may be empty
};

void write_model(const std::string& path, const ModelData& data);

// What open() checks. kHeader: magic, header checksum, every header field, the file size and
// the transition scores (every value used as a bound or index) — a few microseconds; the weight
// rows are then plain int16 scores, so a damaged row changes scores but cannot crash. kFull adds
// verify(), the payload checksum (a few milliseconds for 8 MB).
enum class ModelCheck { kHeader, kFull };

class NerModel {
 public:
  // Throws ModelError with a hint when the file is missing or not a valid model.
  static std::shared_ptr<const NerModel> open(const std::string& path,
                                              ModelCheck check = ModelCheck::kFull);
  // Recomputes the payload checksum; throws ModelError (corrupt) on a mismatch. The server calls
  // it once per file identity when it opened with ModelCheck::kHeader.
  void verify() const;
  NerModel(const NerModel&) = delete;
  NerModel& operator=(const NerModel&) = delete;

  const std::string& path() const { return file_->path(); }
  // What the mapped file is on disk (see core/io/mapped_file.h).
  const io::FileIdentity& identity() const { return file_->identity(); }
  io::DiskState disk_state() const { return file_->disk_state(); }
  uint32_t row_bits() const { return header_->row_bits; }
  uint32_t row_mask() const { return (1u << header_->row_bits) - 1; }
  uint64_t checksum() const { return header_->payload_checksum; }
  uint32_t feature_set() const { return header_->feature_set; }
  std::string source() const;
  const int32_t* transitions() const { return transitions_; }
  const int32_t* start() const { return start_; }
  const int16_t* row(uint32_t index) const {
    return rows_ + static_cast<size_t>(index) * kRowStride;
  }
  // The name list the model was trained with, ready to match (empty when it had none).
  const ListGazetteers& list_gazetteers() const { return list_gazetteers_; }

 private:
  NerModel() = default;
  std::unique_ptr<io::MappedFile> file_;
  const uint8_t* base_ = nullptr;
  const ModelHeader* header_ = nullptr;
  const int32_t* transitions_ = nullptr;
  const int32_t* start_ = nullptr;
  const int16_t* rows_ = nullptr;
  ListGazetteers list_gazetteers_;
};

}  // namespace kornews::ner
