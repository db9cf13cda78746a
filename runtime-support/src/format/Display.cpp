// display and disp: MATLAB's Command Window text for a value.
//
// A value is rendered once into its parts (a header that only display()
// prints, such as "  1×3 logical array"; a common scale-factor line; the
// element rows cut into column blocks) and then assembled with the blank
// lines of the chosen line spacing. The numeric rules (which format, how
// wide a column is, when a scale factor is used) are in chooseRealFormat and
// chooseComplexFormat; DISPLAY.md gives the source of each.
#include "format/Display.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace mcc::rt {

namespace {

const char* const kTimes = "\xC3\x97";  // U+00D7 MULTIPLICATION SIGN, as in "1×3 logical array"

// How the elements of one array are written: each takes `width` characters,
// right-aligned, blanks included, so the blanks between columns belong to the
// field. A nonzero `scale` divides every element by 10^scale, announced by a
// "1.0e+03 *" line above the values.
struct NumberFormat {
  enum Kind { Integer, Fixed, Exponent, General };
  Kind kind;
  int width;
  int decimals;
  int scale = 0;
};

// A complex element is "re + imi": the real part in `real`, a blank, the
// sign of the imaginary part, its magnitude in `imag`, and "i".
struct ComplexFormat {
  NumberFormat real;
  NumberFormat imag;
  int width() const { return real.width + imag.width + 3; }
};

struct Block {
  std::string title;  // "  Columns 1 through 8", empty when the matrix fits in one block
  std::string rows;   // one line per row, each ending in '\n'
};

// A value ready to be spaced: `header` is printed by display() only,
// `scaleLine` and `blocks` by both. An empty value is only its header.
struct Rendering {
  std::string header;
  std::string scaleLine;
  std::vector<Block> blocks;
  bool empty = false;
  bool blankAfterDisp = false;  // disp of a non-scalar number array ends with a blank line (loose)
};

std::string sizeText(size_t rows, size_t cols) {
  return std::to_string(rows) + kTimes + std::to_string(cols);
}

std::string padLeft(const std::string& s, int width) {
  return s.size() >= size_t(width) ? s : std::string(size_t(width) - s.size(), ' ') + s;
}

std::string printfNumber(char conversion, int decimals, double v) {
  char format[] = {'%', '.', '*', conversion, '\0'};
  char buffer[512];
  std::snprintf(buffer, sizeof buffer, format, decimals, v);
  return buffer;
}

std::string nonFiniteText(double v) {
  if (std::isnan(v)) return "NaN";
  return v < 0 ? "-Inf" : "Inf";
}

bool isInteger(double v) { return std::isfinite(v) && v == std::round(v); }

// trunc(log10(m)): the power of ten MATLAB's scale factor uses. For m >= 1 it
// is the exponent of m's leading digit (1000.5 gives 3); below 1 it rounds
// towards zero (6.5574e-4 gives -3, shown as 0.6557 under "1.0e-03 *").
int decimalExponent(double m) { return m > 0 ? int(std::trunc(std::log10(m))) : 0; }

double exactPowerOfTen(int n) {
  double p = 1;
  for (int k = 0; k < n; ++k) p *= 10;
  return p;
}

// v / 10^scale, in steps of at most 10^22 (the largest power of ten a
// double holds exactly), multiplying when scale is negative, so that no
// factor overflows: [1e-310 2e-310] scales by 1.0e-309.
double applyScale(double v, int scale) {
  for (; scale > 0; scale -= std::min(scale, 22)) v /= exactPowerOfTen(std::min(scale, 22));
  for (; scale < 0; scale += std::min(-scale, 22)) v *= exactPowerOfTen(std::min(-scale, 22));
  return v;
}

std::string scaleLine(int scale) {
  if (scale == 0) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "   1.0e%c%02d *\n", scale < 0 ? '-' : '+', std::abs(scale));
  return buffer;
}

// Digits after the point: 4 in format short; in format long 15 for a double
// and 7 for a single (format documentation).
int displayDecimals(DisplayOptions::Numeric numeric, bool single) {
  return numeric == DisplayOptions::Short ? 4 : single ? 7 : 15;
}

NumberFormat fixedFormat(DisplayOptions::Numeric numeric, bool single, int scale = 0) {
  int decimals = displayDecimals(numeric, single);
  return numeric == DisplayOptions::Short ? NumberFormat{NumberFormat::Fixed, 10, 4, scale}
                                          : NumberFormat{NumberFormat::Fixed, decimals + 5, decimals, scale};
}

