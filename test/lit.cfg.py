# lit configuration for async-tidy. Run through scripts/test.sh, or
#   python3 /usr/lib/llvm-19/build/utils/lit/lit.py -sv build/test
import os
import shlex
import shutil

import lit.formats

config.name = "async-tidy"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "bench", "fuzz"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.async_tidy_obj_root, "test")

# FileCheck, not and count come from the LLVM the build uses.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ["PATH"])])
# Sanitizer builds report through these; keep the output deterministic.
for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "HOME"):
    if name in os.environ:
        config.environment[name] = os.environ[name]

# Which front ends every check test runs through; each must give the same
# diagnostics and the same fixes (KDE/clazy's one-corpus rule).
# async-clangd joins on the default LLVM only: an LSP session per test file
# costs seconds, and frontends/async-clangd-lsp.test covers it on every LLVM.
default_frontends = "async-tidy,plugin"
if os.path.isfile(config.async_clangd) and config.llvm_version_major == "19":
    default_frontends += ",clangd"
frontends = lit_config.params.get("frontends", default_frontends)

src = config.async_tidy_src_root
inputs = os.path.join(src, "test", "Inputs")
plugin_cmd = "%s -load=%s" % (config.stock_clang_tidy, config.async_tidy_plugin)
if "plugin" not in frontends.split(","):
    # A sanitized plugin cannot be loaded into the unsanitized stock
    # clang-tidy (scripts/test.sh's ASan run), so the tests that name the
    # plugin explicitly run async-tidy, which takes the same arguments.
    plugin_cmd = config.async_tidy
driver = " ".join(shlex.quote(a) for a in [
    "python3", os.path.join(src, "test", "check_async_tidy.py"),
    "--async-tidy", config.async_tidy,
    "--stock-clang-tidy", config.stock_clang_tidy,
    "--plugin", config.async_tidy_plugin,
    "--filecheck", config.filecheck,
    "--clangxx", config.clangxx,
    "--async-clangd", config.async_clangd,
    "--frontends", frontends,
    # The tests on the full Boost.Asio and asio headers skip the per-test LSP
    # session (clangd builds a preamble of those headers first: half a minute
    # each on two cores), except one that keeps async-clangd on real
    # Boost.Asio; --param clangd-all=1 runs them all.
    "--editor-skip", "" if lit_config.params.get("clangd-all") == "1"
    else "^(?!async-unawaited-task-boost-asio).*asio",
])

config.substitutions.append(("%check_async_tidy", driver))
config.substitutions.append(("%async_tidy", config.async_tidy))
config.substitutions.append(("%async_clangd", config.async_clangd))
if os.path.isfile(config.async_clangd):
    config.available_features.add("async-clangd")
config.substitutions.append(("%clang_tidy_plugin", plugin_cmd))
config.substitutions.append(("%clangxx", config.clangxx))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%src_root", src))
config.substitutions.append(("%obj_root", config.async_tidy_obj_root))
config.substitutions.append(("%stock_clang_tidy", config.stock_clang_tidy))
# FileCheck -D values for the version tests: project(VERSION) and the LLVM.
config.substitutions.append(
    ("%versions", "-DVERSION=%s -DLLVM=%s" % (config.async_tidy_version,
                                              config.llvm_version)))
config.substitutions.append(("%project_version", config.async_tidy_version))
config.substitutions.append(("%manpage", config.manpage))
config.substitutions.append(("%llvm_major", config.llvm_version_major))
# The usual flags of a coroutine test: C++20 and the library stubs.
config.substitutions.append(("%coro_flags", "-std=c++20 -isystem " + inputs))
# Debian's asio 1.22 predates clang's C++20 coroutine macros (it looks for
# __cpp_coroutines); these tell it what clang 19 really supports.
config.substitutions.append(
    ("%asio_flags", "-std=c++20 -DASIO_HAS_CO_AWAIT=1 -DASIO_HAS_STD_COROUTINE=1"))

config.available_features.add("llvm-" + config.llvm_version_major)
# Linting the project's own sources takes minutes (clang-tidy over the clang
# headers for every file), so it runs on request: scripts/lint-self.sh.
if lit_config.params.get("self-lint") == "1":
    config.available_features.add("self-lint")
# Language and tool features that arrived after the oldest supported LLVM.
if int(config.llvm_version_major) >= 17:
    config.available_features.add("coro-return-type-attr")
if int(config.llvm_version_major) >= 18:
    config.available_features.add("upstream-coroutine-hostile-raii")
if os.path.isfile(os.path.join(config.async_tidy_obj_root, "compile_commands.json")):
    config.available_features.add("compile-database")
run_clang_tidy = os.path.join(config.llvm_tools_dir, "run-clang-tidy")
if os.path.isfile(run_clang_tidy):
    config.available_features.add("run-clang-tidy")
    config.substitutions.append(("%run_clang_tidy", "python3 " + run_clang_tidy))
if shutil.which("groff"):
    config.available_features.add("groff")
if shutil.which("cpack") and shutil.which("dpkg-shlibdeps"):
    config.available_features.add("cpack-deb")
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
if os.path.isdir("/usr/include/boost/asio"):
    config.available_features.add("boost-asio")
if os.path.isdir("/usr/share/doc/libboost1.81-doc/examples"):
    config.available_features.add("boost-examples")
# The real-code corpus (realcode/corpus.test): --param corpus=DIR, else
# $ASYNC_TIDY_CORPUS, else the one beside the checkout.
corpus = (lit_config.params.get("corpus") or os.environ.get("ASYNC_TIDY_CORPUS")
          or os.path.join(src, "..", "shared", "corpus", "src"))
corpus = os.path.abspath(corpus)
config.substitutions.append(("%realcode_corpus", corpus))
if os.path.isdir(corpus):
    config.available_features.add("realcode-corpus")
elif config.llvm_version_major == "19":
    lit_config.note("no real-code corpus at %s (set ASYNC_TIDY_CORPUS to its src "
                    "directory, or --param corpus=DIR): realcode/corpus.test is "
                    "UNSUPPORTED" % corpus)
if os.path.isfile("/usr/include/asio.hpp"):
    config.available_features.add("standalone-asio")
