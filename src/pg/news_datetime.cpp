#include "pg/news_datetime.h"

#include <cstdint>

namespace kn {
namespace {

namespace news = kornews::news;

// PostgreSQL counts dates in days and timestamps in microseconds from 2000-01-01.
const int64_t kPostgresEpochDays = kornews::days_from_civil(kornews::CivilDate{2000, 1, 1});
constexpr int64_t kMicrosecondsPerSecond = 1000000;

}  // namespace

kornews::CivilDate CivilDateFromDateArg(Datum date) {
  // DateADT is an int32 day number; its extreme values stand for -infinity and infinity.
  const int32 days = DatumGetInt32(date);
  if (days == PG_INT32_MIN || days == PG_INT32_MAX)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("kornews: the reference date must be a finite date"),
                    errhint("Pass the day the list was captured, e.g. current_date.")));
  const kornews::CivilDate civil = kornews::civil_from_days(kPostgresEpochDays + days);
  // The parser's years are 1..9999, like the dates it reads.
  if (civil.year < 1 || civil.year > 9999)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("kornews: reference date out of range (years 1 to 9999)")));
  return civil;
}

news::Reference ReferenceFromTimestampArg(Datum timestamp) {
  const int64 micros = DatumGetInt64(timestamp);
  if (micros == PG_INT64_MIN || micros == PG_INT64_MAX)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("kornews: the capture time must be a finite timestamp"),
                    errhint("Pass the time the list was captured, e.g. now().")));
  // Floor division: a timestamp before 2000 is a negative count of microseconds.
  int64 seconds = micros / kMicrosecondsPerSecond;
  if (micros % kMicrosecondsPerSecond < 0) --seconds;
  const kornews::LocalDateTime local =
      kornews::local_from_seconds(seconds + kPostgresEpochDays * 86400);
  if (local.date.year < 1 || local.date.year > 9999)
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("kornews: capture time out of range (years 1 to 9999)")));
  news::Reference reference;
  reference.date = local.date;
  reference.seconds_of_day = local.hour * 3600 + local.minute * 60 + local.second;
  return reference;
}

Datum TimestampDatum(const kornews::LocalDateTime& t) {
  // A timestamp is an int64 of microseconds; Int64GetDatum is how TimestampGetDatum passes it.
  const int64_t seconds = kornews::seconds_from_local(t) - kPostgresEpochDays * 86400;
  return Int64GetDatum(seconds * kMicrosecondsPerSecond);
}

}  // namespace kn