NumberFormat exponentFormat(DisplayOptions::Numeric numeric, bool single) {
  int decimals = displayDecimals(numeric, single);
  return numeric == DisplayOptions::Short ? NumberFormat{NumberFormat::Exponent, 13, 4}
                                          : NumberFormat{NumberFormat::Exponent, decimals + 11, decimals};
}

// Integers below 1e9 print as integers: six characters a column up to 999,
// twelve from 1000 on.
NumberFormat integerFormat(double maxAbs) {
  return NumberFormat{NumberFormat::Integer, maxAbs < 1000 ? 6 : 12, 0};
}

bool outsideFixedRange(int exponent) { return exponent >= 3 || exponent <= -3; }

// One element of a real array under `f`. In a real array an exact zero among
// non-integers is a bare 0 (linspace(-5,5,7) shows "         0"); a complex
// part shows its decimals (1i is "0.0000 + 1.0000i").
std::string formatReal(double v, const NumberFormat& f, bool bareZero = true) {
  if (!std::isfinite(v)) return padLeft(nonFiniteText(v), f.width);
  switch (f.kind) {
    case NumberFormat::Integer:
      return padLeft(printfNumber('f', 0, v == 0 ? 0.0 : v), f.width);  // -0 prints as 0
    case NumberFormat::Fixed:
      if (v == 0) return padLeft(bareZero ? "0" : printfNumber('f', f.decimals, 0.0), f.width);
      return padLeft(printfNumber('f', f.decimals, applyScale(v, f.scale)), f.width);
    case NumberFormat::Exponent:
      return padLeft(printfNumber('e', f.decimals, v), f.width);
    case NumberFormat::General:
      return padLeft(printfNumber('g', f.decimals, v == 0 ? 0.0 : v), f.width);
  }
  return "";
}

// format shortG / longG: %.5g in 13 columns, %.15g in 26 (a single: %.7g
// in 13). Nelson's MATLAB-compatibility tests test_display_matrix_double_shortG.m
// and _longG.m: pi is "       3.1416" and "          3.14159265358979",
// [0 eps] "            0   2.2204e-16", 1e9 "        1e+09" in shortG.
NumberFormat generalFormat(DisplayOptions::Numeric numeric, bool single) {
  if (numeric == DisplayOptions::Short) return NumberFormat{NumberFormat::General, 13, 5};
  return single ? NumberFormat{NumberFormat::General, 13, 7} : NumberFormat{NumberFormat::General, 26, 15};
}

// The format of a real, non-empty double array.
NumberFormat chooseRealFormat(RealMatrix x, const DisplayOptions& options) {
  DisplayOptions::Numeric numeric = options.numeric;
  double maxAbs = 0;
  bool allIntegers = true;
  for (size_t i = 0; i < x.numel(); ++i) {
    double v = x.data[i];
    if (!std::isfinite(v)) continue;  // NaN and Inf neither widen a column nor make it non-integer
    maxAbs = std::max(maxAbs, std::fabs(v));
    allIntegers = allIntegers && isInteger(v);
  }
  if (allIntegers && maxAbs < 1e9) return integerFormat(maxAbs);
  if (options.general) return generalFormat(numeric, x.single);
  int exponent = decimalExponent(maxAbs);
  if (x.numel() == 1)
    return outsideFixedRange(exponent) ? exponentFormat(numeric, x.single) : fixedFormat(numeric, x.single);
  return fixedFormat(numeric, x.single, outsideFixedRange(exponent) ? exponent : 0);
}

std::string formatComplex(std::complex<double> z, const ComplexFormat& f) {
  std::string text = formatReal(z.real(), f.real, false);
  double im = z.imag();
  text += ' ';
  text += im < 0 ? '-' : '+';
  NumberFormat imag = f.imag;
  std::string magnitude;
  if (!std::isfinite(im)) {
    magnitude = padLeft(std::isnan(im) ? "NaN" : "Inf", imag.width);
  } else if (imag.kind == NumberFormat::Exponent) {
    magnitude = padLeft(printfNumber('e', imag.decimals, std::fabs(im)), imag.width);
  } else {
    magnitude = padLeft(printfNumber('f', imag.decimals, applyScale(std::fabs(im), imag.scale)), imag.width);
  }
  return text + magnitude + "i";
}

