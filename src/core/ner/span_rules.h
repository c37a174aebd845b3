// Rules that repair the model's spans where a character model gets the shape of Korean words
// wrong (issue 14):
//   - a number keeps its unit: 99999999999조 원 is one QT span, never DT 99999999999 + QT 조 원;
//   - a number inside an alphanumeric name is no quantity: H100, 910C, 갤럭시S25 (units of
//     measure such as 5km, 3D, 100GB stay quantities);
//   - a span never starts inside a word's ending or verb stem: 아니라 엔비디아 gives 엔비디아,
//     not 라 엔비디아; and a name that runs into the next word never ends inside the word's first
//     morpheme (알렉산더 왕 창|업자);
//   - a number with a currency is an amount whatever the model calls it (구천구백구십구경 원);
//   - a technology's Latin abbreviation is no organization (GPU, EUV, HBM), nor its last word
//     (엔비디아 AI);
//   - a date takes the 지난/오는 before it (지난 7일), which decides its value;
//   - "<person> <organization> <title>" is split where the model ran the person over the
//     organization (마크 저커버그 메타 최고경영자).
#pragma once

#include <cstdint>
#include <vector>

#include "core/morph/morpheme.h"
#include "core/ner/entity.h"

namespace kornews::ner {

struct SpanRange {
  int32_t start, end;  // code points into the line, end exclusive
  EntityLabel label;
};

// Whether a person's title used after "<person> <organization>" starts at `pos` (최고경영자,
// 창업자, 대표, 회장 ...).
bool is_title_at(const std::vector<char32_t>& cps, int32_t pos);

// `spans` in text order, non-overlapping; they stay so. `morphs` are the line's morphemes
// (code-point offsets into `cps`).
void repair_spans(const std::vector<char32_t>& cps, const std::vector<Morpheme>& morphs,
                  std::vector<SpanRange>& spans);

}  // namespace kornews::ner
