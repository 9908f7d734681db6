# Sourced by ./test and ./demo: installs the Debian packages named in "$@" that are missing,
# with apt-get as root or through passwordless sudo; otherwise says what to install and exits 2.
# Each argument is PACKAGE:CHECK, where CHECK is a shell test that succeeds when it is present.
ensure_system_packages() {
  local need=() spec
  for spec in "$@"; do
    eval "${spec#*:}" >/dev/null 2>&1 || need+=("${spec%%:*}")
  done
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "installing ${need[*]} with sudo"
    sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "missing system packages: ${need[*]}" >&2
    echo "install them with: sudo apt-get install ${need[*]}" >&2
    exit 2
  fi
}

# What building and running compiled modules needs.
PYXC_RUN_PACKAGES=(
  "gcc:command -v gcc"
  "python3-dev:[ -f /usr/include/python3.11/Python.h ]"
  "python3-numpy:/usr/bin/python3 -c 'import numpy'"
  "maven:command -v mvn"
)
