// The graphics-call warnings; see WarnGraphics.h.
#include "WarnGraphics.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace mcc::ir {
namespace {

// name -> whether the function would write a file (graphics.def).
const std::map<std::string, bool>& graphicsFunctions() {
  static const std::map<std::string, bool> table = {
#define MCC_BUILTIN(name) {#name, false},
#define MCC_GRAPHICS_FILE(name) {#name, true},
#include "mcc/builtins/graphics.def"
#undef MCC_GRAPHICS_FILE
#undef MCC_BUILTIN
  };
  return table;
}

struct Site {
  size_t file;  // the file's position among the module's files
  SourceRange range;
  const SourceFile* source;
  const std::string* name;
  bool writesFile;
};

}  // namespace

void warnGraphicsCalls(const Module& m, DiagnosticEngine& diags) {
  // A name that a class of the program defines as a method (plot(obj),
  // set(obj, ...)) may be called on its objects: no warning for it.
  std::set<std::string> methods;
  for (const auto& [name, info] : m.classes)
    for (const auto& [method, function] : info.methods) methods.insert(method);
  std::vector<const SourceFile*> files;
  std::vector<Site> sites;
  for (const Function* f : m.functions) {
    if (!f->source) continue;
    size_t file = std::find(files.begin(), files.end(), f->source) - files.begin();
    if (file == files.size()) files.push_back(f->source);
    for (const Block* b : f->blocks)
      for (const Instr* i : b->instrs) {
        if (i->op != Op::Call || i->callee != Callee::Builtin) continue;
        auto it = graphicsFunctions().find(i->name);
        if (it != graphicsFunctions().end() && !methods.count(i->name)) sites.push_back({file, i->loc, f->source, &i->name, it->second});
      }
  }
  auto key = [](const Site& s) { return std::make_tuple(s.file, s.range.begin, s.range.end); };
  std::sort(sites.begin(), sites.end(), [&](const Site& x, const Site& y) { return key(x) < key(y); });
  sites.erase(std::unique(sites.begin(), sites.end(), [&](const Site& x, const Site& y) { return key(x) == key(y); }),
              sites.end());
  for (const Site& s : sites)
    diags.report(s.source, s.range, s.writesFile ? DiagId::GraphicsWritesNoFile : DiagId::GraphicsDrawsNothing, {*s.name});
}

}  // namespace mcc::ir
