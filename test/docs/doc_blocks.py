#!/usr/bin/env python3
"""The fenced blocks of README.md and docs/: which test runs each, as printed.

A command block (any fenced block but `cpp` and plain text) carries a marker
in an HTML comment on the line before its opening fence:

  <!-- run by PATH: NAME -->    the file PATH (a test or CI script) runs it;
                                PATH must name this page and NAME (it gets
                                the block with `doc_blocks.py extract`)
  <!-- not run: REASON -->      nothing runs it, and REASON says why

  doc_blocks.py check ROOT          one line per page; fails on a command
                                    block without a marker, on a marker whose
                                    PATH is missing or does not name the page
                                    and the block, and on a name used twice
  doc_blocks.py extract PAGE NAME   prints the block NAME of PAGE
  doc_blocks.py run PAGE NAME       runs each command of the shell block NAME
                                    (comments and blank lines left out, `\`
                                    continuations joined) with bash in the
                                    current directory; prints `$ COMMAND`,
                                    its output and `[exit N]` for each
"""
import glob
import os
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- (?:run by (?P<path>[^ :]+): (?P<name>[\w-]+)"
                    r"|not run: (?P<reason>.+?)) -->$")
NOT_COMMANDS = {"", "cpp", "c++", "text"}


def blocks(page):
    """(language, marker match or None, text, line) for each fenced block."""
    lines = open(page, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        fence = re.match(r"^(```+)\s*([\w+-]*)", lines[i])
        if not fence:
            i += 1
            continue
        start = i
        marker = MARKER.match(lines[i - 1].strip()) if i > 0 else None
        i += 1
        body = []
        while i < len(lines) and lines[i].strip() != fence.group(1):
            body.append(lines[i])
            i += 1
        i += 1
        yield fence.group(2), marker, "\n".join(body) + "\n", start + 1


def pages(root):
    found = [os.path.join(root, "README.md")]
    found += sorted(glob.glob(os.path.join(root, "docs", "**", "*.md"),
                              recursive=True))
    return found


def check(root):
    problems = []
    total = run = not_run = 0
    for page in pages(root):
        rel = os.path.relpath(page, root)
        names = set()
        counts = [0, 0]
        for language, marker, _, line in blocks(page):
            where = "%s:%d" % (rel, line)
            if marker is None:
                if language not in NOT_COMMANDS:
                    problems.append("%s: a %s block with no run-by or not-run "
                                    "marker" % (where, language))
                continue
            total += 1
            if marker.group("reason"):
                counts[1] += 1
                continue
            counts[0] += 1
            name, runner = marker.group("name"), marker.group("path")
            if name in names:
                problems.append("%s: block name '%s' used twice" % (where, name))
            names.add(name)
            runner_path = os.path.join(root, runner)
            if not os.path.isfile(runner_path):
                problems.append("%s: '%s' does not exist" % (where, runner))
                continue
            text = open(runner_path, encoding="utf-8").read()
            if rel not in text or name not in text:
                problems.append("%s: '%s' does not mention '%s' and '%s'"
                                % (where, runner, rel, name))
        if counts != [0, 0]:
            print("%s: %d run by tests, %d not run" % (rel, counts[0], counts[1]))
        run += counts[0]
        not_run += counts[1]
    for problem in problems:
        print("error: " + problem)
    print("doc blocks: %d marked (%d run by tests, %d not run), %d problems"
          % (total, run, not_run, len(problems)))
    return 1 if problems else 0


def extract(page, name):
    for _, marker, text, _ in blocks(page):
        if marker is not None and marker.group("name") == name:
            sys.stdout.write(text)
            return 0
    sys.stderr.write("doc_blocks: no block '%s' in %s\n" % (name, page))
    return 1


def commands(text):
    joined = re.sub(r"\\\n\s*", "", text)
    for line in joined.split("\n"):
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def run(page, name):
    for _, marker, text, _ in blocks(page):
        if marker is not None and marker.group("name") == name:
            for command in commands(text):
                sys.stdout.write("$ %s\n" % command)
                sys.stdout.flush()
                result = subprocess.run(["bash", "-c", command],
                                        stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
                sys.stdout.write(result.stdout)
                sys.stdout.write("[exit %d]\n" % result.returncode)
            return 0
    sys.stderr.write("doc_blocks: no block '%s' in %s\n" % (name, page))
    return 1


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "check":
        return check(sys.argv[2])
    if len(sys.argv) == 4 and sys.argv[1] == "extract":
        return extract(sys.argv[2], sys.argv[3])
    if len(sys.argv) == 4 and sys.argv[1] == "run":
        return run(sys.argv[2], sys.argv[3])
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
