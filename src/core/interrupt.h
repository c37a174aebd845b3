// How a host abandons long work in core. The host (the PostgreSQL backend) installs a poll that
// throws kornews::Interrupted when the current call must stop (a cancel, statement_timeout,
// termination); core loops over input of unbounded size call poll_interrupt() at safe points,
// so the C++ frames unwind before the host serves the interrupt. Without a host poll (CLI,
// tests, benchmarks) it does nothing.
#pragma once

namespace kornews {

using InterruptPoll = void (*)();

// Installs the process's poll (nullptr: none).
void set_interrupt_poll(InterruptPoll poll);

// Calls the installed poll, which may throw kornews::Interrupted.
void poll_interrupt();

// Polls once every `period` calls of tick(): for loops whose single step is cheaper than a poll.
class InterruptTicker {
 public:
  explicit InterruptTicker(unsigned period = 1024) : period_(period) {}
  void tick() {
    if (++count_ >= period_) {
      count_ = 0;
      poll_interrupt();
    }
  }

 private:
  unsigned period_;
  unsigned count_ = 0;
};

}  // namespace kornews
