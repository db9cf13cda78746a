// display() and disp(): MATLAB's Command Window text for a value.
//
// Every test names the MATLAB output it reproduces. MathWorks documentation
// pages are the first source; where they show no such case, real MATLAB
// output published elsewhere (MATLAB Answers, course notes with pasted
// Command Window sessions) or the expected strings of Nelson's MATLAB-
// compatibility tests (github.com/nelson-lang/nelson, directory
// modules/display_format/tests, each written as `R = evalc('A = ...')`
// against a MATLAB reference) are cited, and the comment says so. GNU
// Octave's display differs from MATLAB's and is not used.
//
// Documentation pages render examples the way the Live Editor does
// ("y = 1×5" on one line, no blank lines); the value lines are the Command
// Window's, and the framing ("\nname =\n\n" ... "\n") comes from the evalc
// page, which shows the captured Command Window text verbatim.
#include "format/Display.h"

#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <numbers>
#include <string>
#include <vector>

using mcc::rt::CharMatrix;
using mcc::rt::ComplexMatrix;
using mcc::rt::DisplayOptions;
using mcc::rt::RealMatrix;

namespace {

constexpr double kPi = std::numbers::pi;
const std::string kTimes = "\xC3\x97";  // the "×" of "1×3 logical array"

// A real array written row by row, as in MATLAB source, stored column-major.
struct Array {
  std::vector<double> data;
  size_t rows;
  size_t cols;
  bool logical = false;

  RealMatrix view() const { return {data.data(), rows, cols, logical}; }
};

Array mat(size_t rows, size_t cols, const std::vector<double>& rowMajor, bool logical = false) {
  Array a{std::vector<double>(rows * cols), rows, cols, logical};
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) a.data[c * rows + r] = rowMajor[r * cols + c];
  return a;
}

Array row(const std::vector<double>& values) { return mat(1, values.size(), values); }
Array scalar(double v) { return mat(1, 1, {v}); }
Array logicals(size_t rows, size_t cols, const std::vector<double>& rowMajor) {
  return mat(rows, cols, rowMajor, true);
}

std::string display(std::string_view name, const Array& a, DisplayOptions options = {}) {
  return mcc::rt::display(name, a.view(), options);
}
std::string disp(const Array& a, DisplayOptions options = {}) { return mcc::rt::disp(a.view(), options); }

std::string displayText(std::string_view name, std::string_view text) {
  return mcc::rt::display(name, CharMatrix{text.data(), 1, text.size()});
}

// A char matrix from its rows, stored column-major.
struct Chars {
  std::string data;
  size_t rows;
  size_t cols;
  CharMatrix view() const { return {data.data(), rows, cols}; }
};

Chars chars(const std::vector<std::string>& rows) {
  Chars m{std::string(), rows.size(), rows.empty() ? 0 : rows[0].size()};
  m.data.resize(m.rows * m.cols);
  for (size_t r = 0; r < m.rows; ++r)
    for (size_t c = 0; c < m.cols; ++c) m.data[c * m.rows + r] = rows[r][c];
  return m;
}

std::string displayComplex(std::string_view name, const std::vector<std::complex<double>>& values, size_t rows,
                           DisplayOptions options = {}) {
  return mcc::rt::display(name, ComplexMatrix{values.data(), rows, values.size() / rows}, options);
}

DisplayOptions longFormat() {
  DisplayOptions o;
  o.numeric = DisplayOptions::Long;
  return o;
}

DisplayOptions compact() {
  DisplayOptions o;
  o.spacing = DisplayOptions::Compact;
  return o;
}

DisplayOptions wide(size_t width) {
  DisplayOptions o;
  o.width = width;
  return o;
}

}  // namespace

// ---------------------------------------------------------------------------
// Framing: the name line and the blank lines of format loose / compact.

// display page, R2021a (mathworks.com/help/releases/R2021a/matlab/ref/display.html):
// "a = 7" shows "a =", a blank line, "     7". The evalc page
// (mathworks.com/help/matlab/ref/evalc.html) shows that the captured text
// starts with a newline and ends with a blank line after the value.
TEST(DisplayTest, IntegerScalarWithName) { EXPECT_EQ(display("a", scalar(7)), "\na =\n\n     7\n\n"); }

// evalc page (mathworks.com/help/matlab/ref/evalc.html): evalc('magic(5)')
// returns exactly this text (shown there inside the quotes of a char value).
TEST(DisplayTest, EvalcOfMagic5) {
  Array m = mat(5, 5, {17, 24, 1, 8, 15, 23, 5, 7, 14, 16, 4, 6, 13, 20, 22, 10, 12, 19, 21, 3, 11, 18, 25, 2, 9});
  EXPECT_EQ(display("ans", m),
            "\nans =\n\n"
            "    17    24     1     8    15\n"
            "    23     5     7    14    16\n"
            "     4     6    13    20    22\n"
            "    10    12    19    21     3\n"
            "    11    18    25     2     9\n"
            "\n");
}

// DisplayFormatOptions page (mathworks.com/help/matlab/ref/matlab.display.displayformatoptions.html),
// LineSpacing: compact shows "theta =" directly followed by the value; loose
// adds a blank line before "theta =", after it and after the value.
TEST(DisplayTest, CompactSpacing) {
  EXPECT_EQ(display("theta", scalar(kPi / 2), compact()), "theta =\n    1.5708\n");
}
TEST(DisplayTest, LooseSpacing) { EXPECT_EQ(display("theta", scalar(kPi / 2)), "\ntheta =\n\n    1.5708\n\n"); }

// display page, R2021a: "format long; sqrt(2)" shows "ans =" and
// "   1.414213562373095".
TEST(DisplayTest, FormatLongWithName) {
  EXPECT_EQ(display("ans", scalar(std::sqrt(2.0)), longFormat()), "\nans =\n\n   1.414213562373095\n\n");
}

