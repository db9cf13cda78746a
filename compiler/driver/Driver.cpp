// The compiler pipeline, in order. Each stage can be printed with --emit.
#include "Driver.h"

#include <iostream>
#include <memory>

#include "frontend/AST.h"
#include "frontend/ASTPrinter.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"

namespace mcc {

int runCompiler(const DriverOptions& opts) {
  DiagnosticEngine diags(&std::cerr);
  diags.setColor(opts.color);
  diags.setErrorLimit(opts.errorLimit);

  // 1. Read every input.
  std::vector<std::unique_ptr<SourceFile>> sources;
  for (const std::string& path : opts.inputs) {
    std::string why;
    auto src = SourceFile::load(path, why);
    if (!src) {
      diags.report(nullptr, {}, DiagId::CannotOpenFile, {path, why});
      continue;
    }
    sources.push_back(std::move(src));
  }
  if (diags.hasErrors()) return 1;

  // 2. Lex (only printed; the parser drives its own lexer).
  if (opts.emit == EmitStage::Tokens) {
    for (auto& src : sources) printTokens(*src, diags, std::cout);
    return diags.hasErrors() ? 1 : 0;
  }

  // 3. Parse.
  ASTContext ast;
  std::vector<File*> files;
  for (auto& src : sources) {
    files.push_back(parseFile(*src, ast, diags));
    if (diags.stopped()) break;
  }
  if (opts.emit == EmitStage::AST) {
    for (File* f : files) printAST(*f, std::cout);
    return diags.hasErrors() ? 1 : 0;
  }
  if (diags.hasErrors()) return 1;
  if (opts.syntaxOnly) return 0;

  // Later stages (name resolution, IR, inference, code generation) come next.
  diags.report(nullptr, {}, DiagId::NotImplemented,
               {opts.emit == EmitStage::None ? "code generation" : "this --emit stage"});
  return 1;
}

}  // namespace mcc
