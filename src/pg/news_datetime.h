// Dates and timestamps between the news parser's zone-less civil time and PostgreSQL's
// date / timestamp (without time zone) values. PostgreSQL side: these may ereport.
#pragma once

#include "core/time/civil_time.h"
#include "core/news/dates.h"
#include "pg/postgres_headers.h"

namespace kn {

// A `date` argument as a civil date; infinite dates are an ERROR.
kornews::CivilDate CivilDateFromDateArg(Datum date);

// A `timestamp` (without time zone) argument, the wall-clock time a list was captured, as the
// parser's reference: its day and its time of day. Infinite or out-of-range values are an ERROR.
kornews::news::Reference ReferenceFromTimestampArg(Datum timestamp);

// A `timestamp` (without time zone) datum for a civil date and time.
Datum TimestampDatum(const kornews::LocalDateTime& t);

}  // namespace kn
