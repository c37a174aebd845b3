// The list of known names (data/kornews_names.tsv): organizations, people and places of Korean
// news with the label the press gives them, written by the project as a list of facts. The
// entity model is trained with it as a feature and carries the list it was trained with inside
// its file (core/ner/ner_model.h), so a model and its list never disagree.
//
// Format: UTF-8 lines `name<TAB>label<TAB>category`; label PS, LC or OG, or O for a product or
// model, which is no entity (KLUE's tag set has no product label); lines starting with `#` and
// empty lines are skipped; the category is for people reading the list.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kornews {

struct ListedName {
  std::string name;
  std::string label;  // "PS", "LC", "OG" or "O"
};

// The names of `text`, in file order. Throws InputError naming the line for a line without a
// label column, a label other than PS/LC/OG/O, an empty name or one with spaces at its ends, or
// the same name twice.
std::vector<ListedName> parse_name_list(std::string_view text);

}  // namespace kornews
