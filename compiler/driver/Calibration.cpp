// `mcc calibrate` and `mcc --calibration FILE` (see Calibration.h).
#include "Calibration.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "gpu/Gpu.h"

namespace mcc {

int runCalibrate(int argc, char** argv) {
  std::error_code ec;
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::string tool = (self.parent_path() / "mcc-calibrate").string();
  std::vector<char*> args{tool.data()};
  for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
  args.push_back(nullptr);
  execv(tool.c_str(), args.data());
  std::cerr << "mcc: error: cannot run " << tool << ": " << std::strerror(errno) << "\n";
  return 1;
}

bool readCalibration(const std::string& path, std::string& json, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    error = "cannot read it";
    return false;
  }
  json = text.str();
  gpu::Calibration table;
  return gpu::parse_calibration(json.data(), json.size(), table, error);
}

}  // namespace mcc
