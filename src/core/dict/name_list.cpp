#include "core/dict/name_list.h"

#include <algorithm>

#include "core/error.h"

namespace kornews {

std::vector<ListedName> parse_name_list(std::string_view text) {
  std::vector<ListedName> names;
  size_t line_no = 0;
  for (size_t begin = 0; begin < text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto fail = [&](const std::string& why) {
      throw InputError("name list line " + std::to_string(line_no) + ": " + why);
    };
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) fail("no label column (name<TAB>label<TAB>category)");
    const std::string_view name = line.substr(0, tab);
    if (name.empty() || name.front() == ' ' || name.back() == ' ')
      fail("the name is empty or has spaces at its ends");
    const size_t tab2 = line.find('\t', tab + 1);
    const std::string_view label =
        line.substr(tab + 1, tab2 == line.npos ? line.npos : tab2 - tab - 1);
    if (label != "PS" && label != "LC" && label != "OG" && label != "O")
      fail("label \"" + std::string(label) + "\" is not PS, LC, OG or O");
    names.push_back({std::string(name), std::string(label)});
  }
  // Duplicates are found here, where the name can still be reported.
  std::vector<size_t> order(names.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return names[a].name < names[b].name; });
  for (size_t i = 1; i < order.size(); ++i)
    if (names[order[i]].name == names[order[i - 1]].name)
      throw InputError("name list: \"" + names[order[i]].name + "\" is listed twice");
  return names;
}

}  // namespace kornews
