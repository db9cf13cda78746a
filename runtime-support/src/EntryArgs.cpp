// The inputs of a program whose main file is a function (mcc_entry_inputs in
// mcc/runtime.h): each command-line argument is read as a MATLAB literal,
// then converted and checked by the function's arguments block as MATLAB
// does when the function is called: class conversion, size (with scalar
// expansion and vector reorientation), validators, defaults.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "Error.h"
#include "array/Aggregate.h"
#include "array/Array.h"
#include "builtins/Builtin.h"
#include "mcc/runtime.h"

namespace {

using mcc::rt::fail;
using mcc::rt::Ref;

// ------------------------------------------------------------ literals

// A MATLAB literal: numbers (real, imaginary, Inf, NaN, pi, eps), true and
// false, 'char' and "string" text (a char row: no string class yet),
// [matrices] with MATLAB's whitespace rules, unary and binary + - * /, ':'
// ranges, transposes, and conversions double(...), int8(...), logical(...).
class LiteralParser {
 public:
  explicit LiteralParser(std::string_view text) : s_(text) {}

  // The value of the whole text; empty when it is not a literal.
  Ref parse() {
    try {
      skipBlanks();
      Ref v = range();
      skipBlanks();
      if (pos_ != s_.size()) return {};
      return v;
    } catch (const NotLiteral&) {
      return {};
    }
  }

 private:
  struct NotLiteral {};
  std::string_view s_;
  size_t pos_ = 0;
  int brackets_ = 0;  // inside [...] and not inside (...): blanks separate elements

  char peek(size_t k = 0) const { return pos_ + k < s_.size() ? s_[pos_ + k] : '\0'; }
  static bool blank(char c) { return c == ' ' || c == '\t'; }
  bool skipBlanks() {
    size_t start = pos_;
    while (blank(peek()) || (brackets_ == 0 && (peek() == '\n' || peek() == '\r'))) ++pos_;
    return pos_ != start;
  }
  void expect(char c) {
    skipBlanks();
    if (peek() != c) throw NotLiteral{};
    ++pos_;
  }
  static double scalar(const Ref& v) {
    if (!v || mcc_array_numel(v.get()) != 1 || v->is_complex) throw NotLiteral{};
    return mcc_array_to_double(v.get(), nullptr);
  }

  Ref range() {
    Ref first = additive();
    if (brackets_ == 0) skipBlanks();
    if (peek() != ':') return first;
    ++pos_;
    Ref second = additive();
    if (brackets_ == 0) skipBlanks();
    if (peek() != ':') return Ref(mcc_range(scalar(first), 1.0, scalar(second), nullptr));
    ++pos_;
    Ref third = additive();
    return Ref(mcc_range(scalar(first), scalar(second), scalar(third), nullptr));
  }

  // In a matrix, `[1 -2]` is two elements and `[1 - 2]` one.
  bool elementEndsAt(bool blanksBefore) const {
    return brackets_ > 0 && blanksBefore && !blank(peek(1)) && peek(1) != '\0';
  }

  Ref additive() {
    Ref left = multiplicative();
    for (;;) {
      size_t save = pos_;
      bool blanks = skipBlanks();
      char c = peek();
      if ((c != '+' && c != '-') || elementEndsAt(blanks)) {
        pos_ = save;
        return left;
      }
      ++pos_;
      Ref right = multiplicative();
      left = Ref(mcc_binary(c == '+' ? MCC_OP_PLUS : MCC_OP_MINUS, left.get(), right.get(), nullptr));
    }
  }

  Ref multiplicative() {
    Ref left = unary();
    for (;;) {
      size_t save = pos_;
      skipBlanks();
      bool dot = peek() == '.' && (peek(1) == '*' || peek(1) == '/');
      char c = peek(dot ? 1 : 0);
      if (c != '*' && c != '/') {
        pos_ = save;
        return left;
      }
      pos_ += dot ? 2 : 1;
      Ref right = unary();
      left = Ref(mcc_binary(c == '*' ? MCC_OP_TIMES : MCC_OP_RDIVIDE, left.get(), right.get(), nullptr));
    }
  }