// ---------------------------------------------------------------------------
// Double scalars, format short.

// "Display Format for Numeric Values" (mathworks.com/help/matlab/matlab_prog/display-format-for-numeric-values.html):
// x = 4/3 shows "    1.3333".
TEST(DisplayTest, FourThirds) { EXPECT_EQ(disp(scalar(4.0 / 3)), "    1.3333\n"); }

// format page (mathworks.com/help/matlab/ref/format.html), table: short is
// "3.1416"; disp(pi) prints the value line alone, in the ten-character field.
TEST(DisplayTest, DispPi) { EXPECT_EQ(disp(scalar(kPi)), "    3.1416\n"); }

// Nelson (its format short scalar test): A = -pi shows "   -3.1416" (the
// sign takes a blank of the ten-character field).
TEST(DisplayTest, NegativeNonInteger) { EXPECT_EQ(display("A", scalar(-kPi)), "\nA =\n\n   -3.1416\n\n"); }

// MATLAB Answers 296466 "Format short - how does it work?"
// (mathworks.com/matlabcentral/answers/296466): A = 12.3456789 shows 12.3457.
TEST(DisplayTest, TwoIntegerDigits) { EXPECT_EQ(disp(scalar(12.3456789)), "   12.3457\n"); }

// Nelson: A = pi*100 shows "  314.1593" (three integer digits still fixed).
TEST(DisplayTest, ThreeIntegerDigits) { EXPECT_EQ(disp(scalar(kPi * 100)), "  314.1593\n"); }

// MATLAB Answers 296466: B = 1234.56789 shows 1.2346e+03; the answer quotes
// the format page's Algorithms: outside 10^-3 .. 10^3 the short format
// scales. A scalar is written in e-notation, three blanks first (Nelson:
// A = pi*1000 is "   3.1416e+03").
TEST(DisplayTest, LargeNonIntegerUsesENotation) { EXPECT_EQ(disp(scalar(1234.56789)), "   1.2346e+03\n"); }

// Nelson: A = -pi*1000 is "  -3.1416e+03".
TEST(DisplayTest, NegativeENotation) { EXPECT_EQ(disp(scalar(-kPi * 1000)), "  -3.1416e+03\n"); }

// The brief's example 1.2346e+05, by the rule above (format page,
// Algorithms); the same thirteen-character field as 1234.56789.
TEST(DisplayTest, HundredThousands) { EXPECT_EQ(disp(scalar(123456.789)), "   1.2346e+05\n"); }

// Nelson: A = eps is "   2.2204e-16"; 1e-5 is below 10^-3 as well.
TEST(DisplayTest, SmallNumbersUseENotation) {
  EXPECT_EQ(disp(scalar(2.220446049250313e-16)), "   2.2204e-16\n");
  EXPECT_EQ(disp(scalar(1e-5)), "   1.0000e-05\n");
}

// 0.001 itself is in e-notation: a MATLAB session pasted in public course
// notes (a ridge-regression lab, `lambda = h*number` with h = 0.001 and
// number = 1) shows "lambda =" and "   1.0000e-03". Above it, fixed point:
// cnblogs.com/code-saturne/p/10499591.html shows d = 0.00125 as "    0.0013".
TEST(DisplayTest, ThousandthIsTheBoundary) {
  EXPECT_EQ(display("lambda", scalar(0.001 * 1)), "\nlambda =\n\n   1.0000e-03\n\n");
  EXPECT_EQ(display("d", scalar(0.00125)), "\nd =\n\n    0.0013\n\n");
}

// Nelson: A = 99e99 is "  9.9000e+100"; a three-digit exponent eats a blank.
TEST(DisplayTest, ThreeDigitExponent) { EXPECT_EQ(disp(scalar(99e99)), "  9.9000e+100\n"); }

// ---------------------------------------------------------------------------
// Integer-valued double scalars: six characters up to 999, twelve from 1000
// up to 999999999, e-notation from 1e9.

// Nelson (its format short scalar test): A = 1, -1, 10, -10, 100, -100.
TEST(DisplayTest, SmallIntegers) {
  EXPECT_EQ(disp(scalar(1)), "     1\n");
  EXPECT_EQ(disp(scalar(-1)), "    -1\n");
  EXPECT_EQ(disp(scalar(10)), "    10\n");
  EXPECT_EQ(disp(scalar(-10)), "   -10\n");
}

// Nelson: A = 100 is "   100" and A = -100 is "  -100".
TEST(DisplayTest, ThreeDigitIntegers) {
  EXPECT_EQ(display("A", scalar(100)), "\nA =\n\n   100\n\n");
  EXPECT_EQ(display("A", scalar(-100)), "\nA =\n\n  -100\n\n");
}

// Nelson: A = 1000 is "        1000", A = -1000 is "       -1000". The
// ymd page (mathworks.com/help/matlab/ref/datetime.ymd.html) shows years the
// same way: "        2013".
TEST(DisplayTest, FourDigitIntegersWiden) {
  EXPECT_EQ(display("A", scalar(1000)), "\nA =\n\n        1000\n\n");
  EXPECT_EQ(display("A", scalar(-1000)), "\nA =\n\n       -1000\n\n");
}

// Nelson: A = 1000000 is "     1000000", A = 100000000 is "   100000000",
// A = -100000000 is "  -100000000".
TEST(DisplayTest, NineDigitIntegers) {
  EXPECT_EQ(disp(scalar(1000000)), "     1000000\n");
  EXPECT_EQ(disp(scalar(100000000)), "   100000000\n");
  EXPECT_EQ(disp(scalar(-100000000)), "  -100000000\n");
}

