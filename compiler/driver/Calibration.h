// The driver's side of calibration tables: `mcc calibrate [-o FILE]` runs
// the measuring tool installed beside mcc (mcc-calibrate, built from
// runtime-support/src/gpu/tool), and `mcc --calibration FILE` checks the
// table, which code generation embeds in the object as the symbol
// mcc_calibration_json that the runtime's router reads.
#pragma once

#include <string>

namespace mcc {

// Runs mcc-calibrate with the arguments after `calibrate`; its exit status.
int runCalibrate(int argc, char** argv);

// Reads the table at `path` into `json` and checks it; false with a message
// in `error` when the file cannot be read or is not a table.
bool readCalibration(const std::string& path, std::string& json, std::string& error);

}  // namespace mcc
