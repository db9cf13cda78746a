// GLSL to SPIR-V with glslang; see CompileSPIRV.h.
#include "codegen/gpu/CompileSPIRV.h"

#include <glslang/Public/ResourceLimits.h>
#include <glslang/Public/ShaderLang.h>
#include <glslang/SPIRV/GlslangToSpv.h>
#include <glslang/SPIRV/disassemble.h>

#include <mutex>
#include <sstream>

namespace mcc::codegen {
namespace {

// Serves the math library; every other include fails.
class MathIncluder : public glslang::TShader::Includer {
 public:
  explicit MathIncluder(const std::string& text) : text_(text) {}
  IncludeResult* includeLocal(const char* name, const char*, size_t) override { return serve(name); }
  IncludeResult* includeSystem(const char* name, const char*, size_t) override { return serve(name); }
  void releaseInclude(IncludeResult* r) override { delete r; }

 private:
  IncludeResult* serve(const char* name) {
    if (std::string(name) != "mcc_math.glsl") return nullptr;
    return new IncludeResult(name, text_.data(), text_.size(), nullptr);
  }
  const std::string& text_;
};

}  // namespace

bool compileSPIRV(const std::string& glsl, const std::string& mathLibrary, std::vector<uint32_t>& words, std::string& log) {
  static std::once_flag init;
  std::call_once(init, [] { glslang::InitializeProcess(); });
  glslang::TShader shader(EShLangCompute);
  const char* text = glsl.c_str();
  shader.setStrings(&text, 1);
  shader.setEnvInput(glslang::EShSourceGlsl, EShLangCompute, glslang::EShClientVulkan, 100);
  shader.setEnvClient(glslang::EShClientVulkan, glslang::EShTargetVulkan_1_1);
  shader.setEnvTarget(glslang::EShTargetSpv, glslang::EShTargetSpv_1_3);
  MathIncluder includer(mathLibrary);
  auto messages = static_cast<EShMessages>(EShMsgSpvRules | EShMsgVulkanRules);
  if (!shader.parse(GetDefaultResources(), 450, false, messages, includer)) {
    log = shader.getInfoLog();
    return false;
  }
  glslang::TProgram program;
  program.addShader(&shader);
  if (!program.link(messages)) {
    log = program.getInfoLog();
    return false;
  }
  words.clear();
  glslang::GlslangToSpv(*program.getIntermediate(EShLangCompute), words);
  return true;
}

std::string disassembleSPIRV(const std::vector<uint32_t>& words) {
  std::ostringstream os;
  spv::Disassemble(os, std::vector<unsigned int>(words.begin(), words.end()));
  return os.str();
}

}  // namespace mcc::codegen
