#!/usr/bin/env bash
# The quick start on a fresh Debian 12, and the .deb installed into another.
#
# Makes a minimal Debian 12 (bookworm) root with mmdebstrap --variant=apt,
# clones this repository's HEAD into it (a clean clone: nothing else from
# this machine), and runs the README's quick start inside it with chroot, as
# printed (README.md, block quickstart: bash scripts/quickstart.sh); its
# output must hold the README's sample (quickstart-output). Then it makes the
# .deb there as the README says (make-deb), installs it as the README says
# (install-deb) into a second fresh root, and checks that the installed
# async-tidy and the plugin in clang-tidy-19 find in examples/ what the build
# tree found, that the installed async-clangd serves the diagnostic and its
# fix over LSP, and that the CI recipe's commands and both
# CMake recipes of docs/integration/ci.md (ci-steps, cmake-async-tidy,
# cmake-plugin) fail on the example's findings, as printed. This is what a
# green CI on a machine that already has every package cannot show: a
# missing install step.
#
# Needs root (chroot, mount) and mmdebstrap (installed when missing). Uses
# this machine's apt sources (the Debian ones), its apt proxy settings, and
# its downloaded packages (/var/cache/apt/archives, bound into the roots;
# apt checks every cached package against the fresh root's index, so this
# changes how fast, not what, gets installed: ASYNC_TIDY_FRESH_APT_CACHE=0
# downloads everything). The chroot build takes the build lock
# (/tmp/async-tidy-build.lock). Heavy steps run under nice -n 10.
#   ASYNC_TIDY_FRESH_DIR=dir   where the roots go (default: a new directory
#                              in /var/tmp, removed at the end)
#   ASYNC_TIDY_FRESH_KEEP=1    keep the roots for a look afterwards
# Ends with "fresh machine: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
commit=$(git rev-parse HEAD)
[ "$(id -u)" -eq 0 ] || { echo "fresh-machine-test: needs root (chroot, mount)" >&2; exit 2; }
if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
fi

work="${ASYNC_TIDY_FRESH_DIR:-$(mktemp -d /var/tmp/async-tidy-fresh.XXXXXX)}"
mkdir -p "$work"
log="$work/log"
passed=0
failed=0
mounted=()

cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}"
  done
  mounted=()
  if [ "${ASYNC_TIDY_FRESH_KEEP:-0}" = 1 ]; then
    echo "fresh-machine-test: roots kept in $work"
  elif [ -z "$(findmnt -rn -o TARGET | grep -F "$work/" || true)" ]; then
    rm -rf --one-file-system "$work"
  else
    echo "fresh-machine-test: $work still has mounts; not removed" >&2
  fi
}
trap cleanup EXIT

result() {  # result NAME STATUS
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1)); echo "-- $1: passed"
  else
    failed=$((failed + 1)); echo "-- $1: FAILED"
  fi
}

bind() {  # bind SOURCE TARGET [mount options]
  mkdir -p "$2"
  mount --bind "$1" "$2" && mounted+=("$2")
}

enter() {  # enter ROOT: bind /proc, /sys, /dev, /dev/pts (and the apt cache)
  local root="$1"
  mount -t proc proc "$root/proc" && mounted+=("$root/proc")
  bind /sys "$root/sys"
  bind /dev "$root/dev"
  bind /dev/pts "$root/dev/pts"  # apt writes its terminal log there
  if [ "${ASYNC_TIDY_FRESH_APT_CACHE:-1}" = 1 ]; then
    bind /var/cache/apt/archives "$root/var/cache/apt/archives"
  fi
}

leave() {  # leave ROOT: undo enter
  local i kept=()
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    if [[ "${mounted[$i]}" == "$1/"* ]]; then
      umount "${mounted[$i]}" || umount -l "${mounted[$i]}"
    else
      kept=("${mounted[$i]}" "${kept[@]}")
    fi
  done
  mounted=("${kept[@]}")
}

