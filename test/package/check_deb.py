#!/usr/bin/env python3
"""Checks the .deb that `cpack -G DEB` made: its name, its files, and that
its Depends name every Debian package whose library the binaries load, plus
the two that no library link shows (clang-tidy-<major> for the plugin,
libclang-common-<major>-dev for clang's built-in headers).

  check_deb.py DEB_DIR LLVM_MAJOR VERSION

Prints what it checked; exits non-zero on any mismatch.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

failures = []


def expect(condition, message):
    if not condition:
        failures.append(message)


def run(*command):
    return subprocess.run(command, check=True, stdout=subprocess.PIPE,
                          text=True).stdout


def package_of(path):
    """The installed Debian package that ships PATH (or its real path)."""
    # The file itself: a library found through RUNPATH may be a -dev
    # package's link to it.
    for candidate in (os.path.realpath(path), path):
        result = subprocess.run(["dpkg", "-S", candidate], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0].split(",")[0].strip()
    return None


def needed_packages(root):
    """package -> the libraries of it that the ELF files under ROOT load."""
    packages = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            with open(path, "rb") as f:
                if f.read(4) != b"\x7fELF":
                    continue
            # What the file links itself (dpkg-shlibdeps reads the same);
            # ldd also lists what those libraries link in turn.
            direct = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^]]+)\]",
                                    run("readelf", "-d", path)))
            for line in run("ldd", path).splitlines():
                m = re.match(r"\s*(\S+) => (\S+)", line)
                if not m or m.group(1) not in direct:
                    continue
                if m.group(2) == "not":
                    failures.append("%s: %s not found" % (name, m.group(1)))
                elif m:
                    package = package_of(m.group(2))
                    expect(package, "%s: no Debian package ships %s"
                           % (name, m.group(2)))
                    if package:
                        packages.setdefault(package, set()).add(m.group(1))
    return packages


def main():
    deb_dir, major, version = sys.argv[1:4]
    debs = glob.glob(os.path.join(deb_dir, "*.deb"))
    expected_name = "async-tidy-llvm%s_%s_amd64.deb" % (major, version)
    names = [os.path.basename(d) for d in debs]
    expect(names == [expected_name], "packages %s, expected %s" % (names, expected_name))
    if not debs:
        print("\n".join(failures))
        return 1
    deb = debs[0]
    print("package: %s" % os.path.basename(deb))
    fields = {f: run("dpkg-deb", "-f", deb, f).strip()
              for f in ("Package", "Version", "Depends", "Provides", "Conflicts")}
    for field, value in fields.items():
        print("%s: %s" % (field, value))
    depends = {re.split(r"[\s(]", d.strip())[0] for d in fields["Depends"].split(",")}

    # "mode owner size date time ./path[ -> target]"
    contents = set(line.split()[5].lstrip(".") for line in
                   run("dpkg-deb", "-c", deb).splitlines())
    wanted = ["/usr/bin/async-tidy", "/usr/lib/async-tidy/AsyncTidyPlugin.so",
              "/usr/share/man/man1/async-tidy.1.gz",
              "/usr/share/doc/async-tidy/README.md",
              "/usr/share/doc/async-tidy/checks/async-unawaited-task.md",
              "/usr/share/doc/async-tidy/integration/editors.md"]
    if "/usr/bin/async-clangd" in contents:
        wanted += ["/usr/share/man/man1/async-clangd.1.gz"]
    for path in wanted:
        expect(path in contents, "missing from the package: " + path)
    print("files: %s" % " ".join(p for p in wanted if p in contents))
    expect("/usr/bin/async-clangd" in contents or major == "16",
           "missing from the package: /usr/bin/async-clangd")

    with tempfile.TemporaryDirectory() as root:
        run("dpkg-deb", "-x", deb, root)
        needed = needed_packages(root)
    for package in sorted(needed):
        expect(package in depends, "Depends lacks %s (for %s)"
               % (package, ", ".join(sorted(needed[package]))))
    print("libraries loaded come from %d packages, all in Depends" % len(needed)
          if all(p in depends for p in needed) else "Depends incomplete")
    for package in ("clang-tidy-" + major, "libclang-common-%s-dev" % major):
        expect(package in depends, "Depends lacks " + package)
    for failure in failures:
        print("error: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
