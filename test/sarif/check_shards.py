#!/usr/bin/env python3
"""Checks scripts/shard-compile-db.py on a compile database: for each shard
count N from 1 to files + 2, every file lands in exactly one of the N
shards, with all of its entries, and shard sizes differ by at most one.

  check_shards.py SHARD_SCRIPT BUILD_DIR
"""
import json
import os
import subprocess
import sys
import tempfile


def source(entry):
    return os.path.normpath(os.path.join(entry["directory"], entry["file"]))


def main():
    script, build_dir = sys.argv[1:]
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    files = sorted({source(e) for e in entries})
    failed = False
    for count in range(1, len(files) + 3):
        owner = {}
        sizes = []
        for index in range(1, count + 1):
            with tempfile.TemporaryDirectory() as out:
                subprocess.run([sys.executable, script, build_dir, "--shard",
                                "%d/%d" % (index, count), "-o", out],
                               check=True, stderr=subprocess.DEVNULL)
                with open(os.path.join(out, "compile_commands.json")) as f:
                    shard = json.load(f)
            mine = {source(e) for e in shard}
            sizes.append(len(mine))
            for path in mine:
                owner.setdefault(path, []).append(index)
            # All entries of a file come along: a file built twice stays whole.
            expected = [e for e in entries if source(e) in mine]
            if shard != expected:
                print("N=%d shard %d: entries differ from the database's" % (count, index))
                failed = True
        once = all(len(owner.get(path, [])) == 1 for path in files)
        balanced = max(sizes) - min(sizes) <= 1
        print("N=%d: %d files, shard sizes %s, each file in exactly one shard: %s" % (
            count, len(files), sizes, "yes" if once and balanced else "NO"))
        failed |= not (once and balanced and sum(sizes) == len(files))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
