# Entry points used by the README and CI.
.PHONY: deps build test

deps:
	@bash scripts/install-deps.sh

build: deps
	swift build

test: deps
	swift test
