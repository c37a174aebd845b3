#include "core/ner/ner_model.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>

#include "core/error.h"
#include "core/io/atomic_write.h"
#include "core/io/checksum.h"

namespace kornews::ner {

namespace {

constexpr const char* kRebuildHint =
    "rebuild it with `kornews train-ner` (see docs/entities.md) or point kornews.ner_model_path / "
    "--model at a valid file";
constexpr const char* kOutdatedHint =
    "it was written by an older kornews: reinstall kornews (make install puts the model of this "
    "version in place), or retrain it with `kornews train-ner` (see docs/entities.md)";

// The payload without the name list.
size_t payload_size_for(uint32_t row_bits) {
  return sizeof(int32_t) * (kTagCount * kTagCount + kTagCount) +
         sizeof(int16_t) * (static_cast<size_t>(1) << row_bits) * kRowStride;
}

uint64_t header_checksum_of(const ModelHeader& h);

}  // namespace

void write_model(const std::string& path, const ModelData& data) {
  if (data.row_bits < 8 || data.row_bits > 24 ||
      data.transitions.size() != static_cast<size_t>(kTagCount * kTagCount) ||
      data.start.size() != static_cast<size_t>(kTagCount) ||
      data.rows.size() != (static_cast<size_t>(1) << data.row_bits) * kRowStride)
    throw ModelError("write_model: inconsistent model data");
  std::string payload;
  payload.append(reinterpret_cast<const char*>(data.transitions.data()),
                 data.transitions.size() * sizeof(int32_t));
  payload.append(reinterpret_cast<const char*>(data.start.data()),
                 data.start.size() * sizeof(int32_t));
  payload.append(reinterpret_cast<const char*>(data.rows.data()),
                 data.rows.size() * sizeof(int16_t));
  payload.append(data.names);
  ModelHeader h{};
  std::memcpy(h.magic, kModelMagic, sizeof h.magic);
  h.format_version = kModelFormatVersion;
  h.tag_count = kTagCount;
  h.row_bits = data.row_bits;
  h.feature_set = data.feature_set;
  h.payload_size = payload.size();
  h.names_size = data.names.size();
  h.payload_checksum = io::checksum64(payload.data(), payload.size());
  std::strncpy(h.source, data.source.c_str(), sizeof h.source - 1);
  for (int i = 0; i < kTagCount * kTagCount; ++i)
    if (data.transitions[i] > kMaxTransitionScore || data.transitions[i] < -kMaxTransitionScore)
      throw ModelError("write_model: transition score out of range");
  for (int i = 0; i < kTagCount; ++i)
    if (data.start[i] > kMaxTransitionScore || data.start[i] < -kMaxTransitionScore)
      throw ModelError("write_model: start score out of range");
  h.header_checksum = header_checksum_of(h);
  try {
    io::write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(&h), sizeof h),
                              payload);
  } catch (const Error& e) {
    throw ModelError(std::string("cannot write the entity model: ") + e.what());
  }
}

namespace {

uint64_t header_checksum_of(const ModelHeader& h) {
  ModelHeader copy;
  std::memcpy(&copy, &h, sizeof copy);
  copy.header_checksum = 0;
  return io::checksum64(&copy, sizeof copy);
}

// Whether a header whose checksum does not match is that of an older format (2: no header
// checksum; 3: FNV-1a checksums; 4: no name list, so a checksum over a longer source field),
// with the fields up to payload_size where all formats put them
// and consistent with the file: then the file is outdated, not damaged. Its old checksums are not
// recomputed (that would keep a second checksum alive for an error message); a single flipped
// bit cannot turn version 5 into 2, 3 or 4, so a damaged current file still reads as corrupt.
bool older_format(const ModelHeader& h, size_t size) {
  return h.format_version >= 2 && h.format_version <= 4 && h.tag_count == kTagCount &&
         h.row_bits >= 8 && h.row_bits <= 24 && h.payload_size == payload_size_for(h.row_bits) &&
         h.payload_size == size - sizeof h;
}

}  // namespace

