#!/usr/bin/env python3
"""Writes one shard of a compile database, for parallel CI jobs.

  shard-compile-db.py BUILD_DIR --shard K/N -o OUT_DIR

reads BUILD_DIR/compile_commands.json and writes the K-th of N shares
(K from 1 to N, as GitLab's CI_NODE_INDEX/CI_NODE_TOTAL count) to
OUT_DIR/compile_commands.json, for `run-clang-tidy -p OUT_DIR` or
`async-tidy -p OUT_DIR`. Every source file lands in exactly one shard, with
all of its entries; files are dealt round-robin in path order, so shards
differ in size by at most one file. --list prints the shard's files instead.
"""
import argparse
import json
import os
import sys


def source_path(entry):
    return os.path.normpath(os.path.join(entry["directory"], entry["file"]))


def shard_of(entries, index, count):
    """The entries of shard index (1-based) of count."""
    files = sorted({source_path(e) for e in entries})
    mine = set(files[index - 1::count])
    return [e for e in entries if source_path(e) in mine]


def parse_shard(text):
    try:
        index, count = (int(part) for part in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError("expected K/N, e.g. 2/4")
    if not 1 <= index <= count:
        raise argparse.ArgumentTypeError("K/N needs 1 <= K <= N")
    return index, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", help="directory of compile_commands.json")
    parser.add_argument("--shard", required=True, type=parse_shard,
                        help="K/N: the K-th of N shards, 1 <= K <= N")
    parser.add_argument("-o", "--output", help="directory to write the shard's "
                        "compile_commands.json to")
    parser.add_argument("--list", action="store_true",
                        help="print the shard's source files, one a line")
    args = parser.parse_args()
    if not args.output and not args.list:
        parser.error("give -o OUT_DIR or --list")

    database = os.path.join(args.build_dir, "compile_commands.json")
    with open(database, encoding="utf-8") as f:
        entries = json.load(f)
    shard = shard_of(entries, *args.shard)
    if args.list:
        for path in sorted({source_path(e) for e in shard}):
            print(path)
    if args.output:
        os.makedirs(args.output, exist_ok=True)
        with open(os.path.join(args.output, "compile_commands.json"), "w",
                  encoding="utf-8") as f:
            json.dump(shard, f, indent=2)
            f.write("\n")
        print("shard %d/%d: %d of %d files" % (
            *args.shard, len({source_path(e) for e in shard}),
            len({source_path(e) for e in entries})), file=sys.stderr)


if __name__ == "__main__":
    main()