  Ref unary() {
    skipBlanks();
    if (peek() == '-' || peek() == '+') {
      bool minus = peek() == '-';
      ++pos_;
      Ref v = unary();
      return minus ? Ref(mcc_uminus(v.get(), nullptr)) : std::move(v);
    }
    return postfix();
  }

  Ref postfix() {
    Ref v = primary();
    for (;;) {
      if (peek() == '\'') {
        ++pos_;
        v = Ref(mcc_ctranspose(v.get(), nullptr));
      } else if (peek() == '.' && peek(1) == '\'') {
        pos_ += 2;
        v = Ref(mcc_transpose(v.get(), nullptr));
      } else {
        return v;
      }
    }
  }

  Ref primary() {
    skipBlanks();
    char c = peek();
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && std::isdigit(static_cast<unsigned char>(peek(1)))))
      return number();
    if (c == '\'' || c == '"') return quoted(c);
    if (c == '[') return matrix();
    if (c == '(') return parenthesised();
    if (std::isalpha(static_cast<unsigned char>(c))) return name();
    throw NotLiteral{};
  }

  Ref number() {
    size_t start = pos_;
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos_;
    if (peek() == '.' && peek(1) != '*' && peek(1) != '/' && peek(1) != '\'') {
      ++pos_;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos_;
    }
    if ((peek() == 'e' || peek() == 'E') &&
        (std::isdigit(static_cast<unsigned char>(peek(1))) ||
         ((peek(1) == '+' || peek(1) == '-') && std::isdigit(static_cast<unsigned char>(peek(2)))))) {
      pos_ += 2;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos_;
    }
    double v = std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr);
    if (peek() == 'i' || peek() == 'j') {
      ++pos_;
      if (std::isalnum(static_cast<unsigned char>(peek()))) throw NotLiteral{};
      return Ref(mcc_array_from_complex(0.0, v));
    }
    if (std::isalpha(static_cast<unsigned char>(peek())) || peek() == '_') throw NotLiteral{};
    return Ref(mcc_array_from_scalar(v));
  }

  Ref quoted(char quote) {
    ++pos_;
    std::string text;
    for (;;) {
      if (pos_ >= s_.size()) throw NotLiteral{};
      char c = s_[pos_++];
      if (c == quote) {
        if (peek() != quote) break;
        ++pos_;
      }
      text += c;
    }
    return Ref(mcc_array_from_string(text.data(), text.size()));
  }

  Ref matrix() {
    ++pos_;
    int outer = brackets_;
    brackets_ = 1;
    std::vector<Ref> rows;
    std::vector<Ref> row;
    auto endRow = [&] {
      if (row.empty()) return;
      std::vector<const mcc_array*> parts;
      for (const Ref& r : row) parts.push_back(r.get());
      rows.push_back(Ref(mcc_horzcat(parts.size(), parts.data(), nullptr)));
      row.clear();
    };
    for (;;) {
      skipBlanks();
      char c = peek();
      if (c == '\0') throw NotLiteral{};
      if (c == ']') {
        ++pos_;
        break;
      }
      if (c == ';' || c == '\n' || c == '\r') {
        ++pos_;
        endRow();
        continue;
      }
      if (c == ',') {
        if (row.empty()) throw NotLiteral{};
        ++pos_;
        continue;
      }
      row.push_back(range());
    }
    endRow();
    brackets_ = outer;
    if (rows.empty()) return Ref(mcc_array_empty());
    std::vector<const mcc_array*> parts;
    for (const Ref& r : rows) parts.push_back(r.get());
    return Ref(mcc_vertcat(parts.size(), parts.data(), nullptr));
  }

  Ref name() {
    size_t start = pos_;
    while (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_') ++pos_;
    std::string id(s_.substr(start, pos_ - start));
    if (id == "true" || id == "false") return Ref(mcc_array_from_bool(id == "true"));
    if (id == "pi") return Ref(mcc_array_from_scalar(M_PI));
    if (id == "eps") return Ref(mcc_array_from_scalar(std::ldexp(1.0, -52)));
    if (id == "Inf" || id == "inf") return Ref(mcc_array_from_scalar(HUGE_VAL));
    if (id == "NaN" || id == "nan") return Ref(mcc_array_from_scalar(std::nan("")));
    if (id == "i" || id == "j") return Ref(mcc_array_from_complex(0.0, 1.0));
    uint32_t cls = classId(id);
    if (cls == MCC_CLASS_COLON || peek() != '(') throw NotLiteral{};
    Ref v = parenthesised();
    return Ref(mcc_array_cast(v.get(), cls, nullptr));
  }

  // (expr): blanks inside do not separate matrix elements.
  Ref parenthesised() {
    ++pos_;
    int outer = brackets_;
    brackets_ = 0;
    Ref v = range();
    expect(')');
    brackets_ = outer;
    return v;
  }

 public:
  // The class id of a class name, MCC_CLASS_COLON when it is none.
  static uint32_t classId(std::string_view name) {
    static const char* const names[] = {"double", "single", "int8",   "uint8",  "int16",   "uint16",
                                        "int32",  "uint32", "int64",  "uint64", "logical", "char"};
    for (uint32_t c = 0; c < sizeof names / sizeof *names; ++c)
      if (name == names[c]) return c;
    return MCC_CLASS_COLON;
  }
};

