# Sourced by shell tests: "session B", one psql connection kept open on a fifo, so that a test
# can interleave B's statements with other sessions' commits and see what B's next statement
# sees. The caller sets PSQL (psql with its options) and work (a temporary directory), and
# closes B in its cleanup (exec 3>&-; kill "$b_pid").
b_pid=

start_session_b() {  # database
  mkfifo "$work/b.in"
  $PSQL -d "$1" <"$work/b.in" >"$work/b.out" 2>&1 &
  b_pid=$!
  exec 3>"$work/b.in"
}

in_b() {  # runs one SQL statement (no semicolon) in session B, prints its output
  # Called inside $(...), i.e. in a subshell: the step's name must be unique without a counter
  # kept in the parent.
  local step
  step=$(date +%s%N)
  # \g writes the result to its own file, closed (so flushed) when the query is done; the
  # shell escape after it runs only then.
  printf '%s \\g %s\n\\! touch %s\n' "$1" "$work/b.$step" "$work/b.$step.done" >&3
  for _ in $(seq 1 300); do
    [[ -e $work/b.$step.done ]] && break
    sleep 0.1
  done
  cat "$work/b.$step" 2>/dev/null || true
}

end_session_b() {  # false (and B's output shown) when B ended with an error
  exec 3>&-
  local rc=0
  wait "$b_pid" || { echo "FAIL  session B ended with an error:"; sed 's/^/      /' "$work/b.out"; rc=1; }
  b_pid=
  return $rc
}
