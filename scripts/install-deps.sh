#!/usr/bin/env bash
# Installs the system packages the build links against (design card: libcurl, libssl), and the
# moto server the tests run as a stand-in for Secrets Manager and SSM — each only when missing.
# Safe to run repeatedly.
set -euo pipefail

need=()
pkg-config --exists libcurl 2>/dev/null || need+=(libcurl4-openssl-dev)
pkg-config --exists libcrypto 2>/dev/null || need+=(libssl-dev)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
command -v python3 >/dev/null 2>&1 || need+=(python3)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)

if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "install-deps: installing ${need[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

# moto[server] (PyPI): the tests start `moto_server` (or `python3 -m moto.server`) on 127.0.0.1.
if ! command -v moto_server >/dev/null 2>&1 && ! python3 -c 'import moto.server' >/dev/null 2>&1; then
  echo "install-deps: installing moto[server] (pip)"
  # A distribution Python marked "externally managed" (PEP 668) refuses plain installs; fall
  # back to a user install, which the tests find through `python3 -m moto.server`.
  python3 -m pip install --quiet 'moto[server]' \
    || python3 -m pip install --quiet --user --break-system-packages 'moto[server]'
fi

# The end-to-end suite (Tests/e2e) drives the gateway with the official SDKs from PyPI.
py_missing=()
for module in openai anthropic pytest; do
  python3 -c "import $module" >/dev/null 2>&1 || py_missing+=("$module")
done
if [ ${#py_missing[@]} -gt 0 ]; then
  pip_flags=(--quiet --disable-pip-version-check)
  # A distribution Python marked "externally managed" (PEP 668; Debian 12+, Ubuntu 23.04+)
  # refuses plain installs outside a virtual environment: install for the user instead.
  if python3 -c 'import os, sys, sysconfig; sys.exit(0 if sys.prefix == sys.base_prefix and os.path.exists(os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")) else 1)'; then
    pip_flags+=(--user --break-system-packages)
  fi
  echo "install-deps: installing ${py_missing[*]} (pip)"
  python3 -m pip install "${pip_flags[@]}" "${py_missing[@]}"
fi
