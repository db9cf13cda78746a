# The absolute .m inputs and the mcc options of add_matlab_executable and
# add_matlab_library (the ARG_ variables of the caller's arguments).
macro(_mcc_inputs_and_options caller)
  set(sources ${ARG_UNPARSED_ARGUMENTS})
  if(NOT sources)
    message(FATAL_ERROR "${caller}(${name}): no .m files given")
  endif()
  set(inputs "")
  set(other_sources "")  # C sources and objects: compiled and linked by CMake
  foreach(src IN LISTS sources)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    if(abs MATCHES "\\.m$")
      list(APPEND inputs "${abs}")
    else()
      list(APPEND other_sources "${abs}")
    endif()
  endforeach()
  set(options "")
  foreach(dir IN LISTS ARG_INCLUDE_DIRS)
    get_filename_component(abs "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND options "-I" "${abs}")
  endforeach()
  if(ARG_OPTIMIZE)
    if(NOT ARG_OPTIMIZE MATCHES "^O[0-3]$")
      message(FATAL_ERROR "${caller}(${name}): OPTIMIZE must be O0, O1, O2 or O3")
    endif()
    list(APPEND options "-${ARG_OPTIMIZE}")
  endif()
  if(ARG_CPU)
    list(APPEND options "--cpu=${ARG_CPU}")
  endif()
  if(ARG_CALIBRATION)
    get_filename_component(abs "${ARG_CALIBRATION}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND options "--calibration=${abs}")
  endif()
  if(NOT ARG_TARGET AND MCC_TARGET_TRIPLE)
    set(ARG_TARGET "${MCC_TARGET_TRIPLE}")  # set by mcc's cross toolchain files
  endif()
  if(ARG_TARGET)
    list(APPEND options "--target=${ARG_TARGET}")
  endif()
  if(DEFINED ARG_GPU AND NOT ARG_GPU)
    list(APPEND options "--no-gpu")
  endif()
endmacro()

# Targets made of mcc's objects link with the C driver when the project has C
# (the runtime's C++ library comes in through mcc::runtime), else with C++.
function(_mcc_linker_language target)
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST languages)
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE C)
  else()
    set_target_properties(${target} PROPERTIES LINKER_LANGUAGE CXX)
  endif()
endfunction()

# add_matlab_executable(NAME main.m [more.m ...] [driver.c ...] [INCLUDE_DIRS dir...]
#                       [OPTIMIZE O0..O3] [CPU name] [CALIBRATION file]
#                       [TARGET triple] [GPU ON|OFF])
#
# mcc compiles the program to an object file (mcc -c) and CMake links it with
# mcc::runtime as an ordinary executable target NAME, so install(TARGETS),
# $<TARGET_FILE:NAME> and cross toolchain files work as for C. mcc writes a
# depfile (-MD -MF) listing every .m file the program reaches: editing any of
# them rebuilds the executable. C sources among the files (coder.ceval's
# code) are compiled and linked into it; link libraries with
# target_link_libraries(NAME PRIVATE ...).
#
# add_matlab_library: see below.
function(add_matlab_executable name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "OPTIMIZE;CPU;CALIBRATION;TARGET;GPU" "INCLUDE_DIRS")
  _mcc_inputs_and_options(add_matlab_executable)
  set(object "${CMAKE_CURRENT_BINARY_DIR}/${name}.mcc.o")
  add_custom_command(
    OUTPUT "${object}"
    COMMAND mcc::mcc -c ${inputs} -o "${object}" ${options} -MD -MF "${object}.d"
    DEPENDS ${inputs} mcc::mcc
    DEPFILE "${object}.d"
    COMMENT "Compiling MATLAB program ${name}"
    VERBATIM)
  add_executable(${name} "${object}" ${other_sources})
  _mcc_linker_language(${name})
  target_link_libraries(${name} PRIVATE mcc::runtime)
endfunction()

# add_matlab_library(NAME f.m [g.m ...] [SHARED] [INCLUDE_DIRS dir...]
#                    [OPTIMIZE O0..O3] [CPU name] [TARGET triple] [GPU ON|OFF])
#
# A C library target NAME (static, or shared with SHARED) whose interface is
# the functions of the listed .m files (each file's main function is an
# entry; helpers are found beside them or in INCLUDE_DIRS), and the header
# NAME.h mcc generates, on the target's include path. mcc compiles the entries
# and their C wrappers into one object (mcc -static-lib -c); CMake makes the
# library of it, linked with mcc::runtime (inside a shared library, its
# symbols hidden).
function(add_matlab_library name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "SHARED" "OPTIMIZE;CPU;CALIBRATION;TARGET;GPU" "INCLUDE_DIRS")
  _mcc_inputs_and_options(add_matlab_library)
  foreach(src IN LISTS inputs)
    get_filename_component(entry "${src}" NAME_WE)
    list(APPEND options "--entry" "${entry}")
  endforeach()
  set(object "${CMAKE_CURRENT_BINARY_DIR}/${name}.mcc.o")
  set(header_dir "${CMAKE_CURRENT_BINARY_DIR}/${name}-include")
  set(header "${header_dir}/${name}.h")
  file(MAKE_DIRECTORY "${header_dir}")
  add_custom_command(
    OUTPUT "${object}" "${header}"
    COMMAND mcc::mcc -static-lib -c ${inputs} -o "${object}" --library-name ${name} --header "${header}" ${options}
    DEPENDS ${inputs} mcc::mcc
    COMMENT "Compiling MATLAB library ${name}"
    VERBATIM)
  if(ARG_SHARED)
    add_library(${name} SHARED "${object}" "${header}" ${other_sources})
    target_link_libraries(${name} PRIVATE mcc::runtime)
    target_link_options(${name} PRIVATE "-Wl,--exclude-libs,ALL")
  else()
    add_library(${name} STATIC "${object}" "${header}" ${other_sources})
    target_link_libraries(${name} PUBLIC mcc::runtime)
  endif()
  target_include_directories(${name} INTERFACE "${header_dir}")
  _mcc_linker_language(${name})
endfunction()
