// The compiler pipeline, in order. Each stage can be printed with --emit.
#include "Driver.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

#include "frontend/AST.h"
#include "frontend/ASTPrinter.h"
#include "frontend/Diagnostics.h"
#include "frontend/Parser.h"
#include "ir/IR.h"
#include "ir/InferTypes.h"
#include "ir/LowerAST.h"

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

  // 4. Name resolution and lowering to SSA IR. Functions the program calls
  // are found as NAME.m beside the main file or in an -I folder.
  std::vector<std::string> searchPath;
  {
    std::filesystem::path mainDir = std::filesystem::path(opts.inputs.front()).parent_path();
    searchPath.push_back(mainDir.empty() ? "." : mainDir.string());
    searchPath.insert(searchPath.end(), opts.includeDirs.begin(), opts.includeDirs.end());
  }
  std::map<std::string, const File*, std::less<>> found;
  auto findFile = [&](std::string_view name) -> const File* {
    auto it = found.find(name);
    if (it != found.end()) return it->second;
    const File* result = nullptr;
    for (const std::string& dir : searchPath) {
      std::filesystem::path candidate = std::filesystem::path(dir) / (std::string(name) + ".m");
      std::error_code ec;
      if (!std::filesystem::is_regular_file(candidate, ec)) continue;
      std::string why;
      auto src = SourceFile::load(candidate.string(), why);
      if (!src) continue;
      result = parseFile(*src, ast, diags);
      sources.push_back(std::move(src));
      break;
    }
    found.emplace(std::string(name), result);
    return result;
  };
  std::vector<const File*> program(files.begin(), files.end());
  std::unique_ptr<ir::Module> module = ir::lowerProgram(program, findFile, diags);
  if (opts.emit == EmitStage::IR) {
    if (diags.hasErrors()) return 1;
    ir::printModule(*module, sources.front().get(), std::cout);
    return 0;
  }
  if (diags.hasErrors()) return 1;

  // 5. Whole-program specialisation and type inference.
  std::unique_ptr<ir::Module> typed = ir::inferTypes(*module, diags);
  if (opts.emit == EmitStage::Typed) {
    if (diags.hasErrors()) return 1;
    ir::printModule(*typed, sources.front().get(), std::cout, /*types=*/true);
    return 0;
  }
  if (diags.hasErrors()) return 1;

  // Later stages (fusion, code generation) come next.
  diags.report(nullptr, {}, DiagId::NotImplemented,
               {opts.emit == EmitStage::None ? "code generation" : "this --emit stage"});
  return 1;
}

}  // namespace mcc
