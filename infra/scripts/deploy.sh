#!/usr/bin/env bash
# Creates or updates the gateway's CloudFormation stack from infra/gateway-lambda.yaml (the seed
# architecture: ALB -> Lambda) or infra/gateway-fargate.yaml (ALB -> ECS Fargate), then prints
# the stack's outputs. Idempotent: `aws cloudformation deploy` applies a change set, and an
# unchanged template with unchanged parameters is a no-op.
#
# Only the parameters given here are passed. On an update, every parameter left out keeps the
# stack's current value; on a new stack it takes the template's default.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/scripts/deploy.sh [--target lambda|fargate] [options]

Creates or updates the gateway stack and prints its outputs (ApiBaseUrl, ...).

Required for a new stack:
  --image-uri URI             ContainerImageUri (build-and-push.sh prints it)
  --secret-arn ARN            ApiKeySecretArn (create-api-key-secret.sh prints it)

Options:
  --target lambda|fargate     which template to deploy (default: lambda)
  --stack-name NAME           stack name (default: bedrock-openai-gateway)
  --region REGION             AWS Region (default: $AWS_REGION, $AWS_DEFAULT_REGION, or the CLI profile's)
  --default-model ID          DefaultModelId
  --enable-prompt-caching B   EnablePromptCaching (true|false)
  --certificate-arn ARN       CertificateArn: HTTPS on 443, port 80 redirects ("" turns it off)
  --public-host-name NAME     PublicHostName: the DNS name in ApiBaseUrl ("" for the ALB's own)
  --ingress-cidr CIDR         IngressCidr: who may reach the ALB (default 0.0.0.0/0)
  --log-retention-days N      LogRetentionDays
  --idle-timeout SECONDS      AlbIdleTimeoutSeconds
  --enable-function-url B     EnableFunctionUrl (lambda only; true|false)
  --desired-count N           DesiredCount (fargate only)
  --task-cpu N                TaskCpu (fargate only)
  --task-memory MIB           TaskMemory (fargate only)
  --parameter KEY=VALUE       any other template parameter (repeatable)
  --no-execute                create the change set but do not execute it (review it first)
  -h, --help                  show this help
EOF
}

die() { echo "deploy: $*" >&2; exit 1; }
say() { echo "deploy: $*" >&2; }

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

target="lambda"
stack_name="bedrock-openai-gateway"
region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
execute=true
overrides=()
lambda_only=false
fargate_only=false

is_bool() { [ "$1" = true ] || [ "$1" = false ]; }

while [ $# -gt 0 ]; do
  option="$1"
  case "$option" in
    -h|--help) usage; exit 0 ;;
    --no-execute) execute=false; shift; continue ;;
  esac
  [ $# -ge 2 ] || { usage >&2; die "$option needs a value"; }
  value="$2"
  shift 2
  case "$option" in
    --target) target="$value" ;;
    --stack-name) stack_name="$value" ;;
    --region) region="$value" ;;
    --image-uri) overrides+=("ContainerImageUri=$value") ;;
    --secret-arn) overrides+=("ApiKeySecretArn=$value") ;;
    --default-model) overrides+=("DefaultModelId=$value") ;;
    --enable-prompt-caching)
      is_bool "$value" || die "$option takes true or false"
      overrides+=("EnablePromptCaching=$value") ;;
    --certificate-arn) overrides+=("CertificateArn=$value") ;;
    --public-host-name) overrides+=("PublicHostName=$value") ;;
    --ingress-cidr) overrides+=("IngressCidr=$value") ;;
    --log-retention-days) overrides+=("LogRetentionDays=$value") ;;
    --idle-timeout) overrides+=("AlbIdleTimeoutSeconds=$value") ;;
    --enable-function-url)
      is_bool "$value" || die "$option takes true or false"
      lambda_only=true
      overrides+=("EnableFunctionUrl=$value") ;;
    --desired-count) fargate_only=true; overrides+=("DesiredCount=$value") ;;
    --task-cpu) fargate_only=true; overrides+=("TaskCpu=$value") ;;
    --task-memory) fargate_only=true; overrides+=("TaskMemory=$value") ;;
    --parameter)
      [[ "$value" == ?*=* ]] || die "--parameter takes KEY=VALUE"
      overrides+=("$value") ;;
    *) usage >&2; die "unknown argument: $option" ;;
  esac
