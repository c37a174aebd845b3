#include "core/analytics/burst.h"

#include <algorithm>
#include <cmath>

namespace kornews::analytics {
namespace {

// k ln(k / expected), with 0 ln 0 = 0.
double Term(double k, double expected) {
  return k > 0 && expected > 0 ? k * std::log(k / expected) : 0.0;
}

}  // namespace

double BurstScore(int64_t a, int64_t recent_docs, int64_t b, int64_t baseline_docs) {
  if (recent_docs <= 0 || baseline_docs <= 0) return 0.0;
  // Counts are clipped to their span's size: an approximate count may exceed it.
  const double n1 = static_cast<double>(recent_docs), n2 = static_cast<double>(baseline_docs);
  const double k1 = std::min(static_cast<double>(std::max<int64_t>(a, 0)), n1);
  const double k2 = std::min(static_cast<double>(std::max<int64_t>(b, 0)), n2);
  const double n = n1 + n2, k = k1 + k2;
  const double g2 = 2.0 * (Term(k1, n1 * k / n) + Term(k2, n2 * k / n) +
                           Term(n1 - k1, n1 * (n - k) / n) + Term(n2 - k2, n2 * (n - k) / n));
  const double rising = k1 / n1 - k2 / n2;
  return rising >= 0 ? std::max(g2, 0.0) : -std::max(g2, 0.0);
}

double Pmi(int64_t both, int64_t a, int64_t b, int64_t docs) {
  if (both <= 0 || a <= 0 || b <= 0 || docs <= 0) return 0.0;
  return std::log(static_cast<double>(both) * static_cast<double>(docs) /
                  (static_cast<double>(a) * static_cast<double>(b)));
}

}  // namespace kornews::analytics