std::shared_ptr<const NerModel> NerModel::open(const std::string& path, ModelCheck check) {
  std::unique_ptr<io::MappedFile> file;
  try {
    file = std::make_unique<io::MappedFile>(path, "entity model");
  } catch (const Error& e) {
    throw ModelError(e.what(), kRebuildHint);
  }
  const size_t size = file->size();
  if (size < sizeof(ModelHeader))
    throw ModelError("entity model \"" + path + "\" is truncated (no header)", kRebuildHint);
  std::shared_ptr<NerModel> m(new NerModel);
  m->base_ = file->data();
  m->file_ = std::move(file);
  const auto* h = reinterpret_cast<const ModelHeader*>(m->base_);
  const std::string name = "entity model \"" + path + "\"";
  if (std::memcmp(h->magic, kModelMagic, sizeof h->magic) != 0)
    throw ModelError("\"" + path + "\" is not a kornews entity model (bad magic)", kRebuildHint);
  // The header checksum first: a changed bit in any field is corruption, whatever the field
  // then says. Only an intact file of an older format is reported as outdated.
  if (header_checksum_of(*h) != h->header_checksum) {
    if (older_format(*h, size))
      throw ModelError(name + " has format version " + std::to_string(h->format_version) +
                           ", this build reads version " + std::to_string(kModelFormatVersion),
                       kOutdatedHint);
    throw ModelError(name + " is corrupt (header checksum mismatch)", kRebuildHint);
  }
  // The header is as written; a bad field now means a file written by another build.
  if (h->format_version != kModelFormatVersion)
    throw ModelError(name + " has format version " + std::to_string(h->format_version) +
                         ", this build reads version " + std::to_string(kModelFormatVersion),
                     kRebuildHint);
  if (h->tag_count != kTagCount)
    throw ModelError(name + " has " + std::to_string(h->tag_count) + " tags, this build uses " +
                         std::to_string(kTagCount),
                     kRebuildHint);
  if (h->row_bits < 8 || h->row_bits > 24 || h->names_size > h->payload_size ||
      h->payload_size - h->names_size != payload_size_for(h->row_bits))
    throw ModelError(name + " is corrupt (bad table size)", kRebuildHint);
  if (h->payload_size != size - sizeof(ModelHeader))
    throw ModelError(name + " is truncated or has a bad size (" + std::to_string(size) +
                         " bytes, the header says " +
                         std::to_string(h->payload_size + sizeof(ModelHeader)) + ")",
                     kRebuildHint);
  const uint8_t* payload = m->base_ + sizeof(ModelHeader);
  m->header_ = h;
  m->transitions_ = reinterpret_cast<const int32_t*>(payload);
  m->start_ = m->transitions_ + kTagCount * kTagCount;
  m->rows_ = reinterpret_cast<const int16_t*>(m->start_ + kTagCount);
  for (int i = 0; i < kTagCount * kTagCount + kTagCount; ++i)
    if (m->transitions_[i] > kMaxTransitionScore || m->transitions_[i] < -kMaxTransitionScore)
      throw ModelError(name + " is corrupt (transition score out of range)", kRebuildHint);
  if (check == ModelCheck::kFull) m->verify();
  // Read after the checksum when it is checked; a damaged list that still parses only changes
  // which names get a feature.
  try {
    m->list_gazetteers_ = ListGazetteers::from_list(std::string_view(
        reinterpret_cast<const char*>(payload) + payload_size_for(h->row_bits), h->names_size));
  } catch (const InputError& e) {
    throw ModelError(name + " is corrupt (its name list: " + e.what() + ")", kRebuildHint);
  }
  return m;
}

void NerModel::verify() const {
  if (io::checksum64(base_ + sizeof(ModelHeader), header_->payload_size) !=
      header_->payload_checksum)
    throw ModelError("entity model \"" + path() + "\" is corrupt (checksum mismatch)",
                     kRebuildHint);
}

std::string NerModel::source() const {
  return std::string(header_->source, strnlen(header_->source, sizeof header_->source));
}

}  // namespace kornews::ner