done

case "$target" in
  lambda) template="$repo_root/infra/gateway-lambda.yaml"
          [ "$fargate_only" = false ] || die "--desired-count, --task-cpu and --task-memory are for --target fargate" ;;
  fargate) template="$repo_root/infra/gateway-fargate.yaml"
           [ "$lambda_only" = false ] || die "--enable-function-url is for --target lambda" ;;
  *) die "--target must be lambda or fargate" ;;
esac

command -v aws >/dev/null 2>&1 || die "the AWS CLI (v2) is not installed"
if [ -z "$region" ]; then
  region="$(aws configure get region || true)"
fi
[ -n "$region" ] || die "no AWS Region: pass --region or set AWS_REGION"

# An existing stack: refuse to switch it between the two templates (that would replace the
# whole service behind a changed URL), and explain the one state an update cannot leave.
describe_errors="$(mktemp)"
trap 'rm -f "$describe_errors"' EXIT
stack_exists=false
if status="$(aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
      --query 'Stacks[0].StackStatus' --output text 2>"$describe_errors")"; then
  stack_exists=true
elif ! grep -q "does not exist" "$describe_errors"; then
  cat "$describe_errors" >&2
  die "could not look up stack $stack_name"
fi

if [ "$stack_exists" = true ]; then
  if [ "$status" = ROLLBACK_COMPLETE ]; then
    die "stack $stack_name is in ROLLBACK_COMPLETE (its creation failed) and cannot be updated.
See why in its events, then delete it and deploy again:
  aws cloudformation describe-stack-events --region $region --stack-name $stack_name
  aws cloudformation delete-stack --region $region --stack-name $stack_name"
  fi
  current_target="$(aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
      --query "Stacks[0].Outputs[?OutputKey=='Transport'].OutputValue | [0]" --output text)"
  if [ "$current_target" != "None" ] && [ "$current_target" != "$target" ]; then
    die "stack $stack_name runs the $current_target template; deploy --target $target under another --stack-name"
  fi
  say "updating stack $stack_name ($status) in $region from ${template#"$repo_root"/}"
else
  for required in ContainerImageUri ApiKeySecretArn; do
    found=false
    for override in ${overrides[@]+"${overrides[@]}"}; do
      [[ "$override" == "$required="* ]] && found=true
    done
    [ "$found" = true ] || die "a new stack needs --image-uri and --secret-arn"
  done
  say "creating stack $stack_name in $region from ${template#"$repo_root"/}"
fi

deploy_args=(cloudformation deploy
  --region "$region"
  --template-file "$template"
  --stack-name "$stack_name"
  --capabilities CAPABILITY_IAM
  --no-fail-on-empty-changeset
  --tags "application=bedrock-openai-gateway")
if [ ${#overrides[@]} -gt 0 ]; then
  deploy_args+=(--parameter-overrides "${overrides[@]}")
fi
if [ "$execute" = false ]; then
  deploy_args+=(--no-execute-changeset)
fi
aws "${deploy_args[@]}" >&2

if [ "$execute" = false ]; then
  say "change set created, not executed; review it in the console or with"
  say "  aws cloudformation list-change-sets --region $region --stack-name $stack_name"
  exit 0
fi

aws cloudformation describe-stacks --region "$region" --stack-name "$stack_name" \
  --query 'Stacks[0].Outputs[].[OutputKey, OutputValue]' --output table

say "next: infra/scripts/smoke-test.sh --region $region --stack-name $stack_name"
