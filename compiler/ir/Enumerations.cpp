// The functions an enumeration class gets; see Enumerations.h.
#include "Enumerations.h"

#include "ClassDefs.h"

namespace mcc::ir {
namespace {

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (size_t k = 0; k < items.size(); ++k) out += (k ? sep : "") + items[k];
  return out;
}

class EnumerationWriter {
 public:
  explicit EnumerationWriter(const ClassDecl& c) : c_(c) {
    std::vector<std::string> quoted;
    for (const ClassDecl::Member& m : c.members) quoted.push_back("'" + m.name + "'");
    names_ = "{" + join(quoted, ", ") + "}";
  }

  std::vector<EnumerationFunction> run() {
    tag();
    index();
    all();
    conversion();
    comparison("eq", "==");
    comparison("ne", "~=");
    text();
    add(EnumerationFunction::Method, "disp", displayText());
    add(EnumerationFunction::Method, "ismember",
        "function [tf, loc] = m_(a, s)\n  [tf, loc] = ismember(" + key("a") + ", " + key("s") + ");\nend\n");
    sets();
    ordering();
    extremes();
    // (named outputs: the method dispatchers ask for as many as it declares)
    add(EnumerationFunction::Method, "enumeration", "function [m, s] = m_(x)\n  if nargout == 0\n    " + c_.name +
                                                        ".all_();\n  else\n    [m, s] = " + c_.name + ".all_();\n  end\nend\n");
    if (!c_.enumBase.empty()) base(), equality();
    return std::move(out_);
  }

 private:
  void add(EnumerationFunction::Kind kind, const std::string& name, std::string text) {
    out_.push_back({kind, name, std::move(text)});
  }
  // `statement`, whose errors (a name that is no member) are the caller's, as MATLAB reports them.
  static std::string asCaller(const std::string& statement) {
    return "  try\n    " + statement + "\n  catch err\n    throwAsCaller(err);\n  end\n";
  }
  // The positions (or, derived from a built-in class, the values) x stands for.
  std::string key(const std::string& x) const {
    return c_.name + (c_.enumBase.empty() ? ".index_(" : ".value_(") + x + ")";
  }

  // NAME.tag_(obj, 'M'[, value]): the constructor's object made the member
  // M (enumerationMember), its position and name kept (and, derived from a
  // built-in class, its value).
  void tag() {
    std::string text = "function obj = m_(obj, name, value)\n  names = " + names_ + ";\n" +
                       "  obj.EnumIndex_ = find(strcmp(names, name), 1);\n  obj.EnumName_ = name;\n";
    if (!c_.enumBase.empty()) text += "  obj.EnumValue_ = " + c_.enumBase + "(value);\n";
    add(EnumerationFunction::Static, "tag_", text + "end\n");
  }

  // NAME.index_(x): the members' positions of x, an array of members, their
  // names (char, string, cellstr) or, derived from a built-in class, their values.
  void index() {
    std::string text = "function k = m_(x)\n  if strcmp(class(x), '" + c_.name + "')\n" +
                       gathered("k", "EnumIndex_", "1") + "    return\n  end\n  names = " + names_ + ";\n";
    text += "  if ischar(x) || isstring(x) || iscell(x)\n    t = cellstr(x);\n    k = zeros(size(t));\n"
            "    for j = 1:numel(t)\n      h = find(strcmp(names, t{j}), 1);\n      if isempty(h)\n"
            "        error('MATLAB:class:CannotConvert', 'Cannot convert ''%s'' to " + c_.name + ".', t{j});\n"
            "      end\n      k(j) = h;\n    end\n    return\n  end\n";
    if (c_.enumBase.empty()) {
      text += "  error('MATLAB:class:CannotConvert', 'Cannot convert from %s to " + c_.name + ".', class(x));\nend\n";
    } else {
      text += "  " + values() + "  k = zeros(size(x));\n  for j = 1:numel(x)\n"
              "    h = find(values == x(j), 1);\n    if isempty(h)\n"
              "      error('MATLAB:class:CannotConvert', 'Cannot convert %g to " + c_.name + ".', double(x(j)));\n"
              "    end\n    k(j) = h;\n  end\nend\n";
      // NAME.value_(x): x's values (of the base class); a number stays itself.
      add(EnumerationFunction::Static, "value_",
          "function v = m_(x)\n  if strcmp(class(x), '" + c_.name + "')\n" +
              gathered("v", "EnumValue_", c_.name + "." + c_.members.front().name + ".EnumValue_") +
              "  elseif ischar(x) || isstring(x) || iscell(x)\n  " + values() + "    v = values(" + c_.name +
              ".index_(x));\n  else\n    v = x;\n  end\nend\n");
    }
    add(EnumerationFunction::Static, "index_", std::move(text));
  }

