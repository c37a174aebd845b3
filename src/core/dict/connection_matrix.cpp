#include "core/dict/connection_matrix.h"

#include <algorithm>
#include <map>

namespace kornews::dict {
namespace {

// Gives equal vectors one class; classes are numbered by how often their ids are used, most
// used first, with the class of id 0 always 0.
std::vector<uint16_t> classify(const std::vector<std::vector<int16_t>>& vectors,
                               const std::vector<uint32_t>& uses, uint16_t* classes) {
  std::map<std::vector<int16_t>, uint32_t> first_of;  // vector -> first id with it
  std::vector<uint32_t> representative(vectors.size());
  std::vector<uint64_t> class_uses(vectors.size(), 0);
  for (uint32_t i = 0; i < vectors.size(); ++i) {
    representative[i] = first_of.emplace(vectors[i], i).first->second;
    class_uses[representative[i]] += i < uses.size() ? uses[i] : 0;
  }
  std::vector<uint32_t> order;
  for (const auto& [vector, id] : first_of) order.push_back(id);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    if ((a == 0) != (b == 0)) return a == 0;
    return class_uses[a] != class_uses[b] ? class_uses[a] > class_uses[b] : a < b;
  });
  std::vector<uint16_t> number(vectors.size());
  for (size_t k = 0; k < order.size(); ++k) number[order[k]] = static_cast<uint16_t>(k);
  std::vector<uint16_t> out(vectors.size());
  for (size_t i = 0; i < vectors.size(); ++i) out[i] = number[representative[i]];
  *classes = static_cast<uint16_t>(order.size());
  return out;
}

}  // namespace

CompactMatrix compact_matrix(uint16_t right_count, uint16_t left_count,
                             const std::vector<int16_t>& costs,
                             const std::vector<uint32_t>& right_uses,
                             const std::vector<uint32_t>& left_uses) {
  const auto at = [&](size_t right, size_t left) { return costs[right + right_count * left]; };
  std::vector<std::vector<int16_t>> rows(left_count), columns(right_count);
  for (size_t l = 0; l < left_count; ++l)
    for (size_t r = 0; r < right_count; ++r) rows[l].push_back(at(r, l));
  for (size_t r = 0; r < right_count; ++r)
    for (size_t l = 0; l < left_count; ++l) columns[r].push_back(at(r, l));

  CompactMatrix m;
  m.left_class = classify(rows, left_uses, &m.left_size);
  m.right_class = classify(columns, right_uses, &m.right_size);
  m.costs.assign(static_cast<size_t>(m.right_size) * m.left_size, 0);
  m.column_min.assign(m.right_size, INT16_MAX);
  m.column_max.assign(m.right_size, INT16_MIN);
  for (size_t l = 0; l < left_count; ++l) {
    for (size_t r = 0; r < right_count; ++r) {
      const uint16_t right = m.right_class[r];
      const int16_t cost = at(r, l);
      m.costs[right + static_cast<size_t>(m.right_size) * m.left_class[l]] = cost;
      m.column_min[right] = std::min(m.column_min[right], cost);
      m.column_max[right] = std::max(m.column_max[right], cost);
    }
  }
  return m;
}

}  // namespace kornews::dict
