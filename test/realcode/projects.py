"""The projects of the real-code suite: where each one is, which of its files
are translation units, the flags they need, and the headers their build
systems would generate (written as stand-ins at run time).

A translation unit is a file matched by a project's globs that itself
contains co_await, co_return or co_yield. Paths in `flags` are relative to the
project root and made absolute by the runner ({shims}: this project's
stand-in headers; {qt6}: the Qt 6 include directory). `exclude` lists the
TUs that cannot be parsed on Debian, each with the reason.
"""

import os
import re

BOOST_EXAMPLES = "/usr/share/doc/libboost1.81-doc/examples"

# libstdc++ has only <coroutine>; cppcoro's non-MSVC path includes the
# Coroutines TS header.
CPPCORO_SHIMS = {"experimental/coroutine": """\
#pragma once
#include <coroutine>
namespace std::experimental {
using std::coroutine_handle;
using std::coroutine_traits;
using std::noop_coroutine;
using std::noop_coroutine_handle;
using std::suspend_always;
using std::suspend_never;
}
"""}

# CMake's generate_export_header output for a static libcoro.
LIBCORO_SHIMS = {"coro/export.hpp": """\
#pragma once
#define CORO_EXPORT
#define CORO_NO_EXPORT
#define CORO_DEPRECATED [[deprecated]]
#define CORO_DEPRECATED_EXPORT [[deprecated]]
#define CORO_DEPRECATED_NO_EXPORT [[deprecated]]
"""}

QCORO_MODULES = ("core", "network", "dbus", "qml", "quick", "websockets", "test")
MOC_INCLUDE = re.compile(rb'#\s*include\s*[<"]([^>"]+\.moc)[>"]')
QCORO_CAMEL_INCLUDE = re.compile(rb'#\s*include\s*[<"](?:QCoro/)?(QCoro[A-Za-z]+)[>"]')


def qcoro_shims(root):
    """qcoro's CMake build generates export headers, the CamelCase forwarding
    headers (<QCoroTask>, <QCoro/QCoroTask>) and moc output; the last is not
    needed to parse, so it is empty."""
    shims = {}
    for module in QCORO_MODULES:
        macro = "QCORO%s" % module.upper()
        shims["qcoro%s_export.h" % module] = (
            "#pragma once\n#define %s_EXPORT\n#define %s_NO_EXPORT\n"
            "#define %s_DEPRECATED [[deprecated]]\n" % (macro, macro, macro))
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith((".cpp", ".h")):
                with open(os.path.join(folder, name), "rb") as f:
                    text = f.read()
                for moc in MOC_INCLUDE.findall(text):
                    shims[moc.decode()] = "// moc output: not needed to parse\n"
                for camel in QCORO_CAMEL_INCLUDE.findall(text):
                    camel = camel.decode()
                    forward = '#pragma once\n#include "%s.h"\n' % camel.lower()
                    shims[camel] = shims["QCoro/" + camel] = forward
    return shims


QT_MODULES = ("QtCore", "QtNetwork", "QtDBus", "QtTest", "QtConcurrent",
              "QtWebSockets", "QtQml", "QtQuick", "QtGui", "QtWidgets")
QT_FLAGS = ["-isystem", "{qt6}"] + [
    flag for module in QT_MODULES for flag in ("-isystem", "{qt6}/" + module)]

# root: a folder of the real-code corpus, or an absolute path.
PROJECTS = [
    dict(name="cppcoro", root="lewissbaker__cppcoro",
         globs=["lib/*.cpp", "test/*.cpp"],
         # when_all_task.hpp uses std::exchange without including <utility>
         flags=["-Iinclude", "-Itest", "-isystem", "{shims}", "-include", "utility"],
         shims=CPPCORO_SHIMS,
         exclude={
             "test/file_tests.cpp": "Win32-only file I/O API (file_read_operation.hpp)",
             "test/socket_tests.cpp": "Win32-only socket API (net/socket.hpp)",
         }),
    dict(name="libcoro", root="jbaldwin__libcoro",
         globs=["src/**/*.cpp", "test/**/*.cpp", "examples/*.cpp"],
         flags=["-Iinclude", "-Itest", "-I{shims}",
                "-DLIBCORO_FEATURE_NETWORKING", "-DLIBCORO_FEATURE_TLS"],
         shims=LIBCORO_SHIMS),
    dict(name="concurrencpp", root="David-Haim__concurrencpp",
         globs=["source/**/*.cpp", "test/**/*.cpp", "example/**/*.cpp",
                "sandbox/**/*.cpp"],
         flags=["-Iinclude", "-Itest/include"]),
    dict(name="asio", root="chriskohlhoff__asio",
         globs=["src/examples/**/*.cpp", "src/tests/**/*.cpp"],
         flags=["-Iinclude", "-DASIO_DISABLE_DEPRECATED_MSG", "-pthread"]),
    dict(name="boost-1.81-examples", root=BOOST_EXAMPLES,
         globs=["libs/asio/example/cpp20/**/*.cpp",
                "libs/asio/example/cpp17/**/*.cpp", "libs/beast/example/**/*.cpp"],
         # Beast's examples include example/common/*.hpp, and
         # advanced_server_flex_awaitable.cpp uses std::list without <list>.
         flags=["-pthread", "-Ilibs/beast", "-include", "list"]),
    dict(name="async_simple", root="alibaba__async_simple",
         globs=["async_simple/**/*.cpp", "demo_example/**/*.cpp", "benchmarks/**/*.cpp"],
         flags=["-I.", "-Idemo_example", "-DASYNC_SIMPLE_HAS_NOT_AIO"],
         exclude={
             "demo_example/CountCharUsingModules.cpp": "a C++20 module import (import async_simple)",
         }),
    dict(name="qcoro", root="danvratil__qcoro",
         globs=["qcoro/**/*.cpp", "tests/**/*.cpp", "examples/**/*.cpp"],
         flags=["-fPIC", "-I{shims}", "-I.", "-Iqcoro", "-Iqcoro/core",
                "-Iqcoro/network", "-Iqcoro/dbus", "-Iqcoro/qml", "-Iqcoro/quick",
                "-Iqcoro/websockets", "-Iqcoro/test", "-Itests", "-Itests/testlibs",
                "-Iexamples/dbus", "-DQT_NO_KEYWORDS",
                '-DTESTDBUSSERVER_EXECUTABLE="testdbusserver"'] + QT_FLAGS,
         shims=qcoro_shims,
         exclude={
             "tests/qcoroimageprovider.cpp": "needs Qt's private headers (private/qquickimage_p.h)",
             "tests/qdbuspendingreply.cpp": "needs a header generated from a D-Bus interface",
         }),
]
