// The GPU math library is pruned to what a kernel reaches (CompileSPIRV.h).
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "codegen/gpu/CompileSPIRV.h"

namespace mcc::codegen {
namespace {

const char* kLibrary =
    "// a comment mentioning h\n"
    "const float K = 2.0;\n"
    "float g(float x) { return x * K; }\n"
    "double g(double x) {\n"
    "#if 1\n"
    "  return x;\n"
    "#else\n"
    "  return -x;\n"
    "#endif\n"
    "}\n"
    "float f(float x) {\n"
    "  // calls g (the call below does)\n"
    "  return g(x) + 1.0;\n"
    "}\n"
    "#ifdef TWO\n"
    "float h(float x) { return x; }\n"
    "#endif\n";

TEST(PruneMathLibrary, KeepsWhatTheKernelReaches) {
  std::string pruned = pruneMathLibrary(kLibrary, "void main() { float y = f(1.0); }");
  EXPECT_NE(pruned.find("float f(float x) {"), std::string::npos);
  EXPECT_NE(pruned.find("float g(float x)"), std::string::npos);
  EXPECT_NE(pruned.find("double g(double x) {\n#if 1\n  return x;\n#else\n  return -x;\n#endif\n}\n"), std::string::npos);
  EXPECT_EQ(pruned.find("float h("), std::string::npos);
  // what is not a function stays: constants, preprocessor lines
  EXPECT_NE(pruned.find("const float K = 2.0;"), std::string::npos);
  EXPECT_NE(pruned.find("#ifdef TWO\n#endif\n"), std::string::npos);
  // comment lines go (the mention of h there kept nothing)
  EXPECT_EQ(pruned.find("//"), std::string::npos);
}

TEST(PruneMathLibrary, DropsEverythingUnreached) {
  std::string pruned = pruneMathLibrary(kLibrary, "void main() {}");
  EXPECT_EQ(pruned.find("g("), std::string::npos);
  EXPECT_EQ(pruned.find("f("), std::string::npos);
}

TEST(PruneMathLibrary, UnbalancedTextIsKeptWhole) {
  std::string odd = "float f(float x) {\n  return x;\n";
  EXPECT_EQ(pruneMathLibrary(odd, "f"), odd);
  std::string closes = "float f(float x) { return x; }}\n";
  EXPECT_EQ(pruneMathLibrary(closes, ""), closes);
}

// Each function of the real library, alone with what it needs, compiles in
// both precisions: the pruning keeps every dependency.
TEST(PruneMathLibrary, EveryFunctionOfTheLibraryCompilesAlone) {
  std::ifstream in(MCC_TEST_MATH_GLSL);
  ASSERT_TRUE(in) << MCC_TEST_MATH_GLSL;
  std::stringstream text;
  text << in.rdbuf();
  std::string library = text.str();
  std::set<std::string> names;
  std::regex def("^[a-z][a-z ]* (mcc_[a-z0-9_]+)\\(");
  std::istringstream lines(library);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    if (std::regex_search(line, m, def)) names.insert(m[1]);
  }
  ASSERT_GT(names.size(), 40u);
  for (bool f64 : {false, true}) {
    for (const std::string& name : names) {
      std::string kernel = std::string("#version 450\n") + (f64 ? "#extension GL_ARB_gpu_shader_fp64 : enable\n" : "") +
                           "#extension GL_GOOGLE_include_directive : enable\n" +
                           (f64 ? "#define MCC_MATH_F64 1\n" : "") +
                           "#include \"mcc_math.glsl\"\n// uses " + name +
                           "\nlayout(local_size_x = 1) in;\nvoid main() {}\n";
      std::string pruned = pruneMathLibrary(library, kernel);
      EXPECT_LT(pruned.size(), library.size()) << name;
      std::vector<uint32_t> words;
      std::string log;
      EXPECT_TRUE(compileSPIRV(kernel, library, words, log)) << name << (f64 ? " (double)" : " (float)") << ":\n" << log;
    }
  }
  // exp alone is a small part of the library
  std::string exp = pruneMathLibrary(library, "mcc_exp");
  EXPECT_LT(exp.size() * 3, library.size());
  EXPECT_NE(exp.find("mcc_exp_plain("), std::string::npos);
  EXPECT_NE(exp.find("mcc_exp_poly("), std::string::npos);
  EXPECT_EQ(exp.find("mcc_exp_core("), std::string::npos);
  EXPECT_EQ(exp.find("mcc_atan2("), std::string::npos);
}

}  // namespace
}  // namespace mcc::codegen
