# Entry points used by the README and CI.
.PHONY: deps build run test e2e bench bench-gateway

# `make run` serves on this address; `make run PORT=9000 BACKEND=simulator` overrides.
HOST ?= 127.0.0.1
PORT ?= 8080
BACKEND ?= auto

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build

# Builds and serves the gateway: Amazon Bedrock when AWS credentials are configured, else the
# built-in simulator. Without a key source of your own, clients use the development key
# sk-local-dev (the banner says so; it is refused on non-loopback addresses).
run: deps
	swift build --product gatewayctl
	@if [ -z "$$API_KEY$$API_KEY_SECRET_ARN$$API_KEY_PARAM_NAME" ] && [ "$$ALLOW_UNAUTHENTICATED" != "true" ]; then \
	  export API_KEY=sk-local-dev; \
	fi; \
	exec "$$(swift build --show-bin-path)/gatewayctl" serve --host "$(HOST)" --port "$(PORT)" --backend "$(BACKEND)"

test: deps
	swift test
	python3 -m pytest -q Tests/e2e

# The end-to-end suite alone: the official OpenAI/Anthropic SDKs against `gatewayctl serve --backend simulator`.
e2e: deps
	python3 -m pytest -q Tests/e2e

# Signing and event-stream decoding costs (ns/op); numbers only, no assertions.
bench:
	swift run -c release BedrockClientBenchmarks

# The local server against the simulator: requests/s, latency added (p50/p99), memory with many streams.
bench-gateway:
	swift build -c release --product gatewayctl
	swift run -c release GatewayBenchmarks
