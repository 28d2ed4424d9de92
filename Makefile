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

# libFuzzer runs (clang): FUZZ_SECONDS per target, new inputs kept in build/fuzz/corpus-*.
FUZZ_SECONDS ?= 60
fuzz:
	@scripts/install-deps test
	@[ -f build/fuzz/build.ninja ] || CC=clang meson setup build/fuzz -Dfuzz=true -Dbench=false \
		-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debugoptimized >/dev/null
	@ninja -C build/fuzz >/dev/null
	@for t in build/fuzz/tests/fuzz/fuzz_*; do n=$${t##*/fuzz_}; mkdir -p build/fuzz/corpus-$$n; \
		echo "== $$n"; $$t -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
		build/fuzz/corpus-$$n tests/fuzz/corpus/$$n 2>&1 | tail -3; done

lint:
	@scripts/lint

format:
	@clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf build demo-out
