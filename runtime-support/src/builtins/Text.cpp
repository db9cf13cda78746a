// The builtins of text.def: formatted output (sprintf, fprintf, disp, error,
// warning), number-to-text conversions (num2str, int2str, mat2str), text to
// numbers (str2double, str2num) and the char-array functions (strtrim,
// upper, strcmp, strrep, strfind, ...).
//
// The formatting itself is format/Format.h; this file adapts mcc_array values
// to its views: numeric and logical arrays of any class become doubles in
// column-major order, char arrays become the library's bytes (a code below
// 256 is one byte). Only real values are formatted: MATLAB's sprintf prints
// the real part of complex data.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <complex>
#include <cstdio>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "array/Aggregate.h"
#include "builtins/Builtin.h"
#include "builtins/Cells.h"
#include "builtins/Files.h"
#include "builtins/Handles.h"
#include "builtins/StringArgs.h"
#include "builtins/Util.h"
#include "format/Display.h"
#include "format/Format.h"

using namespace mcc::rt;

namespace {

// --- Adapters between arrays and the format library ----------------------

// A char array of the given dims holding `codes` (column-major).
Ref charArray(const Dims& dims, const Codes& codes) {
  Ref r = newArray(MCC_CLASS_CHAR, false, dims, false);
  if (!codes.empty()) std::memcpy(r->data, codes.data(), codes.size() * sizeof(uint16_t));
  return r;
}
Ref charRow(const Codes& codes) { return charArray({1, codes.size()}, codes); }

// The format library's bytes of a char array: codes below 256 are one byte,
// larger ones UTF-8 (as the library writes them).
std::string formatBytes(const mcc_array* a) {
  std::string s;
  for (uint16_t c : codesOf(a)) {
    if (c < 0x100) {
      s += char(c);
    } else if (c < 0x800) {
      s += char(0xC0 | (c >> 6));
      s += char(0x80 | (c & 0x3F));
    } else {
      s += char(0xE0 | (c >> 12));
      s += char(0x80 | ((c >> 6) & 0x3F));
      s += char(0x80 | (c & 0x3F));
    }
  }
  return s;
}

// The char codes of the library's bytes: valid UTF-8 sequences are one code
// (a code of 256 and more), any other byte its own code.
Codes decode(std::string_view bytes) {
  Ref r(mcc_array_from_string(bytes.data(), bytes.size()));
  return codesOf(r.get());
}

// The library's bytes as UTF-8, for writing to a stream.
std::string utf8(std::string_view bytes) {
  Ref r(mcc_array_from_string(bytes.data(), bytes.size()));
  return toText(r.get());
}

// An array seen as 2-D, the trailing dims folded into the columns (as
// num2str prints N-d arrays).
struct Values2D {
  std::vector<double> values;
  size_t rows, cols;
  RealMatrix matrix(bool logical = false) const { return {values.data(), rows, cols, logical}; }
};
Values2D values2D(const mcc_array* a) {
  size_t rows = a->dims[0];
  return {realValues(a), rows, rows ? a->numel / rows : extent(a, 1)};
}

// A char matrix from rows of the library's bytes; rows that decode to
// different lengths are padded with blanks. No rows give '' (0x0).
Ref charMatrix(const CharRows& rows) {
  if (rows.empty()) return charArray({0, 0}, {});
  std::vector<Codes> decoded;
  size_t width = 0;
  for (const std::string& r : rows) {
    decoded.push_back(decode(r));
    width = std::max(width, decoded.back().size());
  }
  Codes codes(rows.size() * width, u' ');
  for (size_t r = 0; r < rows.size(); ++r)
    for (size_t c = 0; c < decoded[r].size(); ++c) codes[c * rows.size() + r] = decoded[r][c];
  return charArray({rows.size(), width}, codes);
}

// The arguments of sprintf and its relatives, kept alive while the
// FormatArg views point into them.
class FormatArgs {
 public:
  FormatArgs(const Args& a, uint32_t first) {
    // The views point into texts_: no reallocation once they are made.
    size_t texts = 0;
    for (uint32_t k = first; k < a.nargin; ++k) texts += isStringArray(a[k]) ? a[k]->numel : 1;
    numbers_.reserve(a.nargin);
    texts_.reserve(texts);
    for (uint32_t k = first; k < a.nargin; ++k) {
      if (isStringArray(a[k])) {  // each element is one text argument
        for (size_t e = 0; e < a[k]->numel; ++e) {
          const mcc_array* t = stringElement(a[k], e);
          texts_.push_back(t ? formatBytes(t) : std::string("<missing>"));
          args_.push_back(FormatArg::chars(texts_.back()));
        }
        continue;
      }
      if (a[k]->class_id == MCC_CLASS_CHAR) {
        texts_.push_back(formatBytes(a[k]));
        args_.push_back(FormatArg::chars(texts_.back()));
      } else if (isPointerClass(a[k]->class_id)) {
        // Members of an enumeration derived from a built-in class format as
        // their values (EnumValue_, Enumerations.h); any other cell, struct
        // or object is MATLAB's error.
        long f = a[k]->class_id == MCC_CLASS_STRUCT && a[k]->fields ? fieldsOf(a[k])->find("EnumValue_") : -1;
        if (f < 0) fail("Function is not defined for '" + classText(a[k]) + "' inputs.", a.site);
        std::vector<double> values;
        for (size_t e = 0; e < a[k]->numel; ++e) {
          const mcc_array* record = elementsOf(a[k])[e];
          const mcc_array* v = record ? elementsOf(record)[f] : nullptr;
          if (v && v->numel == 1) values.push_back(realValues(v)[0]);
        }
        numbers_.push_back(std::move(values));
        args_.push_back(FormatArg::numeric(numbers_.back()));
      } else {
        numbers_.push_back(realValues(a[k]));
        args_.push_back(FormatArg::numeric(numbers_.back()));
        const mcc_array* x = a[k];
        if (!x->is_complex && x->class_id == MCC_CLASS_INT64)
          args_.back().exactSigned = static_cast<const int64_t*>(x->data);
        if (!x->is_complex && x->class_id == MCC_CLASS_UINT64)
          args_.back().exactUnsigned = static_cast<const uint64_t*>(x->data);
      }
    }
  }
  std::span<const FormatArg> views() const { return args_; }