// Nelson: A = 1e9 is "   1.0000e+09", A = -1e9 is "  -1.0000e+09".
TEST(DisplayTest, BillionUsesENotation) {
  EXPECT_EQ(disp(scalar(1e9)), "   1.0000e+09\n");
  EXPECT_EQ(disp(scalar(-1e9)), "  -1.0000e+09\n");
}

// Nelson: A = 1e999 is "   Inf", A = -1e999 is "  -Inf": the six-character
// integer field. NaN is written the same way (Nelson, test_display_NaN.m:
// [NaN 1 3 NaN 2] starts "   NaN").
TEST(DisplayTest, NonFiniteScalars) {
  EXPECT_EQ(display("A", scalar(INFINITY)), "\nA =\n\n   Inf\n\n");
  EXPECT_EQ(disp(scalar(-INFINITY)), "  -Inf\n");
  EXPECT_EQ(disp(scalar(NAN)), "   NaN\n");
}

// Not in MATLAB's documentation: -0 is an integer and prints as 0, as
// MATLAB shows `x = -0` (the integer format has no sign for zero).
TEST(DisplayTest, NegativeZero) { EXPECT_EQ(display("x", scalar(-0.0)), "\nx =\n\n     0\n\n"); }

// ---------------------------------------------------------------------------
// format long.

// format page (mathworks.com/help/matlab/ref/format.html): "format long; pi"
// shows "   3.141592653589793".
TEST(DisplayTest, FormatLongPi) {
  EXPECT_EQ(display("ans", scalar(kPi), longFormat()), "\nans =\n\n   3.141592653589793\n\n");
}

// "Display Format for Numeric Values": format long, x = 4/3 is
// "   1.333333333333333".
TEST(DisplayTest, FormatLongFourThirds) { EXPECT_EQ(disp(scalar(4.0 / 3), longFormat()), "   1.333333333333333\n"); }

// cnblogs.com/code-saturne/p/10499591.html: format long, a = 12.5 is
// "  12.500000000000000": 15 decimals in a 20-character field.
TEST(DisplayTest, FormatLongTwoIntegerDigits) {
  EXPECT_EQ(display("a", scalar(12.5), longFormat()), "\na =\n\n  12.500000000000000\n\n");
}

// Integer-valued doubles do not change with format long (Nelson's format
// long rules: the same six/twelve-character integer fields); the format page
// shows no integer example.
TEST(DisplayTest, FormatLongInteger) { EXPECT_EQ(disp(scalar(7), longFormat()), "     7\n"); }

// format page, example table for x = [4/3 1.2345e-6] (reproduced at
// blog.csdn.net/A_kpt1234/article/details/133253398): format long gives
// 1.333333333333333 and 0.000001234500000, each in the 20-character field.
TEST(DisplayTest, FormatLongRow) {
  EXPECT_EQ(disp(row({4.0 / 3, 1.2345e-6}), longFormat()), "   1.333333333333333   0.000001234500000\n\n");
}

// ---------------------------------------------------------------------------
// Double matrices.

// magic page (mathworks.com/help/matlab/ref/magic.html): M = magic(3).
TEST(DisplayTest, IntegerMatrix) {
  EXPECT_EQ(display("M", mat(3, 3, {8, 1, 6, 3, 5, 7, 4, 9, 2})),
            "\nM =\n\n     8     1     6\n     3     5     7\n     4     9     2\n\n");
}

// disp page (mathworks.com/help/matlab/ref/disp.html): A = [15 150];
// disp(A) shows "    15   150". disp of a non-scalar array ends with a
// blank line in format loose: not visible on the page (Live Editor output);
// taken from MATLAB's Command Window behaviour and Nelson's test_display.m
// (disp(eye(2)) is '     1     0\n     0     1\n\n').
TEST(DisplayTest, DispIntegerRow) { EXPECT_EQ(disp(row({15, 150})), "    15   150\n\n"); }

// Nelson, test_display.m: disp(eye(2)) in format loose.
TEST(DisplayTest, DispIntegerMatrix) { EXPECT_EQ(disp(mat(2, 2, {1, 0, 0, 1})), "     1     0\n     0     1\n\n"); }

// disp page: X = rand(5,3); disp(X) (the values shown there, to 4 decimals).
TEST(DisplayTest, DispNonIntegerMatrix) {
  Array x = mat(5, 3,
                {0.8147, 0.0975, 0.1576, 0.9058, 0.2785, 0.9706, 0.1270, 0.5469, 0.9572, 0.9134, 0.9575, 0.4854,
                 0.6324, 0.9649, 0.8003});
  EXPECT_EQ(disp(x),
            "    0.8147    0.0975    0.1576\n"
            "    0.9058    0.2785    0.9706\n"
            "    0.1270    0.5469    0.9572\n"
            "    0.9134    0.9575    0.4854\n"
            "    0.6324    0.9649    0.8003\n"
            "\n");
}

// ymd page (mathworks.com/help/matlab/ref/datetime.ymd.html): years are
// right-aligned in twelve characters, months and days in six.
TEST(DisplayTest, IntegerColumnsWidenFrom1000) {
  EXPECT_EQ(display("y", row({2013, 2013, 2013, 2014, 2014})),
            "\ny =\n\n        2013        2013        2013        2014        2014\n\n");
  EXPECT_EQ(display("m", row({5, 8, 11, 2, 5})), "\nm =\n\n     5     8    11     2     5\n\n");
  EXPECT_EQ(display("d", row({31, 31, 30, 28, 31})), "\nd =\n\n    31    31    30    28    31\n\n");
}

