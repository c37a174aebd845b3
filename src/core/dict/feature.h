// Reading mecab-ko-dic feature strings:
//   POS,semantic class,final consonant,reading,type,first POS,last POS,expression
// e.g. "VV+EP,*,T,했,Inflect,VV,EP,하/VV/*+았/EP/*".
#pragma once

#include <string_view>
#include <vector>

namespace kornews {

struct FeatureFields {
  std::string_view pos;         // "NNG", or "VV+EP" for an Inflect entry
  std::string_view semantic;    // "인명", "지명", ... or "*"
  std::string_view type;        // "Inflect", "Compound", "Preanalysis" or "*"
  std::string_view expression;  // "하/VV/*+았/EP/*" or "*"
};

FeatureFields parse_feature(std::string_view feature);

struct ExpressionItem {
  std::string_view form;
  std::string_view tag;
};

// Splits "하/VV/*+았/EP/*" into its items; false when the expression is malformed.
bool parse_expression(std::string_view expression, std::vector<ExpressionItem>& items);

}  // namespace kornews
