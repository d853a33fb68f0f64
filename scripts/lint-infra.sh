#!/usr/bin/env bash
# Lints the deployment code: cfn-lint over every CloudFormation template in infra/, shellcheck
# over the shell scripts and CI's entry point. Installs either tool only when it is missing
# (cfn-lint from PyPI into a private virtualenv, shellcheck from Debian's packages).
#
# Any cfn-lint finding fails, warnings included: cfn-lint exits non-zero for errors (2) and for
# warnings (4); informational findings (8) are not enabled. A check that must be silenced is
# ignored in the template itself (Metadata cfn-lint ignore_checks) with a comment saying why.
set -euo pipefail
cd "$(dirname "$0")/.."

# Pinned so that a new cfn-lint release (new rules, new schemas) cannot turn CI red on its own.
CFN_LINT_VERSION="${CFN_LINT_VERSION:-1.51.0}"
CFN_LINT_VENV="${CFN_LINT_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/bedrock-openai-gateway/cfn-lint-venv}"

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    "${sudo_cmd[@]}" apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$@" >/dev/null
}

# --- cfn-lint
cfn_lint=(cfn-lint)
if ! command -v cfn-lint >/dev/null 2>&1; then
  if [ ! -x "$CFN_LINT_VENV/bin/cfn-lint" ]; then
    echo "lint-infra: installing cfn-lint $CFN_LINT_VERSION into $CFN_LINT_VENV"
    command -v python3 >/dev/null 2>&1 || apt_install python3
    # Debian's python3 ships venv (and ensurepip) in a separate package.
    if ! python3 -m venv "$CFN_LINT_VENV" >/dev/null 2>&1; then
      rm -rf "$CFN_LINT_VENV"
      apt_install python3-venv
      python3 -m venv "$CFN_LINT_VENV"
    fi
    "$CFN_LINT_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      "cfn-lint==$CFN_LINT_VERSION"
  fi
  cfn_lint=("$CFN_LINT_VENV/bin/cfn-lint")
fi

# --- shellcheck
if ! command -v shellcheck >/dev/null 2>&1; then
  echo "lint-infra: installing shellcheck"
  apt_install shellcheck
fi

templates=(infra/*.yaml)
scripts=(infra/scripts/*.sh scripts/*.sh .ci/run)
for file in "${templates[@]}" "${scripts[@]}"; do
  [ -e "$file" ] || { echo "lint-infra: nothing matches $file" >&2; exit 1; }
done

echo "lint-infra: $("${cfn_lint[@]}" --version) over ${templates[*]}"
# The templates are Region-agnostic; checking a few Bedrock Regions catches resource types or
# values that one Region lacks.
"${cfn_lint[@]}" --regions us-east-1 us-west-2 eu-central-1 ap-northeast-1 -- "${templates[@]}"

echo "lint-infra: shellcheck $(shellcheck --version | sed -n 's/^version: //p') over ${scripts[*]}"
shellcheck --external-sources -- "${scripts[@]}"

echo "lint-infra: ${#templates[@]} templates and ${#scripts[@]} scripts are clean"