// linspace page (mathworks.com/help/matlab/ref/linspace.html):
// y1 = linspace(-5,5,7) is "   -5.0000   -3.3333   -1.6667         0 ...":
// an exact zero among non-integers is a bare 0.
TEST(DisplayTest, ExactZeroAmongNonIntegers) {
  Array y = row({-5, -5 + 10.0 / 6, -5 + 20.0 / 6, 0, 5 - 20.0 / 6, 5 - 10.0 / 6, 5});
  EXPECT_EQ(display("y1", y),
            "\ny1 =\n\n   -5.0000   -3.3333   -1.6667         0    1.6667    3.3333    5.0000\n\n");
}

// Format Output page (mathworks.com/access/helpdesk/help/techdoc/matlab_env/format-output.html)
// and the format page: x = [4/3 1.2345e-6] shows "1.3333    0.0000": the
// largest element decides, so no scale factor.
TEST(DisplayTest, SmallElementBesideLargeOne) {
  EXPECT_EQ(display("x", row({4.0 / 3, 1.2345e-6})), "\nx =\n\n    1.3333    0.0000\n\n");
}

// format page, Algorithms (quoted in MATLAB Answers 296466): a largest
// element of 10^3 or more gets a common scale factor. The "1.0e+03 *" line,
// three blanks first and a blank line after, as in Nelson's
// test_display_matrix_double_short.m.
TEST(DisplayTest, ScaleFactor) {
  EXPECT_EQ(display("x", row({1, 1000.5})), "\nx =\n\n   1.0e+03 *\n\n    0.0010    1.0005\n\n");
}

// Nelson, test_display_matrix_double_short.m: A = [1e9 1e99].
TEST(DisplayTest, HugeScaleFactor) {
  EXPECT_EQ(display("A", row({1e9, 1e99})), "\nA =\n\n   1.0e+99 *\n\n    0.0000    1.0000\n\n");
}

// Nelson: A = [6.5574e-04, 6.5574e-04] scales by 1.0e-03 and shows 0.6557:
// the exponent is log10 of the largest element rounded towards zero.
TEST(DisplayTest, SmallScaleFactor) {
  EXPECT_EQ(display("A", row({6.5574e-04, 6.5574e-04})), "\nA =\n\n   1.0e-03 *\n\n    0.6557    0.6557\n\n");
}

// Nelson: A = [0.3729 6.5574e-04 0.1393] is not scaled (largest 0.3729).
TEST(DisplayTest, NoScaleWhenLargestIsModerate) {
  EXPECT_EQ(display("A", row({0.3729, 6.5574e-04, 0.1393})), "\nA =\n\n    0.3729    0.0007    0.1393\n\n");
}

// Nelson's eye(3)*eps rule carried to subnormals: the exponent is -309 and
// the three-digit scale line still holds; no factor 10^309 overflows.
TEST(DisplayTest, SubnormalScaleFactor) {
  EXPECT_EQ(disp(row({1e-310, 2e-310})), "   1.0e-309 *\n\n    0.1000    0.2000\n\n");
}

// Nelson: A = eye(3,3) * eps: scaled by 1.0e-15, zeros stay bare.
TEST(DisplayTest, ScaledMatrixWithZeros) {
  double e = 2.220446049250313e-16;
  EXPECT_EQ(display("A", mat(3, 3, {e, 0, 0, 0, e, 0, 0, 0, e})),
            "\nA =\n\n   1.0e-15 *\n\n"
            "    0.2220         0         0\n"
            "         0    0.2220         0\n"
            "         0         0    0.2220\n\n");
}

// Nelson: A = [0.2220 1 2; 0 0.2220 4; 5 6 0.2220]: integers among
// non-integers get the decimals, the exact zero does not.
TEST(DisplayTest, MixedIntegersAndNonIntegers) {
  EXPECT_EQ(display("A", mat(3, 3, {0.2220, 1, 2, 0, 0.2220, 4, 5, 6, 0.2220})),
            "\nA =\n\n"
            "    0.2220    1.0000    2.0000\n"
            "         0    0.2220    4.0000\n"
            "    5.0000    6.0000    0.2220\n\n");
}

// Nelson, test_display_NaN.m: A = [NaN 1 3 NaN 2] keeps the integer format.
TEST(DisplayTest, NaNInIntegerRow) {
  EXPECT_EQ(display("A", row({NAN, 1, 3, NAN, 2})), "\nA =\n\n   NaN     1     3   NaN     2\n\n");
}

// Nelson, test_display_NaN.m: A = [NaN 1 3.4 NaN 2].
TEST(DisplayTest, NaNInNonIntegerRow) {
  EXPECT_EQ(display("A", row({NAN, 1, 3.4, NAN, 2})),
            "\nA =\n\n       NaN    1.0000    3.4000       NaN    2.0000\n\n");
}

// Not shown in MATLAB's documentation: Inf behaves like NaN (neither changes
// the format nor widens a column), as [NaN 1 3 NaN 2] above.
TEST(DisplayTest, InfInIntegerRow) {
  EXPECT_EQ(display("v", row({1, INFINITY, -INFINITY})), "\nv =\n\n     1   Inf  -Inf\n\n");
}

// A MATLAB session pasted in public course notes (F*F^(-1) of a 4x4
// integer matrix) shows rounding residue as "   -0.0000" next to
// "    1.0000": only an exact zero is a bare 0.
TEST(DisplayTest, TinyNegativeIsMinusZero) {
  EXPECT_EQ(disp(row({1, -1e-17, 0})), "    1.0000   -0.0000         0\n\n");
}

// A MATLAB session pasted in public robotics notes shows
// "  296.3920  242.9680 ...  -81.3920 -117.6440 -131.0000": a negative with
// three integer digits fills the ten-character field.
TEST(DisplayTest, NegativeThreeDigitNonIntegers) {
  EXPECT_EQ(disp(row({296.392, -117.644, -131})), "  296.3920 -117.6440 -131.0000\n\n");
}