 private:
  std::vector<std::vector<double>> numbers_;
  std::vector<std::string> texts_;
  std::vector<FormatArg> args_;
};

// sprintf(in[first], in[first + 1], ...) as the library's bytes.
std::string format(const Args& a, uint32_t first) {
  Ref spec = textAsChar(a[first]);
  if (!spec && a[first]->class_id == MCC_CLASS_CHAR) spec = Ref::share(a[first]);
  if (!spec) a.error("Invalid format.");
  FormatArgs args(a, first + 1);
  return mcc::rt::sprintf(formatBytes(spec.get()), args.views());
}

// The message of error(...) and warning(...), and its identifier: a first
// argument with a colon, no blanks and more arguments after it is one.
// nullopt for an empty message (error('') is no error).
struct Message {
  std::string id;
  std::string text;  // UTF-8
};
std::optional<Message> message(const Args& a) {
  uint32_t first = 0;
  Message m;
  if (a.nargin >= 2 && a[0]->class_id == MCC_CLASS_CHAR) {
    std::string id = toText(a[0]);
    if (id.find(':') != std::string::npos && id.find_first_of(" \t\n\r\v\f") == std::string::npos &&
        id.back() != ':') {
      first = 1;
      m.id = id;
    }
  }
  const mcc_array* msg = a[first];
  if (msg->numel == 0) return std::nullopt;
  if (msg->class_id != MCC_CLASS_CHAR) a.error("The message must be a character vector or string scalar.");
  // With no arguments after it the message is taken as is: no escapes.
  m.text = a.nargin - first == 1 ? toText(msg) : utf8(format(a, first));
  return m;
}

// --- Characters ------------------------------------------------------------

// MATLAB's isspace: the Unicode white space characters.
bool isSpace(uint16_t c) {
  return (c >= 9 && c <= 13) || c == 32 || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}
// What strtrim and deblank remove: white space and null, but not the
// "significant" spaces (strtrim doc: char(133), char(160), char(8199),
// char(8239) are kept).
bool isTrimmed(uint16_t c) { return c == 0 || (isSpace(c) && c != 0x85 && c != 0xA0 && c != 0x2007 && c != 0x202F); }

// Case mapping of ASCII and Latin-1.
uint16_t toUpper(uint16_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
  if (c == 0xFF) return 0x178;
  return c;
}
uint16_t toLower(uint16_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  if (c == 0x178) return 0xFF;
  return c;
}

const char* const kTextInput = "Input must be a character vector or a character array.";

// A text argument for the char-array functions (not numbers).
const mcc_array* textArg(const Args& a, uint32_t k) {
  if (a[k]->class_id != MCC_CLASS_CHAR) a.error(kTextInput);
  return a[k];
}

// Rows x cols of a char array viewed as 2-D.
size_t rowsOf(const mcc_array* a) { return a->dims[0]; }
size_t colsOf(const mcc_array* a) { return a->dims[0] ? a->numel / a->dims[0] : extent(a, 1); }

// The text of each row of a char matrix, as UTF-8.
std::vector<std::string> rowTexts(const mcc_array* x) {
  size_t rows = rowsOf(x), cols = colsOf(x);
  Codes codes = codesOf(x);
  std::vector<std::string> lines;
  for (size_t r = 0; r < rows; ++r) {
    Codes row(cols);
    for (size_t c = 0; c < cols; ++c) row[c] = codes[c * rows + r];
    Ref line = charRow(row);
    lines.push_back(toText(line.get()));
  }
  return lines;
}

// The columns [begin, end) of a char matrix that remain when the columns
// blank in every row (isTrimmed) are dropped at its end, and at its start
// too when `leading` (strtrim; deblank drops trailing ones only).
std::pair<size_t, size_t> keptColumns(const mcc_array* x, bool leading) {
  size_t rows = rowsOf(x), begin = 0, end = colsOf(x);
  Codes codes = codesOf(x);
  auto blank = [&](size_t c) {
    for (size_t r = 0; r < rows; ++r)
      if (!isTrimmed(codes[c * rows + r])) return false;
    return true;
  };
  while (leading && begin < end && blank(begin)) ++begin;
  while (end > begin && blank(end - 1)) --end;
  return {begin, end};
}

// Columns [begin, end) of a 2-D char array.
Ref charColumns(const mcc_array* a, size_t begin, size_t end) {
  size_t rows = rowsOf(a);
  const auto* p = dataOf<const uint16_t>(a);
  Codes codes(p + begin * rows, p + end * rows);
  return charArray({rows, end - begin}, codes);
}

// A char row from text processing: '' (0x0) when a 0x0 input gives nothing.
Ref textResult(const mcc_array* input, const Codes& codes) {
  if (codes.empty() && input->numel == 0 && input->dims[0] == 0) return charArray({0, 0}, {});
  return charRow(codes);
}

// --- Text to numbers ---------------------------------------------------------

// A parser of MATLAB number text: [sign] real [sign imag(i|j)], or
// [sign] imag(i|j); digits with commas, '.', exponents e/E/d/D, Inf, NaN.
class NumberParser {
 public:
  explicit NumberParser(std::string_view s) : s_(s) {}

