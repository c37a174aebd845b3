// How surprising a term's count in a recent span is against a baseline span: Dunning's
// log-likelihood ratio G² on the 2x2 table (documents with / without the term, recent /
// baseline), signed so that a term rising above its baseline rate is positive and a falling one
// negative. Unlike a ratio it grows with the evidence: 3 documents against 0 scores far below
// 400 a day against 40 a day, and a term seen a few times scores near 0 whatever its ratio.
#pragma once

#include <cstdint>

namespace kornews::analytics {

// a: recent documents with the term, recent_docs: all recent documents; b, baseline_docs the
// same for the baseline span. 0 when either span has no documents.
double BurstScore(int64_t a, int64_t recent_docs, int64_t b, int64_t baseline_docs);

// Pointwise mutual information of two terms over `docs` documents: ln(P(a,b) / P(a)P(b)).
double Pmi(int64_t both, int64_t a, int64_t b, int64_t docs);

}  // namespace kornews::analytics
