#include "core/dict/double_array_builder.h"

#include <algorithm>
#include <stdexcept>

namespace kornews::dict {
namespace {

constexpr uint32_t kFree = UINT32_MAX;

class Builder {
 public:
  Builder(const std::vector<std::vector<uint16_t>>& keys, const std::vector<uint32_t>& values)
      : keys_(keys), values_(values) {
    grow(1 << 16);
    units_[0].check = 0;  // the root is never free
  }

  std::vector<TrieUnit> build() {
    if (!keys_.empty()) insert(0, 0, keys_.size(), 0);
    size_t last = units_.size();
    while (last > 1 && units_[last - 1].check == kFree) --last;
    units_.resize(last);
    return std::move(units_);
  }

 private:
  struct Child {
    uint16_t code;
    size_t begin, end;  // range of keys below this child
  };

  void grow(size_t size) {
    if (size > units_.size()) units_.resize(size, TrieUnit{0, kFree, kNoValue});
  }

  // Places the children of `state`; keys [begin, end) share their first `depth` codes, and a
  // key of exactly that length (sorted first) ends at `state` itself.
  void insert(uint32_t state, size_t begin, size_t end, size_t depth) {
    if (keys_[begin].size() == depth) {
      units_[state].value = values_[begin];
      if (++begin < end && keys_[begin].size() == depth)
        throw std::invalid_argument("duplicate key");
    }
    std::vector<Child> children;
    for (size_t k = begin; k < end;) {
      const uint16_t code = keys_[k][depth];
      if (code == 0) throw std::invalid_argument("code 0 in a key");
      size_t next = k + 1;
      while (next < end && keys_[next][depth] == code) ++next;
      children.push_back(Child{code, k, next});
      k = next;
    }
    if (children.empty()) return;

    const uint32_t base = find_base(children);
    units_[state].base = static_cast<int32_t>(base);
    for (const Child& c : children) units_[base + c.code].check = state;
    for (const Child& c : children) insert(base + c.code, c.begin, c.end, depth + 1);
  }

  // First base at or after the scan cursor where every child's unit is free. The cursor skips
  // the densely used prefix so that the search stays close to linear.
  uint32_t find_base(const std::vector<Child>& children) {
    const uint16_t first = children.front().code;
    uint32_t pos = std::max<uint32_t>(cursor_, first + 1u);
    size_t occupied = 0;
    bool first_free_seen = false;
    for (;; ++pos) {
      grow(pos + 1);
      if (units_[pos].check != kFree) {
        ++occupied;
        continue;
      }
      if (!first_free_seen) {
        first_free_seen = true;
        cursor_ = pos;
      }
      const uint32_t base = pos - first;
      grow(base + children.back().code + 1);
      bool fits = true;
      for (const Child& c : children) {
        if (units_[base + c.code].check != kFree) {
          fits = false;
          break;
        }
      }
      if (!fits) continue;
      if (pos > cursor_ && occupied * 20 >= (pos - cursor_ + 1) * 19) cursor_ = pos;
      return base;
    }
  }

  const std::vector<std::vector<uint16_t>>& keys_;
  const std::vector<uint32_t>& values_;
  std::vector<TrieUnit> units_;
  uint32_t cursor_ = 1;
};

}  // namespace

std::vector<TrieUnit> build_double_array(const std::vector<std::vector<uint16_t>>& keys,
                                         const std::vector<uint32_t>& values) {
  if (keys.size() != values.size()) throw std::invalid_argument("keys and values differ in size");
  for (uint32_t v : values) {
    if (v == kNoValue) throw std::invalid_argument("value reserved for 'no word'");
  }
  return Builder(keys, values).build();
}

}  // namespace kornews::dict
