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
  std::string_view rest = handed->variants;
  uint16 variant = 1;
  for (int i = 0; i < count; i++) lexemes[i].nvariant = variant;
  while (!rest.empty()) {
    const std::string_view form = rest.substr(0, rest.find('\0'));
    lexemes = static_cast<TSLexeme*>(repalloc(lexemes, sizeof(TSLexeme) * (count + 2)));
    lexemes[count] = TSLexeme{};
    lexemes[count].lexeme = LowerCopy(form.data(), static_cast<int>(form.size()));
    lexemes[count].nvariant = ++variant;
    lexemes[++count] = TSLexeme{};
    rest.remove_prefix(std::min(rest.size(), form.size() + 1));
  }
  return lexemes;
}

}  // namespace kn
