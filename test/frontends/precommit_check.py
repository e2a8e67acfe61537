#!/usr/bin/env python3
"""pre-commit test: Debian's pre-commit runs the async-tidy hook of this
repository (referenced by path, at HEAD) in a throwaway git repository.

  precommit_check.py SRC_ROOT ASYNC_TIDY

The repository gets the .pre-commit-config.yaml of
docs/integration/pre-commit.md as printed (block pre-commit-config), with
only the values of `repo` and `rev` filled in, and no .clang-tidy: a new
user's setup. It lives in a new temporary directory, away from this
repository's own .clang-tidy, and ASYNC_TIDY's directory goes first on PATH
as the .deb's /usr/bin would. A commit of code with an un-awaited task is
refused with the diagnostic shown; a commit without async-* findings goes
through although clang-tidy's default checks would refuse it (a discarded
[[nodiscard]] result, a division by zero). Prints what happened.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HEADER = """\
#include "simple_task.h"
Task fetch();
"""
SIMPLE_TASK = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           os.pardir, "Inputs", "simple_task.h")
BAD = HEADER + "Task handler() {\n  fetch();\n  co_return;\n}\n"
GOOD = HEADER + """\
Task handler() {
  co_await fetch();
}
[[nodiscard]] int compute();
int divide() {
  compute();
  int zero = 0;
  return 1 / zero;
}
"""
DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir,
                    os.pardir, "docs", "integration", "pre-commit.md")


def documented_config(src_root, rev):
    """The docs' .pre-commit-config.yaml with this repository in it."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          os.pardir, "docs", "doc_blocks.py")
    text = subprocess.run([sys.executable, script, "extract", DOCS,
                           "pre-commit-config"], check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    text, repos = re.subn(r"(?m)^(\s*- repo: )\S+", lambda m: m.group(1) + src_root, text)
    text, revs = re.subn(r"(?m)^(\s*rev: )\S+", lambda m: m.group(1) + rev, text)
    if repos != 1 or revs != 1:
        sys.exit("precommit_check: no single repo/rev line in the docs' block")
    return text


def git(workdir, *args, check=True):
    return subprocess.run(["git", "-C", workdir] + list(args), check=check,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)


def main():
    src_root, async_tidy = (os.path.abspath(a) for a in sys.argv[1:3])
    workdir = tempfile.mkdtemp(prefix="async-tidy-precommit-")
    try:
        run(src_root, async_tidy, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def run(src_root, async_tidy, workdir):
    os.makedirs(os.path.join(workdir, "build"))
    rev = git(src_root, "rev-parse", "HEAD").stdout.strip()

    git(workdir, "init", "-q")
    git(workdir, "config", "user.email", "test@example.invalid")
    git(workdir, "config", "user.name", "test")
    with open(os.path.join(workdir, ".pre-commit-config.yaml"), "w") as f:
        f.write(documented_config(src_root, rev))
    commands = [{"directory": workdir, "file": os.path.join(workdir, name),
                 "arguments": ["clang++", "-std=c++20", "-c", name]}
                for name in ("bad.cpp", "good.cpp")]
    with open(os.path.join(workdir, "build", "compile_commands.json"), "w") as f:
        json.dump(commands, f)

    env = dict(os.environ, PRE_COMMIT_HOME=os.path.join(workdir, ".cache"),
               PATH=os.path.dirname(async_tidy) + os.pathsep + os.environ["PATH"])
    subprocess.run(["pre-commit", "install"], cwd=workdir, check=True, env=env,
                   stdout=subprocess.DEVNULL)
    shutil.copy(SIMPLE_TASK, workdir)
    git(workdir, "add", ".pre-commit-config.yaml", "simple_task.h")
    git(workdir, "commit", "-q", "--no-verify", "-m", "config")

    for name, text in (("bad.cpp", BAD), ("good.cpp", GOOD)):
        with open(os.path.join(workdir, name), "w") as f:
            f.write(text)
        git(workdir, "add", name)
        result = subprocess.run(["git", "commit", "-m", "add " + name],
                                cwd=workdir, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        print("== commit %s: %s" % (name, "refused" if result.returncode
                                     else "accepted"))
        print(result.stdout)
        if result.returncode:
            git(workdir, "reset", "-q", name)
            os.remove(os.path.join(workdir, name))


if __name__ == "__main__":
    main()
