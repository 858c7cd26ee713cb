# SPDX-License-Identifier: MIT
# Run with cmake -P: installs the npm packages locked in SOURCE/package-lock.json into DIR/node_modules
# with `npm ci`, unless DIR already holds every locked package at its locked version (so an offline rebuild
# works once node_modules is present). PACKAGE names the main one in messages. Touches STAMP when done.
#   -DSOURCE=<dir with package.json and package-lock.json> -DDIR=<install dir> -DPACKAGE=<name> -DSTAMP=<file>
foreach(var SOURCE DIR PACKAGE STAMP)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "NpmCi.cmake: ${var} is not set")
    endif()
endforeach()
file(MAKE_DIRECTORY "${DIR}")
foreach(name package.json package-lock.json)
    file(COPY_FILE "${SOURCE}/${name}" "${DIR}/${name}" ONLY_IF_DIFFERENT)
endforeach()

# Up to date when every locked package is installed at its locked version.
file(READ "${SOURCE}/package-lock.json" lock)
string(JSON wanted GET "${lock}" packages "node_modules/${PACKAGE}" version)
string(JSON count LENGTH "${lock}" packages)
set(stale FALSE)
math(EXPR last "${count} - 1")
foreach(i RANGE ${last})
    string(JSON key MEMBER "${lock}" packages ${i})
    if(NOT key MATCHES "^node_modules/")
        continue()
    endif()
    string(JSON version GET "${lock}" packages "${key}" version)
    set(have "")
    if(EXISTS "${DIR}/${key}/package.json")
        file(READ "${DIR}/${key}/package.json" installed)
        string(JSON have ERROR_VARIABLE ignored GET "${installed}" version)
    endif()
    if(NOT have STREQUAL version)
        set(stale TRUE)
    endif()
endforeach()

if(stale)
    find_program(NPM npm)
    if(NOT NPM)
        message(FATAL_ERROR "npm is needed to install ${PACKAGE} ${wanted} (scripts/install-deps.sh installs "
                            "Debian's nodejs and npm), or put node_modules/${PACKAGE} into ${DIR}")
    endif()
    message(STATUS "npm ci in ${DIR} (${PACKAGE} ${wanted})")
    execute_process(COMMAND "${NPM}" ci --no-audit --no-fund --loglevel=error
                    WORKING_DIRECTORY "${DIR}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "npm ci failed in ${DIR} (${result}); is the npm registry reachable?")
    endif()
endif()
file(TOUCH "${STAMP}")
