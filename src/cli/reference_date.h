// The --reference-date option of the headline commands (headlines, import).
#pragma once

#include <string>

#include "core/news/dates.h"

namespace kornews::cli {

// The capture time given as YYYY-MM-DD or YYYY-MM-DD HH:MM; Error with a hint otherwise.
news::Reference reference_date(const std::string& value);

}  // namespace kornews::cli
