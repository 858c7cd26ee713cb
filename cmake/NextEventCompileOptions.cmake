# SPDX-License-Identifier: MIT
# Compile settings every project target links through nextevent_compile_options.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(nextevent_compile_options INTERFACE)
target_compile_features(nextevent_compile_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(nextevent_compile_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                           -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(NEXTEVENT_WERROR)
    target_compile_options(nextevent_compile_options INTERFACE -Werror)
endif()
if(NEXTEVENT_SANITIZE)
    target_compile_options(nextevent_compile_options INTERFACE -fsanitize=${NEXTEVENT_SANITIZE}
                                                               -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(nextevent_compile_options INTERFACE -fsanitize=${NEXTEVENT_SANITIZE})
endif()
if(NEXTEVENT_FUZZ)
    # Coverage instrumentation for libFuzzer plus ASan/UBSan on every project target; the fuzz executables
    # add -fsanitize=fuzzer at link time (tests/fuzz). UB aborts, so the fuzzer reports it as a crash.
    target_compile_options(nextevent_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                               -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(nextevent_compile_options INTERFACE -fsanitize=address,undefined)
endif()
