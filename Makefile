# Entry points used by the README and CI.
.PHONY: deps build test bench

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build

test: deps
	swift test

# Signing and event-stream decoding costs (ns/op); numbers only, no assertions.
bench:
	swift run -c release BedrockClientBenchmarks
