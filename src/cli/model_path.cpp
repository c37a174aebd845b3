#include <sys/stat.h>

#include "cli/commands.h"

namespace kornews::cli {

// The committed model of the source tree first (what the tests and the eval use), then the one
// `make install` put next to the dictionary.
std::string default_model_path() {
  struct stat st {};
  if (stat(KORNEWS_SOURCE_NER_MODEL, &st) == 0) return KORNEWS_SOURCE_NER_MODEL;
  return KORNEWS_INSTALLED_NER_MODEL;
}

}  // namespace kornews::cli
