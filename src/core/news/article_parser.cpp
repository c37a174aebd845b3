#include "core/news/article_parser.h"

#include <algorithm>

#include "core/interrupt.h"
#include "core/news/headline_layout.h"
#include "core/news/headline_parser.h"
#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// Titles and sub-titles are short; a paragraph is longer than this many bytes (about 50
// Hangul syllables) or ends with a period.
constexpr size_t kMaxHeadingBytes = 160;
// An outlet name or "김민수 기자 kim@example.com" fits in this many bytes.
constexpr size_t kMaxBylineBytes = 100;
// A headline list is at least this many rows (or a header and one row).
constexpr int kMinListLines = 2;

struct Line {
  int64_t line_no;
  std::string_view text;  // trimmed
  bool in_list = false;   // a header or a row of an embedded headline list
};

bool contains(std::string_view text, std::string_view word) {
  return text.find(word) != std::string_view::npos;
}

bool is_navigation(std::string_view text) {
  static const std::string_view kExact[] = {
      "메뉴 건너뛰기",
      "본문 바로가기",
      "본문으로 바로가기",
      "주메뉴 바로가기",
      "메뉴 바로가기",
      "전체메뉴",
      "전체 메뉴",
      "메뉴",
      "로그인",
      "회원가입",
      "검색",
      "구독",
      "구독하기",
      "공유하기",
      "기사 공유하기",
      "글자크기",
      "글자 크기",
      "인쇄",
      "인쇄하기",
      "스크랩",
      "좋아요",
      "댓글",
      "이전 기사",
      "다음 기사",
      "목록",
      "맨 위로",
      "닫기",
      "홈",
      "뉴스홈",
      "기사 듣기",
  };
  if (std::find(std::begin(kExact), std::end(kExact), text) != std::end(kExact)) return true;
  if (starts_with(text, "메뉴 건너뛰기") || starts_with(text, "본문 바로가기")) return true;
  // "홈 > 경제 > 산업": a breadcrumb.
  return text.size() <= kMaxHeadingBytes && std::count(text.begin(), text.end(), '>') >= 2 &&
         contains(text, " > ");
}

bool is_copyright(std::string_view text) {
  return text.size() <= 2 * kMaxHeadingBytes &&
         (contains(text, "무단 전재") || contains(text, "무단전재") ||
          contains(text, "재배포 금지") || contains(text, "재배포금지") ||
          starts_with(text, "Copyright") || starts_with(text, "copyright") ||
          starts_with(text, "ⓒ") || starts_with(text, "©"));
}

bool is_caption(std::string_view text) {
  if (text.size() > 2 * kMaxHeadingBytes) return false;
  static const std::string_view kCredits[] = {
      "사진=", "사진 =", "일러스트=", "그래픽=", "이미지=", "자료사진=", "사진제공=", "사진 제공="};
  for (std::string_view credit : kCredits) {
    if (contains(text, credit)) return true;
  }
  if (starts_with(text, "▲")) return true;
  if (ends_with(text, "자료사진]") || ends_with(text, "자료사진)")) return true;
  // "… 악수하고 있다. /연합뉴스": a photo line ending in an agency credit.
  const size_t slash = text.rfind('/');
  if (slash != std::string_view::npos && slash + 1 < text.size() && slash > 0) {
    const std::string_view credit = text.substr(slash + 1);
    return credit.size() <= 24 && credit.find(' ') == std::string_view::npos &&
           !is_ascii_digits(credit) && (text[slash - 1] == ' ' || text[slash - 1] == '.');
  }
  return false;
}

bool is_paragraph(std::string_view text) {
  return text.size() > kMaxHeadingBytes || ends_with(text, ".");
}

// "입력 2025.02.07 09:31", "김민수 기자 kim@example.com", "[한빛일보 김민수 기자]", "조선비즈".
bool is_byline(std::string_view text, bool after_body) {
  if (text.size() > kMaxBylineBytes) return false;
  static const std::string_view kStamps[] = {"입력",     "수정", "승인",
                                             "기사입력", "등록", "업데이트"};
  for (std::string_view stamp : kStamps) {
    if (starts_with(text, stamp) && text.size() > stamp.size() &&
        (space_length(text, stamp.size()) || text[stamp.size()] == ':')) {
      return true;
    }
  }
  std::vector<std::string_view> tokens;
  split_tokens(text, tokens);
  for (const std::string_view token : tokens) {
    if (token.find('@') != std::string_view::npos && token.find('.') != std::string_view::npos) {
      return true;
    }
  }
  std::string_view last = tokens.back();
  if (starts_with(text, "[") && ends_with(last, "]")) last.remove_suffix(1);
  if (tokens.size() <= 4 && is_reporter_title(last)) return true;
  // After the paragraphs, a line of one to three words that is no sentence: the outlet
  // (parse_article demotes it to a sub-head when more paragraphs follow).
  return after_body && tokens.size() <= 3 && !is_paragraph(text);
}

// A byline by the strong signs only: stamp, e-mail or reporter's title.
bool is_certain_byline(std::string_view text) {
  return is_byline(text, false);
}

