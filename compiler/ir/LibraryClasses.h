// MATLAB's classes that mcc supplies itself, written in MATLAB: a program
// that names one (and has no file of that name of its own or on its
// path) gets its class file from here, parsed and lowered as a class of
// the program (LowerAST's fileNamed). onCleanup: a handle whose destructor
// calls the function it was made with; inputParser: MATLAB's parser of
// function arguments (tests/conformance/programs/input_parser*.m).
#pragma once

#include <string_view>

namespace mcc::ir {

// The classdef text of the library class `name`, or empty where there is none.
std::string_view libraryClassSource(std::string_view name);

}  // namespace mcc::ir