  // `out = ` the hidden property `field` of each member of x, shaped as x;
  // an element an assignment past the end left empty is the first member
  // (`first`: its value), as MATLAB fills the gap with the default member.
  static std::string gathered(const std::string& out, const std::string& field, const std::string& first) {
    return "    " + out + " = [x." + field + "];\n    if numel(" + out + ") == numel(x)\n      " + out + " = reshape(" + out +
           ", size(x));\n    else\n      " + out + " = repmat(" + first + ", size(x));\n      for j = 1:numel(x)\n" +
           "        if ~isempty(x(j)." + field + ")\n          " + out + "(j) = x(j)." + field + ";\n        end\n" +
           "      end\n    end\n";
  }

  // `values = ` the members' values, of the base class, in their order.
  std::string values() const { return "members = " + c_.name + ".all_();\n  values = [members.EnumValue_];\n"; }

  // [m, s] = NAME.all_(): every member (a column) and their names.
  void all() {
    std::vector<std::string> members, names;
    for (const ClassDecl::Member& m : c_.members) {
      members.push_back(c_.name + "." + m.name);
      names.push_back("'" + m.name + "'");
    }
    // (without outputs: MATLAB's listing of the names)
    std::string listing = "Enumeration members for class ''" + c_.name + "'':\\n\\n";
    for (const ClassDecl::Member& m : c_.members) listing += "    " + m.name + "\\n";
    add(EnumerationFunction::Static, "all_",
        "function varargout = m_()\n  if nargout == 0\n    fprintf('" + listing + "\\n');\n    return\n  end\n" +
            "  varargout{1} = [" + join(members, "; ") + "];\n  varargout{2} = {" + join(names, "; ") + "};\nend\n");
  }

  // NAME(x): the members x names (or has the values of).
  void conversion() {
    add(EnumerationFunction::Conversion, c_.name,
        "function e = m_(x)\n" + asCaller("k = " + c_.name + ".index_(x);") + "  m = " + c_.name + ".all_();\n" +
            "  if isscalar(k)\n    e = m(k);\n  else\n    e = reshape(m(k), size(k));\n  end\nend\n");
  }

  void comparison(const std::string& method, const std::string& op) {
    add(EnumerationFunction::Method, method,
        "function r = m_(a, b)\n" + asCaller("r = " + key("a") + " " + op + " " + key("b") + ";") + "end\n");
  }

  // char, string and cellstr: the members' names.
  void text() {
    add(EnumerationFunction::Method, "char",
        "function s = m_(x)\n  names = " + names_ + ";\n  if isscalar(x)\n    s = names{" + c_.name + ".index_(x)};\n  else\n" +
            "    k = " + c_.name + ".index_(x);\n    s = char(names{k(:)});\n  end\nend\n");
    add(EnumerationFunction::Method, "string",
        "function s = m_(x)\n  names = " + names_ + ";\n  k = " + c_.name + ".index_(x);\n" +
            "  s = reshape(string(names(k)), size(k));\nend\n");
    // strcmp and its kin compare the names of members with text.
    add(EnumerationFunction::Static, "text_",
        "function t = m_(x)\n  if ~strcmp(class(x), '" + c_.name + "')\n    t = x;\n  elseif isscalar(x)\n" +
            "    t = char(x);\n  else\n    t = cellstr(x);\n  end\nend\n");
    for (const char* f : {"strcmp", "strcmpi"})
      add(EnumerationFunction::Method, f,
          "function r = m_(a, b)\n  r = " + std::string(f) + "(" + c_.name + ".text_(a), " + c_.name + ".text_(b));\nend\n");
    for (const char* f : {"strncmp", "strncmpi"})
      add(EnumerationFunction::Method, f,
          "function r = m_(a, b, n)\n  r = " + std::string(f) + "(" + c_.name + ".text_(a), " + c_.name + ".text_(b), n);\nend\n");
    add(EnumerationFunction::Method, "cellstr",
        "function s = m_(x)\n  names = " + names_ + ";\n  k = " + c_.name + ".index_(x);\n  s = reshape(names(k), size(k));\nend\n");
  }

