// The files a program opens with fopen, as fprintf and the runtime's scalar
// fast path (mcc_fprintf in Entry.cpp) need them: a file identifier to the C
// stream to write to. The table itself and the file builtins are IO.cpp;
// tests: tests/unit/BuiltinIOTest.cpp.
#pragma once

#include <cstdio>

#include "mcc/runtime.h"

namespace mcc::rt {

// The stream of file identifier `fid`: 1 is stdout, 2 stderr, others a file
// fopen opened. Anything else fails with MATLAB's "Invalid file identifier.
// Use fopen to generate a valid file identifier." The stream is ready for
// writing (a file last read is repositioned first, as C requires between a
// read and a write).
FILE* fileForWriting(double fid, const mcc_site* site);
// The stream of a file fopen opened, ready for reading (MATLAB's invalid
// identifier error otherwise).
FILE* fileForReading(double fid, const mcc_site* site);

}  // namespace mcc::rt
