#include "pg/eojeol_variants.h"

#include <algorithm>
#include <string_view>

#include "pg/backend.h"
#include "pg/lower.h"
#include "pg/tokens.h"

namespace kn {

TSLexeme* WithEojeolVariants(TSLexeme* lexemes, const char* token, int length) {
  const HandedOver* handed =
      HandedOverFor(std::string_view(token, length), BackendAnalyzerGeneration());
  if (handed == nullptr || handed->variants.empty()) return lexemes;
  int count = 0;
  while (lexemes[count].lexeme != nullptr) count++;
  // The lexemes keep their own variants if they have some (a listed name: ts_compound.cpp), else
  // are all variant 1; the eojeol's forms follow as further variants.
  uint16 variant = 0;
  for (int i = 0; i < count; i++) variant = std::max(variant, lexemes[i].nvariant);
  if (variant == 0) {
    variant = 1;
    for (int i = 0; i < count; i++) lexemes[i].nvariant = variant;
  }
  ForEachJoined(handed->variants, [&](std::string_view form) {
    lexemes = static_cast<TSLexeme*>(repalloc(lexemes, sizeof(TSLexeme) * (count + 2)));
    lexemes[count] = TSLexeme{};
    lexemes[count].lexeme = LowerCopy(form.data(), static_cast<int>(form.size()));
    lexemes[count].nvariant = ++variant;
    lexemes[++count] = TSLexeme{};
  });
  return lexemes;
}

}  // namespace kn
