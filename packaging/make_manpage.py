#!/usr/bin/env python3
"""Writes the async-tidy man page from packaging/async-tidy.1.in.

  make_manpage.py TEMPLATE DOCS_CHECKS_DIR OUTPUT NAME=VALUE...

Each NAME=VALUE fills @NAME@ in the template (as roff text: `-` becomes
`\-`, so a path or a glob copied from the page works); @CHECKS@ becomes one entry per
check page in DOCS_CHECKS_DIR (its title and its summary sentence, the first
paragraph), so the man page lists exactly the checks that have a page.
"""
import glob
import os
import re
import sys


def roff_text(text):
    # Backslashes first; a leading dot or quote would be read as a request.
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = re.sub(r"`([^`]*)`", r"\\fB\1\\fR", text)
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def check_entries(checks_dir):
    entries = []
    for path in sorted(glob.glob(os.path.join(checks_dir, "async-*.md"))):
        paragraphs = open(path, encoding="utf-8").read().split("\n\n")
        name = paragraphs[0].lstrip("# ").strip()
        summary = " ".join(paragraphs[1].split())
        entries.append(".TP\n.B %s\n%s" % (roff_text(name), roff_text(summary)))
    if not entries:
        sys.exit("make_manpage: no check pages in " + checks_dir)
    return "\n".join(entries)


def main():
    template, checks_dir, output = sys.argv[1:4]
    values = {name: roff_text(value) for name, value in
              (arg.split("=", 1) for arg in sys.argv[4:])}
    values["CHECKS"] = check_entries(checks_dir)
    text = open(template, encoding="utf-8").read()

    def fill(match):
        if match.group(1) not in values:
            sys.exit("make_manpage: no value for @%s@" % match.group(1))
        return values[match.group(1)]

    text = re.sub(r"@([A-Z_]+)@", fill, text)
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
