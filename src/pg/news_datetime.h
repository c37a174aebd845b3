// Dates and timestamps between the news parser's zone-less civil time and PostgreSQL's
// date / timestamp (without time zone) values. PostgreSQL side: these may ereport.
#pragma once

#include "core/news/civil_time.h"
#include "pg/postgres_headers.h"

namespace kn {

// A `date` argument as a civil date; infinite dates are an ERROR.
kornews::news::CivilDate CivilDateFromDateArg(Datum date);

// A `timestamp` (without time zone) datum for a civil date and time.
Datum TimestampDatum(const kornews::news::LocalDateTime& t);

}  // namespace kn
