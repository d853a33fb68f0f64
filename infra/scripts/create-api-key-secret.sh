#!/usr/bin/env bash
# Creates the gateway's API key secret in AWS Secrets Manager with a freshly generated key, in
# the format the gateway reads: {"api_key": "sk-..."}.
#
# Idempotent: when the secret already holds a key, nothing changes (and no key is printed)
# unless --rotate is given. A secret that exists without a value gets one with put-secret-value.
# --rotate stores a new key and keeps the old one valid for a grace period:
#   {"api_key": "new", "previous_api_key": "old", "previous_api_key_expires_at": "<ISO 8601>"}
#
# stdout: API_KEY_SECRET_ARN=<arn>, and API_KEY=<key> when a key was generated (shown only
# this once). Everything else goes to stderr.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/scripts/create-api-key-secret.sh [options]

Creates (or completes) the Secrets Manager secret holding the gateway's API key and prints its
ARN. A newly generated key is printed once; store it in your password manager.

Options:
  --name NAME           secret name (default: bedrock-openai-gateway/api-key)
  --region REGION       AWS Region (default: $AWS_REGION, $AWS_DEFAULT_REGION, or the CLI profile's)
  --kms-key-id KEY      customer managed KMS key for a new secret (default: aws/secretsmanager;
                        with your own key, the gateway's role also needs kms:Decrypt on it)
  --rotate              replace the key of an existing secret; the previous key stays valid
                        for --grace-hours (needs jq)
  --grace-hours N       how long the previous key stays valid after --rotate (default: 24)
  -h, --help            show this help
EOF
}

die() { echo "create-api-key-secret: $*" >&2; exit 1; }
say() { echo "create-api-key-secret: $*" >&2; }

name="bedrock-openai-gateway/api-key"
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
kms_key_id=""
rotate=false
grace_hours=24

while [ $# -gt 0 ]; do
  case "$1" in
    --name) name="${2:?--name needs a value}"; shift 2 ;;
    --region) region="${2:?--region needs a value}"; shift 2 ;;
    --kms-key-id) kms_key_id="${2:?--kms-key-id needs a value}"; shift 2 ;;
    --rotate) rotate=true; shift ;;
    --grace-hours) grace_hours="${2:?--grace-hours needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

[[ "$grace_hours" =~ ^[0-9]+$ ]] || die "--grace-hours must be a whole number of hours"
command -v aws >/dev/null 2>&1 || die "the AWS CLI (v2) is not installed"
if [ "$rotate" = true ]; then
  command -v jq >/dev/null 2>&1 || die "--rotate needs jq"
fi
if [ -z "$region" ]; then
  region="$(aws configure get region || true)"
fi
[ -n "$region" ] || die "no AWS Region: pass --region or set AWS_REGION"

# Secret material only ever lives in files readable by us alone, never on a command line
# (other users can read command lines in the process list).
umask 077
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
value_file="$work_dir/secret.json"

# "sk-" + 32 bytes from the kernel CSPRNG as 64 hex digits. od -v: never abbreviate repeats.
generate_key() {
  local hex
  hex="$(od -An -v -tx1 -N32 /dev/urandom | tr -d ' \n')"
  [ "${#hex}" -eq 64 ] || die "could not read 32 random bytes from /dev/urandom"
  printf 'sk-%s' "$hex"
}

new_key="$(generate_key)"

# Look the secret up; "not found" is the one failure that means "create it".
secret_arn=""
if describe="$(aws secretsmanager describe-secret --region "$region" --secret-id "$name" \
      --query "[ARN, DeletedDate, VersionIdsToStages != \`null\`]" --output text \
      2>"$work_dir/describe.err")"; then
  read -r secret_arn deleted_date has_value <<<"$describe"
  if [ "$deleted_date" != "None" ]; then
    die "secret $name is scheduled for deletion; restore it with
  aws secretsmanager restore-secret --region $region --secret-id $secret_arn
or choose another --name"
  fi
elif grep -q ResourceNotFoundException "$work_dir/describe.err"; then
  has_value=False
else
  cat "$work_dir/describe.err" >&2
  die "could not look up secret $name"
fi

if [ -z "$secret_arn" ]; then
  # A key the shell generated is hex after "sk-": nothing in it needs JSON escaping.
  printf '{"api_key":"%s"}' "$new_key" >"$value_file"
  create_args=(secretsmanager create-secret --region "$region"
    --name "$name"
    --description "API key of the OpenAI-compatible Bedrock gateway"
    --secret-string "file://$value_file"
    --query ARN --output text)
  if [ -n "$kms_key_id" ]; then
    create_args+=(--kms-key-id "$kms_key_id")
  fi
  secret_arn="$(aws "${create_args[@]}")"
  say "created secret $secret_arn"
elif [ "$has_value" != "True" ]; then
  printf '{"api_key":"%s"}' "$new_key" >"$value_file"
  aws secretsmanager put-secret-value --region "$region" --secret-id "$secret_arn" \
    --secret-string "file://$value_file" --query ARN --output text >/dev/null
  say "stored a key in the existing, empty secret $secret_arn"
elif [ "$rotate" = true ]; then
  aws secretsmanager get-secret-value --region "$region" --secret-id "$secret_arn" \
    --query SecretString --output json >"$work_dir/current"
  # "current" holds SecretString as a JSON string literal. The current key is the "api_key"
  # field of a JSON secret, or the whole plain-string secret. Keys travel through the
  # environment, not jq's arguments (see the umask note above).
  NEW_KEY="$new_key" GRACE_HOURS="$grace_hours" jq -c '
      (fromjson? // .) as $current
      | (if ($current | type) == "object" then ($current.api_key // "")
         elif ($current | type) == "string" then $current
         else "" end) as $old
      | {api_key: env.NEW_KEY}
        + (if $old == "" then {} else {
             previous_api_key: $old,
             previous_api_key_expires_at:
               ((now + (env.GRACE_HOURS | tonumber) * 3600) | floor | todate)
           } end)' <"$work_dir/current" >"$value_file"
  aws secretsmanager put-secret-value --region "$region" --secret-id "$secret_arn" \
    --secret-string "file://$value_file" --query ARN --output text >/dev/null
  say "rotated the key of $secret_arn; the previous key stays valid for $grace_hours h"
  say "(the gateway picks the new value up when its key cache expires)"
else
  say "secret $secret_arn already holds a key; nothing changed (use --rotate to replace it)"
  echo "API_KEY_SECRET_ARN=$secret_arn"
  exit 0
fi

echo "API_KEY_SECRET_ARN=$secret_arn"
echo "API_KEY=$new_key"
say "the API key above is shown only this once: store it now"
