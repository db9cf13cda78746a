// Format unit tests: sprintf, num2str, int2str and mat2str of runtime-support.
//
// A line that ends in `// octave: EXPR` expects exactly what GNU Octave 7.3
// prints for EXPR; `python3 runtime-support/src/format/octave_expected.py
// check` re-runs every such EXPR in octave-cli and compares. Those lines were
// produced by the script's `emit` mode, not written by hand. The tests whose
// comments cite MATLAB instead cover the places where Octave differs from
// MATLAB; runtime-support/src/format/README.md lists them.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include "format/Format.h"

using mcc::rt::CharMatrix;
using mcc::rt::CharRows;
using mcc::rt::FormatArg;
using mcc::rt::int2str;
using mcc::rt::mat2str;
using mcc::rt::num2str;
using mcc::rt::RealMatrix;

namespace {

const double pi = std::numbers::pi;
const double eps = std::numeric_limits<double>::epsilon();
const double Inf = std::numeric_limits<double>::infinity();
const double NaN = std::numeric_limits<double>::quiet_NaN();

// One MATLAB value that owns its data: a double/logical matrix or a char row.
struct Val {
  std::vector<double> data;  // column-major
  size_t rows = 0, cols = 0;
  bool logical = false;
  bool isChar = false;
  std::string text;

  operator RealMatrix() const { return {data.data(), rows, cols, logical}; }
  FormatArg arg() const { return isChar ? FormatArg::chars(text) : FormatArg::numeric(data); }
};

// mat(2, 2, {1, 2, 3, 4}) is MATLAB's [1 2; 3 4]: values are given row by row.
Val mat(size_t rows, size_t cols, std::vector<double> rowMajor, bool logical = false) {
  Val v{std::vector<double>(rows * cols), rows, cols, logical, false, {}};
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) v.data[c * rows + r] = rowMajor[r * cols + c];
  return v;
}
Val logicals(size_t rows, size_t cols, std::vector<double> rowMajor) { return mat(rows, cols, rowMajor, true); }
Val row(std::vector<double> v) { return mat(1, v.size(), v); }
Val col(std::vector<double> v) { return mat(v.size(), 1, v); }
Val n(std::vector<double> v) { return row(v); }
Val n(double v) { return row({v}); }
Val none() { return mat(0, 0, {}); }
Val c(std::string s) { return Val{{}, 1, s.size(), false, true, s}; }

template <typename... Vals>
std::string sp(std::string_view format, const Vals&... vals) {
  std::vector<FormatArg> args{vals.arg()...};
  return mcc::rt::sprintf(format, args);
}

// A char matrix given row by row, for mat2str.
struct Chars {
  std::string data;  // column-major
  size_t rows = 0, cols = 0;
  operator CharMatrix() const { return {data.data(), rows, cols}; }
};
Chars chars(std::vector<std::string> rows) {
  Chars m{std::string(rows.size() * (rows.empty() ? 0 : rows[0].size()), ' '), rows.size(),
          rows.empty() ? 0 : rows[0].size()};
  for (size_t r = 0; r < m.rows; ++r)
    for (size_t c = 0; c < m.cols; ++c) m.data[c * m.rows + r] = rows[r][c];
  return m;
}

}  // namespace

// --- GNU Octave agrees with MATLAB: expectations from octave-cli ---------

TEST(Sprintf, Integer) {
  EXPECT_EQ(sp("%d", n(42)), "42");  // octave: sprintf('%d', 42)
  EXPECT_EQ(sp("%d", n(true)), "1");  // octave: sprintf('%d', true)
}

TEST(Sprintf, WidthAndPrecisionOverAVector) {
  EXPECT_EQ(sp("%5.2f|", n({1, 2.5, -3})), " 1.00| 2.50|-3.00|");  // octave: sprintf('%5.2f|', [1 2.5 -3])
}

TEST(Sprintf, LiteralTextAndScalars) {
  EXPECT_EQ(sp("The array is %dx%d.", n(2), n(3)), "The array is 2x3.");  // octave: sprintf('The array is %dx%d.', 2, 3)
}

TEST(Sprintf, DocExponentFormat) {
  EXPECT_EQ(sp("%0.5e", n(1 / eps)), "4.50360e+15");  // octave: sprintf('%0.5e', 1/eps)
}

TEST(Sprintf, DocFixedFormat) {
  EXPECT_EQ(sp("%0.5f", n(1 / eps)), "4503599627370496.00000");  // octave: sprintf('%0.5f', 1/eps)
}

TEST(Sprintf, DocGeneralFormat) {
  EXPECT_EQ(sp("%0.5g", n(1 / eps)), "4.5036e+15");  // octave: sprintf('%0.5g', 1/eps)
}

TEST(Sprintf, ZeroFlagPadsToWidth) {
  EXPECT_EQ(sp("%025d", n(123456)), "0000000000000000000123456");  // octave: sprintf('%025d', 123456)
}

TEST(Sprintf, OneValueManyConversions) {
  EXPECT_EQ(sp("%d %f %e %X", n({46, 46, 46, 46})), "46 46.000000 4.600000e+01 2E");  // octave: sprintf('%d %f %e %X', 46*ones(1,4))
}

