#include "core/analytics/term_sketch.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"

namespace kornews::analytics {

namespace {

bool Before(const TermCount& a, const TermCount& b) {
  return a.count != b.count ? a.count > b.count : a.term < b.term;
}

void PutU64(std::string& out, uint64_t v) {
  char b[8];
  std::memcpy(b, &v, 8);
  out.append(b, 8);
}

uint64_t GetU64(std::string_view& in) {
  if (in.size() < 8) throw Error("ko_top_terms: truncated partial state");
  uint64_t v;
  std::memcpy(&v, in.data(), 8);
  in.remove_prefix(8);
  return v;
}

constexpr uint64_t kMagic = 0x6b6e736b65746368ull;  // "knsketch"

}  // namespace

void TermSketch::add(std::string_view term, int64_t n) {
  auto it = counts_.find(std::string(term));
  if (it != counts_.end()) {
    it->second.count += n;
    return;
  }
  counts_.emplace(std::string(term), Counter{floor_ + n, floor_});
  if (counts_.size() >= 2 * capacity_) Prune();
}

void TermSketch::merge(const TermSketch& other) {
  // A term held by one side only may have had up to that other side's floor there.
  for (auto& [term, c] : counts_) {
    if (other.counts_.count(term) == 0) {
      c.count += other.floor_;
      c.error += other.floor_;
    }
  }
  for (const auto& [term, oc] : other.counts_) {
    auto it = counts_.find(term);
    if (it != counts_.end()) {
      it->second.count += oc.count;
      it->second.error += oc.error;
    } else {
      counts_.emplace(term, Counter{oc.count + floor_, oc.error + floor_});
    }
  }
  floor_ += other.floor_;
  capacity_ = std::max(capacity_, other.capacity_);
  if (counts_.size() >= 2 * capacity_) Prune();
}

void TermSketch::Prune() {
  std::vector<TermCount> all;
  all.reserve(counts_.size());
  for (const auto& [term, c] : counts_) all.push_back({term, c.count, c.error});
  std::nth_element(all.begin(), all.begin() + static_cast<long>(capacity_), all.end(), Before);
  // all[capacity_] is the largest dropped count (the partition puts it first among the rest).
  int64_t dropped_max = 0;
  for (size_t i = capacity_; i < all.size(); ++i) dropped_max = std::max(dropped_max, all[i].count);
  for (size_t i = capacity_; i < all.size(); ++i) counts_.erase(all[i].term);
  floor_ = std::max(floor_, dropped_max);
}

std::vector<TermCount> TermSketch::top(size_t k) const {
  std::vector<TermCount> all;
  all.reserve(counts_.size());
  for (const auto& [term, c] : counts_) all.push_back({term, c.count, c.error});
  const size_t n = std::min(k, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<long>(n), all.end(), Before);
  all.resize(n);
  return all;
}

TermCount TermSketch::lookup(const std::string& term) const {
  const auto it = counts_.find(term);
  if (it == counts_.end()) return {term, 0, floor_};
  return {term, it->second.count, it->second.error};
}

size_t TermSketch::memory_bytes() const {
  size_t bytes = counts_.bucket_count() * sizeof(void*);
  for (const auto& [term, c] : counts_) bytes += 64 + term.capacity();
  return bytes;
}

std::string TermSketch::Serialize() const {
  std::string out;
  out.reserve(32 + counts_.size() * 32);
  PutU64(out, kMagic);
  PutU64(out, capacity_);
  PutU64(out, static_cast<uint64_t>(floor_));
  PutU64(out, counts_.size());
  for (const auto& [term, c] : counts_) {
    PutU64(out, term.size());
    out += term;
    PutU64(out, static_cast<uint64_t>(c.count));
    PutU64(out, static_cast<uint64_t>(c.error));
  }
  return out;
}

TermSketch TermSketch::Deserialize(std::string_view in) {
  if (GetU64(in) != kMagic) throw Error("ko_top_terms: not a partial state of ko_top_terms");
  TermSketch s(GetU64(in));
  s.floor_ = static_cast<int64_t>(GetU64(in));
  const uint64_t n = GetU64(in);
  if (n > in.size()) throw Error("ko_top_terms: truncated partial state");
  s.counts_.reserve(n);
  for (uint64_t i = 0; i < n; ++i) {
    const uint64_t len = GetU64(in);
    if (len > in.size()) throw Error("ko_top_terms: truncated partial state");
    std::string term(in.substr(0, len));
    in.remove_prefix(len);
    const int64_t count = static_cast<int64_t>(GetU64(in));
    const int64_t error = static_cast<int64_t>(GetU64(in));
    s.counts_.emplace(std::move(term), Counter{count, error});
  }
  return s;
}

}  // namespace kornews::analytics
