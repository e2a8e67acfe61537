#!/usr/bin/env python3
"""Writes DIR/many.cpp, a line per finding, and DIR/many.yaml, clang-tidy
--export-fixes YAML with COUNT findings in it, each with a note, a range and
a fix-it: a large log without running clang-tidy for minutes.

  many_findings.py DIR COUNT
"""
import os
import sys

FINDING = """  - DiagnosticName: async-unawaited-task
    DiagnosticMessage:
      Message: "task returned by 'fetch' is never awaited; the coroutine will not run"
      FilePath: '{src}'
      FileOffset: {offset}
      Replacements:
        - FilePath: '{src}'
          Offset: {offset}
          Length: 0
          ReplacementText: 'co_await '
      Ranges:
        - FilePath: '{src}'
          FileOffset: {offset}
          Length: 8
    Notes:
      - Message: "'co_await' it from a coroutine"
        FilePath: '{src}'
        FileOffset: {offset}
        Replacements: []
    Level: Warning
    BuildDirectory: '{dir}'
"""


def main():
    directory, count = os.path.abspath(sys.argv[1]), int(sys.argv[2])
    src = os.path.join(directory, "many.cpp")
    offsets, text = [], []
    offset = 0
    for i in range(count):
        line = "  fetch(%d);\n" % i
        offsets.append(offset + 2)
        text.append(line)
        offset += len(line)
    with open(src, "w", encoding="utf-8") as f:
        f.write("".join(text))
    with open(os.path.join(directory, "many.yaml"), "w", encoding="utf-8") as f:
        f.write("---\nMainSourceFile: '%s'\nDiagnostics:\n" % src)
        for o in offsets:
            f.write(FINDING.format(src=src, offset=o, dir=directory))
        f.write("...\n")


if __name__ == "__main__":
    main()
