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

bool writeCalibrationAsm(const std::string& path, const std::string& asmPath, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    error = "cannot read it";
    return false;
  }
  std::string json = text.str();
  gpu::Calibration table;
  if (!gpu::parse_calibration(json.data(), json.size(), table, error)) return false;
  // The bytes themselves, so that the table need not exist at link time
  // under the same path.
  std::ofstream out(asmPath);
  out << "  .section .rodata\n  .globl mcc_calibration_json\n  .type mcc_calibration_json, @object\n"
         "mcc_calibration_json:\n";
  for (size_t i = 0; i < json.size(); i += 32) {
    out << "  .byte ";
    for (size_t k = i; k < json.size() && k < i + 32; ++k)
      out << (k > i ? "," : "") << static_cast<unsigned>(static_cast<unsigned char>(json[k]));
    out << "\n";
  }
  out << "  .byte 0\n  .size mcc_calibration_json, " << json.size() + 1 << "\n"
      << "  .section .note.GNU-stack,\"\",@progbits\n";
  if (!out) {
    error = "cannot write " + asmPath;
    return false;
  }
  return true;
}

}  // namespace mcc
