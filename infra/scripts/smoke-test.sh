#!/usr/bin/env bash
# Checks a deployed gateway from the outside: prints its base URL and a curl line to try, then
# lists the models and sends one tiny chat completion (and, with --stream, a streamed one).
# Read-only apart from the few model tokens the chat costs.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/scripts/smoke-test.sh [options]

Finds the gateway's base URL in the stack outputs, then runs
  GET  $BASE_URL/models
  POST $BASE_URL/chat/completions   (a one-line prompt, max_tokens 32)
with the API key, and fails if either does not answer 200.

Options:
  --stack-name NAME     stack to read the URL, key secret and default model from
                        (default: bedrock-openai-gateway)
  --region REGION       AWS Region (default: $AWS_REGION, $AWS_DEFAULT_REGION, or the CLI profile's)
  --base-url URL        test this base URL instead of the stack's (e.g. https://gw.example.com/api/v1)
  --function-url        test the stack's Lambda Function URL instead of the ALB
  --model ID            model for the chat request (default: the stack's DefaultModelId)
  --stream              also send a streamed chat request and print the SSE lines
  -h, --help            show this help

The API key comes from $GATEWAY_API_KEY, or else from the stack's secret (reading a JSON
secret needs jq). Keys are passed to curl in a private file, never on its command line.
EOF
}

die() { echo "smoke-test: $*" >&2; exit 1; }
say() { echo "smoke-test: $*" >&2; }

stack_name="bedrock-openai-gateway"
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
base_url=""
use_function_url=false
model=""
stream=false

while [ $# -gt 0 ]; do
  case "$1" in
    --stack-name) stack_name="${2:?--stack-name needs a value}"; shift 2 ;;
    --region) region="${2:?--region needs a value}"; shift 2 ;;
    --base-url) base_url="${2:?--base-url needs a value}"; shift 2 ;;
    --function-url) use_function_url=true; shift ;;
    --model) model="${2:?--model needs a value}"; shift 2 ;;
    --stream) stream=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

command -v curl >/dev/null 2>&1 || die "curl is not installed"
api_key="${GATEWAY_API_KEY:-}"
needs_stack=false
if [ -z "$base_url" ] || [ -z "$api_key" ] || [ -z "$model" ]; then
  needs_stack=true
fi

if [ "$needs_stack" = true ]; then
  command -v aws >/dev/null 2>&1 || die "the AWS CLI (v2) is not installed"
  if [ -z "$region" ]; then
    region="$(aws configure get region || true)"
  fi
  [ -n "$region" ] || die "no AWS Region: pass --region or set AWS_REGION"
fi

stack_output() {
  aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue | [0]" --output text
}

if [ -z "$base_url" ]; then
  if [ "$use_function_url" = true ]; then
    base_url="$(stack_output FunctionUrlApiBaseUrl)"
    [ "$base_url" != "None" ] || die "stack $stack_name has no Function URL (deploy with --enable-function-url true)"
  else
    base_url="$(stack_output ApiBaseUrl)"
    [ "$base_url" != "None" ] || die "stack $stack_name has no ApiBaseUrl output"
  fi
fi
base_url="${base_url%/}"

if [ -z "$model" ]; then
  model="$(aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
      --query "Stacks[0].Parameters[?ParameterKey=='DefaultModelId'].ParameterValue | [0]" \
      --output text)"
  [ "$model" != "None" ] || die "no --model given and the stack has no DefaultModelId"
fi
# The model id goes into a JSON string below: allow the characters of ids and ARNs only.
[[ "$model" =~ ^[A-Za-z0-9._:/-]+$ ]] || die "unexpected characters in model id: $model"

umask 077
work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT

if [ -z "$api_key" ]; then
  secret_arn="$(stack_output ApiKeySecretArn)"
  [ "$secret_arn" != "None" ] || die "set GATEWAY_API_KEY (the stack names no key secret)"
  aws secretsmanager get-secret-value --region "$region" --secret-id "$secret_arn" \
    --query SecretString --output json >"$work_dir/secret"
  command -v jq >/dev/null 2>&1 || die "reading the key from the secret needs jq (or set GATEWAY_API_KEY)"
  api_key="$(jq -r '(fromjson? // .) | if type == "object" then (.api_key // "") else . end' \
      "$work_dir/secret")"
  [ -n "$api_key" ] || die "the secret $secret_arn holds no api_key"
fi
printf 'Authorization: Bearer %s\n' "$api_key" >"$work_dir/auth-header"

echo "Base URL: $base_url"
echo
echo "Try it yourself (with GATEWAY_API_KEY set to your key):"
echo "  curl -sS \"$base_url/models\" -H \"Authorization: Bearer \$GATEWAY_API_KEY\""
echo "  curl -sS \"$base_url/chat/completions\" -H \"Authorization: Bearer \$GATEWAY_API_KEY\" \\"
echo "    -H 'Content-Type: application/json' \\"
echo "    -d '{\"model\": \"$model\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello\"}]}'"
echo

failures=0

# request NAME METHOD PATH [BODY]: prints the status and (pretty, when jq is there) the body.
request() {
  local name="$1" method="$2" path="$3" body="${4:-}" status
  local args=(-sS -X "$method" -H "@$work_dir/auth-header" --max-time 300
    -o "$work_dir/body" -w '%{http_code}')
  if [ -n "$body" ]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$body")
  fi
  if ! status="$(curl "${args[@]}" "$base_url$path")"; then
    echo "FAIL $name: no HTTP answer from $base_url$path"
    failures=$((failures + 1))
    return
  fi
  if [ "$status" = 200 ]; then
    echo "ok   $name: HTTP $status"
  else
    echo "FAIL $name: HTTP $status"
    failures=$((failures + 1))
  fi
  if command -v jq >/dev/null 2>&1 && jq . "$work_dir/body" >/dev/null 2>&1; then
    jq . "$work_dir/body" | head -n 40
  else
    head -c 4000 "$work_dir/body"
    echo
  fi
}

request "list models" GET /models
request "chat completion" POST /chat/completions \
  "{\"model\": \"$model\", \"max_tokens\": 32, \"messages\": [{\"role\": \"user\", \"content\": \"Reply with one short friendly sentence.\"}]}"

if [ "$stream" = true ]; then
  echo
  echo "Streamed chat (behind the ALB this arrives as one body; through the Function URL or"
  echo "Fargate the lines arrive as they are produced):"
  if curl -sS -N --fail --max-time 300 -H "@$work_dir/auth-header" \
       -H 'Content-Type: application/json' \
       --data-binary "{\"model\": \"$model\", \"max_tokens\": 32, \"stream\": true, \"messages\": [{\"role\": \"user\", \"content\": \"Count from one to five.\"}]}" \
       "$base_url/chat/completions"; then
    echo "ok   streamed chat completion"
  else
    echo "FAIL streamed chat completion"
    failures=$((failures + 1))
  fi
fi

echo
if [ "$failures" -gt 0 ]; then
  die "$failures check(s) failed (see the gateway's log group in the stack outputs)"
fi
echo "All checks passed."
