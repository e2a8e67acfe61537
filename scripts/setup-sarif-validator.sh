#!/usr/bin/env bash
# Installs the official SARIF validator that the SARIF tests run
# (npm's @microsoft/sarif-multitool; scripts/test.sh calls this). Idempotent,
# and quick when it is there. Uses the machine's Node.js and npm, or
# installs Debian's.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v npm >/dev/null; then
  echo "setup: installing nodejs npm"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
fi
root="$(npm root -g)/@microsoft"
if [ ! -f "$root/sarif-multitool/package.json" ]; then
  echo "setup: installing @microsoft/sarif-multitool (npm)"
  $sudo npm install -g --no-audit --no-fund @microsoft/sarif-multitool@5 >/dev/null
fi
# npm here skips the package's postinstall step, which makes the bundled
# binary executable (wherever npm put the platform package).
for tool in "$root"/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool \
            "$root"/sarif-multitool-linux/Sarif.Multitool; do
  if [ -f "$tool" ] && [ ! -x "$tool" ]; then $sudo chmod a+x "$tool"; fi
done
