// The main function's help text and arguments block (see EntryPoint.h).
#include "EntryPoint.h"

#include <filesystem>
#include <map>
#include <set>
#include <string_view>

#include "ir/ClassDefs.h"
#include "mcc/runtime.h"

namespace mcc {
namespace {

std::string_view textOf(const SourceFile& src, SourceRange r) { return src.text().substr(r.begin, r.end - r.begin); }

bool isCommentLine(std::string_view line) {
  size_t k = line.find_first_not_of(" \t");
  return k != std::string_view::npos && (line[k] == '%' || line[k] == '#') && line.substr(k, 2) != "%{" &&
         line.substr(k, 2) != "#{";
}

// MATLAB's help text: for a function, the comment block right after its
// function line, else the one right before it; for a script, the one it
// starts with. `functionOffset` is null for a script.
std::string helpText(const SourceFile& src, const uint32_t* functionOffset) {
  std::vector<std::string_view> lines;
  std::string_view text = src.text();
  for (size_t start = 0; start <= text.size();) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  size_t first = functionOffset ? src.lineCol(*functionOffset).line : 0;  // the line after the function's (0-based)
  size_t last = first;
  while (last < lines.size() && isCommentLine(lines[last])) ++last;
  if (functionOffset && first == last) {
    last = first - 1;
    first = last;
    while (first > 0 && isCommentLine(lines[first - 1])) --first;
  }
  std::string help;
  for (size_t k = first; k < last; ++k) {
    std::string_view line = lines[k];
    line.remove_prefix(line.find_first_not_of(" \t") + 1);
    help += std::string(line) + "\n";
  }
  return help;
}

// Whether the runtime's literal reader (EntryArgs.cpp) takes this expression.
bool isLiteral(const Expr* e) {
  switch (e->kind) {
    case NodeKind::NumberExpr: {
      std::string_view t = static_cast<const NumberExpr*>(e)->text;
      return t.find_first_not_of("0123456789.eEij+-") == std::string_view::npos;
    }
    case NodeKind::CharLitExpr: case NodeKind::StringLitExpr: return true;
    case NodeKind::IdentExpr: {
      static const std::set<std::string_view> names = {"true", "false", "pi", "eps", "Inf", "inf", "NaN", "nan", "i", "j"};
      return names.count(static_cast<const IdentExpr*>(e)->name) != 0;
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(e);
      return (u->op == UnaryOp::UMinus || u->op == UnaryOp::UPlus) && isLiteral(u->operand);
    }
    case NodeKind::PostfixExpr: return isLiteral(static_cast<const PostfixExpr*>(e)->operand);
    case NodeKind::ParenExpr: return isLiteral(static_cast<const ParenExpr*>(e)->inner);
    case NodeKind::RangeExpr: {
      auto* r = static_cast<const RangeExpr*>(e);
      return isLiteral(r->first) && (!r->step || isLiteral(r->step)) && isLiteral(r->last);
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(e);
      static const std::set<std::string_view> ops = {"+", "-", "*", "/", ".*", "./"};
      return ops.count(opSpelling(b->op)) && isLiteral(b->lhs) && isLiteral(b->rhs);
    }
    case NodeKind::MatrixExpr:
      for (const auto& row : static_cast<const MatrixExpr*>(e)->rows)
        for (const Expr* x : row)
          if (!isLiteral(x)) return false;
      return true;
    case NodeKind::IndexExpr: {
      auto* x = static_cast<const IndexExpr*>(e);
      static const std::set<std::string_view> classes = {"double", "single", "int8",  "uint8",  "int16",   "uint16",
                                                         "int32",  "uint32", "int64", "uint64", "logical", "char"};
      return !x->brace && x->base->kind == NodeKind::IdentExpr &&
             classes.count(static_cast<const IdentExpr*>(x->base)->name) && x->args.size() == 1 && isLiteral(x->args[0]);
    }
    default: return false;
  }
}

// Validators the entry applies, with how many arguments each takes after the value.
const std::map<std::string_view, size_t>& validators() {
  static const std::map<std::string_view, size_t> table = {
#define MCC_ENTRY_VALIDATOR_(name, nargs) {#name, nargs},
      MCC_FOR_EACH_ENTRY_VALIDATOR(MCC_ENTRY_VALIDATOR_)
#undef MCC_ENTRY_VALIDATOR_
  };
  return table;
}


class Describer {
 public:
  Describer(const File& main, DiagnosticEngine& diags) : src_(*main.source), diags_(diags) {}

  bool run(const Function& f, EntryPoint& out) {
    out.help = helpText(src_, &f.range.begin);
    out.inputs.assign(f.params.size(), ir::Type::unknown());
    if (f.arguments.empty()) return true;
    std::map<std::string_view, const Declaration*> declared;
    for (const ArgumentsBlock& block : f.arguments) {
      for (const Attribute& a : block.attributes)
        if (a.name != "Input") return unsupported(a.range, "(" + std::string(a.name) + ") arguments blocks of the main function");
      for (const Declaration& d : block.decls) {
        if (d.name->kind != NodeKind::IdentExpr) return unsupported(d.range, "name-value arguments of the main function");
        declared[static_cast<const IdentExpr*>(d.name)->name] = &d;
      }
    }
    for (size_t k = 0; k < f.params.size(); ++k) {
      if (k) out.spec += '\x1e';
      auto it = declared.find(f.params[k].name);
      if (it == declared.end()) {
        out.spec += std::string(f.params[k].name) + "\x1f" "0\x1f\x1f\x1f\x1f";
        continue;
      }
      if (!record(*it->second, out.spec, out.inputs[k])) return false;
    }
    return !diags_.hasErrors();
  }