// ---------------------------------------------------------------------------
// Column blocks at the 80-character Command Window width.

// github.com/DDQXZcp/PolyU_2020_sem2, EIE4413/EIE4413_lab.md (a pasted
// Command Window session): y = conv(x,h) with 16 integers shows "Columns 1
// through 13" (13 six-character columns: 78 of 80) and "Columns 14 through
// 16", each block followed by a blank line.
TEST(DisplayTest, IntegerColumnBlocks) {
  Array y = row({1, 6, 17, 32, 48, 64, 78, 84, 78, 64, 48, 33, 21, 12, 5, 1});
  EXPECT_EQ(display("y", y),
            "\ny =\n\n"
            "  Columns 1 through 13\n\n"
            "     1     6    17    32    48    64    78    84    78    64    48    33    21\n\n"
            "  Columns 14 through 16\n\n"
            "    12     5     1\n\n");
}

// The same session: a1 = abs(XH), 16 non-integers in blocks of 8 (ten
// characters each: 80 of 80), with a bare 0.
TEST(DisplayTest, NonIntegerColumnBlocks) {
  Array a1 = row({592, 321.7297, 41.4710, 10.5302, 4, 1.7675, 0.3977, 0.0169, 0, 0.0169, 0.3977, 1.7675, 4,
                  10.5302, 41.4710, 321.7297});
  EXPECT_EQ(display("a1", a1),
            "\na1 =\n\n"
            "  Columns 1 through 8\n\n"
            "  592.0000  321.7297   41.4710   10.5302    4.0000    1.7675    0.3977    0.0169\n\n"
            "  Columns 9 through 16\n\n"
            "         0    0.0169    0.3977    1.7675    4.0000   10.5302   41.4710  321.7297\n\n");
}

// The brief's example, "Columns 1 through 8" / "Columns 9 through 10", as in
// a MATLAB session pasted in public course notes (a growing row URt of
// 0.5571 shows "Columns 9 through 10" at ten elements).
TEST(DisplayTest, TenNonIntegerColumns) {
  Array u = row(std::vector<double>(10, 0.5571));
  EXPECT_EQ(display("URt", u),
            "\nURt =\n\n"
            "  Columns 1 through 8\n\n"
            "    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571\n\n"
            "  Columns 9 through 10\n\n"
            "    0.5571    0.5571\n\n");
}

// A last block of one column is "Column N" (cnblogs.com/cszlg/p/2910420.html:
// linspace(1,10) ends with "Column 100"; the URt session above shows
// "Column 9" at nine elements).
TEST(DisplayTest, SingleColumnBlock) {
  Array u = row(std::vector<double>(9, 0.5571));
  EXPECT_EQ(display("URt", u),
            "\nURt =\n\n"
            "  Columns 1 through 8\n\n"
            "    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571\n\n"
            "  Column 9\n\n"
            "    0.5571\n\n");
}

// Eight ten-character columns fit exactly in 80 characters: no blocks
// (the URt session shows eight elements on one line).
TEST(DisplayTest, EightColumnsFit) {
  EXPECT_EQ(disp(row(std::vector<double>(8, 0.5571))),
            "    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571    0.5571\n\n");
}

// A compact-spacing session pasted in public analysis notes shows
// "unitSubset =" then "  Columns 1 through 13" with no blank lines at all.
TEST(DisplayTest, CompactColumnBlocks) {
  std::vector<double> v;
  for (int k = 1; k <= 14; ++k) v.push_back(k);
  EXPECT_EQ(display("v", row(v), compact()),
            "v =\n"
            "  Columns 1 through 13\n"
            "     1     2     3     4     5     6     7     8     9    10    11    12    13\n"
            "  Column 14\n"
            "    14\n");
}

// The scale factor is printed once, above the column blocks (PolyU session,
// XH = X.*H: "   1.0e+02 *" then "  Columns 1 through 4").
TEST(DisplayTest, ScaleFactorAboveBlocks) {
  std::vector<double> v(10, 0.5);
  v[9] = 2000.5;
  EXPECT_EQ(display("v", row(v)),
            "\nv =\n\n   1.0e+03 *\n\n"
            "  Columns 1 through 8\n\n"
            "    0.0005    0.0005    0.0005    0.0005    0.0005    0.0005    0.0005    0.0005\n\n"
            "  Columns 9 through 10\n\n"
            "    0.0005    2.0005\n\n");
}

// disp splits blocks the same way and, being a matrix, ends with a blank line.
TEST(DisplayTest, DispColumnBlocks) {
  std::vector<double> v;
  for (int k = 1; k <= 15; ++k) v.push_back(k);
  EXPECT_EQ(disp(row(v)),
            "  Columns 1 through 13\n\n"
            "     1     2     3     4     5     6     7     8     9    10    11    12    13\n\n"
            "  Columns 14 through 15\n\n"
            "    14    15\n\n");
}

// The width is the Command Window's: a wider window takes more columns.
// cnblogs.com/cszlg/p/2910420.html shows linspace(1,10) nine columns a
// block, "Columns 1 through 9", in a window of 90 to 99 characters.
TEST(DisplayTest, WiderWindow) {
  std::vector<double> v;
  for (int k = 0; k < 10; ++k) v.push_back(1 + k * 9.0 / 99);
  EXPECT_EQ(disp(row(v), wide(90)),
            "  Columns 1 through 9\n\n"
            "    1.0000    1.0909    1.1818    1.2727    1.3636    1.4545    1.5455    1.6364    1.7273\n\n"
            "  Column 10\n\n"
            "    1.8182\n\n");
}

