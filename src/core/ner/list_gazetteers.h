// The name list (core/dict/name_list.h) ready to match in a line: the names of entities (PS,
// LC, OG) with their labels, and the products and models the list marks as no entity (O).
#pragma once

#include <string_view>

#include "core/ner/gazetteer.h"

namespace kornews::ner {

struct ListGazetteers {
  Gazetteer entities;
  // Matched only for where they are; the gazetteer wants a label, which nothing reads here.
  Gazetteer products;

  // Throws InputError naming a bad line of the list.
  static ListGazetteers from_list(std::string_view text);
};

}  // namespace kornews::ner
