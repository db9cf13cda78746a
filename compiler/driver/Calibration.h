// The driver's side of calibration tables: `mcc calibrate [-o FILE]` runs
// the measuring tool installed beside mcc (mcc-calibrate, built from
// runtime-support/src/gpu/tool), and `mcc --calibration FILE` checks the
// table and makes an assembly file that embeds it in the executable as
// the symbol mcc_calibration_json, which the runtime's router reads.
#pragma once

#include <string>

namespace mcc {

// Runs mcc-calibrate with the arguments after `calibrate`; its exit status.
int runCalibrate(int argc, char** argv);

// Checks the table at `path` and writes `asmPath` embedding it; false with
// a message in `error` when the file cannot be read or is not a table.
bool writeCalibrationAsm(const std::string& path, const std::string& asmPath, std::string& error);

}  // namespace mcc
