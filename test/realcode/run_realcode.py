#!/usr/bin/env python3
"""Runs every async-* check over a directory of real code and compares the
findings with a reviewed list.

  run_realcode.py ASYNC_TIDY SOURCE_DIR EXPECTED [--jobs N] [-- FLAGS]

Each .cpp under SOURCE_DIR is checked on its own, with -I its directory and
FLAGS. Every finding is printed as `relative/path:line:col: warning: ...
[check]`. EXPECTED lists the findings that were reviewed by hand and kept,
each after a `#` comment that says why it is right; blank lines and comments
are ignored. Any difference (a new finding, a vanished one), a compiler
error, or a crash fails, with a diff. Python standard library only.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys


def check_file(tidy, root, path, flags, checks):
    cmd = [tidy, "--quiet", "--config={}", "--checks=-*," + checks, path, "--",
           "-I" + os.path.dirname(path)] + flags
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    findings, problems = [], []
    for line in proc.stdout.splitlines():
        if "Stack dump" in line or "PLEASE submit a bug report" in line:
            problems.append("%s: crash: %s" % (path, line))
        match = re.match(r"^(/[^:]+):(\d+):(\d+): (warning|error|note): (.*)$", line)
        if not match:
            continue
        file, row, col, kind, message = match.groups()
        if kind == "error":
            problems.append(line)
            continue
        if kind == "note" and "FIX-IT applied" in message:
            continue
        findings.append("%s:%s:%s: %s: %s" % (os.path.relpath(file, root), row,
                                              col, kind, message))
    if proc.returncode not in (0, 1) or (proc.returncode and not problems):
        problems.append("%s: exit code %d" % (path, proc.returncode))
    return findings, problems


def reviewed(expected_path):
    with open(expected_path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f
                if line.strip() and not line.startswith("#")]


def main():
    argv = sys.argv[1:]
    flags = []
    if "--" in argv:
        flags = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    parser = argparse.ArgumentParser()
    parser.add_argument("tidy")
    parser.add_argument("root")
    parser.add_argument("expected")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--checks", default="async-*",
                        help="the checks whose findings are reviewed")
    args = parser.parse_args(argv)

    sources = sorted(os.path.join(d, f) for d, _, files in os.walk(args.root)
                     for f in files if f.endswith(".cpp"))
    if not sources:
        sys.exit("run_realcode: no .cpp under " + args.root)
    findings, problems = [], []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for got, bad in pool.map(
                lambda p: check_file(args.tidy, args.root, p, flags, args.checks),
                sources):
            findings += got
            problems += bad
    for line in findings:
        print(line)
    want = reviewed(args.expected)
    if problems:
        print("\n".join(problems))
        sys.exit("run_realcode: %d file(s) failed to check" % len(problems))
    if findings != want:
        print("\n".join(difflib.unified_diff(want, findings, "reviewed",
                                             "found", lineterm="")))
        sys.exit("run_realcode: the findings differ from the reviewed list "
                 "(a new finding is a false positive to fix in the check, "
                 "or a true one to review and record with its reason)")
    print("realcode: %d files, %d findings, all reviewed" %
          (len(sources), len(findings)))


if __name__ == "__main__":
    main()