  // disp: MATLAB's "  NAME enumeration" and the member's name, or for an
  // array "  RxC NAME enumeration array" and the names in aligned columns.
  std::string displayText() const {
    return "function m_(x)\n  names = " + names_ + ";\n  if isscalar(x)\n" +
           "    fprintf('  " + c_.name + " enumeration\\n\\n    %s\\n', names{" + c_.name + ".index_(x)});\n    return\n  end\n" +
           "  k = " + c_.name + ".index_(x);\n  sz = size(k);\n" +
           "  shape = strjoin(arrayfun(@num2str, sz, 'UniformOutput', false), '\xC3\x97');\n" +
           "  if isempty(k)\n    fprintf('  %s empty " + c_.name + " enumeration array\\n', shape);\n    return\n  end\n" +
           "  fprintf('  %s " + c_.name + " enumeration array\\n\\n', shape);\n  k = reshape(k, sz(1), []);\n" +
           "  width = zeros(1, size(k, 2));\n  for j = 1:size(k, 2)\n    width(j) = max(cellfun(@numel, names(k(:, j))));\n  end\n" +
           "  for i = 1:size(k, 1)\n    line = '';\n    for j = 1:size(k, 2)\n" +
           "      line = [line, '    ', names{k(i, j)}, repmat(' ', 1, width(j) - numel(names{k(i, j)}))];\n    end\n" +
           "    fprintf('%s\\n', line);\n  end\nend\n";
  }

  // union, intersect, setdiff and setxor: the set operation on the members'
  // positions (members sort in the order of the enumeration block), its
  // result members again, shaped as the positions are.
  void sets() {
    for (const char* f : {"union", "intersect", "setdiff", "setxor"}) {
      bool both = std::string(f) != "setdiff";
      std::string outs = both ? "k, ia, ib" : "k, ia";
      add(EnumerationFunction::Method, f,
          "function [r, " + std::string(both ? "ia, ib" : "ia") + "] = m_(a, b)\n" +
              asCaller("[" + outs + "] = " + f + "(" + c_.name + ".index_(a), " + c_.name + ".index_(b));") +
              "  m = " + c_.name + ".all_();\n  r = reshape(m(k), size(k));\nend\n");
    }
  }

  // sort and unique: on the members' positions (members sort in the order
  // of the enumeration block) or, derived from a built-in class, on their
  // values (MATLAB's order there), the result members again, shaped as the
  // keys are; their other outputs as the builtins give them.
  void ordering() {
    std::string members = c_.enumBase.empty() ? "  m = " + c_.name + ".all_();\n  r = reshape(m(k), size(k));\n"
                                              : "  r = reshape(" + c_.name + "(k), size(k));\n";
    add(EnumerationFunction::Method, "sort",
        "function [r, i] = m_(x, varargin)\n" + asCaller("[k, i] = sort(" + key("x") + ", varargin{:});") + members + "end\n");
    add(EnumerationFunction::Method, "unique",
        "function [r, ia, ic] = m_(x, varargin)\n" + asCaller("[k, ia, ic] = unique(" + key("x") + ", varargin{:});") +
            members + "end\n");
  }

  // max and min: of an enumeration derived from a built-in class, on the
  // members' values (the superclass's ordering, which it inherits), the
  // members again where every operand is one (the values where max(a, b)
  // takes a number too; two operands with two outputs are the builtin's
  // error, as MATLAB's); of any other, MATLAB's undefined-function error
  // (its members have no order).
  void extremes() {
    for (const char* f : {"max", "min"}) {
      if (c_.enumBase.empty()) {
        add(EnumerationFunction::Method, f,
            "function varargout = m_(varargin)\n  error('MATLAB:UndefinedFunction', 'Undefined function ''" +
                std::string(f) + "'' for input arguments of type ''" + c_.name + "''.');\nend\n");
        continue;
      }
      std::string call = std::string(f) + "(k{:})";
      add(EnumerationFunction::Method, f,
          "function [r, i] = m_(varargin)\n  k = varargin;\n  members = true;\n  for j = 1:min(nargin, 2)\n"
          "    if strcmp(class(k{j}), '" + c_.name + "')\n      k{j} = " + c_.name + ".value_(k{j});\n"
          "    elseif j == 1 || ~isempty(k{j})\n      members = false;\n    end\n  end\n"
          "  if nargin > 1 && ~isempty(varargin{2}) && nargout < 2\n" +
              asCaller("r = " + call + ";") + "    i = [];\n  else\n" + asCaller("[r, i] = " + call + ";") +
              "  end\n  if members\n    r = reshape(" + c_.name + "(r), size(r));\n  end\nend\n");
    }
  }