TEST(Sprintf, RecyclingStopsAtFirstConversionWithoutData) {
  EXPECT_EQ(sp("%d and %d\\n", n(1), n(2), n(3)), "1 and 2\n3 and ");  // octave: sprintf('%d and %d\n', 1, 2, 3)
  EXPECT_EQ(sp("[%d %d]", n(1), n(2), n(3)), "[1 2][3 ");  // octave: sprintf('[%d %d]', 1, 2, 3)
  EXPECT_EQ(sp("%5.1f %5.1f\\n", mat(3, 3, {8, 1, 6, 3, 5, 7, 4, 9, 2})), "  8.0   3.0\n  4.0   1.0\n  5.0   9.0\n  6.0   7.0\n  2.0 ");  // octave: sprintf('%5.1f %5.1f\n', magic(3))
  EXPECT_EQ(sp("%d %d", n(1)), "1 ");  // octave: sprintf('%d %d', 1)
}

TEST(Sprintf, MatrixIsReadColumnMajor) {
  EXPECT_EQ(sp("%d,", mat(2, 2, {1, 2, 3, 4})), "1,3,2,4,");  // octave: sprintf('%d,', [1 2; 3 4])
}

TEST(Sprintf, MatrixRowsViaRecycling) {
  EXPECT_EQ(sp("%d %d\\n", mat(2, 2, {1, 2, 3, 4})), "1 3\n2 4\n");  // octave: sprintf('%d %d\n', [1 2; 3 4])
}

TEST(Sprintf, MixedCharAndNumericArguments) {
  EXPECT_EQ(sp("%s=%d\\n", c("a"), n(1), c("bb"), n(2)), "a=1\nbb=2\n");  // octave: sprintf('%s=%d\n', 'a', 1, 'bb', 2)
  EXPECT_EQ(sp("%d %s|", n(1), c("ab"), n(2), c("cd")), "1 ab|2 cd|");  // octave: sprintf('%d %s|', 1, 'ab', 2, 'cd')
}

TEST(Sprintf, FormatWithoutConversionPrintsOnce) {
  EXPECT_EQ(sp("no conversion", n(1), n(2)), "no conversion");  // octave: sprintf('no conversion', 1, 2)
  EXPECT_EQ(sp("hello"), "hello");  // octave: sprintf('hello')
}

TEST(Sprintf, PercentSConsumesWholeCharArgument) {
  EXPECT_EQ(sp("%s-", c("abc"), c("de")), "abc-de-");  // octave: sprintf('%s-', 'abc', 'de')
  EXPECT_EQ(sp("%s", c("abc"), c("def")), "abcdef");  // octave: sprintf('%s', 'abc', 'def')
  EXPECT_EQ(sp("%s %s", c("ab"), c("cd"), c("ef")), "ab cdef ");  // octave: sprintf('%s %s', 'ab', 'cd', 'ef')
}

TEST(Sprintf, CharUnderNumericConversionIsCodes) {
  EXPECT_EQ(sp("%d,", c("abc")), "97,98,99,");  // octave: sprintf('%d,', 'abc')
  EXPECT_EQ(sp("%d %f", c("10")), "49 48.000000");  // octave: sprintf('%d %f', '10')
}

TEST(Sprintf, PercentSTakesRestOfPartlyReadCharArgument) {
  EXPECT_EQ(sp("%d %s\\n", c("abc")), "97 bc\n");  // octave: sprintf('%d %s\n', 'abc')
}

TEST(Sprintf, PercentCTakesOneCharacter) {
  EXPECT_EQ(sp("%c", c("hello")), "hello");  // octave: sprintf('%c', 'hello')
}

TEST(Sprintf, CharMatrixIsReadColumnMajor) {
  EXPECT_EQ(sp("%s\\n", c("acbd")), "acbd\n");  // octave: sprintf('%s\n', ['ab';'cd'])
}

TEST(Sprintf, TextWidth) {
  EXPECT_EQ(sp("%5s|", c("ab")), "   ab|");  // octave: sprintf('%5s|', 'ab')
  EXPECT_EQ(sp("%-5s|", c("ab")), "ab   |");  // octave: sprintf('%-5s|', 'ab')
  EXPECT_EQ(sp("%5c|", c("a")), "    a|");  // octave: sprintf('%5c|', 'a')
  EXPECT_EQ(sp("%-4c|", c("x")), "x   |");  // octave: sprintf('%-4c|', 'x')
  EXPECT_EQ(sp("%05s|", c("ab")), "   ab|");  // octave: sprintf('%05s|', 'ab')
}

TEST(Sprintf, TextPrecisionTruncates) {
  EXPECT_EQ(sp("%.2s|", c("abcd")), "ab|");  // octave: sprintf('%.2s|', 'abcd')
  EXPECT_EQ(sp("%5.3s|", c("abcdef")), "  abc|");  // octave: sprintf('%5.3s|', 'abcdef')
}

TEST(Sprintf, NumberUnderPercentSIsACharacter) {
  EXPECT_EQ(sp("%s", c("a"), n(66)), "aB");  // octave: sprintf('%s', 'a', 66)
  EXPECT_EQ(sp("%s", n(65)), "A");  // octave: sprintf('%s', 65)
  EXPECT_EQ(sp("%s", n({72, 105})), "Hi");  // octave: sprintf('%s', [72 105])
  EXPECT_EQ(sp("%s", n(3)), "\003");  // octave: sprintf('%s', 3.0)
}

TEST(Sprintf, NumberUnderPercentCIsACharacter) {
  EXPECT_EQ(sp("%c%c%c", n(72), n(105), n(33)), "Hi!");  // octave: sprintf('%c%c%c', 72, 105, 33)
  EXPECT_EQ(sp("%5c|", n(66)), "    B|");  // octave: sprintf('%5c|', 66)
}

