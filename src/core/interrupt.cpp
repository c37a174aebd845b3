#include "core/interrupt.h"

namespace kornews {
namespace {
InterruptPoll g_poll = nullptr;
}  // namespace

void set_interrupt_poll(InterruptPoll poll) {
  g_poll = poll;
}

void poll_interrupt() {
  if (g_poll != nullptr) g_poll();
}

}  // namespace kornews
