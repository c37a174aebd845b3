// Words no analytics function reports: news boilerplate (기자, 무단전재 ...). The list itself is
// data -- the SQL table kornews.stopwords, which every SQL function reads -- and this is only the
// lookup the core uses. A phrase is a stop word when its units written together are (무단 전재
// matches 무단전재), so a list entry need not guess how the analyzer splits it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kornews::analytics {

class StopWords {
 public:
  StopWords() = default;
  explicit StopWords(const std::vector<std::string>& words) {
    for (const std::string& w : words) add(w);
  }
  // Whitespace inside an entry is dropped: "무단 전재" and "무단전재" are the same entry.
  void add(std::string_view word) {
    std::string key = Squeeze(word);
    if (!key.empty()) words_.insert(std::move(key));
  }
  bool contains(std::string_view term) const {
    if (words_.empty()) return false;
    if (term.find(' ') == std::string_view::npos) return words_.count(std::string(term)) != 0;
    return words_.count(Squeeze(term)) != 0;
  }
  size_t size() const { return words_.size(); }

 private:
  static std::string Squeeze(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s)
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
    return out;
  }
  std::unordered_set<std::string> words_;
};

}  // namespace kornews::analytics