// ---------------------------------------------------------------------------
// Empty arrays.

// Empty Arrays page (mathworks.com/help/matlab/math/empty-arrays.html): A = [].
TEST(DisplayTest, EmptyZeroByZero) { EXPECT_EQ(display("A", mat(0, 0, {})), "\nA =\n\n     []\n\n"); }

// Empty Arrays page: B = zeros(0,5) is "  0×5 empty double matrix".
TEST(DisplayTest, EmptyMatrix) {
  EXPECT_EQ(display("B", mat(0, 5, {})), "\nB =\n\n  0" + kTimes + "5 empty double matrix\n\n");
  EXPECT_EQ(display("x", mat(3, 0, {})), "\nx =\n\n  3" + kTimes + "0 empty double matrix\n\n");
}

// Empty Arrays page: ind = find(A < 0) is "  1×0 empty double row vector"
// (also MATLAB Answers 637135 for 1:0.1).
TEST(DisplayTest, EmptyRowVector) {
  EXPECT_EQ(display("ind", mat(1, 0, {})), "\nind =\n\n  1" + kTimes + "0 empty double row vector\n\n");
}

// Not on the Empty Arrays page: a 0-by-1 array is named a column vector, by
// the same pattern as the row vector (zeros(0,1)).
TEST(DisplayTest, EmptyColumnVector) {
  EXPECT_EQ(display("c", mat(0, 1, {})), "\nc =\n\n  0" + kTimes + "1 empty double column vector\n\n");
}

// disp page: "If a variable contains an empty array, disp returns without
// displaying anything."
TEST(DisplayTest, DispEmptyPrintsNothing) {
  EXPECT_EQ(disp(mat(0, 0, {})), "");
  EXPECT_EQ(disp(mat(0, 3, {})), "");
  EXPECT_EQ(mcc::rt::disp(CharMatrix{"", 0, 0}), "");
}

// In compact spacing the empty message follows the name line directly.
TEST(DisplayTest, EmptyCompact) { EXPECT_EQ(display("A", mat(0, 0, {}), compact()), "A =\n     []\n"); }

// ---------------------------------------------------------------------------
// Logical values.

// isequal page (mathworks.com/help/matlab/ref/isequal.html): tf = isequal(A,B)
// shows "logical" and "   0"; MATLAB Answers 480330 (a Command Window paste)
// shows "ans =", "logical", "0" on separate lines. The class line is
// indented two blanks, the value is a four-character column.
TEST(DisplayTest, LogicalScalar) { EXPECT_EQ(display("tf", logicals(1, 1, {0})), "\ntf =\n\n  logical\n\n   0\n\n"); }

// true page (mathworks.com/help/matlab/ref/true.html): A = true(3) is a
// "3×3 logical array" of "   1   1   1" rows.
TEST(DisplayTest, LogicalMatrix) {
  EXPECT_EQ(display("A", logicals(3, 3, {1, 1, 1, 1, 1, 1, 1, 1, 1})),
            "\nA =\n\n  3" + kTimes + "3 logical array\n\n   1   1   1\n   1   1   1\n   1   1   1\n\n");
}

// MATLAB Answers 480330: x == y for x = [1 2 3 4], y = [1 2 3 5] shows
// "ans =", "1×4 logical array", "1 1 1 0".
TEST(DisplayTest, LogicalRow) {
  EXPECT_EQ(display("ans", logicals(1, 4, {1, 1, 1, 0})),
            "\nans =\n\n  1" + kTimes + "4 logical array\n\n   1   1   1   0\n\n");
}

// disp prints no class or size line: the four-character value of the true
// page, alone.
TEST(DisplayTest, DispLogicalScalar) { EXPECT_EQ(disp(logicals(1, 1, {1})), "   1\n"); }

// disp of a logical array: rows only, and the blank line of a non-scalar.
TEST(DisplayTest, DispLogicalRow) { EXPECT_EQ(disp(logicals(1, 3, {1, 0, 1})), "   1   0   1\n\n"); }

// Nelson, test_display.m: A = logical([]) is "  0×0 empty logical array".
TEST(DisplayTest, EmptyLogical) {
  EXPECT_EQ(display("A", logicals(0, 0, {})), "\nA =\n\n  0" + kTimes + "0 empty logical array\n\n");
}

// Not in MATLAB's documentation: a wide logical row splits like a numeric
// one, twenty four-character columns to 80 characters.
TEST(DisplayTest, WideLogicalRow) {
  std::vector<double> v(25, 1);
  std::string twenty;
  for (int k = 0; k < 20; ++k) twenty += "   1";
  EXPECT_EQ(disp(logicals(1, 25, v)),
            "  Columns 1 through 20\n\n" + twenty + "\n\n  Columns 21 through 25\n\n   1   1   1   1   1\n\n");
}

// ---------------------------------------------------------------------------
// Char arrays.

// char page (mathworks.com/help/matlab/ref/char.html): C = 'Hello, world'
// shows "C =" and "    'Hello, world'".
TEST(DisplayTest, CharRow) { EXPECT_EQ(displayText("C", "Hello, world"), "\nC =\n\n    'Hello, world'\n\n"); }

// The brief's example, as the char page shows it.
TEST(DisplayTest, CharHello) { EXPECT_EQ(displayText("x", "hello"), "\nx =\n\n    'hello'\n\n"); }

// disp page: S = 'Hello World.'; disp(S) prints the text without quotes.
TEST(DisplayTest, DispCharRow) {
  std::string s = "Hello World.";
  EXPECT_EQ(mcc::rt::disp(CharMatrix{s.data(), 1, s.size()}), "Hello World.\n");
}

