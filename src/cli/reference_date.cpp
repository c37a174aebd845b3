#include "cli/reference_date.h"

#include "core/error.h"

namespace kornews::cli {

news::Reference reference_date(const std::string& value) {
  news::Reference reference;
  if (!news::parse_reference(value, reference)) {
    throw Error("invalid --reference-date '" + value + "'",
                "write it as YYYY-MM-DD, or YYYY-MM-DD HH:MM for the time of capture");
  }
  return reference;
}

}  // namespace kornews::cli
