// str2num: MATLAB evaluates its text as the expression `[text]` (the rows of a
// char matrix joined by ';') and gives [] and false when that fails. mcc has
// no interpreter, so this is a small evaluator of the expressions str2num is
// given in practice: numbers (with i/j), matrices, the operators with
// MATLAB's precedence, parentheses, colon ranges, and builtins called by
// name (pi, true, sqrt(16), zeros(1, 3)). Variables, text literals, indexing
// and anonymous functions are failures. In a file of its own: calling
// builtins by name links every builtin (ByName.cpp).
//
// Tests: tests/conformance/programs/text_str2num_expr.m, text_sscanf_fields.m.
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <string>
#include <vector>

#include "builtins/Builtin.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"

using namespace mcc::rt;

namespace {

struct EvalFailure {};

struct Token {
  enum Kind { Number, Name, Op, End } kind = End;
  std::string text;  // a name or an operator (also "[", "]", "(", ")", ",", ";")
  double value = 0;
  bool imaginary = false;
};

bool isNameStart(char c) { return std::isalpha(static_cast<unsigned char>(c)); }
bool isNameChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The tokens of `s`. Inside brackets (not in parentheses within them) a
// blank between two values separates elements, as in `[1 -2 3]`: a comma is
// inserted there, unless the blank is followed by a binary operator and
// another blank (`[1 - 2]`).
std::vector<Token> tokenize(const std::string& s) {
  std::vector<Token> out;
  std::vector<char> nesting;  // '[' or '('
  auto endsValue = [&]() {
    if (out.empty()) return false;
    const Token& t = out.back();
    return t.kind == Token::Number || t.kind == Token::Name || t.text == ")" || t.text == "]" || t.text == "'" ||
           t.text == ".'";
  };
  size_t k = 0, n = s.size();
  while (k < n) {
    char c = s[k];
    if (c == ' ' || c == '\t' || c == '\r') {
      size_t j = k;
      while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r')) ++j;
      if (!nesting.empty() && nesting.back() == '[' && endsValue() && j < n) {
        char next = s[j];
        bool sign = (next == '+' || next == '-') && j + 1 < n && s[j + 1] != ' ' && s[j + 1] != '\t' &&
                    s[j + 1] != '=';
        bool startsValue = std::isdigit(static_cast<unsigned char>(next)) || isNameStart(next) || next == '(' ||
                           next == '[' || (next == '.' && j + 1 < n && std::isdigit(static_cast<unsigned char>(s[j + 1]))) ||
                           (next == '~' && !(j + 1 < n && s[j + 1] == '='));
        if (sign || startsValue) out.push_back({Token::Op, ","});
      }
      k = j;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && k + 1 < n && std::isdigit(static_cast<unsigned char>(s[k + 1])))) {
      size_t j = k;
      while (j < n && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      if (j < n && s[j] == '.' && !(j + 1 < n && (s[j + 1] == '*' || s[j + 1] == '/' || s[j + 1] == '\\' ||
                                                  s[j + 1] == '^' || s[j + 1] == '\''))) {
        ++j;
        while (j < n && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
      }
      if (j < n && (s[j] == 'e' || s[j] == 'E' || s[j] == 'd' || s[j] == 'D')) {
        size_t e = j + 1;
        if (e < n && (s[e] == '+' || s[e] == '-')) ++e;
        if (e < n && std::isdigit(static_cast<unsigned char>(s[e]))) {
          while (e < n && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
          j = e;
        }
      }
      std::string digits = s.substr(k, j - k);
      for (char& d : digits)
        if (d == 'd' || d == 'D') d = 'e';
      Token t;
      t.kind = Token::Number;
      t.value = std::strtod(digits.c_str(), nullptr);
      if (j < n && (s[j] == 'i' || s[j] == 'j') && !(j + 1 < n && isNameChar(s[j + 1]))) {
        t.imaginary = true;
        ++j;
      }
      out.push_back(t);
      k = j;
      continue;
    }
    if (isNameStart(c)) {
      size_t j = k;
      while (j < n && isNameChar(s[j])) ++j;
      out.push_back({Token::Name, s.substr(k, j - k)});
      k = j;
      continue;
    }
    if (c == '\'') {
      // a transpose after a value; else a text literal, which this evaluator does not take
      if (!endsValue()) throw EvalFailure{};
      out.push_back({Token::Op, "'"});
      ++k;
      continue;
    }
    static const char* const two[] = {".*", "./", ".\\", ".^", ".'", "==", "~=", "!=", "<=", ">=", "&&", "||"};
    std::string op(1, c);
    for (const char* t : two)
      if (s.compare(k, 2, t) == 0) op = t;
    if (op.size() == 1 && std::string("+-*/\\^<>&|~!:()[],;").find(c) == std::string::npos) throw EvalFailure{};
    if (op == "!=") op = "~=";
    if (op == "!") op = "~";
    if (op == "[" || op == "(") nesting.push_back(op[0]);
    if (op == "]" || op == ")") {
      if (nesting.empty() || nesting.back() != (op == "]" ? '[' : '(')) throw EvalFailure{};
      nesting.pop_back();
    }
    out.push_back({Token::Op, op});
    k += op.size();
  }
  if (!nesting.empty()) throw EvalFailure{};
  out.push_back(Token{});
  return out;
}

class Evaluator {
 public:
  Evaluator(std::vector<Token> tokens, const mcc_site* site) : t_(std::move(tokens)), site_(site) {}

  Ref all() {
    Ref v = expression();
    if (t_[k_].kind != Token::End) throw EvalFailure{};
    return v;
  }

 private:
  bool at(const char* op) const { return t_[k_].kind == Token::Op && t_[k_].text == op; }
  bool accept(const char* op) {
    if (!at(op)) return false;
    ++k_;
    return true;
  }
  void expect(const char* op) {
    if (!accept(op)) throw EvalFailure{};
  }

  Ref call(const std::string& name, std::vector<Ref> args) {
    mcc_function_entry f = mcc_builtin_entry(name.data(), name.size());
    if (!f) throw EvalFailure{};
    std::vector<mcc_array*> in;
    for (const Ref& r : args) in.push_back(r.get());
    mcc_array* out = nullptr;
    f(1, &out, static_cast<uint32_t>(in.size()), in.data(), site_);
    if (!out) throw EvalFailure{};
    return Ref(out);
  }
  Ref binary(uint32_t op, const Ref& a, const Ref& b) { return Ref(mcc_binary(op, a.get(), b.get(), site_)); }
  Ref two(const char* name, Ref a, Ref b) {
    std::vector<Ref> args;
    args.push_back(std::move(a));
    args.push_back(std::move(b));
    return call(name, std::move(args));
  }

  // || && | & comparisons : + - * / unary ^ postfix, loosest first
  Ref expression() { return orElse(); }
  // One level of left-associative element-wise operators over `next`.
  Ref level(Ref (Evaluator::*next)(), std::initializer_list<std::pair<const char*, uint32_t>> ops) {
    Ref a = (this->*next)();
    for (bool more = true; more;) {
      more = false;
      for (auto [text, op] : ops)
        if (accept(text)) {
          a = binary(op, a, (this->*next)());
          more = true;
          break;
        }
    }
    return a;
  }
  Ref orElse() { return level(&Evaluator::andAlso, {{"||", MCC_OP_OR}}); }
  Ref andAlso() { return level(&Evaluator::elementOr, {{"&&", MCC_OP_AND}}); }
  Ref elementOr() { return level(&Evaluator::elementAnd, {{"|", MCC_OP_OR}}); }
  Ref elementAnd() { return level(&Evaluator::comparison, {{"&", MCC_OP_AND}}); }
  Ref comparison() {
    return level(&Evaluator::range, {{"==", MCC_OP_EQ}, {"~=", MCC_OP_NE}, {"<=", MCC_OP_LE},
                                     {">=", MCC_OP_GE}, {"<", MCC_OP_LT}, {">", MCC_OP_GT}});
  }
  Ref range() {
    Ref first = additive();
    if (!accept(":")) return first;
    Ref second = additive();
    std::vector<Ref> args;
    args.push_back(std::move(first));
    args.push_back(std::move(second));
    if (accept(":")) args.push_back(additive());
    return call("colon", std::move(args));
  }
  Ref additive() { return level(&Evaluator::multiplicative, {{"+", MCC_OP_PLUS}, {"-", MCC_OP_MINUS}}); }
  Ref multiplicative() {
    Ref a = unary();
    for (;;) {
      if (accept(".*")) a = binary(MCC_OP_TIMES, a, unary());
      else if (accept("./")) a = binary(MCC_OP_RDIVIDE, a, unary());
      else if (accept(".\\")) a = binary(MCC_OP_LDIVIDE, a, unary());
      else if (accept("*")) a = two("mtimes", std::move(a), unary());
      else if (accept("/")) a = two("mrdivide", std::move(a), unary());
      else if (accept("\\")) a = two("mldivide", std::move(a), unary());
      else return a;
    }
  }
  // A prefix - + ~ applies to `self` (itself, so that --x nests), else `operand`.
  Ref prefixed(Ref (Evaluator::*self)(), Ref (Evaluator::*operand)()) {
    if (accept("-")) return Ref(mcc_uminus((this->*self)().get(), site_));
    if (accept("+")) return (this->*self)();
    if (accept("~")) return Ref(mcc_not((this->*self)().get(), site_));
    return (this->*operand)();
  }
  Ref unary() { return prefixed(&Evaluator::unary, &Evaluator::power); }
  // ^ binds tighter than unary minus (-2^2 is -4) but its exponent may
  // carry one (2^-1); it is left-associative (2^3^2 is 64).
  Ref power() {
    Ref a = postfix();
    for (;;) {
      bool element = accept(".^");
      if (!element && !accept("^")) return a;
      Ref b = exponent();
      a = element ? binary(MCC_OP_POWER, a, b) : two("mpower", std::move(a), std::move(b));
    }
  }
  Ref exponent() { return prefixed(&Evaluator::exponent, &Evaluator::postfix); }
  Ref postfix() {
    Ref a = primary();
    for (;;) {
      if (accept("'")) a = Ref(mcc_ctranspose(a.get(), site_));
      else if (accept(".'")) a = Ref(mcc_transpose(a.get(), site_));
      else return a;
    }
  }
  Ref primary() {
    const Token& t = t_[k_];
    if (t.kind == Token::Number) {
      ++k_;
      return Ref(t.imaginary ? mcc_array_from_complex(0, t.value) : mcc_array_from_scalar(t.value));
    }
    if (t.kind == Token::Name) {
      std::string name = t.text;
      ++k_;
      std::vector<Ref> args;
      if (accept("(") && !accept(")")) {
        do args.push_back(expression());
        while (accept(","));
        expect(")");
      }
      return call(name, std::move(args));
    }
    if (accept("(")) {
      Ref v = expression();
      expect(")");
      return v;
    }
    if (accept("[")) return matrix();
    throw EvalFailure{};
  }
  // After '[': rows separated by ';', elements by ','; empty rows and
  // elements (`[1, 2,]`, `[;1]`) are left out.
  Ref matrix() {
    std::vector<Ref> rows;
    std::vector<Ref> row;
    auto endRow = [&]() {
      if (!row.empty()) rows.push_back(call("horzcat", std::move(row)));
      row.clear();
    };
    while (!accept("]")) {
      if (accept(",")) continue;
      if (accept(";")) {
        endRow();
        continue;
      }
      if (t_[k_].kind == Token::End) throw EvalFailure{};
      row.push_back(expression());
    }
    endRow();
    if (rows.empty()) return Ref(mcc_array_empty());
    return call("vertcat", std::move(rows));
  }

  std::vector<Token> t_;
  size_t k_ = 0;
  const mcc_site* site_;
};

}  // namespace

// [x, ok] = str2num(txt): the value of `[txt]`, or [] and false when it
// does not evaluate (an error inside it included).
MCC_DEFINE_BUILTIN(str2num) {
  if (runAsText(a, mcc_bi_str2num, TextOut::Same)) return;
  a.arity(1, 1, 2);
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CHAR) a.error("Input must be a character vector or string scalar.");
  // (characters beyond ASCII belong to no expression this evaluates)
  size_t rows = x->numel ? x->dims[0] : 0, cols = rows ? x->numel / rows : 0;
  std::string text = "[";
  bool ascii = true;
  for (size_t r = 0; r < rows; ++r) {
    if (r) text += ';';
    for (size_t c = 0; c < cols; ++c) {
      uint16_t ch = dataOf<const uint16_t>(x)[c * rows + r];
      ascii = ascii && ch < 128;
      text += static_cast<char>(ch);
    }
  }
  text += "]";
  Ref value;
  mcc_try_enter();
  try {
    if (ascii) value = Evaluator(tokenize(text), a.site).all();
  } catch (...) {  // EvalFailure, a MatlabError, or whatever a fail hook throws: no value
  }
  mcc_try_leave();
  a.set(1, boolResult(bool(value)));
  a.set(0, value ? std::move(value) : Ref(mcc_array_empty()));
}
