#!/usr/bin/env python3
"""Runs async-* checks on one lit test file through every front end.

  check_async_tidy.py [driver options] INPUT CHECKS TEMP [-- TIDY-ARGS [-- COMPILER-ARGS]]

For each clang-tidy front end (async-tidy, stock clang-tidy with the plugin):
  1. copies INPUT (with its CHECK lines blanked, so patterns cannot match
     themselves) to TEMP.<front end>.cpp and runs the checks with -fix;
  2. FileChecks the diagnostics against the CHECK-MESSAGES lines of INPUT,
     with --implicit-check-not so that an unexpected diagnostic fails;
     a file without CHECK-MESSAGES must produce no diagnostic at all;
  3. FileChecks the fixed file against CHECK-FIXES lines, if any;
  4. compiles the fixed file with clang++ -fsyntax-only: a fix must compile.
Then it asserts that every front end printed the same diagnostics and wrote
the same fixed file. With the `clangd` front end, it also opens the input in
async-clangd over LSP (frontends/lsp_client.py) and asserts that the editor
gets the same warnings (clangd sends notes and fixes in other forms).
Python standard library only.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys


def fail(message):
    sys.stderr.write("check_async_tidy: error: " + message + "\n")
    sys.exit(1)


def run(cmd, stdin=None):
    proc = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)
    return proc.returncode, proc.stdout


def split_args(rest):
    """Splits 'INPUT CHECKS TEMP -- tidy args -- compiler args'."""
    if "--" in rest:
        i = rest.index("--")
        positional, rest = rest[:i], rest[i + 1:]
    else:
        positional, rest = rest, []
    if "--" in rest:
        i = rest.index("--")
        tidy_args, compiler_args = rest[:i], rest[i + 1:]
    else:
        tidy_args, compiler_args = rest, []
    if len(positional) != 3:
        fail("expected INPUT CHECKS TEMP, got %r" % positional)
    return positional, tidy_args, compiler_args


def diagnostics_of(output, path):
    """The diagnostic lines, with the temporary path replaced by a fixed name."""
    lines = []
    for line in output.splitlines():
        if re.search(r"\b(warning|error|note):", line):
            lines.append(line.replace(path, "INPUT"))
    return "\n".join(lines) + "\n"


def warnings_of(diagnostics):
    return "".join(line + "\n" for line in diagnostics.splitlines()
                   if ": warning: " in line)


def compare_with_editor(args, cleaned, ext, temp, checks, tidy_args,
                        compiler_args, reference, reference_name):
    """Runs the input through async-clangd and compares its warnings."""
    workdir = temp + ".clangd"
    os.makedirs(workdir, exist_ok=True)
    copy = os.path.join(workdir, "input" + ext)
    with open(copy, "w", encoding="utf-8") as f:
        f.write(cleaned)
    config = [a.split("=", 1)[1] for a in tidy_args
              if a.startswith("-config=") or a.startswith("--config=")]
    client = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          "frontends", "lsp_client.py")
    cmd = [sys.executable, client, args.async_clangd, "--diagnostics-of", copy,
           "--checks", checks] + (["--config", config[0]] if config else []) + \
        ["--"] + compiler_args
    code, output = run(cmd)
    print("------------------------ clangd ------------------------")
    print(" ".join(cmd))
    print(output)
    if code:
        fail("clangd: the LSP session failed")
    got = warnings_of(output.replace(copy, "INPUT"))
    want = warnings_of(reference)
    if got != want:
        diff = difflib.unified_diff(want.splitlines(), got.splitlines(),
                                    reference_name, "clangd", lineterm="")
        print("\n".join(diff))
        fail("%s and clangd disagree on the warnings" % reference_name)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--stock-clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--async-clangd")
    parser.add_argument("--frontends", default="async-tidy,plugin")
    parser.add_argument("--editor-skip", default="",
                        help="regex of input names that skip the clangd "
                             "front end")
    parser.add_argument("--check-suffixes", default="",
                        help="comma-separated: CHECK-MESSAGES-<S> for each S "
                             "(an empty S means plain CHECK-MESSAGES)")
    parser.add_argument("--no-compile-fixed", action="store_true",
                        help="for inputs that are meant not to compile")
    parser.add_argument("--expect-exit", type=int, default=None,
                        help="the exit code every front end must return")
    args, rest = parser.parse_known_args()
    (input_path, checks, temp), tidy_args, compiler_args = split_args(rest)

    suffixes = ["-" + s if s else "" for s in args.check_suffixes.split(",")]
    messages_prefixes = ",".join("CHECK-MESSAGES" + s for s in suffixes)
    fixes_prefixes = ",".join("CHECK-FIXES" + s for s in suffixes)

    def uses(prefixes):
        return any(re.search(r"\b%s:" % re.escape(p), text)
                   for p in prefixes.split(","))

    with open(input_path, encoding="utf-8") as f:
        text = f.read()
    has_messages = uses(messages_prefixes)
    has_fixes = uses(fixes_prefixes)
    # Blank CHECK lines but keep the line count, so [[@LINE]] still works.
    cleaned = re.sub(r"//\s*CHECK-[A-Z0-9-]*:[^\r\n]*", "//", text)

    frontends = {
        "async-tidy": [args.async_tidy],
        "plugin": [args.stock_clang_tidy, "-load=" + args.plugin],
    }
    wanted = [f for f in args.frontends.split(",") if f]
    editor = "clangd" in wanted
    if editor:
        wanted.remove("clangd")
        if not args.async_clangd:
            fail("the clangd front end needs --async-clangd")
    for f in wanted:
        if f not in frontends:
            fail("unknown front end %r" % f)
    if not any(a.startswith("-config") or a.startswith("--config")
               for a in tidy_args):
        # The repository's own .clang-tidy must not leak into tests.
        tidy_args = ["--config={}"] + tidy_args

    ext = os.path.splitext(input_path)[1] or ".cpp"
    results = {}
    for name in wanted:
        copy = "%s.%s%s" % (temp, name, ext)
        with open(copy, "w", encoding="utf-8") as f:
            f.write(cleaned)
        cmd = frontends[name] + [copy, "-fix", "--checks=-*," + checks] + \
            tidy_args + ["--"] + compiler_args
        code, output = run(cmd)
        print("------------------------ %s ------------------------" % name)
        print(" ".join(cmd))
        print(output)
        if args.expect_exit is not None and code != args.expect_exit:
            fail("%s exited with %d, expected %d" % (name, code, args.expect_exit))
        if "Stack dump" in output or "PLEASE submit a bug report" in output:
            fail("%s crashed" % name)
        diags = diagnostics_of(output, copy)

        if has_messages:
            code, out = run([args.filecheck, input_path,
                             "-check-prefixes=" + messages_prefixes, "--allow-unused-prefixes",
                             # not "error::" (a message may name
                             # asio::error::operation_aborted)
                             "-implicit-check-not={{(warning|error):[^:]}}"],
                            stdin=diags)
            if code:
                print(out)
                fail("%s: diagnostics do not match %s" % (name, messages_prefixes))
        elif re.search(r"\b(warning|error):", diags):
            fail("%s: unexpected diagnostics (the file has no %s lines)"
                 % (name, messages_prefixes))

        with open(copy, encoding="utf-8") as f:
            fixed = f.read()
        if has_fixes:
            code, out = run([args.filecheck, input_path,
                             "-check-prefixes=" + fixes_prefixes, "--allow-unused-prefixes",
                             "-strict-whitespace"], stdin=fixed)
            if code:
                print(fixed)
                print(out)
                fail("%s: fixed file does not match %s" % (name, fixes_prefixes))
        # Every front end must produce the same fixed file (checked below),
        # so compiling one of them is enough.
        same_as_first = results and fixed == results[wanted[0]][1]
        if not args.no_compile_fixed and not same_as_first:
            code, out = run([args.clangxx, "-fsyntax-only", copy] + compiler_args)
            if code:
                print(out)
                fail("%s: the fixed file does not compile" % name)
        results[name] = (diags, fixed)

    first = wanted[0]
    if editor and args.editor_skip and re.search(args.editor_skip,
                                                 os.path.basename(input_path)):
        print("clangd: skipped for %s (--editor-skip)" % input_path)
        editor = False
    if editor:
        compare_with_editor(args, cleaned, ext, temp, checks, tidy_args,
                            compiler_args, results[first][0], first)
    for name in wanted[1:]:
        for what, index in (("diagnostics", 0), ("fixed file", 1)):
            if results[name][index] != results[first][index]:
                diff = difflib.unified_diff(
                    results[first][index].splitlines(),
                    results[name][index].splitlines(), first, name, lineterm="")
                print("\n".join(diff))
                fail("%s and %s disagree on the %s" % (first, name, what))


if __name__ == "__main__":
    main()