TEST(Sprintf, CharacterCodesAbove127) {
  EXPECT_EQ(sp("%c", n(200)), "\310");  // octave: sprintf('%c', 200)
  EXPECT_EQ(sp("%c", n(256)), "\304\200");  // octave: sprintf('%c', 256)
}

TEST(Sprintf, ExponentConversions) {
  EXPECT_EQ(sp("%e", n(12345.678)), "1.234568e+04");  // octave: sprintf('%e', 12345.678)
  EXPECT_EQ(sp("%E", n(pi)), "3.141593E+00");  // octave: sprintf('%E', pi)
  EXPECT_EQ(sp("%.0e", n(12345)), "1e+04");  // octave: sprintf('%.0e', 12345)
  EXPECT_EQ(sp("%10.4e|", n(-pi)), "-3.1416e+00|");  // octave: sprintf('%10.4e|', -pi)
}

TEST(Sprintf, GeneralConversions) {
  EXPECT_EQ(sp("%g", n(1e-5)), "1e-05");  // octave: sprintf('%g', 1e-5)
  EXPECT_EQ(sp("%g", n(123456789)), "1.23457e+08");  // octave: sprintf('%g', 123456789)
  EXPECT_EQ(sp("%G", n(1e-10)), "1E-10");  // octave: sprintf('%G', 1e-10)
  EXPECT_EQ(sp("%g %g %g", n(100000), n(1000000), n(0.0001)), "100000 1e+06 0.0001");  // octave: sprintf('%g %g %g', 100000, 1000000, 0.0001)
  EXPECT_EQ(sp("%.10g", n(2.0 / 3)), "0.6666666667");  // octave: sprintf('%.10g', 2/3)
}

TEST(Sprintf, FloatFlags) {
  EXPECT_EQ(sp("%-+8.2e|", n(12.5)), "+1.25e+01|");  // octave: sprintf('%-+8.2e|', 12.5)
  EXPECT_EQ(sp("% .3f", n(2)), " 2.000");  // octave: sprintf('% .3f', 2)
  EXPECT_EQ(sp("%+.2e", n(0)), "+0.00e+00");  // octave: sprintf('%+.2e', 0)
  EXPECT_EQ(sp("%#.0f %#g", n(3), n(2)), "3. 2.00000");  // octave: sprintf('%#.0f %#g', 3, 2)
}

TEST(Sprintf, FixedRoundsHalfToEvenBinaryValue) {
  EXPECT_EQ(sp("%.0f %.0f %.0f", n(0.5), n(1.5), n(2.5)), "0 2 2");  // octave: sprintf('%.0f %.0f %.0f', 0.5, 1.5, 2.5)
}

TEST(Sprintf, ManyDigits) {
  EXPECT_EQ(sp("%.20f", n(0.1)), "0.10000000000000000555");  // octave: sprintf('%.20f', 0.1)
  EXPECT_EQ(sp("%.17g", n(0.1)), "0.10000000000000001");  // octave: sprintf('%.17g', 0.1)
  EXPECT_EQ(sp("%f", n(1e300)), "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000");  // octave: sprintf('%f', 1e300)
}

TEST(Sprintf, NegativeZero) {
  EXPECT_EQ(sp("%f", n(-0.0)), "-0.000000");  // octave: sprintf('%f', -0)
  EXPECT_EQ(sp("%g", n(-0.0)), "-0");  // octave: sprintf('%g', -0)
  EXPECT_EQ(sp("%i", n(-0.0)), "0");  // octave: sprintf('%i', -0)
}

TEST(Sprintf, IntegerFlags) {
  EXPECT_EQ(sp("%+d % d %05d %-5d|", n(5), n(5), n(-5), n(5)), "+5  5 -0005 5    |");  // octave: sprintf('%+d % d %05d %-5d|', 5, 5, -5, 5)
  EXPECT_EQ(sp("%-05d|", n(7)), "7    |");  // octave: sprintf('%-05d|', 7)
}

TEST(Sprintf, IntegerPrecisionIsMinimumDigits) {
  EXPECT_EQ(sp("%5.2d|", n(7)), "   07|");  // octave: sprintf('%5.2d|', 7)
  EXPECT_EQ(sp("%.3d", n(7)), "007");  // octave: sprintf('%.3d', 7)
}

TEST(Sprintf, HexAndOctal) {
  EXPECT_EQ(sp("%#x %#o %X", n(255), n(8), n(255)), "0xff 010 FF");  // octave: sprintf('%#x %#o %X', 255, 8, 255)
  EXPECT_EQ(sp("%o", n(64)), "100");  // octave: sprintf('%o', 64)
  EXPECT_EQ(sp("%x", n(9007199254740992)), "20000000000000");  // octave: sprintf('%x', 2^53)
}

TEST(Sprintf, LargeIntegersPrintAllDigits) {
  EXPECT_EQ(sp("%d", n(9007199254740992)), "9007199254740992");  // octave: sprintf('%d', 2^53)
  EXPECT_EQ(sp("%d", n(-9007199254740992)), "-9007199254740992");  // octave: sprintf('%d', -2^53)
  EXPECT_EQ(sp("%d", n(4611686018427387904.0)), "4611686018427387904");  // octave: sprintf('%d', 2^62)
  EXPECT_EQ(sp("%d", n(-9223372036854775808.0)), "-9223372036854775808");  // octave: sprintf('%d', -2^63)
}

TEST(Sprintf, LargeUnsignedIntegers) {
  EXPECT_EQ(sp("%u", n(1.8e19)), "18000000000000000000");  // octave: sprintf('%u', 1.8e19)
  EXPECT_EQ(sp("%u", n(4294967295.0 * 4294967295.0)), "18446744065119617024");  // octave: sprintf('%u', (2^32-1)*(2^32-1))
}

