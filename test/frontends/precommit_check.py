#!/usr/bin/env python3
"""pre-commit test: Debian's pre-commit runs the async-tidy hook of this
repository (referenced by path, at HEAD) in a throwaway git repository.

  precommit_check.py SRC_ROOT ASYNC_TIDY WORKDIR

A commit of code with an un-awaited task is refused with the diagnostic
shown; a commit of clean code goes through. Prints what happened.
"""

import json
import os
import shutil
import subprocess
import sys

HEADER = """\
#include "simple_task.h"
Task fetch();
"""
SIMPLE_TASK = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           os.pardir, "Inputs", "simple_task.h")
BAD = HEADER + "Task handler() {\n  fetch();\n  co_return;\n}\n"
GOOD = HEADER + "Task handler() {\n  co_await fetch();\n}\n"


def git(workdir, *args, check=True):
    return subprocess.run(["git", "-C", workdir] + list(args), check=check,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)


def main():
    src_root, async_tidy, workdir = sys.argv[1:4]
    workdir = os.path.abspath(workdir)
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(os.path.join(workdir, "build"))
    rev = git(src_root, "rev-parse", "HEAD").stdout.strip()

    git(workdir, "init", "-q")
    git(workdir, "config", "user.email", "test@example.invalid")
    git(workdir, "config", "user.name", "test")
    with open(os.path.join(workdir, ".pre-commit-config.yaml"), "w") as f:
        f.write("repos:\n"
                "  - repo: %s\n"
                "    rev: %s\n"
                "    hooks:\n"
                "      - id: async-tidy\n"
                "        args: [--build-dir=build, --async-tidy=%s]\n"
                % (os.path.abspath(src_root), rev, os.path.abspath(async_tidy)))
    with open(os.path.join(workdir, ".clang-tidy"), "w") as f:
        f.write("Checks: '-*,async-*'\n")
    commands = [{"directory": workdir, "file": os.path.join(workdir, name),
                 "arguments": ["clang++", "-std=c++20", "-c", name]}
                for name in ("bad.cpp", "good.cpp")]
    with open(os.path.join(workdir, "build", "compile_commands.json"), "w") as f:
        json.dump(commands, f)

    env = dict(os.environ, PRE_COMMIT_HOME=os.path.join(workdir, ".cache"))
    subprocess.run(["pre-commit", "install"], cwd=workdir, check=True, env=env,
                   stdout=subprocess.DEVNULL)
    shutil.copy(SIMPLE_TASK, workdir)
    git(workdir, "add", ".pre-commit-config.yaml", ".clang-tidy", "simple_task.h")
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