  // The whole text as one (complex) number; nullopt when it is not one.
  std::optional<std::complex<double>> parseAll() {
    skipBlanks();
    auto z = complexNumber();
    skipBlanks();
    if (!z || pos_ != s_.size()) return std::nullopt;
    return z;
  }

 private:
  void skipBlanks() {
    while (pos_ < s_.size() && isSpace(uint8_t(s_[pos_]))) ++pos_;
  }
  bool at(char c) const { return pos_ < s_.size() && s_[pos_] == c; }
  bool atImaginaryUnit() const { return at('i') || at('j') || at('I') || at('J'); }
  bool matchWord(std::string_view w) {
    if (s_.size() - pos_ < w.size()) return false;
    for (size_t k = 0; k < w.size(); ++k)
      if (std::tolower(uint8_t(s_[pos_ + k])) != w[k]) return false;
    pos_ += w.size();
    return true;
  }

  // An unsigned real: digits (commas allowed between them), fraction,
  // exponent; or Inf, NaN.
  std::optional<double> unsignedReal() {
    if (matchWord("inf")) {
      matchWord("inity");
      return std::numeric_limits<double>::infinity();
    }
    if (matchWord("nan")) return std::numeric_limits<double>::quiet_NaN();
    std::string digits;
    bool any = false;
    while (pos_ < s_.size() && (std::isdigit(uint8_t(s_[pos_])) || (any && s_[pos_] == ','))) {
      if (s_[pos_] != ',') digits += s_[pos_], any = true;
      ++pos_;
    }
    if (at('.')) {
      digits += s_[pos_++];
      while (pos_ < s_.size() && std::isdigit(uint8_t(s_[pos_]))) digits += s_[pos_++], any = true;
    }
    if (!any) return std::nullopt;
    if (pos_ < s_.size() && std::strchr("eEdD", s_[pos_])) {
      size_t save = pos_++;
      std::string exponent = "e";
      if (at('+') || at('-')) exponent += s_[pos_++];
      bool expDigits = false;
      while (pos_ < s_.size() && std::isdigit(uint8_t(s_[pos_]))) exponent += s_[pos_++], expDigits = true;
      if (expDigits)
        digits += exponent;
      else
        pos_ = save;
    }
    return std::strtod(digits.c_str(), nullptr);
  }

  // [sign] real, with an optional imaginary unit (or a lone unit: 1).
  struct Term {
    double value;
    bool imaginary;
  };
  std::optional<Term> term(bool needSign) {
    double sign = 1;
    bool signed_ = false;
    if (at('+') || at('-')) {
      sign = s_[pos_++] == '-' ? -1 : 1;
      signed_ = true;
      skipBlanks();
    }
    if (needSign && !signed_) return std::nullopt;
    // A lone unit, unless it starts a word (Inf).
    if (atImaginaryUnit() && (pos_ + 1 == s_.size() || !std::isalpha(uint8_t(s_[pos_ + 1])))) {
      ++pos_;
      return Term{sign, true};
    }
    auto v = unsignedReal();
    if (!v) return std::nullopt;
    bool imaginary = false;
    if (at('*') && pos_ + 1 < s_.size() && std::strchr("ijIJ", s_[pos_ + 1])) ++pos_;
    if (atImaginaryUnit()) ++pos_, imaginary = true;
    return Term{sign * *v, imaginary};
  }

  std::optional<std::complex<double>> complexNumber() {
    auto first = term(false);
    if (!first) return std::nullopt;
    if (first->imaginary) return std::complex<double>(0, first->value);
    size_t save = pos_;
    skipBlanks();
    if (auto second = term(true); second && second->imaginary) return std::complex<double>(first->value, second->value);
    pos_ = save;
    return std::complex<double>(first->value, 0);
  }