// ------------------------------------------------------------ arguments block

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (size_t k = 0; k <= s.size(); ++k)
    if (k == s.size() || s[k] == sep) {
      out.push_back(s.substr(start, k - start));
      start = k + 1;
    }
  return out;
}

// One input's declaration, decoded from the spec (see mcc_entry_inputs).
struct Declaration {
  std::string_view name, className, dims, defaultText, validators;
  bool hasDefault = false;
  mcc_site site{};
};

Ref literal(std::string_view text, const mcc_site* site) {
  Ref v = LiteralParser(text).parse();
  if (!v) fail("Invalid default value '" + std::string(text) + "'.", site);  // the compiler checks them
  return v;
}

// The value's elements as doubles (real parts).
std::vector<double> reals(const mcc_array* a) {
  Ref d(mcc_array_cast(a, MCC_CLASS_DOUBLE, nullptr));
  std::vector<double> out(d->numel);
  const double* data = static_cast<const double*>(d->data);
  for (size_t k = 0; k < d->numel; ++k) out[k] = data[d->is_complex ? 2 * k : k];
  return out;
}

std::string numberText(const mcc_array* a) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", reals(a).empty() ? 0.0 : reals(a)[0]);
  return buf;
}

bool isNumeric(const mcc_array* a) { return mcc::rt::isNumericClass(a->class_id); }

// Text values: a char array (one text per row), a string array, a cell of char rows.
bool isText(const mcc_array* a) {
  if (a->class_id == MCC_CLASS_CHAR || a->class_id == MCC_CLASS_STRING) return true;
  if (a->class_id != MCC_CLASS_CELL) return false;
  for (size_t k = 0; k < a->numel; ++k)
    if (mcc::rt::cellElement(a, k)->class_id != MCC_CLASS_CHAR) return false;
  return true;
}
std::vector<std::string> texts(const mcc_array* a) {
  std::vector<std::string> out;
  if (a->class_id == MCC_CLASS_CHAR) {
    out.push_back(mcc::rt::toText(a));
  } else if (a->class_id == MCC_CLASS_STRING || a->class_id == MCC_CLASS_CELL) {
    for (size_t k = 0; k < a->numel; ++k) {
      const mcc_array* e = mcc::rt::elementsOf(a)[k];  // (null: [] or <missing>)
      out.push_back(e ? mcc::rt::toText(e) : "");
    }
  }
  return out;
}

