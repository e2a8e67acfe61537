#!/usr/bin/env python3
"""Which checks async-tidy runs when nobody says: async-*, and nothing else.

  default_checks.py ASYNC_TIDY STOCK_CLANG_TIDY PLUGIN INPUTS

Writes a file with an un-awaited task (async-unawaited-task), a discarded
[[nodiscard]] result (clang-diagnostic-unused-result) and a division by zero
(clang-analyzer-core.DivideZero) into a new temporary directory, outside any
tree with a .clang-tidy, and runs async-tidy on it with each way of setting
Checks (none, .clang-tidy with and without Checks, --config, --checks), then
stock clang-tidy with the plugin. Prints, per run, the checks that reported.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE = """\
#include "simple_task.h"
Task fetch();
[[nodiscard]] int compute();
Task handler() {
  fetch();
  co_return;
}
int divide() {
  compute();
  int zero = 0;
  return 1 / zero;
}
"""


def reported(command, cwd):
    out = subprocess.run(command, cwd=cwd, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True).stdout
    if "Error: no checks enabled." in out:
        return ["no checks enabled"]
    return sorted(set(re.findall(r"(?:warning|error): .* \[([\w.,-]+)\]$", out,
                                 re.MULTILINE)))


def main():
    async_tidy, stock, plugin, inputs = sys.argv[1:5]
    workdir = tempfile.mkdtemp(prefix="async-tidy-defaults-")
    try:
        shutil.copy(os.path.join(inputs, "simple_task.h"), workdir)
        with open(os.path.join(workdir, "handler.cpp"), "w") as f:
            f.write(SOURCE)
        flags = ["handler.cpp", "--", "-std=c++20"]
        config = os.path.join(workdir, ".clang-tidy")

        def run(name, command, clang_tidy=None):
            if clang_tidy is None:
                if os.path.exists(config):
                    os.remove(config)
            else:
                with open(config, "w") as f:
                    f.write(clang_tidy)
            print("%s: %s" % (name, " ".join(reported(command, workdir)) or "nothing"))

        run("no configuration", [async_tidy] + flags)
        run(".clang-tidy without Checks",
            [async_tidy] + flags, "CheckOptions:\n  AllowExplicitDiscard: false\n")
        run(".clang-tidy Checks: -*,clang-analyzer-*",
            [async_tidy] + flags, "Checks: '-*,clang-analyzer-*'\n")
        run(".clang-tidy Checks: clang-analyzer-* (added to the default)",
            [async_tidy] + flags, "Checks: 'clang-analyzer-*'\n")
        run("--config={}", [async_tidy, "--config={}"] + flags)
        run("--config={Checks: clang-diagnostic-*}",
            [async_tidy, "--config={Checks: 'clang-diagnostic-*'}"] + flags)
        run("--checks=-*,clang-analyzer-* over .clang-tidy",
            [async_tidy, "--checks=-*,clang-analyzer-*"] + flags,
            "Checks: '-*,async-*'\n")
        run("plugin in stock clang-tidy, no configuration",
            [stock, "-load=" + plugin] + flags)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