  std::string_view s_;
  size_t pos_ = 0;
};

Ref numberResult(std::complex<double> z) {
  return Ref(z.imag() != 0 ? mcc_array_from_complex(z.real(), z.imag()) : mcc_array_from_scalar(z.real()));
}

// --- Comparisons -------------------------------------------------------------

// strcmp and its relatives: both char, and the first n characters (all of
// them when n is npos) equal, after `fold`.
bool compareText(const mcc_array* x, const mcc_array* y, size_t n, uint16_t (*fold)(uint16_t)) {
  if (x->class_id != MCC_CLASS_CHAR || y->class_id != MCC_CLASS_CHAR) return false;
  Codes a = codesOf(x), b = codesOf(y);
  if (n == std::string::npos) {
    if (dimsOf(x) != dimsOf(y)) return false;
  } else if (a.size() < n || b.size() < n) {
    // Fewer than n characters: equal only if both are whole and the same.
    if (a.size() != b.size()) return false;
  } else {
    a.resize(n);
    b.resize(n);
  }
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k)
    if (fold(a[k]) != fold(b[k])) return false;
  return true;
}
uint16_t same(uint16_t c) { return c; }

size_t countArg(const Args& a, uint32_t k) {
  double n = a.scalar(k);
  if (!(n >= 0) || n != std::floor(n)) a.error("N must be a nonnegative integer.");
  return std::isinf(n) ? std::string::npos - 1 : static_cast<size_t>(n);
}

// --- warning state -----------------------------------------------------------

struct WarningState {
  bool allOff = false;
  std::map<std::string, bool> enabled;  // by identifier, overriding allOff
  std::string lastMessage, lastId;      // lastwarn's: the last warning shown

  bool isEnabled(const std::string& id) const {
    auto it = enabled.find(id);
    return it != enabled.end() ? it->second : !allOff;
  }
};
WarningState warnings;

}  // namespace

void mcc::rt::issueWarning(const std::string& id, const std::string& text) {
  if (!warnings.isEnabled(id)) return;
  warnings.lastMessage = text;
  warnings.lastId = id;
  std::fflush(stdout);
  std::string line = "Warning: " + text + "\n";
  std::fwrite(line.data(), 1, line.size(), stderr);
}

// --- Formatted output ------------------------------------------------------------

MCC_DEFINE_BUILTIN(sprintf) {
  a.arity(1, UINT32_MAX, 2);
  std::string bytes = format(a, 0);
  // A string format gives a string.
  a.set(0, isStringArray(a[0]) ? stringScalar(decode(bytes)) : charRow(decode(bytes)));
  a.set(1, charRow({}));  // errmsg: the format library stops silently
}

MCC_DEFINE_BUILTIN(fprintf) {
  a.arity(1, UINT32_MAX, 1);
  // A numeric first argument followed by more is a file identifier.
  FILE* stream = stdout;
  uint32_t first = 0;
  if (a[0]->class_id != MCC_CLASS_CHAR && !isStringArray(a[0]) && a.nargin >= 2) {
    double fid = a[0]->numel == 1 && a[0]->class_id <= MCC_CLASS_LOGICAL ? mcc_array_to_double(a[0], a.site) : -1;
    stream = fileForWriting(fid, a.site);
    first = 1;
  }
  std::string text = utf8(format(a, first));
  if (stream == stderr) std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stream);
  if (a.nargout) a.set(0, scalarResult(static_cast<double>(text.size())));
}

MCC_DEFINE_BUILTIN(disp) {
  a.arity(1, 1, 0);
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CHAR || x->ndims > 2) {
    mcc_display("", 0, x);
    return;
  }
  // Each row of a char matrix, as UTF-8; nothing for an empty array.
  if (x->numel == 0) return;
  std::string out;
  for (const std::string& line : rowTexts(x)) out += line + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

MCC_DEFINE_BUILTIN(error) {
  a.arity(1, UINT32_MAX, 0);
  if (runAsText(a, mcc_bi_error, TextOut::Same)) return;
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_MEXCEPTION) {  // error(ME)
    const ErrorRecord& r = exceptionRecord(a[0], a.site);
    raise(r.identifier, r.message, a.site);
  }
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_STRUCT) {
    // error(errorStruct): its message and identifier fields; an empty
    // struct or an empty message throws nothing (error documentation)
    const mcc_array* s = a[0];
    if (s->numel == 0) return;
    if (s->numel != 1) a.error("The input must be a scalar structure.");
    auto field = [&](const char* name) {
      long f = s->fields ? fieldsOf(s)->find(name) : -1;
      if (f < 0) return std::string();
      Ref v = structField(s, 0, static_cast<size_t>(f));
      const mcc_array* text = scalarText(v.get());
      if (text->numel == 0) return std::string();
      if (text->class_id != MCC_CLASS_CHAR)
        a.error(std::string("The ") + name + " field must be a character vector or string scalar.");
      return toText(text);
    };
    std::string text = field("message");
    if (text.empty()) return;
    raise(field("identifier"), text, a.site);
  }
  if (auto m = message(a)) raise(m->id, m->text, a.site);
}

// assert(cond), assert(cond, msg, A...), assert(cond, id, msg, A...): the
// error when the scalar cond is false.
MCC_DEFINE_BUILTIN(assert) {
  a.arity(1, UINT32_MAX, 0);
  if (runAsText(a, mcc_bi_assert, TextOut::Same)) return;
  if (a[0]->numel != 1) a.error("The condition input argument must be a scalar logical.");
  if (mcc_truth(a[0], a.site)) return;
  if (a.nargin == 1) a.error("Assertion failed.");
  Args rest{0, a.out, a.nargin - 1, a.in + 1, a.site};
  if (auto m = message(rest)) raise(m->id, m->text, a.site);
  raise("MATLAB:assertion:failed", "Assertion failed.", a.site);
}

