# Sourced by tools/statsmodels-run and tools/pywt-run (docs/real-projects.md): what both do with
# a Debian package whose extension modules pyxc rebuilds. $work holds two copies of the package,
# debian/ (as installed) and pyxc/ (pyxc's builds in place of Debian's); $work/src the sources.

# The size table's heading, then one row per module: pyxc's C and .so, and the .so files stripped
# of symbols (Debian ships its own stripped). Usage: sizes PACKAGE_DIR_IN_SRC INSTALLED_DIR MODULE...
sizes() {
  local pkg="$1" installed="$2" m built
  shift 2
  printf '%-50s %10s %10s %12s %12s\n' module "pyxc C" "pyxc .so" "stripped" "Debian's"
  for m in "$@"; do
    built="$work/src/$pkg/$m$suffix"
    cp "$built" "$work/pyxc/$pkg/$m$suffix"
    cp "$built" "$work/stripped.so"
    strip --strip-unneeded "$work/stripped.so"
    cp "$installed/$m$suffix" "$work/debian-stripped.so"
    strip --strip-unneeded "$work/debian-stripped.so"
    printf '%-50s %10s %10s %12s %12s\n' "$m" "$(stat -c %s "$work/src/$pkg/$m.c")" "$(stat -c %s "$built")" \
      "$(stat -c %s "$work/stripped.so")" "$(stat -c %s "$work/debian-stripped.so")"
  done
  rm -f "$work/stripped.so" "$work/debian-stripped.so"
}

# Python must import pyxc's files from the pyxc copy, byte for byte those pyxc built.
# Usage: check_imports TOOL PACKAGE MODULE...
check_imports() {
  local tool="$1" pkg="$2"
  shift 2
  (cd "$work" && PYTHONPATH="$work/pyxc" /usr/bin/python3 - "$work" "$suffix" "$tool" "$pkg" "$@" <<'PY'
import filecmp, importlib, sys
work, suffix, tool, pkg, modules = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
for m in modules:
    mod = importlib.import_module(pkg + "." + m.replace("/", "."))
    built = f"{work}/src/{pkg}/{m}{suffix}"
    if not mod.__file__.startswith(work + "/pyxc/") or not filecmp.cmp(mod.__file__, built, shallow=False):
        sys.exit(f"{tool}: {m} is imported from {mod.__file__}, not pyxc's build")
print(f"{tool}: the {len(modules)} modules are imported from pyxc's builds")
PY
  )
}

# pytest's summary line for tests run in one copy. Usage: run_tests COPY PACKAGE TEST...
run_tests() {
  local copy="$1" pkg="$2"
  shift 2
  (cd "$work/$copy" && PYTHONPATH="$work/$copy" /usr/bin/python3 -m pytest -q -p no:cacheprovider \
    "${@/#/$pkg/}" 2>&1 | tail -1)
}

# Runs the tests in both copies, prints both summaries with their times, and returns 1 when the
# counts differ. Usage: compare_tests TOOL LABEL PACKAGE TEST...
compare_tests() {
  local tool="$1" label="$2" pkg="$3" start mid end pyxc_result debian_result
  shift 3
  start=$(date +%s%N)
  pyxc_result="$(run_tests pyxc "$pkg" "$@")"
  mid=$(date +%s%N)
  debian_result="$(run_tests debian "$pkg" "$@")"
  end=$(date +%s%N)
  echo "$label, pyxc:   $pyxc_result ($(seconds $((mid - start))) s with pytest's start)"
  echo "$label, Debian: $debian_result ($(seconds $((end - mid))) s with pytest's start)"
  if [ "$(counts "$pyxc_result")" != "$(counts "$debian_result")" ]; then
    echo "$tool: $label: the counts differ" >&2
    return 1
  fi
}
seconds() { awk -v ns="$1" 'BEGIN { printf "%.1f", ns / 1e9 }'; }
counts() { echo "$1" | sed 's/ in [0-9.]*s.*$//'; }
suffix="$(/usr/bin/python3 -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')"
