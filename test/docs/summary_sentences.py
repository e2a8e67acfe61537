#!/usr/bin/env python3
"""Each check has one summary sentence, written three times: the comment at
the top of its header, the first paragraph of its doc page and its row in the
README's table. Prints one line per check and fails when a copy differs or
a check registered in the module lacks one of them.

  summary_sentences.py <source root>
"""
import os
import re
import sys


def words(text):
    return " ".join(text.split())


def header_sentence(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    # The paragraph after the "//===--- Name.h - check ---===//" line.
    body = []
    for line in lines[1:]:
        text = line[2:].strip() if line.startswith("//") else None
        if text is None or text.startswith("==="):
            break
        if text or body:
            body.append(text)
    return words(" ".join(body))


def doc_sentence(path):
    paragraphs = open(path, encoding="utf-8").read().split("\n\n")
    return words(paragraphs[1]) if len(paragraphs) > 1 else ""


def readme_rows(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^\| \[`(async-[a-z-]+)`\]\([^)]*\) \| (.*) \|$", line)
        if m:
            rows[m.group(1)] = words(m.group(2))
    return rows


def main():
    root = sys.argv[1]
    module = open(os.path.join(root, "lib", "AsyncTidyModule.cpp"),
                  encoding="utf-8").read()
    registered = re.findall(r'registerCheck<(\w+)>\(\s*"(async-[a-z-]+)"\)', module)
    if not registered:
        sys.exit("no registerCheck<...>(\"async-...\") in lib/AsyncTidyModule.cpp")
    rows = readme_rows(os.path.join(root, "README.md"))
    failed = 0
    for cls, name in registered:
        header = header_sentence(os.path.join(root, "lib", "checks", cls + ".h"))
        doc_path = os.path.join(root, "docs", "checks", name + ".md")
        doc = doc_sentence(doc_path) if os.path.exists(doc_path) else ""
        row = rows.get(name, "")
        if header and header == doc == row:
            print("%s: same summary in header, docs and README" % name)
            continue
        failed += 1
        print("%s: summaries differ\n  header: %s\n  docs:   %s\n  README: %s"
              % (name, header, doc, row))
    print("summaries: %d checks, %d differ" % (len(registered), failed))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
