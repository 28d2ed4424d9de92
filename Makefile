# Thin wrapper over Meson for the README's two commands and a few conveniences.
# It is not a second build system: everything is built by meson/ninja.
.PHONY: all demo test build deps bench fuzz clean format lint

BUILD ?= build/release

all: build

deps:
	@scripts/install-deps build

build: deps
	@[ -f $(BUILD)/build.ninja ] || meson setup $(BUILD) -Dbuildtype=release -Dtests=false >/dev/null
	@ninja -C $(BUILD) >/dev/null

demo: build
	$(BUILD)/cli/askfirst demo --out demo-out

test:
	@scripts/run-tests

bench: deps
	@[ -f build/bench/build.ninja ] || meson setup build/bench -Dbuildtype=release >/dev/null
	@ninja -C build/bench >/dev/null
	@echo "benchmarks built in build/bench/bench; see docs/benchmarks.md for the commands"

lint:
	@scripts/lint

format:
	@clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build demo-out