TEST(Sprintf, InfAndNaNUnderIntegerConversion) {
  EXPECT_EQ(sp("%d", n(Inf)), "Inf");  // octave: sprintf('%d', Inf)
  EXPECT_EQ(sp("%d", n(-Inf)), "-Inf");  // octave: sprintf('%d', -Inf)
  EXPECT_EQ(sp("%d", n(NaN)), "NaN");  // octave: sprintf('%d', NaN)
  EXPECT_EQ(sp("%d", n(-NaN)), "NaN");  // octave: sprintf('%d', -NaN)
  EXPECT_EQ(sp("%x|", n(NaN)), "NaN|");  // octave: sprintf('%x|', NaN)
}

TEST(Sprintf, InfAndNaNHonourWidth) {
  EXPECT_EQ(sp("%5.1f|", n(NaN)), "  NaN|");  // octave: sprintf('%5.1f|', NaN)
  EXPECT_EQ(sp("%-6f|", n(Inf)), "Inf   |");  // octave: sprintf('%-6f|', Inf)
  EXPECT_EQ(sp("%5.1e|", n(-Inf)), " -Inf|");  // octave: sprintf('%5.1e|', -Inf)
}

TEST(Sprintf, InfAndNaNHonourPlusFlag) {
  EXPECT_EQ(sp("%+f|", n(Inf)), "+Inf|");  // octave: sprintf('%+f|', Inf)
  EXPECT_EQ(sp("%-+6d|", n(NaN)), "+NaN  |");  // octave: sprintf('%-+6d|', NaN)
}

TEST(Sprintf, InfAndNaNIgnoreSpaceAndZeroFlags) {
  EXPECT_EQ(sp("% d|", n(Inf)), "Inf|");  // octave: sprintf('% d|', Inf)
  EXPECT_EQ(sp("%06.2f|", n(-Inf)), "  -Inf|");  // octave: sprintf('%06.2f|', -Inf)
}

TEST(Sprintf, InfAndNaNUnderTextConversions) {
  EXPECT_EQ(sp("%c|", n(Inf)), "Inf|");  // octave: sprintf('%c|', Inf)
  EXPECT_EQ(sp("%s|", n(NaN)), "NaN|");  // octave: sprintf('%s|', NaN)
  EXPECT_EQ(sp("%.1s|", n(Inf)), "Inf|");  // octave: sprintf('%.1s|', Inf)
}

TEST(Sprintf, Escapes) {
  EXPECT_EQ(sp("a\\tb\\\\c\\x41\\101\\n"), "a\tb\\cAA\n");  // octave: sprintf('a\tb\\c\x41\101\n')
  EXPECT_EQ(sp("\\a\\f\\v\\b\\r"), "\007\014\013\010\015");  // octave: sprintf('\a\f\v\b\r')
  EXPECT_EQ(sp("hello\\n"), "hello\n");  // octave: sprintf('hello\n')
}

TEST(Sprintf, EscapedBackslash) {
  EXPECT_EQ(sp("\\\\n"), "\\n");  // octave: sprintf('\\n')
}

TEST(Sprintf, PercentPercent) {
  EXPECT_EQ(sp("%%|%5.2f|", n({1, 2.5})), "%| 1.00|%| 2.50|");  // octave: sprintf('%%|%5.2f|', [1 2.5])
  EXPECT_EQ(sp("%d%%\\n", n(50)), "50%\n");  // octave: sprintf('%d%%\n', 50)
  EXPECT_EQ(sp("a%%b"), "a%b");  // octave: sprintf('a%%b')
}

TEST(Sprintf, HexAndOctalEscapes) {
  EXPECT_EQ(sp("\\x48\\x49"), "HI");  // octave: sprintf('\x48\x49')
  EXPECT_EQ(sp("\\110\\111"), "HI");  // octave: sprintf('\110\111')
}

TEST(Sprintf, OctalEscapeTakesThreeDigits) {
  EXPECT_EQ(sp("\\1234"), "S4");  // octave: sprintf('\1234')
}

TEST(Sprintf, StarWidth) {
  EXPECT_EQ(sp("%*d|", n(5), n(3)), "    3|");  // octave: sprintf('%*d|', 5, 3)
}

TEST(Sprintf, StarWidthAndPrecision) {
  EXPECT_EQ(sp("%-*.*f|", n(8), n(2), n(pi)), "3.14    |");  // octave: sprintf('%-*.*f|', 8, 2, pi)
  EXPECT_EQ(sp("%*.*f|", n(8), n(3), n(pi)), "   3.142|");  // octave: sprintf('%*.*f|', 8, 3, pi)
}

TEST(Sprintf, StarPrecision) {
  EXPECT_EQ(sp("%.*f|", n(2), n(pi), n(3), n(std::exp(1.0))), "3.14|2.718|");  // octave: sprintf('%.*f|', 2, pi, 3, exp(1))
}

TEST(Sprintf, StarWithoutValueStops) {
  EXPECT_EQ(sp("%*d|", n(3)), "");  // octave: sprintf('%*d|', 3)
}

TEST(Sprintf, NoArgumentsStopsAtFirstConversion) {
  EXPECT_EQ(sp("abc %d def"), "abc ");  // octave: sprintf('abc %d def')
  EXPECT_EQ(sp("%d"), "");  // octave: sprintf('%d')
}

