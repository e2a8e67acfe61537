# The man page, and the Debian package that `cpack -G DEB` makes in the build
# directory: async-tidy-llvm<major>_<version>_<arch>.deb, one per LLVM.
#
# Naming: the package is built for exactly one LLVM (the plugin loads only
# into that clang-tidy; the binaries link that libclang-cpp), so its name
# carries the LLVM major, the way Debian names clang-tidy-19. All of them
# install /usr/bin/async-tidy: they Provide and Conflict with the virtual
# package async-tidy, so installing one replaces another.

find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(ASYNC_TIDY_DEFAULT_CHECKS "-*,async-*")
set(ASYNC_TIDY_PLUGIN_DIR "lib/async-tidy")

# The man page names the paths the .deb installs (prefix /usr).
file(GLOB ASYNC_TIDY_CHECK_PAGES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/checks/*.md)
set(ASYNC_TIDY_MANPAGE ${CMAKE_BINARY_DIR}/man/async-tidy.1)
add_custom_command(OUTPUT ${ASYNC_TIDY_MANPAGE} ${ASYNC_TIDY_MANPAGE}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/man
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/packaging/make_manpage.py
          ${CMAKE_SOURCE_DIR}/packaging/async-tidy.1.in
          ${CMAKE_SOURCE_DIR}/docs/checks ${ASYNC_TIDY_MANPAGE}
          VERSION=${PROJECT_VERSION}
          LLVM_VERSION=${LLVM_PACKAGE_VERSION}
          LLVM_MAJOR=${LLVM_VERSION_MAJOR}
          DEFAULT_CHECKS=${ASYNC_TIDY_DEFAULT_CHECKS}
          BINDIR=/usr/bin
          PLUGIN=/usr/${ASYNC_TIDY_PLUGIN_DIR}/AsyncTidyPlugin.so
          DOCDIR=/usr/share/doc/async-tidy
  # Debian installs man pages compressed, without a timestamp (-n).
  COMMAND gzip -9nkf ${ASYNC_TIDY_MANPAGE}
  DEPENDS ${CMAKE_SOURCE_DIR}/packaging/async-tidy.1.in
          ${CMAKE_SOURCE_DIR}/packaging/make_manpage.py
          ${ASYNC_TIDY_CHECK_PAGES}
  VERBATIM)
add_custom_target(async-tidy-manpage ALL DEPENDS ${ASYNC_TIDY_MANPAGE}.gz)
install(FILES ${ASYNC_TIDY_MANPAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# One page describes both tools.
install(CODE "
  file(CREATE_LINK async-tidy.1.gz
       \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/man1/async-clangd.1.gz\" SYMBOLIC)")

# --- cpack -G DEB ---------------------------------------------------------
# The exact Debian version of an installed package, without the Debian
# revision ("1:19.1.7-3~deb12u1" -> "1:19.1.7"), for a ">=" dependency.
function(async_tidy_debian_upstream_version package out)
  execute_process(COMMAND dpkg-query -W -f=\${Version} ${package}
    OUTPUT_VARIABLE version RESULT_VARIABLE failed ERROR_QUIET)
  if(failed OR version STREQUAL "")
    set(version "${LLVM_PACKAGE_VERSION}")
  endif()
  string(REGEX REPLACE "-[^-]*$" "" version "${version}")
  set(${out} "${version}" PARENT_SCOPE)
endfunction()

set(ASYNC_TIDY_LLVM_MAJOR ${LLVM_VERSION_MAJOR})
async_tidy_debian_upstream_version(clang-tidy-${ASYNC_TIDY_LLVM_MAJOR} ASYNC_TIDY_CLANG_TIDY_VERSION)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "async-tidy-llvm${ASYNC_TIDY_LLVM_MAJOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "async-tidy")
set(CPACK_PACKAGE_CONTACT "async-tidy developers <async-tidy@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for C++20 coroutines (for LLVM ${ASYNC_TIDY_LLVM_MAJOR})")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"async-tidy finds misuse of C++20 coroutines and asynchronous C++: tasks
nobody awaits, blocking calls inside coroutines, lost exceptions of detached
spawns, swallowed cancellation, thread locks held across co_await, dangling
references and unbounded fan-out.
.
This package holds async-tidy (clang-tidy ${LLVM_PACKAGE_VERSION} with the async-*
checks), async-clangd (clangd with them, for editors), the plugin for
clang-tidy-${ASYNC_TIDY_LLVM_MAJOR}, the documentation and a man page.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps (dpkg-dev) names the packages of the libraries the binaries
# link (libclang-cpp, and for async-clangd gRPC, protobuf and Abseil). It
# cannot see the two that are not linked: the plugin runs inside
# clang-tidy-<major>, and both binaries read clang's built-in headers from
# /usr/lib/clang/<major> (libclang-common-<major>-dev). libLLVM it misses
# when llvm-<major>-dev is installed: the RUNPATH finds that package's link
# /usr/lib/llvm-<major>/lib/libLLVM.so.<major>.1 first, and dpkg-shlibdeps
# then files the real library under llvm-<major>-dev too (no shlibs there),
# so libllvm<major> is named here. test/package/deb.test checks the whole
# list against the libraries the binaries load.
async_tidy_debian_upstream_version(libllvm${ASYNC_TIDY_LLVM_MAJOR} ASYNC_TIDY_LIBLLVM_VERSION)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "clang-tidy-${ASYNC_TIDY_LLVM_MAJOR} (>= ${ASYNC_TIDY_CLANG_TIDY_VERSION}), libclang-common-${ASYNC_TIDY_LLVM_MAJOR}-dev (>= ${ASYNC_TIDY_CLANG_TIDY_VERSION}), libllvm${ASYNC_TIDY_LLVM_MAJOR} (>= ${ASYNC_TIDY_LIBLLVM_VERSION})")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "async-tidy")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "async-tidy")
set(CPACK_DEBIAN_PACKAGE_REPLACES "async-tidy")
set(CPACK_STRIP_FILES ON)
include(CPack)
