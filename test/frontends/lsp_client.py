#!/usr/bin/env python3
"""End-to-end LSP test of async-clangd (Python standard library only).

  lsp_client.py CLANGD WORKDIR --config-block PAGE NAME [--config-block ...]
                [--no-compile-flags [--expect-parse-error]]
  lsp_client.py CLANGD --diagnostics-of FILE --checks GLOB [--config YAML]
                [-- COMPILER-FLAGS]

Writes a small project into WORKDIR (a coroutine with an un-awaited task,
compile_flags.txt with -std=c++20, and the configuration files that the
docs give: each --config-block is a fenced block of a docs page, written
as printed to the file its first line names, `# .clang-tidy` or
`# .clangd`), starts CLANGD over stdio, prints the serverInfo of its
initialize result, sends didOpen, waits for publishDiagnostics, asserts the
async-unawaited-task diagnostic and its range, then asks for code actions at
that range and asserts that the `co_await` quick fix is offered. Prints what
it checked; exits non-zero with a reason on any mismatch.

--no-compile-flags leaves out compile_flags.txt and puts the project in a
new temporary directory outside any tree that has a compile database (WORKDIR
is not used), so clangd has no flags but the configuration's.
--expect-parse-error then asserts the opposite: no async-* diagnostic, and an
error because the file does not parse as C++20.

With --diagnostics-of it is the async-clangd front end of the check-test
driver: it opens FILE with the given flags and clang-tidy configuration and
prints the clang-tidy diagnostics clangd publishes, one per line, as
clang-tidy would (`FILE:LINE:COL: warning: message [check]`).
"""

import argparse
import json
import re
import shutil
import os
import subprocess
import sys
import tempfile
import threading
import time

SOURCE = """\
#include "simple_task.h"
Task fetch(int);
Task handler() {
  fetch(1);
  co_return;
}
"""
# fetch(1) is on line 3 (0-based), columns 2 to 10.
EXPECTED_RANGE = {"start": {"line": 3, "character": 2},
                  "end": {"line": 3, "character": 10}}
SIMPLE_TASK = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           os.pardir, "Inputs", "simple_task.h")


def fail(message):
    sys.stderr.write("lsp_client: error: " + message + "\n")
    sys.exit(1)


class Server:
    def __init__(self, command, cwd):
        self.proc = subprocess.Popen(command, cwd=cwd, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.next_id = 1
        self.messages = []
        self.lock = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.proc.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.partition(b":")
                if name.lower() == b"content-length":
                    length = int(value)
            body = json.loads(stream.read(length))
            with self.lock:
                self.messages.append(body)
                self.lock.notify_all()

    def send(self, message):
        data = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
        self.proc.stdin.flush()

    def request(self, method, params):
        request_id = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": request_id, "method": method,
                   "params": params})
        return self.wait(lambda m: m.get("id") == request_id and
                         "method" not in m, "reply to " + method)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, predicate, what, timeout=60):
        deadline = time.time() + timeout
        with self.lock:
            while True:
                for message in self.messages:
                    if predicate(message):
                        self.messages.remove(message)
                        return message
                remaining = deadline - time.time()
                if remaining <= 0 or self.proc.poll() is not None:
                    fail("no %s within %ds" % (what, timeout))
                self.lock.wait(remaining)

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()


def doc_block(page, name):
    """A fenced block of a docs page (test/docs/doc_blocks.py), as printed."""
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                          os.pardir, "docs", "doc_blocks.py")
    return subprocess.run([sys.executable, script, "extract", page, name],
                          check=True, stdout=subprocess.PIPE, text=True).stdout


def write_project(workdir, config_blocks, compile_flags):
    os.makedirs(workdir, exist_ok=True)
    shutil.copy(SIMPLE_TASK, workdir)
    with open(os.path.join(workdir, "handler.cpp"), "w") as f:
        f.write(SOURCE)
    for stale in ("compile_flags.txt", ".clang-tidy", ".clangd"):
        if os.path.exists(os.path.join(workdir, stale)):
            os.remove(os.path.join(workdir, stale))
    if compile_flags:
        with open(os.path.join(workdir, "compile_flags.txt"), "w") as f:
            f.write("-std=c++20\n")
    for page, name in config_blocks:
        text = doc_block(page, name)
        target = re.match(r"# (\.clang-tidy|\.clangd)\b", text)
        if not target:
            fail("block %s of %s does not start with # .clang-tidy or # .clangd"
                 % (name, page))
        # A page may give two blocks for the same file (they add up).
        with open(os.path.join(workdir, target.group(1)), "a") as f:
            f.write(text)


def start(clangd, workdir):
    # --enable-config makes clangd read .clangd files; no background index,
    # so nothing but the opened file is parsed.
    server = Server([os.path.abspath(clangd), "--log=error", "--enable-config",
                     "--background-index=false"], workdir)
    reply = server.request("initialize", {
        "processId": os.getpid(), "rootUri": "file://" + workdir,
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix"]}}}}}})
    server.notify("initialized", {})
    return server, reply["result"].get("serverInfo", {})


def open_and_wait(server, path, text):
    uri = "file://" + path
    server.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "cpp", "version": 1, "text": text}})
    published = server.wait(
        lambda m: m.get("method") == "textDocument/publishDiagnostics"
        and m["params"]["uri"] == uri, "publishDiagnostics", timeout=120)
    return uri, published["params"]["diagnostics"]


