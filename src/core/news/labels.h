// The tags Korean headlines carry at either end — "[단독]", "[속보]", "【포토】", "<인터뷰>",
// "(종합)", "(2보)" — and the comment count boards append ("… 대피 [12]").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kornews::news {

struct TitleParts {
  // The headline as displayed, minus a trailing comment count.
  std::string_view display;
  // `display` without the label tags at its start and end.
  std::string_view bare;
  // The tags in display order, without brackets or inner spaces: "단독", "종합2보".
  std::vector<std::string> labels;
  std::optional<int64_t> comments;
};

// Square-bracket tags ([…] 【…】 ［…］ 〔…〕) are labels whatever they say, as long as they are
// short and not a bare number. Parenthesized and angle-bracketed tags are labels only when they
// are of the known kinds (종합, N보, 종합N보, 속보, 단독, 영상, 사진, 인터뷰, …), because titles
// also end in ordinary parentheses ("(feat. …)"). A trailing "[12]" is the comment count.
TitleParts split_title(std::string_view title);

}  // namespace kornews::news