TEST(Sprintf, EmptyArgumentPrintsNothing) {
  EXPECT_EQ(sp("%d", none()), "");  // octave: sprintf('%d', [])
  EXPECT_EQ(sp("%s", none()), "");  // octave: sprintf('%s', [])
}

TEST(Sprintf, EmptyArgumentStillPrintsText) {
  EXPECT_EQ(sp("a = %d\\n", none()), "a = \n");  // octave: sprintf('a = %d\n', [])
  EXPECT_EQ(sp("hello %d world", none()), "hello  world");  // octave: sprintf('hello %d world', [])
}

TEST(Sprintf, EmptyArgumentIgnoresNumericWidth) {
  EXPECT_EQ(sp("[%5d]", none()), "[]");  // octave: sprintf('[%5d]', [])
}

TEST(Sprintf, EmptyCharArgumentHonoursTextWidth) {
  EXPECT_EQ(sp("[%5s]", c("")), "[     ]");  // octave: sprintf('[%5s]', '')
  EXPECT_EQ(sp("%s,%s,%s\\n", c("a"), c(""), c("c")), "a,,c\n");  // octave: sprintf('%s,%s,%s\n', 'a', '', 'c')
  EXPECT_EQ(sp("%d|%5s|", n(1), c("")), "1|     |");  // octave: sprintf('%d|%5s|', 1, '')
}

TEST(Sprintf, EmptyArgumentIsOneElement) {
  EXPECT_EQ(sp("a%db%dc", none()), "ab");  // octave: sprintf('a%db%dc', [])
  EXPECT_EQ(sp("a%db%dc", none(), none()), "abc");  // octave: sprintf('a%db%dc', [], [])
  EXPECT_EQ(sp("%d", none(), n(5)), "5");  // octave: sprintf('%d', zeros(1,0), 5)
  EXPECT_EQ(sp("%d|", n(1), none(), n(2)), "1||2|");  // octave: sprintf('%d|', 1, [], 2)
  EXPECT_EQ(sp("%d %d|", n(1), n(2), none(), n(3)), "1 2| 3|");  // octave: sprintf('%d %d|', 1, 2, [], 3)
  EXPECT_EQ(sp("%c", none(), c("x")), "x");  // octave: sprintf('%c', [], 'x')
}

TEST(Num2str, NonIntegerScalarHasFiveSignificantDigits) {
  EXPECT_EQ(num2str(pi), "3.1416");  // octave: num2str(pi)
  EXPECT_EQ(num2str(-pi), "-3.1416");  // octave: num2str(-pi)
  EXPECT_EQ(num2str(0.1), "0.1");  // octave: num2str(0.1)
}

TEST(Num2str, SmallScalarUsesExponent) {
  EXPECT_EQ(num2str(eps), "2.2204e-16");  // octave: num2str(eps)
  EXPECT_EQ(num2str(1e-10), "1e-10");  // octave: num2str(1e-10)
}

TEST(Num2str, MoreDigitsForLargerMagnitudes) {
  EXPECT_EQ(num2str(123.456), "123.456");  // octave: num2str(123.456)
  EXPECT_EQ(num2str(123456789.123), "123456789.123");  // octave: num2str(123456789.123)
}

TEST(Num2str, IntegerScalar) {
  EXPECT_EQ(num2str(42), "42");  // octave: num2str(42)
  EXPECT_EQ(num2str(1e10), "10000000000");  // octave: num2str(1e10)
  EXPECT_EQ(num2str(1), "1");  // octave: num2str(true)
}

TEST(Num2str, NonFiniteScalars) {
  EXPECT_EQ(num2str(Inf), "Inf");  // octave: num2str(Inf)
  EXPECT_EQ(num2str(-Inf), "-Inf");  // octave: num2str(-Inf)
  EXPECT_EQ(num2str(NaN), "NaN");  // octave: num2str(NaN)
}

TEST(Num2str, NegativeZero) {
  EXPECT_EQ(num2str(-0.0), "-0");  // octave: num2str(-0)
}

TEST(Num2str, IntegerRowHasTwoSpaceColumns) {
  EXPECT_EQ(num2str(row({1, 2, 3})), (CharRows{"1  2  3"}));  // octave: num2str([1 2 3])
}

TEST(Num2str, IntegerRowWithNegatives) {
  EXPECT_EQ(num2str(row({1, -2, 3})), (CharRows{"1 -2  3"}));  // octave: num2str([1 -2 3])
}

TEST(Num2str, IntegerRowWidthFromLargestMagnitude) {
  EXPECT_EQ(num2str(row({10, 200, -3000})), (CharRows{"10   200 -3000"}));  // octave: num2str([10 200 -3000])
}

TEST(Num2str, NonIntegerRowSharesOneFieldWidth) {
  EXPECT_EQ(num2str(row({1.5, 2.25, -3})), (CharRows{"1.5        2.25          -3"}));  // octave: num2str([1.5 2.25 -3])
  EXPECT_EQ(num2str(row({0.001, 1000.5})), (CharRows{"0.001         1000.5"}));  // octave: num2str([0.001 1000.5])
}

TEST(Num2str, NonFiniteInMatrix) {
  EXPECT_EQ(num2str(row({1, NaN})), (CharRows{"1  NaN"}));  // octave: num2str([1 NaN])
  EXPECT_EQ(num2str(row({pi, Inf})), (CharRows{"3.1416         Inf"}));  // octave: num2str([pi Inf])
  EXPECT_EQ(num2str(mat(2, 2, {1.5, NaN, -Inf, 2})), (CharRows{" 1.5         NaN", "-Inf           2"}));  // octave: num2str([1.5 NaN; -Inf 2])
}

