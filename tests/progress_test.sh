#!/usr/bin/env bash
# The progress line of a batch (issue #6): on stderr, only on a terminal, only
# once the batch has taken a second, erased at the end; never in a pipe or
# with CI set. `script` (util-linux) gives mseg a terminal. One input is a
# FIFO that stays empty for 1.5 s after mseg opens it, so the batch takes over
# a second however late mseg starts (a sanitizer build on a loaded machine
# started over 0.5 s late when the writer slept from the test's start); with
# two jobs the main thread draws the line while a worker waits on it.
# usage: progress_test.sh MSEG   (from the project root)
set -uo pipefail
mseg=$1
source tests/lib.sh
command -v script > /dev/null || { echo "FAIL: script (util-linux) is missing"; exit 1; }

# feed_late: opening a FIFO to write blocks until its reader opens it, so the
# 1.5 s count from the moment mseg is reading, not from the test's start.
feed_late() {
  ( exec 3> "$tmp/fifo"; sleep 1.5; cat "$hanoi" >&3 )
}

# batch TRANSCRIPT ENV...: runs the batch under a terminal, feeding the FIFO late.
batch() {
  local transcript=$1; shift
  rm -f "$tmp/fifo" && mkfifo "$tmp/fifo"
  feed_late &
  env "$@" script -q -e -c "'$mseg' parse --jobs 2 '$hanoi' '$tmp/fifo' -o '$tmp/out.json'" "$transcript" > /dev/null
  local st=$?
  wait
  return $st
}

batch "$tmp/tty.txt" -u CI; st=$?
check "on a terminal: the batch succeeds (status $st)" test "$st" -eq 0
check "on a terminal: two plans written" py -c "import json; assert len(json.load(open('$tmp/out.json'))) == 2"
check "on a terminal: the progress line shows after a second" grep -aq $'\rmseg parse: 1/2 files' "$tmp/tty.txt"
check "on a terminal: the line is erased at the end" grep -aq $'\r\033\[K' "$tmp/tty.txt"

batch "$tmp/ci.txt" CI=true; st=$?
check "with CI set: the batch succeeds (status $st)" test "$st" -eq 0
check "with CI set: no progress line" bash -c "! grep -aq 'mseg parse:' '$tmp/ci.txt'"

# In a pipe: stderr is not a terminal.
rm -f "$tmp/fifo" && mkfifo "$tmp/fifo"
feed_late &
env -u CI "$mseg" parse --jobs 2 "$hanoi" "$tmp/fifo" -o "$tmp/out.json" 2> "$tmp/pipe.txt"; st=$?
wait
check "in a pipe: the batch succeeds (status $st)" test "$st" -eq 0
check "in a pipe: nothing on stderr" test ! -s "$tmp/pipe.txt"

echo "$fails failed"
test $fails -eq 0
