// MATLAB-exact text formatting: sprintf, num2str, int2str and mat2str.
//
// An internal C++ library of runtime-support. It knows no array type: callers
// pass flat column-major views (FormatArg, RealMatrix, CharMatrix), so the
// future array descriptor only needs a thin adapter. Text is bytes: a
// character code below 256 is one byte, a larger one (from %c or %s of a
// number, or a \x escape) is encoded as UTF-8.
//
// Behaviour follows MATLAB. Where GNU Octave 7.3 agrees, the expected strings
// in tests/unit/FormatTest.cpp were produced by octave-cli; the places where
// the two differ are listed in README.md next to this file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mcc::rt {

// One argument of sprintf: a double array or a char array, flattened
// column-major. A numeric argument is `count` values, each consumed by one
// conversion. A char argument is consumed whole by %s (from wherever the
// previous conversion left it) and one character at a time by any other
// conversion, which sees the character code.
struct FormatArg {
  enum Kind { Numeric, Char };
  Kind kind;
  const double* data;  // Numeric only
  const char* text;    // Char only
  size_t count;
  // int64/uint64 arguments also carry their exact values (one of the two),
  // which the integer conversions print: a double cannot hold them all.
  const int64_t* exactSigned = nullptr;
  const uint64_t* exactUnsigned = nullptr;

  static FormatArg numeric(std::span<const double> values) {
    return {Numeric, values.data(), nullptr, values.size()};
  }
  static FormatArg chars(std::string_view s) { return {Char, nullptr, s.data(), s.size()}; }
};

// A real 2-D array, column-major. `logical` marks a MATLAB logical array
// (its elements are 0 or 1); only mat2str prints it differently.
struct RealMatrix {
  const double* data;
  size_t rows;
  size_t cols;
  bool logical = false;
  bool single = false;  // class single: display() says so in a header

  double at(size_t r, size_t c) const { return data[c * rows + r]; }
  size_t numel() const { return rows * cols; }
};

// A 2-D char array, column-major.
struct CharMatrix {
  const char* data;
  size_t rows;
  size_t cols;
};

// A MATLAB char matrix returned row by row; all rows have the same length.
// An empty result (MATLAB's 0x0 '') has no rows.
using CharRows = std::vector<std::string>;

// sprintf(format, A1, ..., An): the format is recycled over all argument
// elements; escapes (\n \t \\ \a \r \f \v \b \xH... \ooo) and %% are
// translated; an invalid operator or escape ends the output there.
std::string sprintf(std::string_view format, std::span<const FormatArg> args);
// Decodes the escape at text[i] == '\\' (\n, \t, \\, \x.., octal, ...) into
// `out` and moves `i` past it; false for an escape MATLAB rejects (nothing
// is consumed then).
bool decodeEscape(std::string_view text, size_t& i, std::string& out);

// num2str(x): integers exactly, other values with %g and
// max(floor(log10(max|x|)) + 5, 5) significant digits (at most 16), matrices
// column-aligned and trimmed of common leading blanks.
std::string num2str(double x);
CharRows num2str(RealMatrix x);
// num2str(x, precision): at most `precision` significant digits (%g).
CharRows num2str(RealMatrix x, int precision);
// num2str(x, format): sprintf(format, row) for every row, then trimmed.
CharRows num2str(RealMatrix x, std::string_view format);

// int2str(x): rounds half away from zero, then formats like num2str.
std::string int2str(double x);
CharRows int2str(RealMatrix x);

// mat2str(x, n): MATLAB syntax such as '[1 2;3 4]' with n significant digits
// (%.ng, default 15); logical arrays print true/false.
std::string mat2str(RealMatrix x, int precision = 15);
// mat2str of a char array: quoted rows such as '['ab';'cd']'.
std::string mat2str(CharMatrix x);

}  // namespace mcc::rt