TEST(Num2str, IntegerMatrixColumnsAlign) {
  EXPECT_EQ(num2str(mat(2, 2, {1, 2, 3, 4})), (CharRows{"1  2", "3  4"}));  // octave: num2str([1 2; 3 4])
  EXPECT_EQ(num2str(mat(3, 3, {8, 1, 6, 3, 5, 7, 4, 9, 2})), (CharRows{"8  1  6", "3  5  7", "4  9  2"}));  // octave: num2str(magic(3))
  EXPECT_EQ(num2str(mat(2, 2, {-1, -2, -3, -4})), (CharRows{"-1 -2", "-3 -4"}));  // octave: num2str(-[1 2; 3 4])
}

TEST(Num2str, EmptyIsEmpty) {
  EXPECT_EQ(num2str(mat(0, 0, {})), (CharRows{}));  // octave: num2str([])
}

TEST(Num2str, PrecisionIsSignificantDigits) {
  EXPECT_EQ(num2str(row({pi}), 8), (CharRows{"3.1415927"}));  // octave: num2str(pi, 8)
  EXPECT_EQ(num2str(row({3}), 4), (CharRows{"3"}));  // octave: num2str(3, 4)
}

TEST(Num2str, PrecisionAppliesToIntegers) {
  EXPECT_EQ(num2str(row({123456789}), 4), (CharRows{"1.235e+08"}));  // octave: num2str(123456789, 4)
}

TEST(Num2str, PrecisionColumnAligns) {
  EXPECT_EQ(num2str(col({pi, -std::exp(1.0)}), 4), (CharRows{" 3.142", "-2.718"}));  // octave: num2str([pi; -exp(1)], 4)
}

TEST(Num2str, DocPrecisionExample) {
  EXPECT_EQ(num2str(mat(2, 2, {0.5377, -2.2588, 1.8339, 0.8622}), 3), (CharRows{"0.538     -2.26", " 1.83     0.862"}));  // octave: num2str([0.5377 -2.2588; 1.8339 0.8622], 3)
}

TEST(Num2str, FormatResultIsTrimmed) {
  EXPECT_EQ(num2str(row({pi}), "%10.5f"), (CharRows{"3.14159"}));  // octave: num2str(pi, '%10.5f')
  EXPECT_EQ(num2str(row({pi}), "%.2f"), (CharRows{"3.14"}));  // octave: num2str(pi, '%.2f')
}

TEST(Num2str, FormatAddsNoSpaces) {
  EXPECT_EQ(num2str(row({1, 2, 3}), "%d,"), (CharRows{"1,2,3,"}));  // octave: num2str([1 2 3], '%d,')
  EXPECT_EQ(num2str(mat(2, 2, {1, 2, 3, 4}), "%d"), (CharRows{"12", "34"}));  // octave: num2str([1 2; 3 4], '%d')
}

TEST(Num2str, FormatRowsArePaddedRight) {
  EXPECT_EQ(num2str(col({1, 10}), "%d"), (CharRows{"1 ", "10"}));  // octave: num2str([1; 10], '%d')
}

TEST(Int2str, RoundsHalfAwayFromZero) {
  EXPECT_EQ(int2str(2.5), "3");  // octave: int2str(2.5)
  EXPECT_EQ(int2str(-2.5), "-3");  // octave: int2str(-2.5)
  EXPECT_EQ(int2str(0.5), "1");  // octave: int2str(0.5)
}

TEST(Int2str, NegativeZero) {
  EXPECT_EQ(int2str(-0.4), "-0");  // octave: int2str(-0.4)
}

TEST(Int2str, NonFinite) {
  EXPECT_EQ(int2str(NaN), "NaN");  // octave: int2str(NaN)
  EXPECT_EQ(int2str(row({1, Inf})), (CharRows{"1  Inf"}));  // octave: int2str([1 Inf])
}

TEST(Int2str, LargeValuesPrintAllDigits) {
  EXPECT_EQ(int2str(1e20), "100000000000000000000");  // octave: int2str(1e20)
}

TEST(Int2str, RoundsEveryElement) {
  EXPECT_EQ(int2str(row({1.4, 1.6, -2.5})), (CharRows{"1  2 -3"}));  // octave: int2str([1.4 1.6 -2.5])
}

TEST(Int2str, MatrixColumnsAlign) {
  EXPECT_EQ(int2str(mat(2, 2, {1, 2, 30, -4})), (CharRows{" 1   2", "30  -4"}));  // octave: int2str([1 2; 30 -4])
}

TEST(Int2str, EmptyIsEmpty) {
  EXPECT_EQ(int2str(mat(0, 0, {})), (CharRows{}));  // octave: int2str([])
}

TEST(Mat2str, Matrix) {
  EXPECT_EQ(mat2str(mat(2, 2, {1, 2, 3, 4})), "[1 2;3 4]");  // octave: mat2str([1 2; 3 4])
  EXPECT_EQ(mat2str(mat(3, 3, {8, 1, 6, 3, 5, 7, 4, 9, 2})), "[8 1 6;3 5 7;4 9 2]");  // octave: mat2str(magic(3))
}

TEST(Mat2str, ColumnVector) {
  EXPECT_EQ(mat2str(col({1, 2, 3})), "[1;2;3]");  // octave: mat2str([1; 2; 3])
}

TEST(Mat2str, ScalarHasFifteenDigitsAndNoBrackets) {
  EXPECT_EQ(mat2str(row({pi})), "3.14159265358979");  // octave: mat2str(pi)
}