namespace {

// The state of warnings as warning(...) gives it: for one identifier a 1x1
// struct of identifier and state; for 'all' a struct array, 'all' first,
// then each identifier set on its own.
Ref warningStateOf(const std::string& id, const mcc_site* site) {
  std::vector<std::pair<std::string, bool>> rows;
  if (id == "all") {
    rows.emplace_back("all", !warnings.allOff);
    for (const auto& [name, on] : warnings.enabled) rows.emplace_back(name, on);
  } else {
    rows.emplace_back(id, warnings.isEnabled(id));
  }
  Ref s = newStruct({rows.size(), 1}, {"identifier", "state"}, site);
  for (size_t k = 0; k < rows.size(); ++k) {
    setStructField(s.get(), k, 0, fromText(rows[k].first).get());
    setStructField(s.get(), k, 1, fromText(rows[k].second ? "on" : "off").get());
  }
  return s;
}

void setWarningState(const std::string& id, bool on) {
  if (id == "all") {
    warnings.allOff = !on;
    warnings.enabled.clear();
  } else {
    warnings.enabled[id] = on;
  }
}

}  // namespace

MCC_DEFINE_BUILTIN(warning) {
  a.arity(1, UINT32_MAX, 1);
  // warning(s): restores a state that warning(...) gave.
  if (a[0]->class_id == MCC_CLASS_STRUCT && a.nargin == 1) {
    const mcc_array* s = a[0];
    long fi = s->fields ? fieldsOf(s)->find("identifier") : -1, fs = s->fields ? fieldsOf(s)->find("state") : -1;
    if (fi < 0 || fs < 0) a.error("Warning state structures must have the fields 'identifier' and 'state'.");
    for (size_t k = 0; k < s->numel; ++k) {
      Ref id = structField(s, k, size_t(fi)), st = structField(s, k, size_t(fs));
      const mcc_array* idText = scalarText(id.get());
      const mcc_array* stateText = scalarText(st.get());
      if (idText->class_id != MCC_CLASS_CHAR || stateText->class_id != MCC_CLASS_CHAR) a.error("Warning state must be 'on' or 'off'.");
      std::string state = toText(stateText);
      if (state != "on" && state != "off") a.error("Warning state must be 'on' or 'off'.");
      setWarningState(toText(idText), state == "on");
    }
    return;
  }
  if (runAsText(a, mcc_bi_warning, TextOut::Same)) return;
  // warning('off'|'on') and warning('off'|'on', id): the state, 'all' or one
  // identifier; warning('query', id) only reads it. With an output, the
  // state before the change.
  if (a[0]->class_id == MCC_CLASS_CHAR && a.nargin <= 2) {
    std::string word = toText(a[0]);
    if (word == "on" || word == "off" || word == "query") {
      std::string id = a.nargin == 2 ? a.text(1) : "all";
      if (word == "query" && a.nargout == 0) notImplemented("warning('query') without an output", a.site);
      if (a.nargout > 0) a.set(0, warningStateOf(id, a.site));
      if (word != "query") setWarningState(id, word == "on");
      return;
    }
  }
  if (a.nargout > 0) a.error("Too many output arguments.");
  if (auto m = message(a)) issueWarning(m->id, m->text);
}

// [msg, id] = lastwarn: the last warning shown (a disabled one is not);
// lastwarn(msg) and lastwarn(msg, id) set it (the id to '' when not given),
// giving the previous one.
MCC_DEFINE_BUILTIN(lastwarn) {
  a.arity(0, 2, 2);
  std::string message = warnings.lastMessage, id = warnings.lastId;
  if (a.nargin > 0) {
    warnings.lastMessage = a.text(0);
    warnings.lastId = a.nargin > 1 ? a.text(1) : "";
  }
  if (a.nargin == 0 || a.nargout > 0) a.set(0, fromText(message));
  if (a.nargout > 1) a.set(1, fromText(id));
}

// --- Numbers to text ---------------------------------------------------------------

namespace {

// int64 and uint64 hold values a double cannot (beyond 2^53): their text is
// made from the integers themselves.
bool isWideInteger(const mcc_array* x) {
  return (x->class_id == MCC_CLASS_INT64 || x->class_id == MCC_CLASS_UINT64) && x->ndims == 2 && !x->is_complex;
}
std::string wideIntegerText(const mcc_array* x, size_t k) {
  return x->class_id == MCC_CLASS_INT64 ? std::to_string(dataOf<const int64_t>(x)[k])
                                        : std::to_string(dataOf<const uint64_t>(x)[k]);
}
// num2str's layout of integers: each column as wide as the most digits plus
// two, right-aligned, the common leading blanks trimmed.
CharRows wideIntegerRows(const mcc_array* x) {
  size_t rows = x->dims[0], cols = x->dims[1];
  std::vector<std::string> text(x->numel);
  size_t width = 0;
  for (size_t k = 0; k < x->numel; ++k) {
    text[k] = wideIntegerText(x, k);
    width = std::max(width, text[k].size() - (text[k][0] == '-'));  // digits: the sign takes a blank
  }
  CharRows out(rows);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) {
      const std::string& t = text[c * rows + r];
      out[r] += std::string(width + 2 - t.size(), ' ') + t;
    }
  size_t trim = width + 2;
  for (const std::string& line : out) trim = std::min(trim, line.find_first_not_of(' '));
  for (std::string& line : out) line.erase(0, trim);
  return out;
}

}  // namespace

