#include "core/news/headline_layout.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace kornews::news {
namespace {

template <size_t N>
bool one_of(std::string_view word, const std::string_view (&words)[N]) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

// The words below (header words, notice markers, reporter titles) are short, and the parser
// compares several tokens of every row with them: a token is lowered (std::tolower, byte by
// byte) into a buffer on the stack, only as far as a comparison needs. Most tokens differ from
// every word in length or in their first bytes.
constexpr size_t kMaxWordBytes = 16;

template <size_t N>
constexpr bool all_short(const std::string_view (&words)[N]) {
  for (std::string_view w : words)
    if (w.size() > kMaxWordBytes) return false;
  return true;
}

class LoweredToken {
 public:
  explicit LoweredToken(std::string_view text) : text_(text) {}

  // Whether the token lowered is `word` (at most kMaxWordBytes long).
  bool is(std::string_view word) {
    if (word.size() != text_.size()) return false;
    for (size_t i = 0; i < word.size(); ++i) {
      if (i == lowered_) {
        lower_[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(text_[i])));
        ++lowered_;
      }
      if (lower_[i] != word[i]) return false;
    }
    return true;
  }

 private:
  std::string_view text_;
  char lower_[kMaxWordBytes];
  size_t lowered_ = 0;  // bytes of lower_ filled
};

// one_of for the lowered `text`.
template <size_t N>
bool one_of_lowered(std::string_view text, const std::string_view (&words)[N]) {
  LoweredToken token(text);
  for (std::string_view w : words)
    if (token.is(w)) return true;
  return false;
}

// The column a header cell names ("번호", "제목", "글쓴이", "날짜", "조회", …), or false.
bool header_column(std::string_view cell, Column& out) {
  struct Entry {
    std::string_view word;
    Column column;
  };
  static constexpr Entry kEntries[] = {
      {"번호", Column::Number},     {"no", Column::Number},        {"no.", Column::Number},
      {"#", Column::Number},        {"제목", Column::Title},       {"title", Column::Title},
      {"글쓴이", Column::Author},   {"작성자", Column::Author},    {"이름", Column::Author},
      {"기자", Column::Author},     {"매체", Column::Author},      {"언론사", Column::Author},
      {"출처", Column::Author},     {"닉네임", Column::Author},    {"글쓴이명", Column::Author},
      {"author", Column::Author},   {"날짜", Column::Date},        {"등록일", Column::Date},
      {"작성일", Column::Date},     {"일자", Column::Date},        {"일시", Column::Date},
      {"시간", Column::Date},       {"등록", Column::Date},        {"date", Column::Date},
      {"조회", Column::Views},      {"조회수", Column::Views},     {"hit", Column::Views},
      {"hits", Column::Views},      {"views", Column::Views},      {"댓글", Column::Comments},
      {"댓글수", Column::Comments}, {"추천", Column::Ignored},     {"추천수", Column::Ignored},
      {"공감", Column::Ignored},    {"분류", Column::Ignored},     {"말머리", Column::Ignored},
      {"구분", Column::Ignored},    {"카테고리", Column::Ignored},
  };
  static_assert([] {
    for (const Entry& e : kEntries)
      if (e.word.size() > kMaxWordBytes) return false;
    return true;
  }());
  LoweredToken word(cell);
  for (const auto& e : kEntries) {
    if (word.is(e.word)) {
      out = e.column;
      return true;
    }
  }
  return false;
}

}  // namespace

bool recognize_header(const std::vector<std::string_view>& cells, Layout& out) {
  Layout layout;
  bool has_title = false;
  for (size_t i = 0; i < cells.size(); ++i) {
    std::string_view cell = cells[i];
    if (cell.empty()) continue;  // "| 번호 | 제목 |" has empty cells at both ends
    Column column;
    if (!header_column(cell, column)) {
      // "조회 수" and "댓글 수" are written as two words.
      if (cell == "수" && !layout.empty() &&
          (layout.back() == Column::Views || layout.back() == Column::Comments ||
           layout.back() == Column::Ignored)) {
        continue;
      }
      return false;
    }
    has_title = has_title || column == Column::Title;
    layout.push_back(column);
  }
  if (!has_title || layout.size() < 2) return false;
  if (std::count(layout.begin(), layout.end(), Column::Title) != 1) return false;
  out = std::move(layout);
  return true;
}

bool is_notice_marker(std::string_view token) {
  static constexpr std::string_view kMarkers[] = {"공지",   "[공지]",  "공지사항", "[공지사항]",
                                                  "알림",   "[알림]",  "필독",     "[필독]",
                                                  "notice", "[notice]"};
  static_assert(all_short(kMarkers));
  return one_of_lowered(token, kMarkers);
}

bool is_reporter_title(std::string_view token) {
  static constexpr std::string_view kTitles[] = {"기자",     "특파원",   "선임기자",   "전문기자",
                                                 "수습기자", "인턴기자", "객원기자",   "대기자",
                                                 "논설위원", "편집위원", "위원",       "통신원",
                                                 "앵커",     "pd",       "칼럼니스트", "기자단"};
  static_assert(all_short(kTitles));
  return one_of_lowered(token, kTitles);
}

bool is_separator_token(std::string_view token) {
  static const std::string_view kSeparators[] = {"-", "–", "—", "|", "·", "ㆍ", "/"};
  return one_of(token, kSeparators);
}

}  // namespace kornews::news