  // isequal and isequaln of a member derived from a built-in class and
  // other values: the members stand for their values, as they do for any
  // operation of the superclass ("MATLAB coerces the enumeration member to
  // the superclass", Refer to Enumerations); text stays text.
  void equality() {
    for (const char* f : {"isequal", "isequaln"})
      add(EnumerationFunction::Method, f,
          "function r = m_(varargin)\n  for j = 1:nargin\n    if strcmp(class(varargin{j}), '" + c_.name +
              "')\n      varargin{j} = " + c_.name + ".value_(varargin{j});\n    end\n  end\n  r = " + f +
              "(varargin{:});\nend\n");
  }

  // Derived from a built-in class: the conversions to it (and to the other
  // numeric classes), and its arithmetic and ordering on the values.
  void base() {
    for (const char* cls : {"double", "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64", "logical"})
      add(EnumerationFunction::Method, cls, "function v = m_(x)\n  v = " + std::string(cls) + "(" + key("x") + ");\nend\n");
    static const std::pair<const char*, const char*> binary[] = {
        {"plus", "+"},   {"minus", "-"},    {"times", ".*"},   {"mtimes", "*"}, {"rdivide", "./"}, {"mrdivide", "/"},
        {"ldivide", ".\\"}, {"power", ".^"}, {"lt", "<"},       {"gt", ">"},     {"le", "<="},      {"ge", ">="},
        {"and", "&"},    {"or", "|"}};
    for (auto [method, op] : binary)
      add(EnumerationFunction::Method, method,
          "function r = m_(a, b)\n  r = " + key("a") + " " + op + " " + key("b") + ";\nend\n");
    add(EnumerationFunction::Method, "uminus", "function r = m_(a)\n  r = -" + key("a") + ";\nend\n");
    add(EnumerationFunction::Method, "not", "function r = m_(a)\n  r = ~" + key("a") + ";\nend\n");
  }

  const ClassDecl& c_;
  std::string names_;  // {'Red', 'Green'}
  std::vector<EnumerationFunction> out_;
};

}  // namespace

std::vector<EnumerationFunction> enumerationFunctions(const ClassDecl& c) { return EnumerationWriter(c).run(); }

mcc::Function* enumerationMember(const ClassDecl& c, size_t k, ASTContext& nodes, std::deque<mcc::Function>& store) {
  const ClassDecl::Member& m = c.members[k];
  SourceRange at = m.range;
  mcc::Function& f = store.emplace_back();
  f.name = m.name;
  f.range = f.nameRange = at;
  f.outputs.push_back(Param{"obj", at});
  auto call = [&](std::string_view function, std::vector<Expr*> args) {
    auto* e = nodes.make<IndexExpr>(at);
    e->base = nodes.make<FieldExpr>(at, nodes.make<IdentExpr>(at, c.name), function);
    e->args = std::move(args);
    return e;
  };
  // A member of a handle enumeration is one object, made on first use and
  // kept in a persistent variable: obj = member_ after
  // `if isempty(member_), member_ = ...; end`.
  const char* made = c.handle ? "member_" : "obj";
  Block* body = &f.body;
  if (c.handle) {
    auto* keep = nodes.make<DeclStmt>(NodeKind::PersistentStmt, at);
    keep->names.push_back({made, at, nullptr});
    f.body.push_back(keep);
    auto* test = nodes.make<IndexExpr>(at);
    test->base = nodes.make<IdentExpr>(at, "isempty");
    test->args.push_back(nodes.make<IdentExpr>(at, made));
    auto* once = nodes.make<IfStmt>(at);
    once->clauses.push_back({test, {}});
    f.body.push_back(once);
    body = &once->clauses.back().body;
  }
  auto assign = [&](Block* to, const char* target, Expr* value) {
    auto* a = nodes.make<AssignStmt>(at);
    a->targets.push_back(nodes.make<IdentExpr>(at, target));
    a->value = value;
    to->push_back(a);
  };
  // (derived from a built-in class: the default constructor, and the argument is the value)
  assign(body, made, call("new_", c.enumBase.empty() ? m.args : std::vector<Expr*>{}));
  auto* name = nodes.make<CharLitExpr>(at);
  name->value = m.name;
  std::vector<Expr*> tagged{nodes.make<IdentExpr>(at, made), name};
  if (!c.enumBase.empty() && !m.args.empty()) tagged.push_back(m.args.front());
  assign(body, made, call("tag_", std::move(tagged)));
  if (c.handle) assign(&f.body, "obj", nodes.make<IdentExpr>(at, made));
  return &f;
}

}  // namespace mcc::ir
