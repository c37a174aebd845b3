#include <sys/stat.h>

#include "cli/commands.h"

namespace kornews::cli {

std::string default_dictionary_path() {
  struct stat st {};
  if (stat(KORNEWS_BUILD_DICT, &st) == 0) return KORNEWS_BUILD_DICT;
  return KORNEWS_INSTALLED_DICT;
}

}  // namespace kornews::cli