MCC_DEFINE_BUILTIN(num2str) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  if (x->class_id == MCC_CLASS_CHAR) {
    a.set(0, Ref::share(x));
    return;
  }
  if (isWideInteger(x) && a.nargin == 1) return a.set(0, charMatrix(wideIntegerRows(x)));
  if (x->is_complex) {
    // a complex scalar: each part as num2str gives a real one, '3+4i', '0-2.5i'
    if (x->numel != 1 || a.nargin != 1) notImplemented("num2str of complex arrays or with a format", a.site);
    Ref d = castArray(x, MCC_CLASS_DOUBLE, a.site);
    double re = dataOf<double>(d.get())[0], im = dataOf<double>(d.get())[1];
    std::string text = num2str(re) + (std::signbit(im) && !std::isnan(im) ? "-" : "+") + num2str(std::fabs(im)) + "i";
    a.set(0, charRow(decode(text)));
    return;
  }
  Values2D v = values2D(x);
  RealMatrix m = v.matrix();
  if (a.nargin == 1) {
    a.set(0, charMatrix(num2str(m)));
  } else if (scalarText(a[1])->class_id == MCC_CLASS_CHAR) {
    a.set(0, charMatrix(num2str(m, formatBytes(scalarText(a[1])))));
  } else {
    double precision = a[1]->numel == 1 ? a.scalar(1) : -1;
    if (!(precision >= 0) || precision != std::floor(precision) || precision > 1000)
      a.error("Precision must be a nonnegative integer scalar.");
    a.set(0, charMatrix(num2str(m, static_cast<int>(precision))));
  }
}

MCC_DEFINE_BUILTIN(int2str) {
  a.arity(1, 1, 1);
  if (isWideInteger(a[0])) return a.set(0, charMatrix(wideIntegerRows(a[0])));
  Values2D v = values2D(a[0]);
  a.set(0, charMatrix(int2str(v.matrix())));
}

MCC_DEFINE_BUILTIN(mat2str) {
  a.arity(1, 3, 1);
  const mcc_array* x = a[0];
  if (x->ndims > 2) a.error("Input matrix must be 2-D.");
  int precision = 15;
  bool withClass = false;
  for (uint32_t k = 1; k < a.nargin; ++k) {
    if (a[k]->class_id == MCC_CLASS_CHAR) {
      if (toText(a[k]) != "class") a.error("Invalid option. The option must be 'class'.");
      withClass = true;
    } else {
      double n = a[k]->numel == 1 ? a.scalar(k) : -1;
      if (!(n > 0) || n != std::floor(n) || n > 1000) a.error("Precision must be a positive integer.");
      precision = static_cast<int>(n);
    }
  }
  std::string text;
  if (x->class_id == MCC_CLASS_CHAR) {
    std::string bytes = formatBytes(x);
    if (bytes.size() != x->numel) notImplemented("mat2str of characters beyond U+00FF", a.site);
    text = mat2str(CharMatrix{bytes.data(), x->dims[0], x->dims[1]});
    if (withClass) text = "char(" + text + ")";
  } else {
    if (x->is_complex && x->numel > 0) {
      // each element as re+imi (or re-imi), both parts with the precision
      Ref d = castArray(x, MCC_CLASS_DOUBLE, a.site);
      const double* z = dataOf<double>(d.get());
      auto part = [&](double v) { return mat2str(RealMatrix{&v, 1, 1}, precision); };
      text = x->numel > 1 ? "[" : "";
      for (size_t r = 0; r < x->dims[0]; ++r)
        for (size_t c = 0; c < x->dims[1]; ++c) {
          size_t k = c * x->dims[0] + r;
          double im = z[2 * k + 1];
          text += (c ? " " : r ? ";" : "") + part(z[2 * k]) + (std::signbit(im) && !std::isnan(im) ? "-" : "+") +
                  part(std::fabs(im)) + "i";
        }
      if (x->numel > 1) text += "]";
    } else if (isWideInteger(x) && x->numel > 0) {
      text = x->numel > 1 ? "[" : "";
      for (size_t r = 0; r < x->dims[0]; ++r)
        for (size_t c = 0; c < x->dims[1]; ++c)
          text += (c ? " " : r ? ";" : "") + wideIntegerText(x, c * x->dims[0] + r);
      if (x->numel > 1) text += "]";
    } else {
      Values2D v = values2D(x);
      text = mat2str(v.matrix(x->class_id == MCC_CLASS_LOGICAL), precision);
    }
    if (withClass) text = std::string(className(x->class_id)) + "(" + text + ")";
  }
  a.set(0, charRow(decode(text)));
}

// --- Text to numbers -------------------------------------------------------------------

