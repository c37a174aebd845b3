// The predecessors a lattice position offers, as parallel arrays, so that the candidates under
// a cost threshold are found four at a time.
#pragma once

#include <climits>
#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace kornews {

struct LeftNodes {
  // Arrays kept at least size + 4 long, so the four-wide scan never reads past them.
  std::vector<int32_t> cost;
  std::vector<uint16_t> right_id;
  std::vector<int32_t> node;
  std::vector<int32_t> rank;  // place in MeCab's list order, for ties
  size_t size = 0;

  void clear() { size = 0; }
  void push_back(int32_t c, uint16_t r, int32_t n, int32_t k) {
    if (size + 4 >= cost.size()) grow();
    set(size++, c, r, n, k);
  }
  void set(size_t i, int32_t c, uint16_t r, int32_t n, int32_t k) {
    cost[i] = c, right_id[i] = r, node[i] = n, rank[i] = k;
  }
  // Gives the slots after the last one costs no threshold admits.
  void pad() {
    if (size + 4 > cost.size()) grow();
    for (size_t i = size; i < size + 4; ++i) cost[i] = INT32_MAX;
  }

  // Calls visit(i) for every i with cost[i] <= threshold, in order.
  template <typename Visit>
  void for_each_at_most(int32_t threshold, Visit&& visit) const {
#if defined(__SSE2__)
    const __m128i limit = _mm_set1_epi32(threshold);
    for (size_t base = 0; base < size; base += 4) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(cost.data() + base));
      unsigned mask =
          ~static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(_mm_cmpgt_epi32(c, limit)))) & 0xF;
      while (mask) {
        visit(base + static_cast<size_t>(__builtin_ctz(mask)));
        mask &= mask - 1;
      }
    }
#else
    for (size_t i = 0; i < size; ++i)
      if (cost[i] <= threshold) visit(i);
#endif
  }

 private:
  void grow() {
    const size_t n = cost.size() * 2 + 16;
    cost.resize(n), right_id.resize(n), node.resize(n), rank.resize(n);
  }
};

}  // namespace kornews
