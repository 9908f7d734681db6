#!/usr/bin/env bash
# Builds run cases with a real Cython and runs their doctests, to confirm that the expected
# outputs written in the cases are what Cython itself produces.
#   tests/tools/run_cases_with_cython.sh /path/to/cython.py [CASE.pyx|DIR ...]
# Cases that use syntax the given Cython rejects are reported as such, not as failures.
set -uo pipefail
cython="$1"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runner="$root/compiler/src/main/resources/dev/pyxc/cli/doctest_runner.py"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
suffix="$(python3 -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')"
inc="$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])')"
pass=0; fail=0; skipped=0
for f in $(find "${@:-$root/tests/cases/run}" -name '*.pyx' | sort); do
  name="$(basename "$f" .pyx)"
  d="$work/$name-$RANDOM"; mkdir -p "$d"; cp "$f" "$d/"
  if ! (cd "$d" && python3 "$cython" -3 "$name.pyx" >"$d/cython.log" 2>&1); then
    echo "SKIP $f (Cython rejects it: $(grep -m1 "$name.pyx:" "$d/cython.log"))"; skipped=$((skipped+1)); continue
  fi
  if ! gcc -O1 -shared -fPIC -w -I"$inc" "$d/$name.c" -o "$d/$name$suffix" 2>"$d/gcc.log"; then
    echo "FAIL $f (gcc)"; fail=$((fail+1)); continue
  fi
  if out="$(python3 "$runner" "$d" "$name" 2>&1)"; then
    pass=$((pass+1))
  else
    echo "FAIL $f"; echo "$out" | head -30; fail=$((fail+1))
  fi
done
echo "cython: $pass passed, $fail failed, $skipped skipped"
[ "$fail" = 0 ]
