#!/usr/bin/env python3
"""Fails when a tracked file other than CMakeLists.txt writes the version.

  version_in_one_place.py SRC_ROOT VERSION
"""
import subprocess
import sys


def main():
    root, version = sys.argv[1:3]
    files = subprocess.run(["git", "-C", root, "grep", "-l", "-F", version],
                           stdout=subprocess.PIPE, text=True).stdout.split()
    others = [f for f in files if f != "CMakeLists.txt"]
    if "CMakeLists.txt" not in files or others:
        print("version %s: in %s" % (version, ", ".join(files) or "no file"))
        return 1
    print("version %s: CMakeLists.txt only" % version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