// char page, conversion table: {'foo','bar'} becomes a "2×3 char array"
// shown as "    'foo'" and "    'bar'".
TEST(DisplayTest, CharMatrix) {
  Chars c = chars({"foo", "bar"});
  EXPECT_EQ(mcc::rt::display("C", c.view()), "\nC =\n\n  2" + kTimes + "3 char array\n\n    'foo'\n    'bar'\n\n");
}

// Nelson, test_display.m: disp(['fa'; 'af']) is 'fa\naf\n'.
TEST(DisplayTest, DispCharMatrix) {
  Chars c = chars({"fa", "af"});
  EXPECT_EQ(mcc::rt::disp(c.view()), "fa\naf\n");
}

// Nelson, test_display.m: A = '' is "  0×0 empty char array".
TEST(DisplayTest, EmptyChar) {
  EXPECT_EQ(mcc::rt::display("A", CharMatrix{"", 0, 0}), "\nA =\n\n  0" + kTimes + "0 empty char array\n\n");
}

// ---------------------------------------------------------------------------
// Complex doubles (an extension).

// A MATLAB session pasted in public course notes: zz = -3 -4i shows
// "  -3.0000 - 4.0000i". Complex parts always show their decimals.
TEST(DisplayTest, ComplexScalar) {
  EXPECT_EQ(displayComplex("zz", {{-3, -4}}, 1), "\nzz =\n\n  -3.0000 - 4.0000i\n\n");
}

// linspace page (mathworks.com/help/matlab/ref/linspace.html):
// linspace(1+2i,10+10i,8) on one line (the Live Editor does not split
// columns; a window of 160 characters does not either): "   1.0000 +
// 2.0000i ... 10.0000 +10.0000i".
TEST(DisplayTest, ComplexRow) {
  std::vector<std::complex<double>> y;
  for (int k = 0; k < 8; ++k) y.push_back({1 + k * 9.0 / 7, 2 + k * 8.0 / 7});
  EXPECT_EQ(displayComplex("y", y, 1, wide(160)),
            "\ny =\n\n"
            "   1.0000 + 2.0000i   2.2857 + 3.1429i   3.5714 + 4.2857i   4.8571 + 5.4286i"
            "   6.1429 + 6.5714i   7.4286 + 7.7143i   8.7143 + 8.8571i  10.0000 +10.0000i\n\n");
}

// PolyU session (EIE4413/EIE4413_lab.md): X1 = fft(x1) shows four complex
// columns (19 characters each) a block.
TEST(DisplayTest, ComplexColumnBlocks) {
  std::vector<std::complex<double>> x{{4, 0}, {1, -2.4142}, {0, 0}, {1, -0.4142},
                                      {0, 0}, {1, 0.4142},  {0, 0}, {1, 2.4142}};
  EXPECT_EQ(displayComplex("X1", x, 1),
            "\nX1 =\n\n"
            "  Columns 1 through 4\n\n"
            "   4.0000 + 0.0000i   1.0000 - 2.4142i   0.0000 + 0.0000i   1.0000 - 0.4142i\n\n"
            "  Columns 5 through 8\n\n"
            "   0.0000 + 0.0000i   1.0000 + 0.4142i   0.0000 + 0.0000i   1.0000 + 2.4142i\n\n");
}

// PolyU session: H = fft(h,16) shows two-digit parts, "  16.0000 + 0.0000i
// 10.4689 -10.4689i   0.0000 -11.6569i  -5.4074 - 5.4074i".
TEST(DisplayTest, ComplexTwoDigitParts) {
  std::vector<std::complex<double>> h{{16, 0}, {10.4689, -10.4689}, {0, -11.6569}, {-5.4074, -5.4074}};
  EXPECT_EQ(displayComplex("H", h, 1),
            "\nH =\n\n  16.0000 + 0.0000i  10.4689 -10.4689i   0.0000 -11.6569i  -5.4074 - 5.4074i\n\n");
}

// PolyU session: XH = X.*H, largest part 592, shows "   1.0e+02 *": complex
// arrays scale from 100 on (two integer digits fit a part's field).
TEST(DisplayTest, ComplexScaleFactor) {
  std::vector<std::complex<double>> xh{{592, 0}, {-301.09, -113.38}, {19.90, 36.38}, {-8.45, -6.28}};
  EXPECT_EQ(displayComplex("XH", xh, 1),
            "\nXH =\n\n   1.0e+02 *\n\n"
            "   5.9200 + 0.0000i  -3.0109 - 1.1338i   0.1990 + 0.3638i  -0.0845 - 0.0628i\n\n");
}

// disp of a complex scalar: the value line alone.
TEST(DisplayTest, DispComplexScalar) {
  std::vector<std::complex<double>> z{{0, 1}};
  EXPECT_EQ(mcc::rt::disp(ComplexMatrix{z.data(), 1, 1}), "   0.0000 + 1.0000i\n");
}

// ---- integer classes and single (Nelson's test_display_header.m: the
// class header above the value, integer columns three blanks apart)

namespace {
mcc::rt::IntegerMatrix int8Row(const std::vector<int64_t>& v) {
  return {"int8", v.data(), nullptr, 1, v.size()};
}
}  // namespace

TEST(DisplayTest, Int8ScalarHeader) {
  std::vector<int64_t> v = {1};
  EXPECT_EQ(display("A", int8Row(v)), "\nA =\n\n  int8\n\n   1\n\n");
}

TEST(DisplayTest, Int8RowVectorHeader) {
  std::vector<int64_t> v = {1, 2};
  EXPECT_EQ(display("A", int8Row(v)), "\nA =\n\n  1" + kTimes + "2 int8 row vector\n\n   1   2\n\n");
}

