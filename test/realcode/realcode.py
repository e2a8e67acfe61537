#!/usr/bin/env python3
"""The real-code suite: every async-* check over every translation unit of the
real-code corpus, each finding compared with the reviewed expected file of
its project (corpus/<project>.expected next to this script).

  realcode.py --async-tidy build/bin/async-tidy [--projects a,b] [--update]

Each TU also goes through `clang++ -fsyntax-only` with the same flags
(unless --no-baseline), to tell analyzer errors from missing headers and to
measure the CPU time (user + sys) async-tidy adds. The run fails on a crash,
a timeout, a TU that does not parse, a finding the expected files do not
list, a listed TRUE or INTENTIONAL finding that is gone, a listed FALSE
finding that is gone (fixed: delete the line), an UNREVIEWED line, or a CPU
ratio over --max-cpu-ratio. --update rewrites the expected files of the
projects run: verdicts of present findings kept, new findings added as
UNREVIEWED, vanished FALSE and UNREVIEWED lines removed, vanished TRUE and
INTENTIONAL lines kept (and reported). Python standard library only.
"""

import argparse
import collections
import concurrent.futures
import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from projects import PROJECTS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_ROOT = os.path.dirname(os.path.dirname(HERE))
VERDICTS = ("TRUE", "INTENTIONAL", "FALSE", "UNREVIEWED")
RIGHT = ("TRUE", "INTENTIONAL")
CPU_TARGET = 1.10
COROUTINE_KEYWORD = re.compile(rb"\bco_(?:await|return|yield)\b")
DIAGNOSTIC = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):\d+: "
                        r"(?P<kind>warning|error|fatal error): (?P<message>.*?)"
                        r"(?: \[(?P<check>[^\[\]]+)\])?$")
CRASH = re.compile(r"^(?:Stack dump:|PLEASE submit a bug report|LLVM ERROR:"
                   r"|UNREACHABLE executed)", re.M)
PATH_FLAGS = ("-I", "-isystem", "-include")

HEADER = """\
# Reviewed findings of the async-* checks on {name} in the real-code suite
# (test/realcode/realcode.py). One section per check; in it one line per
# finding (unique check, file, line), sorted by file, then line:
#   VERDICT<TAB>check<TAB>file:line<TAB>reason
# file is relative to the project root. VERDICT is TRUE (right, and a
# maintainer would want to know), INTENTIONAL (right about what the code
# does, but done on purpose; a NOLINT is fair), FALSE (wrong: a known defect
# of the check, to fix, not an accepted one) or UNREVIEWED (not read yet; the
# suite fails until it is). The reason is one line, written after reading the
# code. `realcode.py --update` rewrites this file and keeps the verdicts and
# every other comment (at the top of its section).
"""


class ExpectedFileError(Exception):
    pass


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--async-tidy", required=True)
    parser.add_argument("--clangxx", default="clang++-19",
                        help="the compiler of the syntax-only baseline")
    parser.add_argument("--corpus", default=os.environ.get("ASYNC_TIDY_CORPUS") or
                        os.path.join(SOURCE_ROOT, "..", "shared", "corpus", "src"),
                        help="the src directory of the real-code corpus "
                        "(default: $ASYNC_TIDY_CORPUS)")
    parser.add_argument("--projects", default="",
                        help="comma-separated project names; only their expected "
                        "files are compared (default: all)")
    parser.add_argument("--expected-dir", default=os.path.join(HERE, "corpus"))
    parser.add_argument("--work-dir", help="for the stand-in headers and the logs of "
                        "failed TUs (default: a temporary directory)")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--timeout", type=float, default=120,
                        help="seconds per TU, for each of the two runs")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip clang++ -fsyntax-only (no CPU ratio)")
    parser.add_argument("--max-cpu-ratio", type=float,
                        help="fail when async-tidy / syntax-only CPU exceeds this")
    parser.add_argument("--update", action="store_true",
                        help="rewrite the expected files of the projects run")
    args = parser.parse_args()
    known = [p["name"] for p in PROJECTS]
    wanted = [name for name in args.projects.split(",") if name]
    unknown = [name for name in wanted if name not in known]
    if unknown:
        parser.error("unknown project(s) %s; known: %s" % (
            ", ".join(unknown), ", ".join(known)))
    args.selected = [p for p in PROJECTS if not wanted or p["name"] in wanted]
    # The runs start in the project root.
    for tool in ("async_tidy", "clangxx"):
        path = shutil.which(getattr(args, tool))
        if not path and (tool == "async_tidy" or not args.no_baseline):
            parser.error("cannot run %s" % getattr(args, tool))
        setattr(args, tool, path and os.path.abspath(path))
    args.corpus = os.path.abspath(args.corpus)
    return args


