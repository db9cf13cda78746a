// GLSL to SPIR-V with glslang; see CompileSPIRV.h.
#include "codegen/gpu/CompileSPIRV.h"

#include <glslang/Public/ResourceLimits.h>
#include <glslang/Public/ShaderLang.h>
#include <glslang/SPIRV/GlslangToSpv.h>
#include <glslang/SPIRV/disassemble.h>

#include <cctype>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string_view>

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

bool identStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Every identifier in text (comments included: a mention there only keeps more).
void addIdentifiers(std::string_view text, std::set<std::string_view>& out) {
  for (size_t i = 0; i < text.size();) {
    if (!identStart(text[i]) || (i > 0 && identChar(text[i - 1]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && identChar(text[j])) ++j;
    out.insert(text.substr(i, j - i));
    i = j;
  }
}

// One function definition of the library: its lines [begin, end) and name.
struct LibraryFunction {
  size_t begin = 0, end = 0;
  std::string_view name;
};

// The function definitions: a line starting at column 0 with an identifier
// whose first '(' comes before any '=' or ';' opens one, which runs until
// its braces balance (preprocessor lines inside a body included). False when
// the text does not have that shape (then nothing is pruned).
bool libraryFunctions(std::string_view text, std::vector<LibraryFunction>& out) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    eol = eol == std::string_view::npos ? text.size() : eol + 1;
    std::string_view line = text.substr(pos, eol - pos);
    size_t open = line.find_first_of("(=;");
    if (line.empty() || !identStart(line[0]) || open == std::string_view::npos || line[open] != '(') {
      pos = eol;
      continue;
    }
    LibraryFunction f;
    f.begin = pos;
    size_t nameEnd = open;
    while (nameEnd > 0 && line[nameEnd - 1] == ' ') --nameEnd;
    size_t nameBegin = nameEnd;
    while (nameBegin > 0 && identChar(line[nameBegin - 1])) --nameBegin;
    f.name = line.substr(nameBegin, nameEnd - nameBegin);
    int depth = 0;
    bool body = false;
    for (;;) {
      std::string_view l = text.substr(pos, eol - pos);
      size_t comment = l.find("//");
      for (char c : l.substr(0, comment)) {
        if (c == '{') ++depth, body = true;
        if (c == '}') --depth;
      }
      pos = eol;
      if (depth < 0) return false;
      if (depth == 0 && (body || l.substr(0, comment).find(';') != std::string_view::npos)) break;
      if (pos >= text.size()) return false;
      eol = text.find('\n', pos);
      eol = eol == std::string_view::npos ? text.size() : eol + 1;
    }
    f.end = pos;
    if (f.name.empty()) return false;
    out.push_back(f);
  }
  return true;
}

}  // namespace

std::string pruneMathLibrary(const std::string& library, const std::string& kernel) {
  std::string_view text(library);
  std::vector<LibraryFunction> functions;
  if (!libraryFunctions(text, functions)) return library;
  std::map<std::string_view, std::vector<size_t>> byName;  // overloads share a name
  for (size_t i = 0; i < functions.size(); ++i) byName[functions[i].name].push_back(i);
  std::set<std::string_view> seen;
  addIdentifiers(kernel, seen);
  std::vector<std::string_view> work(seen.begin(), seen.end());
  std::vector<bool> keep(functions.size(), false);
  while (!work.empty()) {
    auto it = byName.find(work.back());
    work.pop_back();
    if (it == byName.end()) continue;
    for (size_t i : it->second) {
      if (keep[i]) continue;
      keep[i] = true;
      std::set<std::string_view> mentions;
      addIdentifiers(text.substr(functions[i].begin, functions[i].end - functions[i].begin), mentions);
      for (std::string_view m : mentions)
        if (seen.insert(m).second) work.push_back(m);
    }
  }
  // The kept text without its comment lines (a third of the library).
  std::string out;
  auto append = [&](std::string_view part) {
    while (!part.empty()) {
      size_t eol = part.find('\n');
      eol = eol == std::string_view::npos ? part.size() : eol + 1;
      std::string_view line = part.substr(0, eol);
      size_t first = line.find_first_not_of(' ');
      if (first == std::string_view::npos || line.substr(first, 2) != "//") out.append(line);
      part.remove_prefix(eol);
    }
  };
  size_t pos = 0;
  for (size_t i = 0; i < functions.size(); ++i) {
    if (keep[i]) continue;
    append(text.substr(pos, functions[i].begin - pos));
    pos = functions[i].end;
  }
  append(text.substr(pos));
  return out;
}

bool compileSPIRV(const std::string& glsl, const std::string& mathLibrary, std::vector<uint32_t>& words, std::string& log) {
  static std::once_flag init;
  std::call_once(init, [] { glslang::InitializeProcess(); });
  glslang::TShader shader(EShLangCompute);
  const char* text = glsl.c_str();
  shader.setStrings(&text, 1);
  shader.setEnvInput(glslang::EShSourceGlsl, EShLangCompute, glslang::EShClientVulkan, 100);
  shader.setEnvClient(glslang::EShClientVulkan, glslang::EShTargetVulkan_1_1);
  shader.setEnvTarget(glslang::EShTargetSpv, glslang::EShTargetSpv_1_3);
  // Only the library functions the kernel reaches: glslang's parse of the
  // whole library (both precisions) was most of a kernel's compile time.
  std::string library = pruneMathLibrary(mathLibrary, glsl);
  MathIncluder includer(library);
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
