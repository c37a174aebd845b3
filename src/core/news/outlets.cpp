#include "core/news/outlets.h"

#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// The name without its whitespace (ASCII and the no-break and ideographic spaces of web pages).
std::string compact(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const size_t space = space_length(text, i);
    if (space) {
      i += space;
    } else {
      out.push_back(text[i++]);
    }
  }
  return out;
}

size_t word_count(std::string_view text) {
  std::vector<std::string_view> tokens;
  split_tokens(text, tokens);
  return tokens.size();
}

}  // namespace

OutletList::OutletList(const std::vector<std::string_view>& names) {
  for (std::string_view name : names) add(name);
}

void OutletList::add(std::string_view name) {
  std::string key = compact(name);
  if (key.empty() || key.size() > 400) return;  // not a name; the SQL table checks this too
  if (names_.count(key)) return;
  max_bytes_ = std::max(max_bytes_, key.size());
  storage_.push_back(std::move(key));
  names_.insert(storage_.back());
  max_words_ = std::max(max_words_, word_count(name));
}

bool OutletList::contains(std::string_view text) const {
  // Called for the end of every row: most texts are rejected by their length alone, and a
  // text without whitespace is looked up without a copy. Whitespace between the at most
  // max_words_ words of a name is at most a few bytes a gap (tabs, no-break spaces).
  if (names_.empty() || text.size() > max_bytes_ + 8 * max_words_) return false;
  bool has_space = false;
  for (size_t i = 0; i < text.size() && !has_space; ++i) has_space = space_length(text, i) > 0;
  if (!has_space) return names_.count(text) > 0;
  const std::string key = compact(text);
  return names_.count(key) > 0;
}

const std::vector<std::string_view>& default_outlet_names() {
  // News agencies, national dailies, business dailies, broadcasters, online and trade outlets,
  // regional dailies, sports and entertainment outlets.
  static const std::vector<std::string_view> kNames = {
      "연합뉴스", "뉴시스", "뉴스1", "연합인포맥스",
      "조선일보", "중앙일보", "동아일보", "한겨레", "경향신문", "한국일보", "서울신문",
      "국민일보", "세계일보", "문화일보", "내일신문", "아시아투데이",
      "한국경제", "매일경제", "서울경제", "머니투데이", "이데일리", "아시아경제",
      "헤럴드경제", "파이낸셜뉴스", "조선비즈", "아주경제", "이투데이", "뉴스핌",
      "뉴스토마토", "뉴스웨이", "에너지경제", "머니S", "비즈니스포스트", "조세일보",
      "서울파이낸스", "한경비즈니스", "매경이코노미", "전자신문",
      "디지털타임스", "지디넷코리아", "ZDNet Korea", "블로터", "더구루", "더벨",
      "KBS", "MBC", "SBS", "EBS", "JTBC", "YTN", "MBN", "TV조선", "채널A", "연합뉴스TV",
      "한국경제TV", "SBS Biz", "CBS", "CBS노컷뉴스", "노컷뉴스", "BBS", "PBC", "OBS", "TBS",
      "KNN", "TJB", "UBC",
      "오마이뉴스", "프레시안", "미디어오늘", "데일리안", "뉴데일리", "더팩트", "뉴스타파",
      "시사IN", "시사저널", "주간조선", "주간경향", "신동아", "한겨레21", "일요신문",
      "코리아헤럴드", "코리아타임스", "랭크뉴스", "위키트리",
      "부산일보", "국제신문", "매일신문", "영남일보", "대구일보", "경남신문", "경남도민일보",
      "광주일보", "전남일보", "무등일보", "전북일보", "강원일보", "강원도민일보", "경인일보",
      "인천일보", "경기일보", "대전일보", "중도일보", "충청투데이", "제주일보", "한라일보",
      "울산매일", "경북일보",
      "스포츠조선", "스포츠서울", "스포츠동아", "스포츠경향", "일간스포츠", "OSEN",
      "스타뉴스", "텐아시아", "엑스포츠뉴스", "마이데일리", "뉴스엔", "스포티비뉴스",
      "헬스조선", "코메디닷컴", "청년의사", "메디컬타임즈", "데일리메디", "농민신문",
      "법률신문", "교수신문", "기자협회보", "IT조선", "디지털데일리", "테크M",
  };
  return kNames;
}

const OutletList& default_outlets() {
  static const OutletList kList(default_outlet_names());
  return kList;
}

}  // namespace kornews::news