# ---- translation units and their flags

def project_root(project, corpus):
    return os.path.normpath(os.path.join(corpus, project["root"]))


def translation_units(project, root):
    """(TUs, excluded TUs) as root-relative paths."""
    candidates = set()
    for pattern in project["globs"]:
        for path in glob.glob(os.path.join(root, pattern), recursive=True):
            if os.path.isfile(path):
                candidates.add(os.path.relpath(path, root))
    units = []
    for rel in sorted(candidates):
        with open(os.path.join(root, rel), "rb") as f:
            if COROUTINE_KEYWORD.search(f.read()):
                units.append(rel)
    excluded = project.get("exclude", {})
    return [u for u in units if u not in excluded], [u for u in units if u in excluded]


def write_shims(project, root, work_dir):
    folder = os.path.join(work_dir, "shims", project["name"])
    shims = project.get("shims", {})
    for rel, text in (shims(root) if callable(shims) else shims).items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    return folder


def qt6_include_dir():
    found = sorted(glob.glob("/usr/include/*/qt6"))
    return found[0] if found else "/usr/include/qt6"


def expand_flags(project, root, shims):
    """Placeholders filled in, and include paths made absolute: the header
    filter matches the path a header was found by, so a header reached
    through -Iinclude would escape a filter on the absolute project root."""
    out = ["-std=c++20"]
    path_follows = False
    for flag in project["flags"]:
        flag = flag.replace("{shims}", shims).replace("{qt6}", qt6_include_dir())
        if path_follows:
            candidate = os.path.join(root, flag)
            if not os.path.isabs(flag) and os.path.exists(candidate):
                flag = os.path.normpath(candidate)
        elif flag.startswith("-I") and len(flag) > 2 and not os.path.isabs(flag[2:]):
            flag = "-I" + os.path.normpath(os.path.join(root, flag[2:]))
        path_follows = flag in PATH_FLAGS
        out.append(flag)
    return out


# ---- running

def run_measured(argv, cwd, timeout):
    """(exit code, output, CPU seconds, timed out); the exit code is negative
    when a signal ended the process."""
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL,
                                   stdout=output, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        expired = threading.Event()

        def kill():
            expired.set()
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            timer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        output.seek(0)
        text = output.read().decode("utf-8", "replace")
    return (process.returncode, text, usage.ru_utime + usage.ru_stime,
            expired.is_set())


def outcome(result):
    """ok, error (compiler errors), crash or timeout."""
    code, text, _, expired = result
    if expired:
        return "timeout"
    if code < 0 or code > 1 or CRASH.search(text):
        return "crash"
    if code or any(m.group("kind") != "warning" for m in diagnostics(text)):
        return "error"
    return "ok"


def diagnostics(text):
    for line in text.splitlines():
        match = DIAGNOSTIC.match(line)
        if match:
            yield match


def check_unit(args, unit):
    """Runs the baseline and the analyzer on one TU."""
    name, root, rel, flags = unit
    path = os.path.join(root, rel)
    baseline = None
    if not args.no_baseline:
        baseline = run_measured([args.clangxx, "-fsyntax-only"] + flags + [path],
                                root, args.timeout)
    analyzer = run_measured(
        [args.async_tidy, "--quiet", "--config={}", "--checks=-*,async-*",
         "--header-filter=^" + re.escape(root + os.sep), path, "--"] + flags,
        root, args.timeout)
    return unit, baseline, analyzer


def failure(baseline, analyzer):
    """Why a TU fails the suite, or None."""
    ran = outcome(analyzer)
    base = outcome(baseline) if baseline else None
    if ran in ("crash", "timeout"):
        return "async-tidy " + ("crashed" if ran == "crash" else "timed out")
    if base in ("crash", "timeout"):
        return "clang++ -fsyntax-only " + ("crashed" if base == "crash" else "timed out")
    if base == "error":
        return ("does not parse with clang++ -fsyntax-only either: install the "
                "packages scripts/setup.sh installs for the tests, or exclude it in "
                "projects.py with the reason")
    if ran == "error":
        return "async-tidy reports an error" + (
            " on a TU that clang++ -fsyntax-only parses" if baseline else "")
    return None