namespace {

// str2double of a char row (NaN for anything else); of a cell array, one
// number per element, with the cell's size.
std::complex<double> textToDouble(const mcc_array* x) {
  std::optional<std::complex<double>> z;
  if (x->class_id == MCC_CLASS_CHAR && x->numel > 0 && rowsOf(x) == 1 && x->ndims == 2)
    z = NumberParser(toText(x)).parseAll();
  return z ? *z : std::complex<double>(std::numeric_limits<double>::quiet_NaN(), 0);
}

}  // namespace

MCC_DEFINE_BUILTIN(str2double) {
  if (runAsText(a, mcc_bi_str2double, TextOut::Same)) return;
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CELL) return a.set(0, numberResult(textToDouble(x)));
  std::vector<std::complex<double>> values(x->numel);
  bool complex = false;
  for (size_t k = 0; k < x->numel; ++k) {
    values[k] = textToDouble(cellElement(x, k).get());
    complex = complex || values[k].imag() != 0;
  }
  Ref out = newArray(MCC_CLASS_DOUBLE, complex, dimsOf(x), false);
  double* d = dataOf<double>(out.get());
  for (size_t k = 0; k < x->numel; ++k) {
    if (complex) {
      d[2 * k] = values[k].real();
      d[2 * k + 1] = values[k].imag();
    } else {
      d[k] = values[k].real();
    }
  }
  a.set(0, std::move(out));
}

// --- Character arrays -----------------------------------------------------------------

MCC_DEFINE_BUILTIN(blanks) {
  a.arity(1, 1, 1);
  double n = a[0]->numel == 1 ? a.scalar(0) : -1;
  if (!(n >= 0) || n != std::floor(n) || std::isinf(n)) a.error("N must be a non-negative integer.");
  a.set(0, charRow(Codes(static_cast<size_t>(n), u' ')));
}

MCC_DEFINE_BUILTIN(newline) {
  a.arity(0, 0, 1);
  a.set(0, charRow({u'\n'}));
}

MCC_DEFINE_BUILTIN(strtrim) {
  if (runAsText(a, mcc_bi_strtrim, TextOut::Strings)) return;
  a.arity(1, 1, 1);
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_strtrim);
  const mcc_array* x = textArg(a, 0);
  if (x->ndims > 2) a.error(kTextInput);
  size_t rows = rowsOf(x);
  auto [begin, end] = keptColumns(x, true);
  if (rows == 0) {
    a.set(0, Ref::share(x));
  } else if (begin == end && rows <= 1) {
    a.set(0, textResult(x, {}));
  } else {
    a.set(0, charColumns(x, begin, end));
  }
}

MCC_DEFINE_BUILTIN(deblank) {
  if (runAsText(a, mcc_bi_deblank, TextOut::Strings)) return;
  a.arity(1, 1, 1);
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_deblank);
  const mcc_array* x = textArg(a, 0);
  if (x->ndims > 2) a.error(kTextInput);
  if (rowsOf(x) == 0)
    a.set(0, Ref::share(x));
  else
    a.set(0, charColumns(x, 0, keptColumns(x, false).second));
}

// strjust(S, 'right'|'left'|'center'): each row of a char matrix with its
// text (from its first to its last character that is not a blank or a
// NUL) moved to the right (the default), to the left, or to the middle
// (shifted by floor((trailing - leading) / 2) columns, as MATLAB and Octave
// do); the blanks move to the other side.
MCC_DEFINE_BUILTIN(strjust) {
  a.arity(1, 2, 1);
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CHAR || x->ndims > 2) a.error("Input must be a character array.");
  std::string how = a.nargin == 2 ? lower(a.text(1)) : "right";
  if (how != "right" && how != "left" && how != "center")
    a.error("Invalid justification type \"" + a.text(1) + "\". Use 'left', 'right', or 'center'.");
  size_t rows = x->dims[0], cols = x->dims[1];
  Codes in = codesOf(x), out(in.size(), u' ');
  auto blank = [](uint16_t c) { return c == u' ' || c == 0; };
  for (size_t r = 0; r < rows; ++r) {
    size_t first = cols, last = 0;
    for (size_t c = 0; c < cols; ++c) {
      if (blank(in[c * rows + r])) continue;
      first = std::min(first, c);
      last = c;
    }
    if (first == cols) {
      for (size_t c = 0; c < cols; ++c) out[c * rows + r] = in[c * rows + r];
      continue;
    }
    long lead = long(first), trail = long(cols - 1 - last);
    long shift = how == "right" ? trail : how == "left" ? -lead : long(std::floor((trail - lead) / 2.0));
    for (size_t c = first; c <= last; ++c) out[size_t(long(c) + shift) * rows + r] = in[c * rows + r];
  }
  a.set(0, charArray(dimsOf(x), out));
}

namespace {

// upper and lower: char arrays mapped element-wise; other values unchanged.
void mapCase(const Args& a, uint16_t (*map)(uint16_t)) {
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  if (x->class_id != MCC_CLASS_CHAR) {
    a.set(0, Ref::share(x));
    return;
  }
  Codes codes = codesOf(x);
  for (uint16_t& c : codes) c = map(c);
  a.set(0, charArray(dimsOf(x), codes));
}

}  // namespace

MCC_DEFINE_BUILTIN(upper) {
  if (runAsText(a, mcc_bi_upper, TextOut::Strings)) return;
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_upper);
  mapCase(a, toUpper);
}
MCC_DEFINE_BUILTIN(lower) {
  if (runAsText(a, mcc_bi_lower, TextOut::Strings)) return;
  if (a.nargin == 1 && a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_lower);
  mapCase(a, toLower);
}

