// libFuzzer target: any bytes through the lexer, the parser, the AST printer
// and, when the program parses, lowering to IR, type inference and the IR
// printer. A crash, a sanitizer report, a timeout or an out-of-memory is a
// bug; diagnostics are the expected outcome for bad input.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "frontend/ASTPrinter.h"
#include "frontend/Parser.h"
#include "codegen/llvm/CodegenLLVM.h"
#include "ir/InferTypes.h"
#include "ir/LowerAST.h"
#include "ir/Verify.h"
#include "kernels/FormKernels.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mcc::SourceFile src("fuzz.m", std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream sink;
  {
    mcc::DiagnosticEngine diags(&sink);
    mcc::printTokens(src, diags, sink);
  }
  mcc::DiagnosticEngine diags(&sink);
  mcc::ASTContext ctx;
  mcc::File* file = mcc::parseFile(src, ctx, diags);
  mcc::printAST(*file, sink);
  if (!diags.hasErrors()) {
    std::unique_ptr<mcc::ir::Module> module = mcc::ir::lowerProgram({file}, nullptr, diags);
    if (!mcc::ir::verifyModule(*module).empty()) __builtin_trap();  // invalid IR is a compiler bug
    mcc::ir::printModule(*module, &src, sink);
    if (!diags.hasErrors()) {
      std::unique_ptr<mcc::ir::Module> typed = mcc::ir::inferTypes(*module, diags);
      if (!mcc::ir::verifyModule(*typed).empty()) __builtin_trap();
      mcc::ir::printModule(*typed, &src, sink, true);
      // Fusion, as the driver runs it before code generation.
      mcc::kernels::KernelSet kernels;
      mcc::kernels::formKernels(*typed, kernels);
      if (!mcc::ir::verifyModule(*typed).empty()) __builtin_trap();
      mcc::kernels::printKernels(kernels, sink);
      // Code generation: a diagnostic or a module, never a crash (and a
      // module LLVM's verifier rejects is reported, not emitted).
      if (!diags.hasErrors()) {
        mcc::codegen::CodegenOptions options;
        options.optLevel = 0;
        std::string llvmText;
        mcc::codegen::emitObject(*typed, src, options, "", &llvmText, diags);
      }
    }
  }
  return 0;
}