def first_errors(text, count=3):
    lines = [m.group(0) for m in diagnostics(text) if m.group("kind") != "warning"]
    crash = CRASH.search(text)
    if crash:
        lines.insert(0, text[crash.start():].splitlines()[0])
    return lines[:count]


# ---- expected files

def expected_path(args, name):
    return os.path.join(args.expected_dir, name + ".expected")


def read_expected(path, checks):
    """{(check, file, line): (verdict, reason)} and {section: [comment lines]};
    the section of the comments before the first check's is ''."""
    entries, notes = {}, collections.defaultdict(list)
    if not os.path.exists(path):
        return entries, notes
    generated = set(HEADER.format(name="").splitlines()) | set(HEADER.splitlines())
    section = ""
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            where = "%s:%d" % (path, number)
            heading = re.match(r"^# == (\S+) ==$", line)
            if heading:
                section = heading.group(1)
                continue
            if line.startswith("#"):
                if section or not is_header_line(line, generated):
                    notes[section].append(line)
                continue
            if not line.strip():
                continue
            fields = line.split("\t")
            if len(fields) == 3:
                fields.append("")
            if len(fields) != 4:
                raise ExpectedFileError(
                    "%s: want VERDICT<TAB>check<TAB>file:line<TAB>reason" % where)
            verdict, check, location, reason = fields
            file, _, row = location.rpartition(":")
            if verdict not in VERDICTS:
                raise ExpectedFileError("%s: verdict %r is none of %s" % (
                    where, verdict, ", ".join(VERDICTS)))
            if not file or not row.isdigit():
                raise ExpectedFileError("%s: %r is not file:line" % (where, location))
            if check != section:
                raise ExpectedFileError("%s: a %s line in the section of %r; move it "
                                        "to '# == %s =='" % (where, check, section, check))
            if verdict != "UNREVIEWED" and not reason.strip():
                raise ExpectedFileError("%s: a %s verdict needs its reason" % (
                    where, verdict))
            key = (check, file, int(row))
            if key in entries:
                raise ExpectedFileError("%s: %s %s listed twice" % (where, check, location))
            entries[key] = (verdict, reason.strip())
    unknown = sorted({check for check, _, _ in entries} - set(checks))
    if unknown:
        raise ExpectedFileError("%s: no such check: %s" % (path, ", ".join(unknown)))
    return entries, notes


def is_header_line(line, generated):
    return line in generated or line.startswith("# Reviewed findings of the async-*")


def write_expected(path, name, entries, notes, checks):
    out = [HEADER.format(name=name).rstrip("\n")] + notes.get("", [])
    for check in checks:
        out.append("")
        out.append("# == %s ==" % check)
        out.extend(notes.get(check, []))
        rows = sorted((file, line, verdict, reason)
                      for (c, file, line), (verdict, reason) in entries.items()
                      if c == check)
        for file, line, verdict, reason in rows:
            out.append("%s\t%s\t%s:%d\t%s" % (verdict, check, file, line, reason))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---- reports