 private:
  const SourceFile& src_;
  DiagnosticEngine& diags_;

  bool unsupported(SourceRange r, const std::string& what) {
    diags_.report(&src_, r, DiagId::NotImplemented, {what});
    return false;
  }

  bool record(const Declaration& d, std::string& spec, ir::Type& type) {
    spec += std::string(textOf(src_, d.name->range)) + '\x1f' + std::to_string(src_.lineCol(d.range.begin).line) + '\x1f';
    if (!d.className.empty() && d.className != "string" &&
        ir::Class::Unknown == classOf(d.className))
      return unsupported(d.range, "inputs of class '" + d.className + "' to the main function");
    if (d.className == "string") return unsupported(d.range, "string inputs to the main function");
    spec += d.className + '\x1f';
    std::vector<ir::Extent> dims;
    for (size_t k = 0; k < d.dims.size(); ++k) {
      const Expr* e = d.dims[k];
      spec += k ? "," : "";
      if (e->kind == NodeKind::ColonExpr) {
        spec += ":";
        dims.push_back(ir::Extent::unknown());
      } else if (e->kind == NodeKind::NumberExpr &&
                 static_cast<const NumberExpr*>(e)->text.find_first_not_of("0123456789") == std::string_view::npos) {
        std::string t(static_cast<const NumberExpr*>(e)->text);
        spec += t;
        dims.push_back(ir::Extent::constant(std::stoll(t)));
      } else {
        return unsupported(e->range, "a size that is not a number or ':' in the main function's arguments block");
      }
    }
    spec += '\x1f';
    if (d.defaultValue) {
      if (!isLiteral(d.defaultValue))
        return unsupported(d.defaultValue->range, "a default value that is not a literal in the main function's arguments block");
      spec += "=" + std::string(textOf(src_, d.defaultValue->range));
    }
    spec += '\x1f';
    bool real = false;
    for (size_t k = 0; k < d.validators.size(); ++k) {
      const Expr* v = d.validators[k];
      const Expr* callee = v->kind == NodeKind::IndexExpr ? static_cast<const IndexExpr*>(v)->base : v;
      std::vector<Expr*> args;
      if (v->kind == NodeKind::IndexExpr) args = static_cast<const IndexExpr*>(v)->args;
      std::string_view name = callee->kind == NodeKind::IdentExpr ? static_cast<const IdentExpr*>(callee)->name : "";
      auto known = validators().find(name);
      if (known == validators().end())
        return unsupported(v->range, "the validator '" + std::string(textOf(src_, callee->range)) + "' in the main function's arguments block");
      // mustBeX(value, args...) in a call; the value is the declared input.
      size_t first = v->kind == NodeKind::IndexExpr ? 1 : 0;
      if (args.size() < first || args.size() - first != known->second)
        return unsupported(v->range, "this form of " + std::string(name) + " in the main function's arguments block");
      spec += k ? "\x1d" : "";
      spec += std::string(name);
      for (size_t a = first; a < args.size(); ++a) {
        if (!isLiteral(args[a]))
          return unsupported(args[a]->range, "a validator argument that is not a literal in the main function's arguments block");
        spec += '\x1c' + std::string(textOf(src_, args[a]->range));
      }
      real |= ir::validatorImpliesReal(name);
    }
    ir::Class cls = d.className.empty() ? ir::Class::Unknown : classOf(d.className);
    bool alwaysReal = cls != ir::Class::Double && cls != ir::Class::Single;
    if (cls != ir::Class::Unknown && !dims.empty())
      type = ir::Type::matrix(cls, dims, real || alwaysReal ? ir::Complexity::Real : ir::Complexity::Unknown);
    else if (cls != ir::Class::Unknown)
      type = ir::Type::unknown(), type.cls = cls, type.cx = real || alwaysReal ? ir::Complexity::Real : ir::Complexity::Unknown;
    return true;
  }

  static ir::Class classOf(const std::string& name) {
    for (int c = 0; c <= static_cast<int>(ir::Class::Char); ++c)
      if (name == ir::className(static_cast<ir::Class>(c))) return static_cast<ir::Class>(c);
    return ir::Class::Unknown;
  }
};

}  // namespace

bool describeEntryPoint(const File& main, DiagnosticEngine& diags, EntryPoint& out) {
  if (main.kind == FileKind::Script) out.help = helpText(*main.source, nullptr);
  if (main.kind != FileKind::Function || main.functions.empty()) return true;
  const Function& f = *main.functions.front();
  std::string stem = std::filesystem::path(main.source->name()).stem().string();
  if (f.name != stem) diags.report(main.source, f.nameRange, DiagId::FunctionNameMismatch, {f.name, stem});
  for (const Param& p : f.params)
    if (p.name == "varargin") {
      diags.report(main.source, p.range, DiagId::NotImplemented, {"varargin of the main function (its command-line inputs)"});
      return false;
    }
  return Describer(main, diags).run(*main.functions.front(), out);
}

}  // namespace mcc
