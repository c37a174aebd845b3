// A C++ object whose lifetime is tied to a PostgreSQL memory context.
//
// The holder is palloc'd and registers a reset callback, so when the context is reset or deleted
// -- normally, or while an ERROR unwinds the query -- the object is deleted and nothing leaks.
// Create the holder from plain PostgreSQL-side code (AttachToContext can ereport on OOM), then
// construct the object inside kn::Guarded() and store the pointer in the holder at once.
#pragma once

#include "pg/postgres_headers.h"

namespace kn {

template <typename T>
struct ContextOwned {
  MemoryContextCallback callback;
  T* object;

  // Deletes the object now (e.g. in a parser's end function) instead of at context reset.
  void Release() noexcept {
    delete object;
    object = nullptr;
  }

  static void OnReset(void* arg) noexcept { static_cast<ContextOwned*>(arg)->Release(); }
};

template <typename T>
ContextOwned<T>* AttachToContext(MemoryContext context) {
  auto* holder =
      static_cast<ContextOwned<T>*>(MemoryContextAllocZero(context, sizeof(ContextOwned<T>)));
  holder->object = nullptr;
  holder->callback.func = &ContextOwned<T>::OnReset;
  holder->callback.arg = holder;
  MemoryContextRegisterResetCallback(context, &holder->callback);
  return holder;
}

}  // namespace kn
