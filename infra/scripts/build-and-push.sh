#!/usr/bin/env bash
# Builds the gateway's arm64 container image and pushes it to Amazon ECR, creating the
# repository when it does not exist yet. Safe to run again: an existing repository is reused and
# a rebuilt image simply gets a new digest.
#
# Progress goes to stderr; stdout gets exactly one line, the image URI pinned by digest, so that
#   IMAGE_URI="$(infra/scripts/build-and-push.sh)"
# can feed deploy.sh.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: infra/scripts/build-and-push.sh [options]

Builds infra/Dockerfile for linux/arm64 with docker buildx and pushes it to ECR.
Prints the pushed image as REPOSITORY_URI@sha256:DIGEST on stdout.

Options:
  --region REGION         AWS Region (default: $AWS_REGION, $AWS_DEFAULT_REGION, or the CLI profile's)
  --repository NAME       ECR repository name (default: bedrock-openai-gateway)
  --tag TAG               image tag (default: the git commit, with -dirty for uncommitted changes)
  --dockerfile PATH       Dockerfile, relative to the repository root (default: infra/Dockerfile)
  --target STAGE          build only up to this Dockerfile stage (default: the last stage)
  -h, --help              show this help

Needs: AWS CLI v2 with credentials, Docker with buildx. On an x86_64 machine, building arm64
needs QEMU emulation registered for Docker (see docs/deployment.md).
EOF
}

die() { echo "build-and-push: $*" >&2; exit 1; }
say() { echo "build-and-push: $*" >&2; }

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

region="${AWS_REGION:-${AWS_DEFAULT_REGION:-}}"
repository="bedrock-openai-gateway"
tag=""
dockerfile="infra/Dockerfile"
target=""

while [ $# -gt 0 ]; do
  case "$1" in
    --region) region="${2:?--region needs a value}"; shift 2 ;;
    --repository) repository="${2:?--repository needs a value}"; shift 2 ;;
    --tag) tag="${2:?--tag needs a value}"; shift 2 ;;
    --dockerfile) dockerfile="${2:?--dockerfile needs a value}"; shift 2 ;;
    --target) target="${2:?--target needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
done

command -v aws >/dev/null 2>&1 || die "the AWS CLI (v2) is not installed"
command -v docker >/dev/null 2>&1 || die "docker is not installed"
docker buildx version >/dev/null 2>&1 || die "docker buildx is not available"

cd "$repo_root"
[ -f "$dockerfile" ] || die "$dockerfile not found (run from a checkout of the repository)"

if [ -z "$region" ]; then
  region="$(aws configure get region || true)"
fi
[ -n "$region" ] || die "no AWS Region: pass --region or set AWS_REGION"

if [ -z "$tag" ]; then
  if tag="$(git rev-parse --short=12 HEAD 2>/dev/null)"; then
    # Tags of unreproducible builds say so.
    if [ -n "$(git status --porcelain 2>/dev/null)" ]; then
      tag="${tag}-dirty-$(date -u +%Y%m%dT%H%M%SZ)"
    fi
  else
    tag="build-$(date -u +%Y%m%dT%H%M%SZ)"
  fi
fi
[[ "$tag" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || die "invalid image tag: $tag"

# 1. The repository: reuse it when it exists, otherwise create it (with scan on push).
describe_errors="$(mktemp)"
trap 'rm -f "$describe_errors"' EXIT
if repository_uri="$(aws ecr describe-repositories --region "$region" \
      --repository-names "$repository" \
      --query 'repositories[0].repositoryUri' --output text 2>"$describe_errors")"; then
  say "using ECR repository $repository_uri"
elif grep -q RepositoryNotFoundException "$describe_errors"; then
  say "creating ECR repository $repository in $region"
  repository_uri="$(aws ecr create-repository --region "$region" \
      --repository-name "$repository" \
      --image-scanning-configuration scanOnPush=true \
      --query 'repository.repositoryUri' --output text)"
else
  cat "$describe_errors" >&2
  die "could not look up ECR repository $repository"
fi
registry="${repository_uri%%/*}"

# 2. Log Docker in to the registry (the password is a 12-hour token, passed on stdin).
aws ecr get-login-password --region "$region" \
  | docker login --username AWS --password-stdin "$registry" >&2

# 3. Build for arm64 and push. --provenance=false: Lambda rejects image indexes that carry
#    attestation manifests, and buildx adds a provenance attestation by default.
build_args=(buildx build
  --platform linux/arm64
  --provenance=false
  -f "$dockerfile"
  -t "${repository_uri}:${tag}"
  --push)
if [ -n "$target" ]; then
  build_args+=(--target "$target")
fi
say "building ${repository_uri}:${tag} from $dockerfile"
docker "${build_args[@]}" . >&2

# 4. The digest as ECR recorded it: deployments pin it, so a rebuilt image with the same tag is
#    still a change CloudFormation sees.
digest="$(aws ecr describe-images --region "$region" \
    --repository-name "$repository" \
    --image-ids imageTag="$tag" \
    --query 'imageDetails[0].imageDigest' --output text)"
[[ "$digest" == sha256:* ]] || die "could not read the pushed image's digest (got: $digest)"

say "pushed ${repository_uri}:${tag}"
echo "${repository_uri}@${digest}"