// Marks the lines that form an embedded headline list: at least kMinListLines consecutive
// lines that the headline parser takes as a header or a parsed row.
void mark_lists(std::vector<Line>& lines) {
  std::vector<bool> list_line(lines.size(), false);
  {
    // Which lines produced a parsed row; a non-blank line producing no row at all is a header
    // or a table rule. The reference date does not matter for recognizing rows.
    HeadlineParser parser(Reference{CivilDate{2000, 1, 1}, std::nullopt});
    // The parser numbers the lines it is given: row.line_no - 1 indexes `lines`.
    std::vector<bool> has_row(lines.size(), false);
    auto collect = [&]() {
      for (const HeadlineRow& row : parser.ready_rows()) {
        const size_t index = static_cast<size_t>(row.line_no - 1);
        has_row[index] = true;
        list_line[index] = row.parsed;
      }
      parser.ready_rows().clear();
    };
    for (const Line& line : lines) {
      poll_interrupt();
      // A line too long for a headline row is no list line: the parser gets it as a blank line,
      // which ends a list as such a line would, without copying megabytes it would not parse.
      parser.add_line(line.text.size() > HeadlineParser::kMaxLineBytes ? std::string_view()
                                                                       : line.text);
      collect();
    }
    parser.finish();
    collect();
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!has_row[i] && lines[i].text.size() <= HeadlineParser::kMaxLineBytes) list_line[i] = true;
    }
  }
  size_t i = 0;
  while (i < lines.size()) {
    if (!list_line[i]) {
      ++i;
      continue;
    }
    // A run of list lines, allowing single broken rows between two list lines.
    size_t end = i, count = 0;
    while (end < lines.size() && (list_line[end] || (end + 1 < lines.size() && list_line[end + 1] &&
                                                     lines[end].text.size() <= kMaxHeadingBytes))) {
      if (list_line[end]) ++count;
      ++end;
    }
    if (count >= kMinListLines) {
      for (size_t k = i; k < end; ++k) lines[k].in_list = true;
    }
    i = std::max(end, i + 1);
  }
}

}  // namespace

const char* part_name(ArticlePart part) {
  switch (part) {
    case ArticlePart::Navigation:
      return "navigation";
    case ArticlePart::Title:
      return "title";
    case ArticlePart::Subtitle:
      return "subtitle";
    case ArticlePart::Caption:
      return "caption";
    case ArticlePart::Body:
      return "body";
    case ArticlePart::Byline:
      return "byline";
    case ArticlePart::Copyright:
      return "copyright";
    case ArticlePart::Headlines:
      return "headlines";
  }
  return "body";
}

std::vector<ArticleSection> parse_article(std::string_view text) {
  // Non-blank lines only: blank lines separate paragraphs but carry nothing themselves, and a
  // list's rows are consecutive non-blank lines.
  std::vector<Line> lines;
  int64_t line_no = 0;
  size_t start = 0;
  while (start < text.size()) {
    poll_interrupt();
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    ++line_no;
    std::string_view line = trim(text.substr(start, end - start));
    if (line_no == 1 && starts_with(line, "\xEF\xBB\xBF")) line = trim(line.substr(3));
    if (!line.empty()) lines.push_back(Line{line_no, line});
    start = end + 1;
  }
  mark_lists(lines);

  std::vector<ArticleSection> sections;
  bool have_title = false, after_body = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    poll_interrupt();
    const Line& line = lines[i];
    if (line.in_list) {
      ArticleSection list{ArticlePart::Headlines, std::string(line.text), line.line_no};
      while (i + 1 < lines.size() && lines[i + 1].in_list) {
        ++i;
        list.content.push_back('\n');
        list.content.append(lines[i].text);
      }
      sections.push_back(std::move(list));
      continue;
    }
    const std::string_view t = line.text;
    ArticlePart part;
    if (is_navigation(t)) {
      part = ArticlePart::Navigation;
    } else if (is_copyright(t)) {
      part = ArticlePart::Copyright;
    } else if (is_caption(t)) {
      part = ArticlePart::Caption;
    } else if (is_byline(t, after_body)) {
      part = ArticlePart::Byline;
    } else if (is_paragraph(t)) {
      part = ArticlePart::Body;
      after_body = true;
    } else if (!have_title && !after_body) {
      part = ArticlePart::Title;
      have_title = true;
    } else {
      part = ArticlePart::Subtitle;
    }
    sections.push_back(ArticleSection{part, std::string(t), line.line_no});
  }
  // A short line taken for the outlet is a sub-head ("■ 남은 과제") when paragraphs follow it.
  bool body_follows = false;
  for (size_t i = sections.size(); i-- > 0;) {
    ArticleSection& s = sections[i];
    if (s.part == ArticlePart::Body) body_follows = true;
    if (s.part == ArticlePart::Byline && body_follows && !is_certain_byline(s.content)) {
      s.part = ArticlePart::Subtitle;
    }
  }
  return sections;
}

}  // namespace kornews::news