def markdown_table(header, rows):
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = []
    for index, row in enumerate(cells):
        padded = [c.ljust(w) if i == 0 else c.rjust(w)
                  for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("| " + " | ".join(padded) + " |")
        if index == 0:
            lines.append("|" + "|".join(
                "-" * (w + 2) if i == 0 else "-" * (w + 1) + ":"
                for i, w in enumerate(widths)) + "|")
    return "\n".join(lines)


def share(part, whole):
    return "%.0f%%" % (100.0 * part / whole) if whole else "-"


def precision_table(found_verdicts, checks):
    counts = {check: collections.Counter() for check in checks}
    for (check, _, _), verdict in found_verdicts:
        counts.setdefault(check, collections.Counter())[verdict] += 1
    total = collections.Counter()
    rows = []
    for check in sorted(counts):
        c = counts[check]
        total.update(c)
        rows.append(precision_row(check, c))
    rows.append(precision_row("all", total))
    return markdown_table(["check"] + list(VERDICTS) + ["findings", "right"], rows)


def precision_row(label, counts):
    found = sum(counts.values())
    return [label] + [counts[v] for v in VERDICTS] + [
        found, share(counts["TRUE"] + counts["INTENTIONAL"], found)]


def cpu_table(stats):
    rows = []
    total = collections.Counter()
    for name, s in stats.items():
        total.update(s)
        rows.append(cpu_row(name, s))
    rows.append(cpu_row("total", total))
    return markdown_table(["project", "TUs", "excluded", "findings", "async-tidy CPU s",
                           "syntax-only CPU s", "CPU ratio"], rows), ratio(total)


def cpu_row(name, s):
    r = ratio(s)
    return [name, s["units"], s["excluded"], s["findings"], "%.1f" % s["tidy_cpu"],
            "%.1f" % s["base_cpu"] if s["base_cpu"] else "-",
            "%.2f" % r if r else "-"]


def ratio(s):
    return s["tidy_cpu"] / s["base_cpu"] if s["base_cpu"] else None


# ---- main

def main():
    args = parse_args()
    started = time.monotonic()
    checks = list_checks(args.async_tidy)
    work = args.work_dir or tempfile.mkdtemp(prefix="realcode-")
    units, problems = [], []
    stats = collections.OrderedDict()
    excluded_lines = []
    for project in args.selected:
        name = project["name"]
        root = project_root(project, args.corpus)
        if not os.path.isdir(root):
            problems.append("%s: %s does not exist (the real-code corpus: --corpus or "
                            "ASYNC_TIDY_CORPUS, its src directory)" % (name, root))
            continue
        tus, excluded = translation_units(project, root)
        flags = expand_flags(project, root, write_shims(project, root, work))
        stats[name] = collections.Counter(units=len(tus), excluded=len(excluded))
        units += [(name, root, rel, flags) for rel in tus]
        for rel in excluded:
            excluded_lines.append("  %s: %s: %s" % (name, rel, project["exclude"][rel]))
        for rel in sorted(set(project.get("exclude", {})) - set(excluded)):
            problems.append("%s: %s is excluded but no longer a TU; remove it from "
                            "projects.py" % (name, rel))
    if problems:
        print("\n".join("error: " + p for p in problems))
        return 2

    found = collections.defaultdict(dict)  # project -> {(check, file, line): message}
    failures = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        jobs = [pool.submit(check_unit, args, unit) for unit in units]
        for done, job in enumerate(concurrent.futures.as_completed(jobs), 1):
            (name, root, rel, _), baseline, analyzer = job.result()
            if sys.stderr.isatty():
                print("\r[%d/%d] %s %s\033[K" % (done, len(units), name, rel),
                      end="", file=sys.stderr, flush=True)
            stats[name]["tidy_cpu"] += analyzer[2]
            stats[name]["base_cpu"] += baseline[2] if baseline else 0
            why = failure(baseline, analyzer)
            if why:
                failures.append((name, root, rel, why, analyzer, baseline))
            for match in diagnostics(analyzer[1]):
                check = (match.group("check") or "").split(",")[0]
                if match.group("kind") == "warning" and check.startswith("async-"):
                    file = os.path.relpath(os.path.join(root, match.group("file")), root)
                    found[name].setdefault((check, file, int(match.group("line"))),
                                           match.group("message"))
    if sys.stderr.isatty():
        print("\r\033[K", end="", file=sys.stderr)
    wall = time.monotonic() - started

    status = 0
    for name, root, rel, why, analyzer, baseline in sorted(failures):
        status = 1
        log = os.path.join(work, "logs", name, rel.replace("/", "__") + ".log")
        os.makedirs(os.path.dirname(log), exist_ok=True)
        with open(log, "w") as f:
            f.write("== async-tidy ==\n" + analyzer[1])
            if baseline:
                f.write("== clang++ -fsyntax-only ==\n" + baseline[1])
        print("FAILED  %s: %s: %s (log: %s)" % (name, rel, why, log))
        for line in first_errors(analyzer[1] if "async-tidy" in why else baseline[1]):
            print("        " + line)

    if failures:
        print("(findings of the TUs that failed are missing below)")
        if args.update:
            print("not updating the expected files while TUs fail")
            args.update = False
    try:
        verdicts, compare_status = compare(args, checks, found)
    except ExpectedFileError as error:
        print("error: %s" % error)
        return 2
    status = status or compare_status
    for name in stats:
        stats[name]["findings"] = len(found[name])

    print()
    print("Precision (the findings of this run, by verdict in the expected files; "
          "right = (TRUE + INTENTIONAL) / findings, UNREVIEWED counts as not right):")
    print()
    print(precision_table(verdicts, checks))
    print()
    table, total_ratio = cpu_table(stats)
    print(table)
    print()
    if excluded_lines:
        print("Excluded TUs (cannot be parsed here):")
        print("\n".join(excluded_lines))
        print()
    if total_ratio:
        gate = " (limit %.2f; target %.2f)" % (args.max_cpu_ratio, CPU_TARGET) \
            if args.max_cpu_ratio else " (target %.2f)" % CPU_TARGET
        print("CPU ratio async-tidy / clang++ -fsyntax-only: %.2f%s" % (total_ratio, gate))
        if args.max_cpu_ratio and total_ratio > args.max_cpu_ratio:
            print("FAILED  the async-* checks cost %.2fx the parse, over the limit %.2f: "
                  "profile the checks (test/bench) for the blow-up" % (
                      total_ratio, args.max_cpu_ratio))
            status = 1
    print("wall time: %.0f s for %d TUs at -j %d" % (wall, len(units), args.jobs))
    print("realcode: %s" % ("FAILED (see above)" if status else "passed"))
    return status


def list_checks(async_tidy):
    out = subprocess.run([async_tidy, "--list-checks", "--checks=-*,async-*"],
                         capture_output=True, text=True, check=True).stdout
    return sorted(line.strip() for line in out.splitlines()
                  if line.strip().startswith("async-"))


def compare(args, checks, found):
    """Prints what differs from the expected files (or rewrites them with
    --update); returns ([((check, file, line), verdict) of each finding], status)."""
    verdicts, status = [], 0
    new, lost, fixed, unreviewed = [], [], [], collections.Counter()
    for name in [p["name"] for p in args.selected]:
        path = expected_path(args, name)
        entries, notes = read_expected(path, checks)
        present = found[name]
        for key in sorted(present):
            verdict = entries.get(key, ("UNREVIEWED", ""))[0]
            verdicts.append((key, verdict))
            if key not in entries:
                new.append((name, path, key, present[key]))
        for key, (verdict, reason) in sorted(entries.items()):
            if key not in present:
                (lost if verdict in RIGHT else fixed).append((name, path, key, verdict, reason))
            elif verdict == "UNREVIEWED":
                unreviewed[(path, key[0])] += 1
        if args.update:
            kept = {key: entries.get(key, ("UNREVIEWED", "")) for key in present}
            kept.update({key: v for key, v in entries.items() if v[0] in RIGHT})
            write_expected(path, name, kept, notes, checks)
            unreviewed.update((path, key[0]) for key in present if key not in entries)

    def where(key):
        return "%s %s:%d" % key

    if lost:
        status = 1
        print("LOST: findings judged TRUE or INTENTIONAL are gone. A lost true positive "
              "is a regression: fix the check (--update keeps these lines).")
        for name, path, key, verdict, reason in lost:
            print("  %s: %s (%s: %s)" % (name, where(key), verdict, reason))
    if new and not args.update:
        status = 1
        print("NEW: findings no expected file lists. Read each in context. If it is "
              "wrong and your change brought it, fix the check. Otherwise run "
              "realcode.py --update (adds them as UNREVIEWED) and give each a verdict "
              "and a reason.")
        for name, path, key, message in new:
            print("  %s: %s: %s" % (name, where(key), message))
    elif new:
        print("added %d new finding(s) as UNREVIEWED" % len(new))
    if fixed and not args.update:
        status = 1
        print("GONE: findings judged FALSE (or not reviewed yet) are no longer reported. "
              "Delete these lines from the expected file (or run realcode.py --update):")
        for name, path, key, verdict, reason in fixed:
            print("  %s: %s\t%s" % (path, verdict, where(key)))
    elif fixed:
        print("removed %d vanished FALSE or UNREVIEWED line(s)" % len(fixed))
    if unreviewed:
        status = 1
        print("UNREVIEWED: in these sections, read the code at each UNREVIEWED line and "
              "replace UNREVIEWED with TRUE, INTENTIONAL or FALSE and a one-line reason:")
        for (path, check), count in sorted(unreviewed.items()):
            print("  %s: %d in '# == %s =='" % (path, count, check))
    return verdicts, status


if __name__ == "__main__":
    sys.exit(main())