in_root() {  # in_root ROOT COMMAND: runs COMMAND with bash in ROOT, in the clone
  # (LOCKED=1: under the build lock, for a command that builds)
  local root="$1"; shift
  local lock=()
  [ "${LOCKED:-0}" = 1 ] && lock=(flock /tmp/async-tidy-build.lock)
  local env=(HOME=/root LANG=C.UTF-8 TERM=dumb DEBIAN_FRONTEND=noninteractive
             PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
  local v
  for v in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY; do
    [ -n "${!v:-}" ] && env+=("$v=${!v}")
  done
  "${lock[@]}" nice -n 10 chroot "$root" /usr/bin/env -i "${env[@]}" /bin/bash -c "cd /root/async-tidy && $*"
}

clone_into() {  # clone_into ROOT: a clean clone of the commit under test
  git clone -q --no-local "$repo" "$1/root/async-tidy" &&
    git -C "$1/root/async-tidy" checkout -q --detach "$commit"
}

# This machine's Debian sources and apt network settings. Third-party
# sources are left out: their keys are not in a fresh root.
sources=()
for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -f "$f" ] && grep -v '^\s*#' "$f" | grep -q 'bookworm' && sources+=("$f")
done
apt-config dump | grep -E '^Acquire::((https?|ftp)::Proxy|Check-Valid-Until|Check-Date) ' \
  > "$work/apt.conf" || true

start=$SECONDS
block() {  # block PAGE NAME: a fenced block of the docs, as printed
  python3 test/docs/doc_blocks.py extract "$1" "$2"
}

echo "== fresh Debian 12 root (mmdebstrap --variant=apt; commit ${commit:0:12}) =="
if ! git diff --quiet HEAD 2>/dev/null; then
  echo "note: uncommitted changes are not tested (a clean clone of HEAD is)"
fi
t=$SECONDS
nice -n 10 mmdebstrap --quiet --variant=apt --aptopt="$work/apt.conf" \
  bookworm "$work/base" "${sources[@]}" >"$log" 2>&1
status=$?
echo "mmdebstrap: $((SECONDS - t)) s"
result "minimal root" "$status"
if [ "$status" -ne 0 ]; then
  cat "$log"
  echo "fresh machine: $passed passed, $failed failed"
  exit 1
fi
# The second root, for the .deb, starts as fresh as the first.
cp -a "$work/base" "$work/deb"
qs="$work/base"

# --- the quick start, as the README gives it ------------------------------
clone_into "$qs"
enter "$qs"
t=$SECONDS
quickstart=$(block README.md quickstart)
echo "== quick start in the fresh root: $quickstart =="
# SECONDS inside the root: the time without the wait for the build lock.
LOCKED=1 in_root "$qs" "SECONDS=0; $quickstart
  status=\$?; echo \"quick start in the root: \$SECONDS s\"; exit \$status" 2>&1 | tee "$work/quickstart.out"
status=${PIPESTATUS[0]}
echo "quick start: $((SECONDS - t)) s (with the wait for the build lock)"
# Every line of the README's sample output is in what the quick start printed.
block README.md quickstart-output > "$work/expected" || status=1
while IFS= read -r line; do
  grep -qF -- "$line" "$work/quickstart.out" || { echo "missing from the quick start's output: $line"; status=1; }
done < "$work/expected"
result "quick start" "$status"

# What the build tree finds in examples/, to compare the .deb with.
in_root "$qs" 'build/bin/async-tidy -p build/examples examples/chat/*.cpp 2>/dev/null' \
  | grep -E ': (warning|error):' > "$work/findings.build"

t=$SECONDS
echo "== .deb: $(block README.md make-deb) =="
in_root "$qs" "set -e; $(block README.md make-deb)" > "$work/cpack.out" 2>&1
status=$?
deb=$(ls "$qs"/root/async-tidy/build/async-tidy-llvm19_*_amd64.deb 2>/dev/null | head -n1)
if [ -n "$deb" ]; then
  echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"
  dpkg-deb -f "$deb" Package Version Depends Provides Conflicts
  dpkg-deb -c "$deb" | awk '{print $6 ($7 ? " " $7 " " $8 : "")}' | grep -v '/$'
else
  cat "$work/cpack.out"; status=1
