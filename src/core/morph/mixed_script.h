// Names written in Hangul and then Latin letters or digits with no space: 엑스AI, 카카오T,
// 갤럭시S25, 아이폰16, 그록3, 갤럭시Z폴드6. The dictionary knows at most the Hangul part, so the
// lattice would split them into 엑스/NNG AI/SL or 갤럭시/NNP S/SL 25/SN; but in news a Hangul word
// glued to letters or digits is almost always a product or company name, while numbers with
// counters (오후3시, 1조2000억, 3%) and prefixes (제2, 약3) have their own shapes, left alone here.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace kornews::mixed_script {

// Where a mixed-script name that starts at `begin` may end, appended to `ends` (shortest
// first); nothing unless `begin` starts an eojeol with Hangul directly followed by Latin letters
// (챗GPT) or, after two syllables or more, by digits (그록3; not 제2). A name ends where a run of letters and digits ends, so a
// particle after it stays apart (엑스AI|가); Hangul between two such runs belongs to the name
// (갤럭시Z폴드6). Not through a number that a counter or numeral follows (`counter_at(p)`: a
// dictionary counter such as 시 개 명 or numeral such as 억 starts at p), nor one followed by %,
// ~, or a decimal or thousands separator, nor digits with a unit of measure (16GB).
void name_ends(const char32_t* chars, int32_t size, int32_t begin,
               const std::function<bool(int32_t)>& counter_at, std::vector<int32_t>& ends);

// Whether the name, read aloud, ends in a final consonant (아이폰16 육, 카카오L 엘: 이 follows;
// 엑스AI 아이, 그록2 이: 가 follows), so that the right particles join it.
bool read_with_final_consonant(char32_t last);

}  // namespace kornews::mixed_script