TEST(Mat2str, PrecisionAndNonFinite) {
  EXPECT_EQ(mat2str(row({pi, -Inf, NaN}), 4), "[3.142 -Inf NaN]");  // octave: mat2str([pi -Inf NaN], 4)
}

TEST(Mat2str, DocExamples) {
  EXPECT_EQ(mat2str(mat(2, 2, {3.85, 2.91, 7.74, 8.99})), "[3.85 2.91;7.74 8.99]");  // octave: mat2str([3.85 2.91; 7.74 8.99])
  EXPECT_EQ(mat2str(row({3.1416, 2.7183}), 3), "[3.14 2.72]");  // octave: mat2str([3.1416 2.7183], 3)
}

TEST(Mat2str, ShortestDigits) {
  EXPECT_EQ(mat2str(row({0.1})), "0.1");  // octave: mat2str(0.1)
  EXPECT_EQ(mat2str(row({1e20})), "1e+20");  // octave: mat2str(1e20)
  EXPECT_EQ(mat2str(row({1e-5})), "1e-05");  // octave: mat2str(1e-5)
}

TEST(Mat2str, NegativeZero) {
  EXPECT_EQ(mat2str(row({-0.0})), "-0");  // octave: mat2str(-0)
}

TEST(Mat2str, EmptyIsBrackets) {
  EXPECT_EQ(mat2str(mat(0, 0, {})), "[]");  // octave: mat2str([])
}

TEST(Mat2str, Logical) {
  EXPECT_EQ(mat2str(logicals(1, 1, {1})), "true");  // octave: mat2str(true)
  EXPECT_EQ(mat2str(logicals(2, 2, {1, 0, 0, 1})), "[true false;false true]");  // octave: mat2str([true false; false true])
  EXPECT_EQ(mat2str(logicals(1, 2, {1, 0})), "[true false]");  // octave: mat2str([true false])
}

// --- Where GNU Octave differs from MATLAB: expectations from MATLAB ---------

// MATLAB doc (sprintf, formatSpec notes): "If you specify a conversion that
// does not fit the data, such as a text conversion for a numeric value, MATLAB
// overrides the specified conversion, and uses %e." Octave prints '1.5' and
// '3.14159' instead.
TEST(SprintfMatlab, FractionUnderIntegerConversionUsesE) {
  EXPECT_EQ(sp("%d", n(1.5)), "1.500000e+00");
  EXPECT_EQ(sp("%d", n(pi)), "3.141593e+00");
  EXPECT_EQ(sp("%i", n(-1.5)), "-1.500000e+00");
  // MATLAB Answers 152426 (R2014a): sprintf('%d', 1/3) is '3.333333e-01';
  // 1.05*100 is exactly 105, 1.10*100 is not.
  EXPECT_EQ(sp("%d", n(1.0 / 3)), "3.333333e-01");
  EXPECT_EQ(sp("%d", n(1.05 * 100)), "105");
  EXPECT_EQ(sp("%d", n(1.10 * 100)), "1.100000e+02");
  EXPECT_EQ(sp("%d", n(0.1 * 3 * 10)), "3.000000e+00");
  EXPECT_EQ(sp("%c", n(1.5)), "1.500000e+00");
  EXPECT_EQ(sp("%x", n(2.5)), "2.500000e+00");
}

// The flags, width and precision stay; only the conversion becomes e.
// MATLAB Answers 152426: sprintf('%.0d', 1.10*100) is '1e+02'.
TEST(SprintfMatlab, FallbackKeepsFlagsWidthAndPrecision) {
  EXPECT_EQ(sp("%.0d", n(1.10 * 100)), "1e+02");
  EXPECT_EQ(sp("%.2d", n(pi)), "3.14e+00");
  EXPECT_EQ(sp("%15d|", n(1.5)), "   1.500000e+00|");
  EXPECT_EQ(sp("%-15d|", n(1.5)), "1.500000e+00   |");
  EXPECT_EQ(sp("%+d", n(1.5)), "+1.500000e+00");
}

// MATLAB: '%s' of a number that is not a character code prints it with %e
// (the brief: sprintf('%s', 1.5) is '1.500000e+00'; MATLAB Answers 79434:
// fprintf('%1.5s', 0.1) prints like '%1.5e'). Octave prints '' for these.
TEST(SprintfMatlab, NonCharacterNumberUnderPercentSUsesE) {
  EXPECT_EQ(sp("%s", n(1.5)), "1.500000e+00");
  EXPECT_EQ(sp("%s", n(pi)), "3.141593e+00");
  EXPECT_EQ(sp("%1.5s", n(0.1)), "1.00000e-01");
  EXPECT_EQ(sp("%s", n(-1)), "-1.000000e+00");
  // MATLAB Answers 2089941: the format is recycled, so 0.2 meets '%s'.
  EXPECT_EQ(sp("%s, %.3f ", c("x"), n({0.1, 0.2, 0.3})), "x, 0.100 2.000000e-01, 0.300 ");
}

// MATLAB: each element of a numeric array is one value, also under %s
// (the brief; Octave joins a run of character codes into one string and
// prints 'Hi,').
TEST(SprintfMatlab, NumericElementsAreOneValueEachUnderPercentS) {
  EXPECT_EQ(sp("%s,", n({72, 105})), "H,i,");
  EXPECT_EQ(sp("[%s]", n({65, 66, 67})), "[A][B][C]");
}