// MATLAB's validation functions: an empty string when `v` passes, else the
// message (without "Invalid argument at position N.").
std::string validate(std::string_view name, const std::vector<Ref>& args, const mcc_array* v) {
  auto all = [&](auto pred) {
    for (double x : reals(v))
      if (!pred(x)) return false;
    return true;
  };
  bool numericOrLogical = isNumeric(v) || v->class_id == MCC_CLASS_LOGICAL;
  auto compare = [&](auto pred, const char* message) -> std::string {
    if (!numericOrLogical) return "Value must be numeric or logical.";
    return all(pred) ? "" : message;
  };
  bool numberArg = !args.empty() && (isNumeric(args[0].get()) || args[0]->class_id == MCC_CLASS_LOGICAL) && args[0]->numel;
  double c = numberArg ? reals(args[0].get()).at(0) : 0.0;
  std::string cText = numberArg ? numberText(args[0].get()) : "";
  if (name == "mustBePositive") return compare([](double x) { return x > 0; }, "Value must be positive.");
  if (name == "mustBeNonnegative") return compare([](double x) { return x >= 0; }, "Value must be nonnegative.");
  if (name == "mustBeNegative") return compare([](double x) { return x < 0; }, "Value must be negative.");
  if (name == "mustBeNonpositive") return compare([](double x) { return x <= 0; }, "Value must not be positive.");
  if (name == "mustBeNonzero") return compare([](double x) { return x != 0; }, "Value must not be zero.");
  if (name == "mustBeInteger")
    return compare([](double x) { return std::isfinite(x) && x == std::floor(x); }, "Value must be integer.");
  if (name == "mustBeFinite") return all([](double x) { return std::isfinite(x); }) ? "" : "Value must be finite.";
  if (name == "mustBeNonNan") return all([](double x) { return !std::isnan(x); }) ? "" : "Value must not be NaN.";
  if (name == "mustBeReal") return v->is_complex ? "Value must be real." : "";
  if (name == "mustBeNumeric") return isNumeric(v) ? "" : "Value must be numeric.";
  if (name == "mustBeNumericOrLogical") return numericOrLogical ? "" : "Value must be numeric or logical.";
  if (name == "mustBeNonempty") return v->numel ? "" : "Value must not be empty.";
  if (name == "mustBeText" || name == "mustBeTextScalar" || name == "mustBeNonzeroLengthText") {
    bool ok = (v->class_id == MCC_CLASS_CHAR && (name != "mustBeNonzeroLengthText" || v->numel)) ||
              (v->class_id == MCC_CLASS_STRING && (name == "mustBeText" || v->numel == 1));
    return ok ? "" : "Value must be a character vector or string scalar.";
  }
  if (name == "mustBeVector") {
    bool ok = mcc_array_ndims(v) == 2 && (v->dims[0] == 1 || v->dims[1] == 1);
    return ok ? "" : "Value must be a 1-by-n or n-by-1 vector.";
  }
  if (name == "mustBeScalarOrEmpty") return v->numel <= 1 ? "" : "Value must be scalar or empty.";
  if (name == "mustBeGreaterThan")
    return compare([c](double x) { return x > c; }, ("Value must be greater than " + cText + ".").c_str());
  if (name == "mustBeGreaterThanOrEqual")
    return compare([c](double x) { return x >= c; }, ("Value must be greater than or equal to " + cText + ".").c_str());
  if (name == "mustBeLessThan")
    return compare([c](double x) { return x < c; }, ("Value must be less than " + cText + ".").c_str());
  if (name == "mustBeLessThanOrEqual")
    return compare([c](double x) { return x <= c; }, ("Value must be less than or equal to " + cText + ".").c_str());
  if (name == "mustBeInRange") {
    double hi = reals(args.at(1).get()).at(0);
    std::string message = "Value must be greater than or equal to " + cText + ", and less than or equal to " +
                          numberText(args[1].get()) + ".";
    return compare([c, hi](double x) { return x >= c && x <= hi; }, message.c_str());
  }
  if (name == "mustBeMember" && (isText(v) || isText(args.at(0).get()))) {
    std::vector<std::string> set = texts(args[0].get()), values = texts(v);
    bool ok = isText(v) && isText(args[0].get());
    for (const std::string& x : values)
      ok = ok && std::find(set.begin(), set.end(), x) != set.end();
    std::string members;
    for (const std::string& s : set) members += "\n    '" + s + "'";
    return ok ? "" : "Value must be a member of this set:" + members;
  }
  if (name == "mustBeMember") {
    std::vector<double> set = reals(args.at(0).get());
    bool ok = numericOrLogical && all([&](double x) {
      for (double s : set)
        if (s == x) return true;
      return false;
    });
    std::string members;
    for (double s : set) {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%s%.15g", members.empty() ? "" : ", ", s);
      members += buf;
    }
    return ok ? "" : "Value must be a member of this set:\n    " + members;
  }
  return "";
}

