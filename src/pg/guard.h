// The error boundary between C++ (src/core, and the C++ halves of src/pg) and PostgreSQL.
//
// PostgreSQL reports errors by longjmp, C++ by exceptions; neither may cross the other's frames.
// Every SQL-callable entry point therefore runs its C++ work through kn::Guarded():
//   * inside, C++ code may allocate with new/std::vector and throw, but must not call any
//     PostgreSQL function that can ereport (palloc, detoasting, CHECK_FOR_INTERRUPTS ...);
//   * exceptions are caught there and copied into a plain struct (no destructors);
//   * only after the try block is left -- every C++ frame of the body unwound -- is the error
//     raised with ereport(ERROR), or CHECK_FOR_INTERRUPTS() run for kornews::Interrupted.
// The caller of Guarded() is plain C-style code: it detoasts before and builds the result
// after, holding no C++ object with a destructor on its stack.
#pragma once

#include <cstddef>
#include <exception>
#include <new>
#include <type_traits>
#include <utility>

#include "core/error.h"

namespace kn {

// What the body threw, kept in fixed storage so that raising it needs no C++ object alive.
struct GuardFailure {
  enum Kind { kNone, kError, kDictionary, kOutOfMemory, kInterrupted, kInternal } kind = kNone;
  char message[1024];
  char hint[1024];
  void Set(Kind k, const char* msg, const char* hnt) noexcept;
};

// Raises `failure` as a PostgreSQL error. Never returns. Must be called with no C++ frame that
// owns resources between it and the PostgreSQL caller.
[[noreturn]] void RaiseGuardFailure(const GuardFailure& failure);

// Records the in-flight exception into `out`. Called only from a catch handler.
void CaptureCurrentException(GuardFailure* out) noexcept;

// Runs `body()` and returns its result; any exception becomes a PostgreSQL ERROR raised after
// the body's frames are gone. The result type must be trivially destructible (a pointer, a
// number, void): it is returned through PostgreSQL code that may longjmp.
template <typename Body>
auto Guarded(Body&& body) -> decltype(body()) {
  using Result = decltype(body());
  static_assert(std::is_void<Result>::value || std::is_trivially_destructible<Result>::value,
                "Guarded() results cross PostgreSQL frames: return plain data");
  GuardFailure failure;
  try {
    return body();
  } catch (...) {
    CaptureCurrentException(&failure);
  }
  // The exception object is destroyed when the handler above ends; from here on only plain
  // data remains, so ereport's longjmp skips nothing that needs cleanup.
  RaiseGuardFailure(failure);
}

}  // namespace kn
