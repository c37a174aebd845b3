// Turning a caught C++ exception into a PostgreSQL error (see guard.h for the contract).
#include "pg/guard.h"

#include <cstring>

#include "core/text/utf8.h"
#include "pg/postgres_headers.h"

namespace kn {


void GuardFailure::Set(Kind k, const char* msg, const char* hnt) noexcept {
  kind = k;
  // Cut at a code point: the message goes through the server's encoding checks.
  kornews::utf8::copy_bounded(message, sizeof message, msg != nullptr ? msg : "");
  kornews::utf8::copy_bounded(hint, sizeof hint, hnt != nullptr ? hnt : "");
}

void CaptureCurrentException(GuardFailure* out) noexcept {
  // Rethrow inside a nested try to learn the dynamic type; every branch only copies bytes.
  try {
    throw;
  } catch (const kornews::Interrupted&) {
    out->Set(GuardFailure::kInterrupted, "", "");
  } catch (const kornews::DictionaryError& e) {
    out->Set(GuardFailure::kDictionary, e.what(), e.hint().c_str());
  } catch (const kornews::Error& e) {
    out->Set(GuardFailure::kError, e.what(), e.hint().c_str());
  } catch (const std::bad_alloc&) {
    out->Set(GuardFailure::kOutOfMemory, "", "");
  } catch (const std::exception& e) {
    out->Set(GuardFailure::kInternal, e.what(), "");
  } catch (...) {
    out->Set(GuardFailure::kInternal, "unknown C++ exception", "");
  }
}

void RaiseGuardFailure(const GuardFailure& failure) {
  switch (failure.kind) {
    case GuardFailure::kInterrupted:
      // The analyzer's hook saw a pending cancel or timeout and unwound; let PostgreSQL raise
      // its own error ("canceling statement due to statement timeout" ...).
      CHECK_FOR_INTERRUPTS();
      // The interrupt was already consumed or cannot be served here; the call was abandoned
      // all the same, so it must not look like success.
      ereport(ERROR, (errcode(ERRCODE_QUERY_CANCELED), errmsg("kornews: analysis interrupted")));
      break;
    case GuardFailure::kOutOfMemory:
      ereport(ERROR, (errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory"),
                      errdetail("kornews could not allocate memory for text analysis.")));
      break;
    case GuardFailure::kError:
    case GuardFailure::kDictionary: {
      // A bad dictionary file is a configuration problem (class F0), not a bug in the caller.
      int code = failure.kind == GuardFailure::kDictionary ? ERRCODE_CONFIG_FILE_ERROR
                                                           : ERRCODE_EXTERNAL_ROUTINE_EXCEPTION;
      // Dictionary messages already name kornews and the file; others get the prefix so that
      // the user knows which extension speaks.
      const char* prefix = failure.kind == GuardFailure::kDictionary ? "" : "kornews: ";
      if (failure.hint[0] != '\0')
        ereport(ERROR, (errcode(code), errmsg("%s%s", prefix, failure.message),
                        errhint("%s", failure.hint)));
      else
        ereport(ERROR, (errcode(code), errmsg("%s%s", prefix, failure.message)));
      break;
    }
    case GuardFailure::kInternal:
    case GuardFailure::kNone:
      break;
  }
  ereport(ERROR, (errcode(ERRCODE_INTERNAL_ERROR),
                  errmsg("kornews: internal error: %s", failure.message)));
  pg_unreachable();
}

}  // namespace kn