fi
echo "cpack: $((SECONDS - t)) s"
result "make the .deb (README.md make-deb)" "$status"
leave "$qs"

if [ -n "$deb" ]; then
  t=$SECONDS
  droot="$work/deb"
  clone_into "$droot"
  mkdir -p "$droot/root/async-tidy/build"
  cp "$deb" "$droot/root/async-tidy/build/"
  # The README's command asks before installing; this stands in for the
  # person answering yes.
  echo 'APT::Get::Assume-Yes "true";' > "$droot/etc/apt/apt.conf.d/90fresh-machine-test"
  enter "$droot"
  echo "== .deb in a second fresh root: $(block README.md install-deb) =="
  in_root "$droot" "apt-get update -qq && $(block README.md install-deb)" > "$work/install.out" 2>&1
  status=$?
  tail -n 3 "$work/install.out"
  result "install the .deb (README.md install-deb)" "$status"

  in_root "$droot" 'async-tidy --version && async-clangd --version | head -n1 &&
    ! ldd /usr/bin/async-tidy /usr/bin/async-clangd | grep "not found" &&
    test -f /usr/share/man/man1/async-tidy.1.gz && test -f /usr/share/doc/async-tidy/README.md'
  result "installed binaries, libraries, man page and docs" $?

  # The example stands in for a user's project; cmake and make are its own
  # build tools, not async-tidy's.
  in_root "$droot" 'apt-get install -qq cmake make libboost1.81-dev >/dev/null &&
    cmake -S examples -B /tmp/examples -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null' 2>&1 | tail -n 5
  in_root "$droot" 'async-tidy -p /tmp/examples examples/chat/*.cpp 2>/dev/null' \
    | grep -E ': (warning|error):' > "$work/findings.deb"
  in_root "$droot" 'clang-tidy-19 -load=/usr/lib/async-tidy/AsyncTidyPlugin.so -p /tmp/examples examples/chat/*.cpp 2>/dev/null' \
    | grep -E ': (warning|error):' > "$work/findings.plugin"
  status=0
  [ -s "$work/findings.build" ] || { echo "the build tree found nothing in examples/"; status=1; }
  for front in deb plugin; do
    if ! diff -u "$work/findings.build" "$work/findings.$front"; then
      echo "the installed $front front end finds something else in examples/ than the build tree"
      status=1
    fi
  done
  echo "findings in examples/ (build tree, installed async-tidy, installed plugin): $(wc -l < "$work/findings.build") each"
  cat "$work/findings.deb"
  result "installed async-tidy and plugin: same findings as the build tree" "$status"

  # The installed async-clangd in an editor session (the LSP test's client,
  # with the .clang-tidy of docs/integration/editors.md): the diagnostic, its
  # co_await quick fix, and the serverInfo.
  in_root "$droot" 'python3 test/frontends/lsp_client.py /usr/bin/async-clangd /tmp/lsp \
    --config-block docs/integration/editors.md clang-tidy-config'
  result "installed async-clangd over LSP" $?

  # docs/integration/ci.md, as printed, each in a copy of the example
  # project: every recipe fails the job on the example's findings.
  for name in ci-steps cmake-async-tidy cmake-plugin; do
    project="/root/project-$name"
    in_root "$droot" "cp -r examples $project && mkdir -p $project/async-tidy-deb &&
      cp build/async-tidy-llvm19_*_amd64.deb $project/async-tidy-deb/"
    in_root "$droot" "set -e; cd $project; $(block docs/integration/ci.md "$name")" > "$work/$name.out" 2>&1
    status=$?
    if [ "$status" -ne 0 ] && grep -qE 'error: .*\[async-[a-z-]+,-warnings-as-errors\]' "$work/$name.out"; then
      result "docs/integration/ci.md $name: the job fails on the findings" 0
    else
      tail -n 20 "$work/$name.out"
      result "docs/integration/ci.md $name: the job fails on the findings" 1
    fi
  done
  leave "$droot"
  echo ".deb test: $((SECONDS - t)) s"
fi

echo "fresh-machine-test: $((SECONDS - start)) s"
echo "fresh machine: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