// MATLAB: a negative value does not fit %u, %o, %x or %X and prints with %e
// (MATLAB Answers 821305, R2019b: fprintf('%04X', int16(-10077)) prints
// '-1.007700e+04'). Octave prints '-1'.
TEST(SprintfMatlab, NegativeUnderUnsignedConversionUsesE) {
  EXPECT_EQ(sp("%04X", n(-10077)), "-1.007700e+04");
  EXPECT_EQ(sp("%x", n(-1)), "-1.000000e+00");
  EXPECT_EQ(sp("%u", n(-5)), "-5.000000e+00");
  EXPECT_EQ(sp("%o", n(-8)), "-8.000000e+00");
}

// MATLAB: %d covers the int64 range and %u the uint64 range; beyond that the
// value prints with %e (Stack Overflow 22494124: sprintf('%d', uint64(2^63))
// is '9.223372e+18' while '%u' prints all digits). Octave saturates to
// 9223372036854775807 or switches to '1e+20'.
TEST(SprintfMatlab, IntegersBeyond64BitsUseE) {
  EXPECT_EQ(sp("%d", n(9223372036854775808.0)), "9.223372e+18");
  EXPECT_EQ(sp("%u", n(9223372036854775808.0)), "9223372036854775808");
  EXPECT_EQ(sp("%d", n(4294967295.0 * 4294967295.0)), "1.844674e+19");
  EXPECT_EQ(sp("%d", n(1e20)), "1.000000e+20");
  EXPECT_EQ(sp("%x", n(18446744073709551616.0)), "1.844674e+19");
}

// MATLAB doc (formatSpec, subtype): %bx prints the bits of a double, %tx the
// bits of a single. Octave has no subtypes.
TEST(SprintfMatlab, BitSubtypes) {
  EXPECT_EQ(sp("%bx", n(pi)), "400921fb54442d18");
  EXPECT_EQ(sp("%tx", n(pi)), "40490fdb");
  EXPECT_EQ(sp("%bX", n(1)), "3FF0000000000000");
}

// MATLAB doc (sprintf, Tips): "If you specify an invalid formatting operator
// or special character, then sprintf prints all text up to the invalid
// operator or character and discards the rest": 'value = %z' prints the text
// before the operator (the doc shows it as 'value =') and 'character \x99999
// = %s' prints 'character '. Octave raises an error for %z, and reads \x as
// at most two digits and an unknown escape as the letter.
TEST(SprintfMatlab, InvalidOperatorOrEscapeEndsTheOutput) {
  EXPECT_EQ(sp("value = %z"), "value = ");
  EXPECT_EQ(sp("value = %z", n(1)), "value = ");
  EXPECT_EQ(sp("%d, %z %d", n(1), n(2)), "1, ");
  EXPECT_EQ(sp("character \\x99999 = %s", c("x")), "character ");
  EXPECT_EQ(sp("a\\qb"), "a");
  // \xN takes every hex digit: U+41BC, not 'A' followed by "BC".
  EXPECT_EQ(sp("\\x41BC"), "\344\206\274");
}

// MATLAB doc (num2str help): "If the input array is integer-valued, num2str
// returns the exact string representation of that integer." Octave switches
// to %g above 1e15 and prints '1e+20'.
TEST(Num2strMatlab, LargeIntegersPrintAllDigits) {
  EXPECT_EQ(num2str(1e20), "100000000000000000000");
  EXPECT_EQ(num2str(row({1e16, 1})), (CharRows{"10000000000000000                  1"}));
}

// MATLAB doc (num2str, "Specify Formats"): num2str(A, '%10.5e\n') of a 2x3
// matrix is a 2x35 char array: each row is printed with the whole format and
// only the trailing newline is trimmed. Octave splits at every newline.
TEST(Num2strMatlab, FormatAppliesToEachRowWhole) {
  EXPECT_EQ(num2str(mat(2, 3, {1, 2, 3, 4, 5, 6}), "%10.5e\\n"),
            (CharRows{"1.00000e+00\n2.00000e+00\n3.00000e+00", "4.00000e+00\n5.00000e+00\n6.00000e+00"}));
  EXPECT_EQ(num2str(row({1, 2, 3}), "%d\\n"), (CharRows{"1\n2\n3"}));
}

// MATLAB num2str.m: where a negative number fills its whole %g field and
// touches the number before it, a blank column is inserted. Octave prints
// '-1.2345e-100-1.2345e-100'.
TEST(Num2strMatlab, TouchingNegativeFieldsAreSeparated) {
  EXPECT_EQ(num2str(row({-1.2345e-100, -1.2345e-100})), (CharRows{"-1.2345e-100 -1.2345e-100"}));
}

// MATLAB mat2str.m: an empty matrix other than 0x0 prints as zeros(m,n).
// Octave prints '[]' for every empty matrix.
TEST(Mat2strMatlab, EmptyMatrixKeepsItsSize) {
  EXPECT_EQ(mat2str(mat(0, 3, {})), "zeros(0,3)");
  EXPECT_EQ(mat2str(mat(2, 0, {})), "zeros(2,0)");
}

// MATLAB mat2str accepts char arrays and quotes them (its code generation
// notes list char input as unsupported there only). Octave rejects char
// input.
TEST(Mat2strMatlab, CharArraysAreQuoted) {
  EXPECT_EQ(mat2str(chars({"abc"})), "'abc'");
  EXPECT_EQ(mat2str(chars({"ab", "cd"})), "['ab';'cd']");
  EXPECT_EQ(mat2str(chars({"it's"})), "'it''s'");
  EXPECT_EQ(mat2str(chars({})), "''");
}
