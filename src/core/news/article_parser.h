// An article page copied as text — menu lines, title, sub-titles, photo captions, paragraphs,
// byline or outlet, and often a list of other headlines below — into its parts, in page order.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kornews::news {

enum class ArticlePart {
  Navigation,  // 메뉴 건너뛰기, 본문 바로가기, breadcrumbs, share/print buttons
  Title,       // the first headline-like line
  Subtitle,    // short lines under the title, and sub-heads between paragraphs
  Caption,     // 사진=…, 일러스트=…, ▲ …, "… /연합뉴스"
  Body,        // paragraphs
  Byline,      // outlet name, reporter and e-mail, 입력/수정 times
  Copyright,   // 무단 전재 및 재배포 금지, ⓒ …
  Headlines,   // an embedded headline list: its lines, for ko_parse_headlines
};

const char* part_name(ArticlePart part);

struct ArticleSection {
  ArticlePart part;
  std::string content;  // the line trimmed; for Headlines, the list's lines joined by "\n"
  int64_t line_no;      // first line of the section in the input
};

std::vector<ArticleSection> parse_article(std::string_view text);

}  // namespace kornews::news