// Complex elements always show decimals. The real part has room for a sign
// and two integer digits, the imaginary part for two integer digits, so the
// common scale factor starts at 100 rather than at 1000.
ComplexFormat chooseComplexFormat(ComplexMatrix x, DisplayOptions::Numeric numeric) {
  double maxAbs = 0;
  for (size_t i = 0; i < x.numel(); ++i)
    for (double part : {x.data[i].real(), x.data[i].imag()})
      if (std::isfinite(part)) maxAbs = std::max(maxAbs, std::fabs(part));
  int exponent = decimalExponent(maxAbs);
  bool outside = exponent >= 2 || exponent <= -3;
  int decimals = displayDecimals(numeric, x.single);
  if (x.numel() == 1 && outside) {
    int imagWidth = decimals + 7;  // d.dddde+dd and a blank
    return {{NumberFormat::Exponent, imagWidth + 2, decimals}, {NumberFormat::Exponent, imagWidth, decimals}};
  }
  int scale = outside ? exponent : 0;
  int imagWidth = decimals + 3;  // dd.dddd
  return {{NumberFormat::Fixed, imagWidth + 2, decimals, scale}, {NumberFormat::Fixed, imagWidth, decimals, scale}};
}

// Cuts columns into blocks that fit the line width. `element(r, c)` gives the
// text of one element, `width` characters wide.
template <class ElementText>
std::vector<Block> columnBlocks(size_t rows, size_t cols, size_t width, size_t lineWidth, ElementText element) {
  size_t perBlock = std::max<size_t>(1, lineWidth / width);
  std::vector<Block> blocks;
  for (size_t first = 0; first < cols; first += perBlock) {
    size_t last = std::min(cols, first + perBlock);  // one past the block's last column
    Block block;
    if (cols > perBlock) {
      block.title = last - first == 1 ? "  Column " + std::to_string(first + 1)
                                      : "  Columns " + std::to_string(first + 1) + " through " + std::to_string(last);
    }
    for (size_t r = 0; r < rows; ++r) {
      for (size_t c = first; c < last; ++c) block.rows += element(r, c);
      block.rows += '\n';
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::string emptyDoubleText(size_t rows, size_t cols) {
  if (rows == 0 && cols == 0) return "     []\n";
  const char* shape = rows == 1 ? "row vector" : cols == 1 ? "column vector" : "matrix";
  return "  " + sizeText(rows, cols) + " empty double " + shape + "\n";
}

// The header display() puts above a value of a numeric class other than
// double: "  int8" for a scalar, "  1×3 int8 row vector", "  2×1 single
// column vector", "  2×2 uint16 matrix", "  0×0 empty int8 matrix" (Nelson's
// MATLAB-compatibility test test_display_header.m).
std::string classHeader(const char* cls, size_t rows, size_t cols) {
  if (rows * cols == 1) return "  " + std::string(cls) + "\n";
  const char* shape = rows == 1 ? "row vector" : cols == 1 ? "column vector" : "matrix";
  return "  " + sizeText(rows, cols) + (rows * cols == 0 ? " empty " : " ") + cls + " " + shape + "\n";
}

// Integers print exactly, right-aligned in columns as wide as the widest
// element, three blanks apart ("   1   2", "  100    -3").
Rendering renderInteger(IntegerMatrix x, const DisplayOptions& options) {
  Rendering r;
  r.header = classHeader(x.className, x.rows, x.cols);
  if (x.numel() == 0) {
    r.empty = true;
    return r;
  }
  r.blankAfterDisp = x.numel() > 1;
  size_t width = 1;
  for (size_t j = 0; j < x.cols; ++j)
    for (size_t i = 0; i < x.rows; ++i) width = std::max(width, x.text(i, j).size());
  r.blocks = columnBlocks(x.rows, x.cols, width + 3, options.width,
                          [&](size_t i, size_t j) { return padLeft(x.text(i, j), int(width + 3)); });
  return r;
}

Rendering renderReal(RealMatrix x, const DisplayOptions& options) {
  Rendering r;
  if (x.numel() == 0) {
    r.empty = true;
    r.header = x.logical  ? "  " + sizeText(x.rows, x.cols) + " empty logical array\n"
               : x.single ? classHeader("single", x.rows, x.cols)
                          : emptyDoubleText(x.rows, x.cols);
    return r;
  }
  r.blankAfterDisp = x.numel() > 1;
  if (x.logical) {
    r.header = x.numel() == 1 ? "  logical\n" : "  " + sizeText(x.rows, x.cols) + " logical array\n";
    r.blocks = columnBlocks(x.rows, x.cols, 4, options.width,
                            [&](size_t i, size_t j) { return x.at(i, j) != 0 ? "   1" : "   0"; });
    return r;
  }
  if (x.single) r.header = classHeader("single", x.rows, x.cols);
  NumberFormat f = chooseRealFormat(x, options);
  r.scaleLine = scaleLine(f.scale);
  r.blocks = columnBlocks(x.rows, x.cols, size_t(f.width), options.width,
                          [&](size_t i, size_t j) { return formatReal(x.at(i, j), f); });
  return r;
}

Rendering renderComplex(ComplexMatrix x, const DisplayOptions& options) {
  Rendering r;
  if (x.numel() == 0) {
    r.empty = true;
    r.header = x.single ? classHeader("single", x.rows, x.cols) : emptyDoubleText(x.rows, x.cols);
    return r;
  }
  r.blankAfterDisp = x.numel() > 1;
  if (x.single) r.header = classHeader("single", x.rows, x.cols);
  ComplexFormat f = chooseComplexFormat(x, options.numeric);
  r.scaleLine = scaleLine(f.real.scale);
  r.blocks = columnBlocks(x.rows, x.cols, size_t(f.width()), options.width,
                          [&](size_t i, size_t j) { return formatComplex(x.at(i, j), f); });
  return r;
}

// display() quotes each row and, for anything but one row, says the size
// first; disp() prints the rows as they are.
Rendering renderChar(CharMatrix x, bool quoted) {
  Rendering r;
  if (x.rows * x.cols == 0) {
    r.empty = true;
    r.header = "  " + sizeText(x.rows, x.cols) + " empty char array\n";
    return r;
  }
  if (quoted && x.rows != 1) r.header = "  " + sizeText(x.rows, x.cols) + " char array\n";
  Block block;
  for (size_t i = 0; i < x.rows; ++i) {
    std::string row;
    for (size_t j = 0; j < x.cols; ++j) row += x.data[j * x.rows + i];
    block.rows += quoted ? "    '" + row + "'\n" : row + "\n";
  }
  r.blocks.push_back(std::move(block));
  return r;
}

std::string joinBlocks(const Rendering& r, const std::string& blank) {
  std::string out = r.scaleLine.empty() ? "" : r.scaleLine + blank;
  for (size_t k = 0; k < r.blocks.size(); ++k) {
    if (k > 0) out += blank;
    if (!r.blocks[k].title.empty()) out += r.blocks[k].title + "\n" + blank;
    out += r.blocks[k].rows;
  }
  return out;
}

// Loose spacing puts a blank line before "name =", after it, after the
// header and after the value; compact spacing drops them all.
std::string assembleDisplay(std::string_view name, const Rendering& r, const DisplayOptions& options) {
  std::string blank = options.spacing == DisplayOptions::Loose ? "\n" : "";
  std::string out = blank + std::string(name) + " =\n" + blank;
  if (!r.header.empty()) out += r.header + (r.empty ? "" : blank);
  return out + joinBlocks(r, blank) + blank;
}

std::string assembleDisp(const Rendering& r, const DisplayOptions& options) {
  if (r.empty) return "";
  std::string blank = options.spacing == DisplayOptions::Loose ? "\n" : "";
  return joinBlocks(r, blank) + (r.blankAfterDisp ? blank : "");
}

}  // namespace

std::string display(std::string_view name, RealMatrix x, const DisplayOptions& options) {
  return assembleDisplay(name, renderReal(x, options), options);
}

std::string display(std::string_view name, CharMatrix x, const DisplayOptions& options) {
  return assembleDisplay(name, renderChar(x, true), options);
}

std::string display(std::string_view name, ComplexMatrix x, const DisplayOptions& options) {
  return assembleDisplay(name, renderComplex(x, options), options);
}

std::string display(std::string_view name, IntegerMatrix x, const DisplayOptions& options) {
  return assembleDisplay(name, renderInteger(x, options), options);
}

std::string disp(IntegerMatrix x, const DisplayOptions& options) {
  return assembleDisp(renderInteger(x, options), options);
}

std::string disp(RealMatrix x, const DisplayOptions& options) { return assembleDisp(renderReal(x, options), options); }

std::string disp(CharMatrix x, const DisplayOptions& options) { return assembleDisp(renderChar(x, false), options); }

std::string disp(ComplexMatrix x, const DisplayOptions& options) {
  return assembleDisp(renderComplex(x, options), options);
}

DisplayOptions& programDisplayOptions() {
  static DisplayOptions options;
  return options;
}

}  // namespace mcc::rt
