# add_matlab_executable(NAME main.m [more.m ...] [INCLUDE_DIRS dir...]
#                       [OPTIMIZE O0..O3] [CPU name] [CALIBRATION file]
#                       [TARGET triple] [GPU ON|OFF])
#
# mcc compiles the program to an object file (mcc -c) and CMake links it with
# mcc::runtime as an ordinary executable target NAME, so install(TARGETS),
# $<TARGET_FILE:NAME> and cross toolchain files work as for C. mcc writes a
# depfile (-MD -MF) listing every .m file the program reaches: editing any of
# them rebuilds the executable.
function(add_matlab_executable name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "OPTIMIZE;CPU;CALIBRATION;TARGET;GPU" "INCLUDE_DIRS")
  set(sources ${ARG_UNPARSED_ARGUMENTS})
  if(NOT sources)
    message(FATAL_ERROR "add_matlab_executable(${name}): no .m files given")
  endif()
  set(inputs "")
  foreach(src IN LISTS sources)
    get_filename_component(abs "${src}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND inputs "${abs}")
  endforeach()
  set(options "")
  foreach(dir IN LISTS ARG_INCLUDE_DIRS)
    get_filename_component(abs "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND options "-I" "${abs}")
  endforeach()
  if(ARG_OPTIMIZE)
    if(NOT ARG_OPTIMIZE MATCHES "^O[0-3]$")
      message(FATAL_ERROR "add_matlab_executable(${name}): OPTIMIZE must be O0, O1, O2 or O3")
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

  set(object "${CMAKE_CURRENT_BINARY_DIR}/${name}.mcc.o")
  add_custom_command(
    OUTPUT "${object}"
    COMMAND mcc::mcc -c ${inputs} -o "${object}" ${options} -MD -MF "${object}.d"
    DEPENDS ${inputs} mcc::mcc
    DEPFILE "${object}.d"
    COMMENT "Compiling MATLAB program ${name}"
    VERBATIM)
  add_executable(${name} "${object}")
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  if("C" IN_LIST languages)
    set_target_properties(${name} PROPERTIES LINKER_LANGUAGE C)
  else()
    set_target_properties(${name} PROPERTIES LINKER_LANGUAGE CXX)
  endif()
  target_link_libraries(${name} PRIVATE mcc::runtime)
endfunction()
