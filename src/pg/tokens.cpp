// Handing what the parser knows of a token over to its dictionaries (see tokens.h).
#include "pg/tokens.h"

namespace kn {

namespace {

HandedOver handed_over;  // the backend's one parser at a time
bool handed_over_valid = false;

}  // namespace

void HandOver(std::string_view token, bool compound, std::string_view parts,
              std::string_view variants, unsigned long generation) {
  handed_over.token.assign(token);
  handed_over.compound = compound;
  handed_over.parts.assign(parts);
  handed_over.variants.assign(variants);
  handed_over.generation = generation;
  handed_over_valid = true;
}

void ClearHandOver() noexcept {
  handed_over_valid = false;
}

const HandedOver* HandedOverFor(std::string_view token, unsigned long generation) noexcept {
  if (!handed_over_valid || handed_over.generation != generation || handed_over.token != token)
    return nullptr;
  return &handed_over;
}

}  // namespace kn