// The size check of a declaration such as (1,:) or (3,3): MATLAB expands a
// scalar to a fixed size and turns a vector to the declared orientation.
Ref checkSize(Ref v, std::string_view dimsText, const std::string& where, const mcc_site* site) {
  if (dimsText.empty()) return v;
  std::vector<std::string_view> dims = split(dimsText, ',');
  std::vector<long> want;  // -1 for ':'
  bool fixed = true;
  for (std::string_view d : dims) {
    want.push_back(d == ":" ? -1 : std::atol(std::string(d).c_str()));
    fixed &= want.back() >= 0;
  }
  auto fits = [&](const mcc_array* a) {
    uint32_t n = std::max<uint32_t>(mcc_array_ndims(a), static_cast<uint32_t>(want.size()));
    for (uint32_t k = 0; k < n; ++k) {
      long w = k < want.size() ? want[k] : 1;
      if (w >= 0 && static_cast<long>(mcc_array_size(a, k + 1)) != w) return false;
    }
    return true;
  };
  if (fits(v.get())) return v;
  if (fixed && v->numel == 1) {
    std::vector<mcc_array*> in = {v.get()};
    for (long w : want) in.push_back(mcc_array_from_scalar(static_cast<double>(w)));
    mcc_array* out = nullptr;
    mcc_bi_repmat(1, &out, static_cast<uint32_t>(in.size()), in.data(), site);
    for (size_t k = 1; k < in.size(); ++k) mcc_array_release(in[k]);
    return Ref(out);
  }
  bool isVector = mcc_array_ndims(v.get()) == 2 && (v->dims[0] == 1 || v->dims[1] == 1);
  if (want.size() == 2 && isVector && (want[0] == 1 || want[1] == 1)) {
    Ref turned(mcc_transpose(v.get(), site));
    if (fits(turned.get())) return turned;
  }
  std::string message;
  if (want.size() == 2 && want[0] == 1 && want[1] == 1) {
    message = "Value must be a scalar.";
  } else if (want.size() == 2 && want[0] == 1 && want[1] < 0) {
    message = "Value must be a row vector.";
  } else if (want.size() == 2 && want[0] < 0 && want[1] == 1) {
    message = "Value must be a column vector.";
  } else {
    message = "Value must be of size ";
    for (size_t k = 0; k < want.size(); ++k)
      message += (k ? "x" : "") + (want[k] < 0 ? std::string(":") : std::to_string(want[k]));
    message += ".";
  }
  fail(where + message, site);
}

