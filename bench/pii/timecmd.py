#!/usr/bin/env python3
"""timecmd.py - run a command, print {"wall_s","max_rss_mb","rc"} JSON (for bench/pii/run.sh).

  timecmd.py [--stdout FILE] [--] CMD ARGS...
"""
import json
import os
import sys
import time

args = sys.argv[1:]
stdout = None
if args[:1] == ["--stdout"]:
    stdout, args = args[1], args[2:]
if args[:1] == ["--"]:
    args = args[1:]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    if stdout:
        fd = os.open(stdout, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(fd, 1)
    try:
        os.execvp(args[0], args)
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.perf_counter() - t0
print(json.dumps({"wall_s": wall, "max_rss_mb": ru.ru_maxrss / 1024.0,
                  "rc": os.waitstatus_to_exitcode(status)}))
