#include "core/ner/list_gazetteers.h"

#include <vector>

#include "core/dict/name_list.h"

namespace kornews::ner {

ListGazetteers ListGazetteers::from_list(std::string_view text) {
  std::vector<Gazetteer::Term> entities, products;
  for (ListedName& n : parse_name_list(text)) {
    EntityLabel label = EntityLabel::kOG;
    if (parse_label(n.label, label))
      entities.push_back({std::move(n.name), label, ""});
    else  // "O": the reader admits only PS, LC, OG and O
      products.push_back({std::move(n.name), label, ""});
  }
  ListGazetteers k;
  k.entities.add_many(entities);
  k.products.add_many(products);
  return k;
}

}  // namespace kornews::ner