MCC_DEFINE_BUILTIN(strcmp) {
  if (runAsText(a, mcc_bi_strcmp, TextOut::Same)) return;
  a.arity(2, 2, 1);
  if (a[0]->class_id == MCC_CLASS_CELL || a[1]->class_id == MCC_CLASS_CELL) return compareCellElements(a, mcc_bi_strcmp);
  a.set(0, boolResult(compareText(a[0], a[1], std::string::npos, same)));
}

MCC_DEFINE_BUILTIN(strcmpi) {
  if (runAsText(a, mcc_bi_strcmpi, TextOut::Same)) return;
  a.arity(2, 2, 1);
  if (a[0]->class_id == MCC_CLASS_CELL || a[1]->class_id == MCC_CLASS_CELL) return compareCellElements(a, mcc_bi_strcmpi);
  a.set(0, boolResult(compareText(a[0], a[1], std::string::npos, toLower)));
}

MCC_DEFINE_BUILTIN(strncmp) {
  if (runAsText(a, mcc_bi_strncmp, TextOut::Same)) return;
  a.arity(3, 3, 1);
  if (a[0]->class_id == MCC_CLASS_CELL || a[1]->class_id == MCC_CLASS_CELL) return compareCellElements(a, mcc_bi_strncmp);
  a.set(0, boolResult(compareText(a[0], a[1], countArg(a, 2), same)));
}

MCC_DEFINE_BUILTIN(strncmpi) {
  if (runAsText(a, mcc_bi_strncmpi, TextOut::Same)) return;
  a.arity(3, 3, 1);
  if (a[0]->class_id == MCC_CLASS_CELL || a[1]->class_id == MCC_CLASS_CELL) return compareCellElements(a, mcc_bi_strncmpi);
  a.set(0, boolResult(compareText(a[0], a[1], countArg(a, 2), toLower)));
}

MCC_DEFINE_BUILTIN(isspace) {
  if (runAsText(a, mcc_bi_isspace, TextOut::Same)) return;
  a.arity(1, 1, 1);
  const mcc_array* x = a[0];
  Ref out = newArray(MCC_CLASS_LOGICAL, false, dimsOf(x));
  if (x->class_id == MCC_CLASS_CHAR) {
    const auto* p = dataOf<const uint16_t>(x);
    auto* q = dataOf<uint8_t>(out.get());
    for (size_t k = 0; k < x->numel; ++k) q[k] = isSpace(p[k]);
  }
  a.set(0, std::move(out));
}

// strrep(str, old, new): every occurrence of old, overlapping ones too, is
// replaced: strrep('abc 2 def 22 ghi 222 jkl 2222', '22', '*') is
// 'abc 2 def * ghi ** jkl ***' (MATLAB's strrep doc).
MCC_DEFINE_BUILTIN(strrep) {
  if (runAsText(a, mcc_bi_strrep, TextOut::Strings)) return;
  a.arity(3, 3, 1);
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_strrep);
  const mcc_array* x = textArg(a, 0);
  Codes s = codesOf(x), from = codesOf(textArg(a, 1)), to = codesOf(textArg(a, 2));
  if (x->numel && rowsOf(x) != 1) a.error("Input must be a character vector.");
  if (from.empty()) {
    a.set(0, Ref::share(x));
    return;
  }
  Codes out;
  size_t coveredUntil = 0;  // positions before this are inside a match
  for (size_t p = 0; p < s.size(); ++p) {
    if (p + from.size() <= s.size() && std::equal(from.begin(), from.end(), s.begin() + p)) {
      out.insert(out.end(), to.begin(), to.end());
      coveredUntil = p + from.size();
    } else if (p >= coveredUntil) {
      out.push_back(s[p]);
    }
  }
  a.set(0, textResult(x, out));
}

// strfind(text, pattern): the starting indices of every (overlapping)
// occurrence, as a double row; [] when there is none.
MCC_DEFINE_BUILTIN(strfind) {
  if (runAsText(a, mcc_bi_strfind, TextOut::Same)) return;
  a.arity(2, 2, 1);
  if (a[0]->class_id == MCC_CLASS_CELL) return mapCellElements(a, mcc_bi_strfind);
  const mcc_array* x = textArg(a, 0);
  const mcc_array* pattern = textArg(a, 1);
  if ((x->numel && rowsOf(x) != 1) || (pattern->numel && rowsOf(pattern) != 1))
    a.error("Input must be a character vector.");
  Codes s = codesOf(x), p = codesOf(pattern);
  std::vector<double> found;
  if (!p.empty())
    for (size_t k = 0; k + p.size() <= s.size(); ++k)
      if (std::equal(p.begin(), p.end(), s.begin() + k)) found.push_back(double(k + 1));
  if (found.empty()) {
    a.set(0, Ref(mcc_array_empty()));
    return;
  }
  Ref out = newArray(MCC_CLASS_DOUBLE, false, {1, found.size()}, false);
  std::copy(found.begin(), found.end(), dataOf<double>(out.get()));
  a.set(0, std::move(out));
}
