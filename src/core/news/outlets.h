// Names of Korean news outlets, for telling an outlet from the last words of a headline when a
// portal list prints "제목 한국경제 3분 전" with no separator between them, and for recognizing
// the outlet line of a list copied from a browser one field per line.
//
// The names are compared with their whitespace removed, so "연합뉴스 TV" and "연합뉴스TV" are
// one outlet. The built-in list (default_outlet_names) is what the SQL table
// kornews.news_outlets starts with; in SQL that table, editable by its owner, is the list used.
#pragma once

#include <algorithm>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kornews::news {

class OutletList {
 public:
  OutletList() = default;
  explicit OutletList(const std::vector<std::string_view>& names);

  void add(std::string_view name);
  bool empty() const { return names_.empty(); }

  // Whether `text` (one or more words) names a known outlet.
  bool contains(std::string_view text) const;

  // Most whitespace-separated words of any name.
  size_t max_words() const { return max_words_; }

 private:
  // Names with their whitespace removed; views into storage_, whose strings never move. A view
  // set so that a one-word lookup needs no copy (C++17 sets have no heterogeneous lookup).
  std::deque<std::string> storage_;
  std::unordered_set<std::string_view> names_;
  size_t max_words_ = 0;
  size_t max_bytes_ = 0;  // of a name without whitespace
};

// The project's list of Korean news outlets (newspapers, broadcasters, news agencies, online
// and trade outlets), plain names as they sign their articles.
const std::vector<std::string_view>& default_outlet_names();

// The built-in list, built once.
const OutletList& default_outlets();

}  // namespace kornews::news
