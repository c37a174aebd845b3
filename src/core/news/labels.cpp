#include "core/news/labels.h"

#include <algorithm>

#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// Longest tag content we accept, in bytes: about ten Hangul syllables. Longer bracketed text
// is part of the headline, not a tag.
constexpr size_t kMaxTagBytes = 32;

struct BracketPair {
  std::string_view open, close;
  bool any_content;  // square brackets: any short tag; others: known labels only
};

const BracketPair kBrackets[] = {
    {"[", "]", true},   {"【", "】", true},  {"［", "］", true},
    {"〔", "〕", true}, {"(", ")", false},   {"（", "）", false},
    {"<", ">", false},  {"〈", "〉", false}, {"《", "》", false},
};

// True when `tag` (without brackets, spaces removed) is one of the known label words or patterns.
bool is_known_label(std::string_view tag);

std::string without_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    if (size_t n = space_length(text, pos)) {
      pos += n;
    } else {
      out.push_back(text[pos++]);
    }
  }
  return out;
}

// The normalized label when `content` (between the brackets of `pair`) is one.
std::optional<std::string> label_of(std::string_view content, const BracketPair& pair) {
  std::string tag = without_spaces(content);
  if (tag.empty() || tag.size() > kMaxTagBytes || is_ascii_digits(tag)) return std::nullopt;
  for (const auto& p : kBrackets) {
    if (tag.find(p.open) != std::string::npos || tag.find(p.close) != std::string::npos) {
      return std::nullopt;
    }
  }
  if (!pair.any_content && !is_known_label(tag)) return std::nullopt;
  return tag;
}

// A tag at the start of `text`: its label and the rest of the text after it.
std::optional<std::string> take_leading_tag(std::string_view& text) {
  for (const auto& pair : kBrackets) {
    if (!starts_with(text, pair.open)) continue;
    const size_t close = text.find(pair.close, pair.open.size());
    if (close == std::string_view::npos) return std::nullopt;
    auto label = label_of(text.substr(pair.open.size(), close - pair.open.size()), pair);
    if (!label) return std::nullopt;
    text = trim(text.substr(close + pair.close.size()));
    return label;
  }
  return std::nullopt;
}

// The content of the bracketed group closing `text`, if it ends with one.
std::optional<std::string_view> trailing_group(std::string_view text, const BracketPair& pair,
                                               std::string_view& before) {
  if (!ends_with(text, pair.close)) return std::nullopt;
  const std::string_view inner = text.substr(0, text.size() - pair.close.size());
  const size_t open = inner.rfind(pair.open);
  if (open == std::string_view::npos) return std::nullopt;
  before = trim(inner.substr(0, open));
  return inner.substr(open + pair.open.size());
}

std::optional<std::string> take_trailing_tag(std::string_view& text) {
  for (const auto& pair : kBrackets) {
    std::string_view before;
    auto content = trailing_group(text, pair, before);
    if (!content) continue;
    auto label = label_of(*content, pair);
    if (!label || before.empty()) return std::nullopt;
    text = before;
    return label;
  }
  return std::nullopt;
}

bool all_digits_then(std::string_view tag, std::string_view suffix) {
  return ends_with(tag, suffix) && is_ascii_digits(tag.substr(0, tag.size() - suffix.size()));
}

bool is_known_label(std::string_view tag) {
  static const std::string_view kWords[] = {
      "종합",   "속보",     "단독", "상보", "영상", "사진",     "포토",     "포토뉴스",
      "인터뷰", "르포",     "사설", "칼럼", "현장", "일문일답", "전문",     "해설",
      "그래픽", "카드뉴스", "기고", "시론", "논평", "분석",     "팩트체크", "오피니언",
      "이슈",   "재송",     "수정", "정정", "1보",  "2보",      "긴급",     "특보",
  };
  if (std::find(std::begin(kWords), std::end(kWords), tag) != std::end(kWords)) return true;
  // "3보", "종합2보", "2신"
  std::string_view rest = tag;
  if (starts_with(rest, "종합")) rest.remove_prefix(std::string_view("종합").size());
  return all_digits_then(rest, "보") || all_digits_then(tag, "신");
}

}  // namespace

TitleParts split_title(std::string_view title) {
  TitleParts parts;
  std::string_view text = trim(title);

  // "… 대피 [12]": the comment count, last on the line.
  std::string_view before;
  if (auto count = trailing_group(text, kBrackets[0], before)) {
    int64_t comments;
    if (!before.empty() && parse_integer(trim(*count), comments)) {
      parts.comments = comments;
      text = before;
    }
  }
  parts.display = text;

  while (auto label = take_leading_tag(text)) parts.labels.push_back(std::move(*label));
  std::vector<std::string> trailing;
  while (!text.empty()) {
    auto label = take_trailing_tag(text);
    if (!label) break;
    trailing.push_back(std::move(*label));
  }
  parts.labels.insert(parts.labels.end(), trailing.rbegin(), trailing.rend());
  parts.bare = text;
  return parts;
}

}  // namespace kornews::news