def as_clang_tidy_line(path, diagnostic):
    """clangd capitalises the message and appends "(fix available)"."""
    message = diagnostic["message"].splitlines()[0]
    if message.endswith(" (fix available)"):
        message = message[:-len(" (fix available)")]
    message = message[:1].lower() + message[1:]
    start = diagnostic["range"]["start"]
    return "%s:%d:%d: warning: %s [%s]" % (
        path, start["line"] + 1, start["character"] + 1, message,
        diagnostic["code"])


def dump_diagnostics(args, flags):
    path = os.path.abspath(args.diagnostics_of)
    workdir = os.path.dirname(path)
    with open(os.path.join(workdir, "compile_flags.txt"), "w") as f:
        f.write("\n".join(flags) + "\n")
    config = (args.config or "{}").strip()
    inner = config[1:-1].strip() if config.startswith("{") else ""
    with open(os.path.join(workdir, ".clang-tidy"), "w") as f:
        f.write("{Checks: '-*,%s'%s}\n" % (args.checks,
                                            ", " + inner if inner else ""))
    with open(path, encoding="utf-8") as f:
        text = f.read()
    server, _ = start(args.clangd, workdir)
    try:
        _, diagnostics = open_and_wait(server, path, text)
    finally:
        server.close()
    for diagnostic in sorted(diagnostics, key=lambda d: (
            d["range"]["start"]["line"], d["range"]["start"]["character"])):
        if diagnostic.get("source") == "clang-tidy":
            print(as_clang_tidy_line(path, diagnostic))


def main():
    if "--diagnostics-of" in sys.argv:
        argv = sys.argv[1:]
        flags = []
        if "--" in argv:
            flags = argv[argv.index("--") + 1:]
            argv = argv[:argv.index("--")]
        parser = argparse.ArgumentParser()
        parser.add_argument("clangd")
        parser.add_argument("--diagnostics-of", required=True)
        parser.add_argument("--checks", required=True)
        parser.add_argument("--config")
        dump_diagnostics(parser.parse_args(argv), flags)
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("clangd")
    parser.add_argument("workdir")
    parser.add_argument("--config-block", nargs=2, action="append",
                        metavar=("PAGE", "NAME"), default=[])
    parser.add_argument("--no-compile-flags", action="store_true")
    parser.add_argument("--expect-parse-error", action="store_true")
    args = parser.parse_args()
    if args.no_compile_flags:
        workdir = tempfile.mkdtemp(prefix="async-clangd-lsp-")
    else:
        workdir = os.path.abspath(args.workdir)
    try:
        check_session(args, workdir)
    finally:
        if args.no_compile_flags:
            shutil.rmtree(workdir, ignore_errors=True)


def check_session(args, workdir):
    write_project(workdir, args.config_block, not args.no_compile_flags)
    path = os.path.join(workdir, "handler.cpp")
    server, info = start(args.clangd, workdir)
    print("serverInfo: name=%s version=%s" % (info.get("name"), info.get("version")))
    try:
        uri, diagnostics = open_and_wait(server, path, SOURCE)
        ours = [d for d in diagnostics if d.get("code") == "async-unawaited-task"]
        if args.expect_parse_error:
            errors = [d["message"] for d in diagnostics if d.get("severity") == 1]
            if ours or not errors:
                fail("expected a parse error and no async-* diagnostic, got %s"
                     % json.dumps(diagnostics, indent=1))
            print("parse error without C++20 flags: %s" % errors[0].splitlines()[0])
            return
        if len(ours) != 1:
            fail("expected one async-unawaited-task diagnostic, got %s"
                 % json.dumps(diagnostics, indent=1))
        diagnostic = ours[0]
        if diagnostic["range"] != EXPECTED_RANGE:
            fail("range %s, expected %s" % (diagnostic["range"], EXPECTED_RANGE))
        # clangd capitalises the first letter and appends "(fix available)".
        expected_message = ("Task returned by 'fetch' is never awaited; "
                            "the coroutine will not run (fix available)")
        if diagnostic["message"] != expected_message:
            fail("message %r" % diagnostic["message"])
        start_pos, end_pos = diagnostic["range"]["start"], diagnostic["range"]["end"]
        print("diagnostic: %s %d:%d-%d:%d %s" % (
            diagnostic["code"], start_pos["line"], start_pos["character"],
            end_pos["line"], end_pos["character"], diagnostic["message"]))

        reply = server.request("textDocument/codeAction", {
            "textDocument": {"uri": uri}, "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic]}})
        fixes = []
        for action in reply.get("result") or []:
            edits = (action.get("edit") or {}).get("changes", {}).get(uri, [])
            if any(e["newText"] == "co_await " and
                   e["range"]["start"] == EXPECTED_RANGE["start"] for e in edits):
                fixes.append(action)
        if not fixes:
            fail("no co_await quick fix in %s" % json.dumps(reply, indent=1))
        print("quick fix: %s" % fixes[0]["title"])
    finally:
        server.close()


if __name__ == "__main__":
    main()
