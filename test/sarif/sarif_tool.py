#!/usr/bin/env python3
"""Test helper for SARIF logs.

  sarif_tool.py validate LOG...      the official validator (sarif-multitool,
                                     SARIF and GitHub rules); fails on any
                                     error or warning it prints
  sarif_tool.py show LOG             rules and results, one fact a line, for
                                     FileCheck
  sarif_tool.py same-results A B     fails unless A and B have the same rules
                                     and results
  sarif_tool.py fingerprints LOG     "<check> <message> <fingerprint>" per
                                     result, without lines: equal before and
                                     after lines are inserted above findings
"""
import json
import os
import re
import shutil
import subprocess
import sys


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def validator():
    """The validator's own binary: the npm wrapper runs it through a shell,
    which splits the ';' lists its options take."""
    wrapper = shutil.which("sarif-multitool")
    if wrapper:
        package = os.path.dirname(os.path.realpath(wrapper))
        binary = os.path.join(package, "node_modules", "@microsoft",
                              "sarif-multitool-linux", "Sarif.Multitool")
        if not os.path.isfile(binary):  # npm may hoist the platform package
            binary = os.path.join(os.path.dirname(os.path.dirname(package)),
                                  "@microsoft", "sarif-multitool-linux",
                                  "Sarif.Multitool")
        if os.access(binary, os.X_OK):
            return binary
    sys.exit("sarif-multitool (npm @microsoft/sarif-multitool) not found or "
             "not executable: ASYNC_TIDY_TEST_PACKAGES=1 bash scripts/setup.sh installs it")


def validate(paths):
    # Notes are advice that a log cannot or need not follow here (message
    # ids instead of text, numeric rule ids, URLs unreachable offline);
    # errors and warnings fail.
    failed = False
    for path in paths:
        run = subprocess.run(
            [validator(), "validate", "--rule-kind", "Sarif;Gh",
             "--level", "Error;Warning", path],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        findings = [line for line in run.stdout.splitlines()
                    if re.search(r": (error|warning) [A-Z]+[0-9]+", line)]
        for line in findings:
            print(line)
        ok = run.returncode == 0 and not findings \
            and "Analysis completed successfully" in run.stdout
        if not ok and not findings:
            print(run.stdout)
        print("%s: %s" % (os.path.basename(path),
                          "valid, no errors or warnings" if ok else "INVALID"))
        failed |= not ok
    return 1 if failed else 0


def where(location):
    physical = location.get("physicalLocation", {})
    uri = physical.get("artifactLocation", {}).get("uri", "?")
    region = physical.get("region", {})
    text = "%s:%s:%s" % (uri, region.get("startLine"), region.get("startColumn"))
    if "endLine" in region:
        text += "-%s:%s" % (region["endLine"], region["endColumn"])
    return text


def show(path):
    log = load(path)
    print("version %s" % log["version"])
    for run in log["runs"]:
        driver = run["tool"]["driver"]
        print("tool %s %s %s" % (driver["name"], driver.get("version"),
                                 driver.get("informationUri")))
        for base, value in sorted(run.get("originalUriBaseIds", {}).items()):
            print("base %s %s" % (base, value.get("uri")))
        rules = driver.get("rules", [])
        for rule in rules:
            print("rule %s name=%s level=%s help=%s" % (
                rule["id"], rule.get("name"),
                rule.get("defaultConfiguration", {}).get("level"),
                rule.get("helpUri")))
            print("  description: %s" % rule["shortDescription"]["text"])
        for result in run["results"]:
            assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
            print("result %s %s %s: %s" % (
                where(result["locations"][0]), result["level"],
                result["ruleId"], result["message"]["text"]))
            for related in result.get("relatedLocations", []):
                print("  related %d %s: %s" % (related["id"], where(related),
                                               related["message"]["text"]))
            for fix in result.get("fixes", []):
                print("  fix: %s" % fix.get("description", {}).get("text"))
                for change in fix["artifactChanges"]:
                    for replacement in change["replacements"]:
                        region = replacement["deletedRegion"]
                        print("    replace %s:%s:%s-%s:%s with %s" % (
                            change["artifactLocation"]["uri"],
                            region["startLine"], region["startColumn"],
                            region["endLine"], region["endColumn"],
                            json.dumps(replacement["insertedContent"]["text"])))
            for key, value in sorted(result.get("partialFingerprints", {}).items()):
                print("  fingerprint %s=%s" % (key, value))
        print("results %d" % len(run["results"]))
    return 0


def comparable(path):
    return [(run["tool"]["driver"].get("rules"), run["results"])
            for run in load(path)["runs"]]


def same_results(a, b):
    if comparable(a) == comparable(b):
        print("same rules and results: %d" % sum(
            len(run["results"]) for run in load(a)["runs"]))
        return 0
    print("rules or results differ between %s and %s" % (a, b))
    return 1


def fingerprints(path):
    for run in load(path)["runs"]:
        for result in run["results"]:
            for key, value in sorted(result.get("partialFingerprints", {}).items()):
                print("%s %s %s=%s" % (result["ruleId"], result["message"]["text"],
                                       key, value))
    return 0


def main():
    command, args = sys.argv[1], sys.argv[2:]
    if command == "validate":
        return validate(args)
    if command == "show":
        return show(args[0])
    if command == "same-results":
        return same_results(args[0], args[1])
    if command == "fingerprints":
        return fingerprints(args[0])
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main())
