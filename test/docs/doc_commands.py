#!/usr/bin/env python3
"""Runs the commands a document shows, as a reader would.

  doc_commands.py DOC.md --section TITLE --workdir DIR [--snapshots DIR]
                  [--llvm-tools-dir DIR]

Every fenced block in the section (up to the next heading of its level or
above) carries a marker on the line before it:

  <!-- doc-test: run -->                 run it once in DIR with bash -e
  <!-- doc-test: run A=1 B=2 | A=2 B=2 -->  once per variable set
  <!-- doc-test: not run: REASON -->     not run, and why (CI YAML, say)

A block without a marker fails the test, so a new command cannot go
untested unnoticed. A block that is not run may still run our tools
(async-tidy, async-tidy-sarif, run-clang-tidy, the shard script, the cmake
that makes the compile database): each such line, without YAML's "- " or
"run: ", must be a line of a block that is run, so a CI recipe cannot drift
from the commands tested here.

The docs name Debian's clang-tidy-19, run-clang-tidy-19 and clang++-19;
with --llvm-tools-dir those names run that LLVM's tools, so the same text is
tested against each LLVM the build supports. With --snapshots, the *.sarif
files in DIR after step k are copied to SNAPSHOTS/k/ for later checks.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys

MARKER = re.compile(r"^<!-- doc-test: (run(?P<env>[^>]*)|not run: (?P<why>.+?)) -->$")
TOOL = re.compile(r"bin/async-tidy|run-clang-tidy|shard-compile-db|cmake -S")


def section_lines(path, title):
    lines = open(path, encoding="utf-8").read().splitlines()
    start = level = None
    fenced = False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        m = None if fenced else re.match(r"^(#+) (.*)$", line)
        if not m:
            continue
        if start is None and m.group(2).strip() == title:
            start, level = i, len(m.group(1))
        elif start is not None and len(m.group(1)) <= level:
            return lines[start:i], start
    if start is None:
        sys.exit("%s: no section titled %r" % (path, title))
    return lines[start:], start


def blocks(lines, offset):
    """(line number, marker match or None, text) per fenced block."""
    found = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("```"):
            i += 1
            continue
        begin = i
        j = i - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        marker = MARKER.match(lines[j].strip()) if j >= 0 else None
        i += 1
        body = []
        while i < len(lines) and not lines[i].startswith("```"):
            body.append(lines[i])
            i += 1
        found.append((offset + begin + 1, marker, "\n".join(body) + "\n"))
        i += 1
    return found


def environments(spec):
    runs = []
    for part in spec.split("|"):
        env = {}
        for item in part.split():
            key, _, value = item.partition("=")
            env[key] = value
        runs.append(env)
    return runs


def shims(directory, tools_dir):
    """clang-tidy-19 and friends, as the docs name them, run tools_dir's."""
    os.makedirs(directory, exist_ok=True)
    for name, target in (("clang-tidy-19", "clang-tidy"),
                         ("clang++-19", "clang++"),
                         ("run-clang-tidy-19", "run-clang-tidy")):
        path = os.path.join(directory, name)
        runner = "python3 " if target == "run-clang-tidy" else ""
        with open(path, "w") as f:
            f.write('#!/bin/sh\nexec %s"%s" "$@"\n' % (runner, os.path.join(tools_dir, target)))
        os.chmod(path, 0o755)


def normalized(line):
    line = line.strip()
    for prefix in ("- ", "run: "):
        if line.startswith(prefix):
            line = line[len(prefix):].strip()
    return line


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("doc")
    parser.add_argument("--section", required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--snapshots")
    parser.add_argument("--llvm-tools-dir")
    args = parser.parse_args()

    lines, offset = section_lines(args.doc, args.section)
    found = blocks(lines, offset)
    name = os.path.basename(args.doc)
    errors = []
    for line, marker, text in found:
        if not marker:
            errors.append("%s:%d: a block without a doc-test marker" % (name, line))
        elif not text.strip():
            errors.append("%s:%d: an empty block" % (name, line))
    if not any(m and m.group("env") is not None for _, m, _ in found):
        errors.append("%s: no block to run in section %r" % (name, args.section))
    tested = {normalized(l) for _, m, text in found
              if m and m.group("env") is not None for l in text.splitlines()}
    for line, marker, text in found:
        if marker and marker.group("why"):
            for command in text.splitlines():
                if TOOL.search(command) and normalized(command) not in tested:
                    errors.append("%s:%d: not run, and not a tested command: %s"
                                  % (name, line, command.strip()))
    if errors:
        print("\n".join(errors))
        return 1

    env = dict(os.environ)
    if args.llvm_tools_dir:
        shim_dir = os.path.join(os.path.abspath(args.workdir), ".doc-test-bin")
        shims(shim_dir, args.llvm_tools_dir)
        env["PATH"] = shim_dir + os.pathsep + env["PATH"]
    step = 0
    for line, marker, text in found:
        if marker.group("why"):
            print("== %s:%d: not run: %s" % (name, line, marker.group("why")))
            continue
        for extra in environments(marker.group("env")):
            step += 1
            shown = " ".join("%s=%s" % kv for kv in extra.items())
            print("== step %d: %s:%d %s" % (step, name, line, shown))
            print(text, end="")
            run = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", text],
                                 cwd=args.workdir, env=dict(env, **extra),
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 text=True)
            if run.returncode != 0:
                print(run.stdout)
                print("== step %d FAILED with exit code %d" % (step, run.returncode))
                return 1
            print("== step %d: exit code 0" % step)
            if args.snapshots:
                keep = os.path.join(args.snapshots, str(step))
                os.makedirs(keep, exist_ok=True)
                for log in glob.glob(os.path.join(args.workdir, "*.sarif")):
                    shutil.copy(log, keep)
    print("%s, section %r: %d steps run, %d blocks not run" % (
        name, args.section, step, sum(1 for _, m, _ in found if m.group("why"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