// The value of input k: its text read as a literal (or taken as text), then
// converted, sized and validated as the declaration says.
Ref convert(Ref v, const Declaration& d, const std::string& where) {
  if (!d.className.empty()) {
    uint32_t cls = LiteralParser::classId(d.className);
    if (v->class_id != cls) v = Ref(mcc_array_cast(v.get(), cls, &d.site));
  }
  v = checkSize(std::move(v), d.dims, where, &d.site);
  for (std::string_view validator : split(d.validators, '\x1d')) {
    std::vector<std::string_view> parts = split(validator, '\x1c');
    std::vector<Ref> args;
    for (size_t k = 1; k < parts.size(); ++k) args.push_back(literal(parts[k], &d.site));
    std::string message = validate(parts[0], args, v.get());
    if (!message.empty()) fail(where + message, &d.site);
  }
  return v;
}

// The records of an arguments block (the `spec` of mcc_entry_inputs).
std::vector<Declaration> declarations(const char* spec, const char* file) {
  std::vector<Declaration> decls;
  for (std::string_view record : split(spec, '\x1e')) {
    std::vector<std::string_view> f = split(record, '\x1f');
    Declaration d;
    d.name = f.at(0);
    d.site = {file, static_cast<uint32_t>(std::atoi(std::string(f.at(1)).c_str())), nullptr};
    d.className = f.at(2);
    d.dims = f.at(3);
    d.hasDefault = !f.at(4).empty();
    if (d.hasDefault) d.defaultText = f[4].substr(1);
    d.validators = f.at(5);
    decls.push_back(d);
  }
  return decls;
}

}  // namespace

extern "C" {

uint32_t mcc_entry_inputs(int argc, char** argv, const char* file, uint32_t line, const char* help, const char* spec,
                          uint32_t nparams, mcc_array** in) {
  if (argc >= 2 && std::strcmp(argv[1], "--help") == 0) {
    std::fputs(*help ? help : "No help found.\n", stdout);
    std::fflush(stdout);
    std::exit(0);
  }
  mcc_site site{file, line, nullptr};
  uint32_t given = argc > 1 ? static_cast<uint32_t>(argc - 1) : 0;
  if (given > nparams) fail("Too many input arguments.", &site);
  std::vector<Declaration> decls = declarations(spec, file);
  for (uint32_t k = 0; k < nparams; ++k) {
    in[k] = nullptr;
    const Declaration* d = k < decls.size() ? &decls[k] : nullptr;
    std::string where = "Invalid argument at position " + std::to_string(k + 1) + ". ";
    if (k >= given) {
      if (d && d->hasDefault) in[k] = convert(literal(d->defaultText, &d->site), *d, where).release();
      else if (d) fail("Not enough input arguments.", &site);
      continue;
    }
    std::string_view text = argv[k + 1];
    bool asText = d && (d->className == "char" || d->className == "string");
    Ref v = asText ? Ref() : LiteralParser(text).parse();
    if (!v) {
      if (d && !d->className.empty() && !asText)
        fail(where + "Value must be of type " + std::string(d->className) + " or be convertible to " +
                 std::string(d->className) + ".",
             &d->site);
      v = Ref(mcc_array_from_string(text.data(), text.size()));
    }
    in[k] = d ? convert(std::move(v), *d, where).release() : v.release();
  }
  return std::min(given, nparams);
}

void mcc_entry_check(const char* file, uint32_t line, const char* spec, uint32_t nargin, uint32_t nparams,
                     mcc_array** in) {
  mcc_site site{file, line, nullptr};
  std::vector<Declaration> decls = declarations(spec, file);
  for (uint32_t k = 0; k < nparams && k < decls.size(); ++k) {
    std::string where = "Invalid argument at position " + std::to_string(k + 1) + ". ";
    const Declaration& d = decls[k];
    if (k < nargin) in[k] = convert(Ref(in[k]), d, where).release();
    else if (d.hasDefault) in[k] = convert(literal(d.defaultText, &d.site), d, where).release();
    else if (!d.className.empty() || !d.dims.empty() || !d.validators.empty()) fail("Not enough input arguments.", &site);
  }
}

void mcc_entry_output(const char* name, const char* function, mcc_array* value) {
  if (!value) mcc_error_unassigned_output(name, function, nullptr);
  mcc_display(name, std::strlen(name), value);
  mcc_array_release(value);
}

}  // extern "C"