TEST(DisplayTest, Int8MatrixHeader) {
  std::vector<int64_t> v = {1, 0, 0, 1};  // int8(eye(2,2))
  mcc::rt::IntegerMatrix m{"int8", v.data(), nullptr, 2, 2};
  EXPECT_EQ(display("A", m), "\nA =\n\n  2" + kTimes + "2 int8 matrix\n\n   1   0\n   0   1\n\n");
}

TEST(DisplayTest, Int8EmptyHeaders) {
  mcc::rt::IntegerMatrix empty{"int8", nullptr, nullptr, 0, 0};
  EXPECT_EQ(display("A", empty), "\nA =\n\n  0" + kTimes + "0 empty int8 matrix\n\n");
  mcc::rt::IntegerMatrix column{"int8", nullptr, nullptr, 0, 1};
  EXPECT_EQ(display("A", column), "\nA =\n\n  0" + kTimes + "1 empty int8 column vector\n\n");
  EXPECT_EQ(disp(empty), "");
}

// Columns as wide as the widest element (the minus sign counts), and
// 64-bit values exactly, beyond what a double holds.
TEST(DisplayTest, IntegerWidthsAndExact64Bit) {
  std::vector<int64_t> v = {100, -3, 2, 4};
  mcc::rt::IntegerMatrix m{"int32", v.data(), nullptr, 2, 2};
  EXPECT_EQ(disp(m), "   100     2\n    -3     4\n\n");
  std::vector<uint64_t> big = {18446744073709551615ull};
  mcc::rt::IntegerMatrix u{"uint64", nullptr, big.data(), 1, 1};
  EXPECT_EQ(disp(u), "   18446744073709551615\n");
}

TEST(DisplayTest, SingleHeader) {
  double pi = double(float(kPi));
  RealMatrix s{&pi, 1, 1, false, true};
  EXPECT_EQ(display("s", s), "\ns =\n\n  single\n\n    3.1416\n\n");
  EXPECT_EQ(disp(s), "    3.1416\n");
}

// format page: format long shows "7 digits after the decimal point for single
// values"; the field keeps format long's three leading blanks (width 12).
TEST(DisplayTest, SingleFormatLong) {
  double pi = double(float(kPi));
  RealMatrix s{&pi, 1, 1, false, true};
  EXPECT_EQ(disp(s, longFormat()), "   3.1415927\n");
  std::vector<double> v = {1.5, double(float(1.0 / 3))};
  RealMatrix r{v.data(), 1, 2, false, true};
  EXPECT_EQ(disp(r, longFormat()), "   1.5000000   0.3333333\n\n");
}

DisplayOptions generalFormat(DisplayOptions::Numeric numeric) {
  DisplayOptions o;
  o.numeric = numeric;
  o.general = true;
  return o;
}

// format shortG: Nelson's MATLAB-compatibility test
// test_display_matrix_double_shortG.m (evalc of each assignment).
TEST(DisplayTest, ShortG) {
  DisplayOptions g = generalFormat(DisplayOptions::Short);
  EXPECT_EQ(display("A", scalar(1), g), "\nA =\n\n     1\n\n");
  EXPECT_EQ(display("A", scalar(1e3), g), "\nA =\n\n        1000\n\n");
  EXPECT_EQ(display("A", scalar(1e8), g), "\nA =\n\n   100000000\n\n");
  EXPECT_EQ(display("A", scalar(1e9), g), "\nA =\n\n        1e+09\n\n");
  EXPECT_EQ(display("A", scalar(kPi), g), "\nA =\n\n       3.1416\n\n");
  EXPECT_EQ(display("A", scalar(-INFINITY), g), "\nA =\n\n  -Inf\n\n");
  EXPECT_EQ(display("A", row({0, 2.220446049250313e-16}), g), "\nA =\n\n            0   2.2204e-16\n\n");
  EXPECT_EQ(display("A", row({1e9, 1e99}), g), "\nA =\n\n        1e+09        1e+99\n\n");
  EXPECT_EQ(display("A", row({0.3729, 6.5574e-04, 0.1393}), g),
            "\nA =\n\n       0.3729   0.00065574       0.1393\n\n");
  EXPECT_EQ(display("A", mat(3, 3, {0.222, 1, 2, 0, 0.222, 4, 5, 6, 0.222}), g),
            "\nA =\n\n        0.222            1            2\n"
            "            0        0.222            4\n"
            "            5            6        0.222\n\n");
  EXPECT_EQ(display("A", mat(2, 2, {1, 0, 0, 1}), g), "\nA =\n\n     1     0\n     0     1\n\n");
}

// format longG: Nelson's test_display_matrix_double_longG.m.
TEST(DisplayTest, LongG) {
  DisplayOptions g = generalFormat(DisplayOptions::Long);
  EXPECT_EQ(display("A", scalar(1e8), g), "\nA =\n\n   100000000\n\n");
  EXPECT_EQ(display("A", scalar(1e9), g), "\nA =\n\n                1000000000\n\n");
  EXPECT_EQ(display("A", scalar(1e15), g), "\nA =\n\n                     1e+15\n\n");
  EXPECT_EQ(display("A", scalar(0.1), g), "\nA =\n\n                       0.1\n\n");
  EXPECT_EQ(display("A", scalar(1e-5), g), "\nA =\n\n                     1e-05\n\n");
  EXPECT_EQ(display("A", scalar(kPi), g), "\nA =\n\n          3.14159265358979\n\n");
  EXPECT_EQ(display("A", scalar(-2.220446049250313e-16), g), "\nA =\n\n     -2.22044604925031e-16\n\n");
  EXPECT_EQ(display("A", row({0, 2.220446049250313e-16, NAN}), g),
            "\nA =\n\n                         0      2.22044604925031e-16                       NaN\n\n");
}
