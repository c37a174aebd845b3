// The predecessors a lattice position offers, as parallel arrays for a tight scan.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kornews {

struct LeftNodes {
  std::vector<int32_t> cost;
  std::vector<uint16_t> right_id;
  std::vector<int32_t> node;
  size_t size = 0;

  void clear() { size = 0; }
  void push_back(int32_t c, uint16_t r, int32_t n) {
    if (size == cost.size()) {
      const size_t grown = size * 2 + 16;
      cost.resize(grown), right_id.resize(grown), node.resize(grown);
    }
    cost[size] = c, right_id[size] = r, node[size] = n;
    ++size;
  }
};

}  // namespace kornews