// property_check_(v, where, class, dims, validator1, args1, validator2, args2, ...):
// a classdef property's validation (the compiler's setters and defaults call
// it, ClassDefs.h): v converted to `class` (empty: any) as MATLAB converts
// a value assigned to such a property, sized to `dims` ("1,:"; empty: any)
// with scalar expansion and vector reorientation, then checked by each
// validator (a MATLAB validation function's name with the cell of the
// arguments after the value). Errors are MATLAB's messages after `where`
// ("Error setting property 'x' of class 'C':" and a line break, "Invalid
// argument at position 2. ").
MCC_DEFINE_BUILTIN(property_check_) {
  a.arity(4, UINT32_MAX, 1);
  Ref v = Ref::share(a[0]);
  std::string where = a.text(1), cls = a.text(2), dims = a.text(3);
  auto invalid = [&]() {
    fail(where + "Invalid data type. Value must be " + cls + " or be convertible to " + cls + ".", a.site);
  };
  if (!cls.empty()) {
    uint32_t id = LiteralParser::classId(cls);
    uint32_t have = v->class_id;
    bool numberLike = mcc::rt::isNumericClass(have) || have == MCC_CLASS_LOGICAL;
    if (id == MCC_CLASS_CHAR) {
      if (have == MCC_CLASS_STRING && v->numel == 1) v = mcc::rt::fromText(texts(v.get()).front());
      else if (have != MCC_CLASS_CHAR) invalid();
    } else if (id != MCC_CLASS_COLON) {  // numbers and logical
      if (!numberLike && have != MCC_CLASS_CHAR) invalid();
      if (id == MCC_CLASS_LOGICAL && have == MCC_CLASS_CHAR) invalid();
      if (have != id) v = Ref(mcc_array_cast(v.get(), id, a.site));
    } else if (cls == "string") {
      if (have != MCC_CLASS_STRING) {
        if (!numberLike && have != MCC_CLASS_CHAR && !(have == MCC_CLASS_CELL && isText(v.get()))) invalid();
        mcc_array* in[] = {v.get()};
        mcc_array* out = nullptr;
        mcc_bi_string(1, &out, 1, in, a.site);
        v = Ref(out);
      }
    } else if (cls == "cell" || cls == "struct" || cls == "function_handle") {
      bool ok = cls == "cell"     ? have == MCC_CLASS_CELL
                : cls == "struct" ? have == MCC_CLASS_STRUCT && mcc::rt::objectClass(v.get()).empty()
                                  : have == MCC_CLASS_FUNCTION_HANDLE;
      if (!ok) invalid();
    } else {  // a classdef class: an object of it or of a subclass
      std::string of = mcc::rt::objectClass(v.get());
      const std::vector<std::string>* supers = of.empty() ? nullptr : &mcc::rt::fieldsOf(v.get())->superclasses;
      if (of != cls && (!supers || std::find(supers->begin(), supers->end(), cls) == supers->end())) invalid();
    }
  }
  v = checkSize(std::move(v), dims, where, a.site);
  for (uint32_t k = 4; k + 1 < a.nargin; k += 2) {
    std::vector<Ref> args;
    for (size_t j = 0; j < a[k + 1]->numel; ++j) args.push_back(mcc::rt::cellElement(a[k + 1], j));
    std::string message = validate(a.text(k), args, v.get());
    if (!message.empty()) fail(where + message, a.site);
  }
  a.set(0, std::move(v));
}
