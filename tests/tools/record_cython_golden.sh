#!/usr/bin/env bash
# Records what a real Cython build prints for each probe in tests/golden/cython-3.3/probes:
#   tests/tools/record_cython_golden.sh /path/to/cython.py
# Each PROBE_probe.py names its module on its first line (`# module: PATH.pyx`); the output of
# running the probe against the Cython build is written to PROBE.out beside it.
set -euo pipefail
cython="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
suffix="$(python3 -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')"
inc="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
for probe in "$root"/tests/golden/cython-3.3/probes/*_probe.py; do
  pyx="$root/$(sed -n '1s/^# module: //p' "$probe")"
  name="$(basename "$pyx" .pyx)"
  work="$(mktemp -d)"
  cp "$pyx" "$work/"
  (cd "$work" && python3 "$cython" -3 "$name.pyx" && gcc -O1 -shared -fPIC -w -I"$inc" "$name.c" -o "$name$suffix")
  (cd "$work" && python3 -S -c "import sys; sys.path.insert(0, '.'); exec(open('$probe').read())") > "${probe%_probe.py}.out"
  rm -rf "$work"
  echo "recorded ${probe%_probe.py}.out"
done
