// Unit tests of the text builtins (src/builtins/Text.cpp): formatted output,
// number-to-text and text-to-number conversions, char-array functions. The
// harness (values, show(), errorOf(), call(), text()) is BuiltinTesting.h's;
// a line ending in `// octave: EXPR` expects what GNU Octave 7.3 gives for
// EXPR, and the places where MATLAB's documented behaviour is followed
// instead say so.
#include <cstdio>
#include <string>
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

class BuiltinText : public Array {};

A chars(size_t rows, std::vector<std::string> lines) {
  size_t cols = lines.empty() ? 0 : lines[0].size();
  size_t dims[2] = {rows, cols};
  A a(mcc_array_create(MCC_CLASS_CHAR, 2, dims));
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < cols; ++c) static_cast<uint16_t*>(a->data)[c * rows + r] = uint8_t(lines[r][c]);
  return a;
}

std::string sprintfText(std::vector<A> in) { return text(call(mcc_bi_sprintf, std::move(in))); }

}  // namespace

// --- sprintf, fprintf ----------------------------------------------------------

TEST_F(BuiltinText, SprintfOverArraysOfAnyClass) {
  A x = call(mcc_bi_sprintf, {str("%d,"), as(MCC_CLASS_INT8, mat(2, 2, {1, 2, 3, 4}))});
  EXPECT_EQ(show(x), "char 1x8: 49 44 51 44 50 44 52 44");  // octave: sprintf('%d,', int8([1 2; 3 4]))
  EXPECT_EQ(sprintfText({str("%s=%d\\n"), str("ab"), num(5)}), "ab=5\n");  // octave: sprintf('%s=%d\n', 'ab', 5)
  EXPECT_EQ(sprintfText({str("%5.2f|"), as(MCC_CLASS_SINGLE, num(M_PI)), A(mcc_array_from_bool(1))}),
            " 3.14| 1.00|");  // octave: sprintf('%5.2f|', single(pi), true)
  EXPECT_EQ(sprintfText({str("%d %s"), num(1), str("xyz")}), "1 xyz");  // octave: sprintf('%d %s', 1, 'xyz')
  // A char argument under a numeric conversion is consumed one code at a time.
  EXPECT_EQ(sprintfText({str("%d,"), str("ab")}), "97,98,");  // octave: sprintf('%d,', 'ab')
}

TEST_F(BuiltinText, SprintfEmptyIsARowAndErrmsgIsEmpty) {
  EXPECT_EQ(show(call(mcc_bi_sprintf, {str("")})), "char 1x0:");  // octave: sprintf('')
  EXPECT_EQ(show(call(mcc_bi_sprintf, {str("%d"), empty()})), "char 1x0:");  // octave: sprintf('%d', [])
  std::vector<A> both = calls(mcc_bi_sprintf, 2, {str("x")});
  EXPECT_EQ(text(both[0]), "x");
  EXPECT_EQ(show(both[1]), "char 1x0:");
}

TEST_F(BuiltinText, SprintfPrintsTheRealPartOfComplexData) {
  // MATLAB formats the real part only (Octave prints both parts).
  EXPECT_EQ(sprintfText({str("%g;"), crow({{1, 2}, {3, -4}})}), "1;3;");
}

TEST_F(BuiltinText, SprintfErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sprintf, 1, {}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sprintf, 3, {str("x")}); }), "Too many output arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sprintf, 1, {num(65)}); }), "Invalid format.");
}

TEST_F(BuiltinText, FprintfWritesToStdoutAndCountsBytes) {
  testing::internal::CaptureStdout();
  std::vector<A> out = calls(mcc_bi_fprintf, 0, {str("%d-%d\\n"), row({1, 2, 3})});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "1-2\n3-");
  EXPECT_EQ(out[0].get(), nullptr);  // nargout 0: no value

  testing::internal::CaptureStdout();
  A count = call(mcc_bi_fprintf, {num(1), str("ab\\n")});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "ab\n");
  EXPECT_EQ(show(count), "double 1x1: 3");  // octave: fprintf(1, 'ab\n')
}

TEST_F(BuiltinText, FprintfToStderr) {
  testing::internal::CaptureStderr();
  calls(mcc_bi_fprintf, 0, {num(2), str("oops %s"), str("here")});
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "oops here");
}

TEST_F(BuiltinText, FprintfErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fprintf, 0, {num(3), str("x")}); }),
            "Invalid file identifier. Use fopen to generate a valid file identifier.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fprintf, 0, {row({1, 2}), str("x")}); }),
            "Invalid file identifier. Use fopen to generate a valid file identifier.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fprintf, 0, {num(1)}); }), "Invalid format.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fprintf, 2, {str("x")}); }), "Too many output arguments.");
}

// --- disp ------------------------------------------------------------------------

TEST_F(BuiltinText, DispOfCharPrintsEachRow) {
  testing::internal::CaptureStdout();
  std::vector<A> out = calls(mcc_bi_disp, 0, {chars(2, {"ab", "cd"})});
  calls(mcc_bi_disp, 0, {str("hi")});
  calls(mcc_bi_disp, 0, {str("")});  // an empty array prints nothing (disp doc)
  calls(mcc_bi_disp, 0, {str("caf\xc3\xa9")});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "ab\ncd\nhi\ncaf\xc3\xa9\n");
  EXPECT_EQ(out[0].get(), nullptr);
}

TEST_F(BuiltinText, DispOfNumbers) {
  testing::internal::CaptureStdout();
  calls(mcc_bi_disp, 0, {num(5)});
  calls(mcc_bi_disp, 0, {row({1, 2.5})});
  std::fflush(stdout);
  EXPECT_EQ(testing::internal::GetCapturedStdout(), "     5\n    1.0000    2.5000\n\n");
}

TEST_F(BuiltinText, DispErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_disp, 0, {}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_disp, 0, {num(1), num(2)}); }), "Too many input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_disp, 1, {num(1)}); }), "Too many output arguments.");
}

// --- error, warning ---------------------------------------------------------------

TEST_F(BuiltinText, ErrorMessages) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("Something failed.")}); }), "Something failed.");
  // One argument is taken as is: no escapes, no conversions.
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("50% \\n done")}); }), "50% \\n done");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("Value %d of %s\\t!"), row({3}), str("x")}); }),
            "Value 3 of x\t!");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("Value: %g"), row({1, 2})}); }), "Value: 1Value: 2");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("my:id"), str("bad %d"), num(7)}); }), "bad 7");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("my:id"), str("plain")}); }), "plain");
}

TEST_F(BuiltinText, AnEmptyMessageIsNoError) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("")}); }), "");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {empty()}); }), "");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {str("my:id"), str("")}); }), "");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_error, 0, {}); }), "Not enough input arguments.");
}

TEST_F(BuiltinText, WarningPrintsToStderr) {
  testing::internal::CaptureStderr();
  std::vector<A> out = calls(mcc_bi_warning, 0, {str("x is %d"), num(4)});
  calls(mcc_bi_warning, 0, {str("a:b"), str("with id")});
  calls(mcc_bi_warning, 0, {str("")});
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "Warning: x is 4\nWarning: with id\n");
  EXPECT_EQ(out[0].get(), nullptr);
}

TEST_F(BuiltinText, WarningOffAndOn) {
  testing::internal::CaptureStderr();
  calls(mcc_bi_warning, 0, {str("off"), str("a:b")});
  calls(mcc_bi_warning, 0, {str("a:b"), str("hidden")});
  calls(mcc_bi_warning, 0, {str("c:d"), str("shown")});
  calls(mcc_bi_warning, 0, {str("off"), str("all")});
  calls(mcc_bi_warning, 0, {str("plain hidden")});
  calls(mcc_bi_warning, 0, {str("on"), str("c:d")});
  calls(mcc_bi_warning, 0, {str("c:d"), str("shown again")});
  calls(mcc_bi_warning, 0, {str("on")});
  calls(mcc_bi_warning, 0, {str("plain shown")});
  EXPECT_EQ(testing::internal::GetCapturedStderr(), "Warning: shown\nWarning: shown again\nWarning: plain shown\n");
}

// --- num2str, int2str, mat2str -------------------------------------------------------

TEST_F(BuiltinText, Num2str) {
  EXPECT_EQ(text(call(mcc_bi_num2str, {mat(2, 2, {1, 2, 3, 4})})), "1  2|3  4");  // octave: num2str([1 2; 3 4])
  EXPECT_EQ(show(call(mcc_bi_num2str, {mat(2, 2, {1, 2, 3, 4})})), "char 2x4: 49 51 32 32 32 32 50 52");
  EXPECT_EQ(text(call(mcc_bi_num2str, {num(M_PI), num(8)})), "3.1415927");  // octave: num2str(pi, 8)
  EXPECT_EQ(text(call(mcc_bi_num2str, {col({M_PI, -std::exp(1.0)})})), " 3.1416|-2.7183");  // octave: num2str([pi; -exp(1)])
  EXPECT_EQ(text(call(mcc_bi_num2str, {as(MCC_CLASS_INT16, row({-5, 10}))})), "-5  10");  // octave: num2str(int16([-5 10]))
  EXPECT_EQ(text(call(mcc_bi_num2str, {logicals({1, 0})})), "1  0");  // octave: num2str([true false])
  EXPECT_EQ(text(call(mcc_bi_num2str, {row({1.5, 2.25}), str("%10.3f")})), "1.500     2.250");  // octave: num2str([1.5 2.25], '%10.3f')
  // N-d arrays: the trailing dims become columns.
  EXPECT_EQ(text(call(mcc_bi_num2str, {nd({2, 2, 2}, {1, 1, 1, 1, 1, 1, 1, 1})})), "1  1  1  1|1  1  1  1");  // octave: num2str(ones(2,2,2))
  EXPECT_EQ(text(call(mcc_bi_num2str, {num(NaN)})), "NaN");  // octave: num2str(NaN)
  EXPECT_EQ(text(call(mcc_bi_num2str, {num(-Inf)})), "-Inf");  // octave: num2str(-Inf)
}

TEST_F(BuiltinText, Num2strOfCharAndEmpty) {
  A s = str("abc");
  A r = call(mcc_bi_num2str, {s});
  EXPECT_EQ(r.get(), s.get());  // returned as is
  EXPECT_EQ(text(call(mcc_bi_num2str, {s, num(3)})), "abc");  // octave: num2str('abc', 3)
  EXPECT_EQ(show(call(mcc_bi_num2str, {empty()})), "char 0x0:");  // octave: num2str([])
}

TEST_F(BuiltinText, Num2strErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_num2str, 1, {num(1), num(-1)}); }), "Precision must be a nonnegative integer scalar.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_num2str, 1, {num(1), num(1), num(1)}); }), "Too many input arguments.");
  EXPECT_EQ(text(call(mcc_bi_num2str, {cplx(1, -2.5)})), "1-2.5i");  // octave: num2str(1-2.5i)
  EXPECT_EQ(errorOf([] { calls(mcc_bi_num2str, 1, {cplx(1, 2), num(3)}); }),
            "num2str of complex arrays or with a format is not implemented yet in mcc.");
}

TEST_F(BuiltinText, Int2str) {
  EXPECT_EQ(text(call(mcc_bi_int2str, {mat(2, 2, {1.5, -2.5, 3, 4})})), "2 -3|3  4");  // octave: int2str([1.5 -2.5; 3 4])
  EXPECT_EQ(text(call(mcc_bi_int2str, {num(2.5)})), "3");  // octave: int2str(2.5)
  EXPECT_EQ(text(call(mcc_bi_int2str, {as(MCC_CLASS_UINT8, num(200))})), "200");  // octave: int2str(uint8(200))
  EXPECT_EQ(show(call(mcc_bi_int2str, {empty()})), "char 0x0:");  // octave: int2str([])
}

TEST_F(BuiltinText, Mat2str) {
  EXPECT_EQ(text(call(mcc_bi_mat2str, {mat(2, 2, {1, 2, 3, 4.5})})), "[1 2;3 4.5]");  // octave: mat2str([1 2;3 4.5])
  EXPECT_EQ(text(call(mcc_bi_mat2str, {num(M_PI), num(4)})), "3.142");  // octave: mat2str(pi, 4)
  EXPECT_EQ(text(call(mcc_bi_mat2str, {as(MCC_CLASS_LOGICAL, mat(2, 2, {1, 0, 0, 1}))})),
            "[true false;false true]");  // octave: mat2str(logical([1 0; 0 1]))
  EXPECT_EQ(text(call(mcc_bi_mat2str, {as(MCC_CLASS_SINGLE, num(M_PI))})), "3.14159274101257");  // octave: mat2str(single(pi))
  EXPECT_EQ(text(call(mcc_bi_mat2str, {as(MCC_CLASS_INT8, row({1, 2})), str("class")})), "int8([1 2])");  // octave: mat2str(int8([1 2]),'class')
  EXPECT_EQ(text(call(mcc_bi_mat2str, {num(M_PI), str("class")})), "double(3.14159265358979)");  // octave: mat2str(pi,'class')
  // MATLAB quotes char arrays (Octave rejects them).
  EXPECT_EQ(text(call(mcc_bi_mat2str, {chars(2, {"ab", "cd"})})), "['ab';'cd']");
  EXPECT_EQ(text(call(mcc_bi_mat2str, {str("it's")})), "'it''s'");
  // MATLAB's mat2str.m: an m-by-n empty other than 0x0 (Octave: '[]').
  EXPECT_EQ(text(call(mcc_bi_mat2str, {zeros({0, 3})})), "zeros(0,3)");
  EXPECT_EQ(text(call(mcc_bi_mat2str, {empty()})), "[]");  // octave: mat2str([])
}

TEST_F(BuiltinText, Mat2strErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_mat2str, 1, {nd({1, 1, 2}, {1, 2})}); }), "Input matrix must be 2-D.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_mat2str, 1, {num(1), num(0)}); }), "Precision must be a positive integer.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_mat2str, 1, {}); }), "Not enough input arguments.");
}

// --- str2double, str2num ----------------------------------------------------------------

TEST_F(BuiltinText, Str2double) {
  auto s2d = [](A x) { return show(call(mcc_bi_str2double, {std::move(x)})); };
  EXPECT_EQ(s2d(str("  2.5e3 ")), "double 1x1: 2500");  // octave: str2double('  2.5e3 ')
  EXPECT_EQ(s2d(str("1,000")), "double 1x1: 1000");  // octave: str2double('1,000')
  EXPECT_EQ(s2d(str("1,200.5")), "double 1x1: 1200.5");  // octave: str2double('1,200.5')
  EXPECT_EQ(s2d(str("abc")), "double 1x1: NaN");  // octave: str2double('abc')
  EXPECT_EQ(s2d(num(5)), "double 1x1: NaN");  // octave: str2double(5)
  EXPECT_EQ(s2d(str("-.5")), "double 1x1: -0.5");  // octave: str2double('-.5')
  EXPECT_EQ(s2d(str("5.")), "double 1x1: 5");  // octave: str2double('5.')
  EXPECT_EQ(s2d(str("1e")), "double 1x1: NaN");  // octave: str2double('1e')
  EXPECT_EQ(s2d(str("1e3x")), "double 1x1: NaN");  // octave: str2double('1e3x')
  EXPECT_EQ(s2d(str(" -Inf ")), "double 1x1: -Inf");  // octave: str2double(' -Inf ')
  EXPECT_EQ(s2d(str("+nan")), "double 1x1: NaN");  // octave: str2double('+nan')
  EXPECT_EQ(s2d(str("")), "double 1x1: NaN");  // octave: str2double('')
  EXPECT_EQ(s2d(str("2 - 3j")), "double 1x1: (2,-3)");  // octave: str2double('2 - 3j')
  EXPECT_EQ(s2d(str("3+4i")), "double 1x1: (3,4)");  // octave: str2double('3+4i')
  EXPECT_EQ(s2d(str("i")), "double 1x1: (0,1)");  // octave: str2double('i')
  EXPECT_EQ(s2d(str("-2.5i")), "double 1x1: (0,-2.5)");  // octave: str2double('-2.5i')
}

TEST_F(BuiltinText, Str2num) {
  std::vector<A> r = calls(mcc_bi_str2num, 2, {str("[1 2; 3 4]")});
  EXPECT_EQ(show(r[0]), "double 2x2: 1 3 2 4");  // octave: str2num('[1 2; 3 4]')
  EXPECT_EQ(show(r[1]), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_str2num, {str("1, 2, 3")})), "double 1x3: 1 2 3");  // octave: str2num('1, 2, 3')
  EXPECT_EQ(show(call(mcc_bi_str2num, {chars(2, {"1 2", "3 4"})})), "double 2x2: 1 3 2 4");  // octave: str2num(['1 2';'3 4'])
  EXPECT_EQ(show(call(mcc_bi_str2num, {str("-Inf 2.5e-1")})), "double 1x2: -Inf 0.25");  // octave: str2num('-Inf 2.5e-1')
  r = calls(mcc_bi_str2num, 2, {str("1 2; 3")});
  EXPECT_EQ(show(r[0]), "double 0x0:");  // octave: str2num('1 2; 3')
  EXPECT_EQ(show(r[1]), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_str2num, {str("hello")})), "double 0x0:");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_str2num, 1, {num(1)}); }), "Input must be a character vector or string scalar.");
}

// --- Character arrays -------------------------------------------------------------------

TEST_F(BuiltinText, BlanksAndNewline) {
  EXPECT_EQ(show(call(mcc_bi_blanks, {num(3)})), "char 1x3: 32 32 32");  // octave: blanks(3)
  EXPECT_EQ(show(call(mcc_bi_blanks, {num(0)})), "char 1x0:");  // MATLAB's blanks.m gives 1x0
  EXPECT_EQ(show(call(mcc_bi_newline, {})), "char 1x1: 10");  // octave: newline
  EXPECT_EQ(errorOf([] { calls(mcc_bi_blanks, 1, {num(-1)}); }), "N must be a non-negative integer.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_blanks, 1, {num(1.5)}); }), "N must be a non-negative integer.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_newline, 1, {num(1)}); }), "Too many input arguments.");
}

TEST_F(BuiltinText, StrtrimAndDeblank) {
  EXPECT_EQ(text(call(mcc_bi_strtrim, {str("  \t hi there \n")})), "hi there");  // octave: strtrim(sprintf('  \t hi there \n'))
  EXPECT_EQ(text(call(mcc_bi_strtrim, {chars(2, {" a ", "  b"})})), "a | b");  // octave: strtrim([' a ';'  b'])
  EXPECT_EQ(show(call(mcc_bi_strtrim, {str("   ")})), "char 1x0:");  // MATLAB keeps a row
  EXPECT_EQ(show(call(mcc_bi_strtrim, {str("")})), "char 0x0:");  // octave: strtrim('')
  // strtrim keeps the significant char(160) (MATLAB's strtrim doc).
  A nbsp(mcc_array_from_string(" x\xc2\xa0 ", 5));
  EXPECT_EQ(show(call(mcc_bi_strtrim, {nbsp})), "char 1x2: 120 160");
  EXPECT_EQ(text(call(mcc_bi_deblank, {str("  hi  \t")})), "  hi");  // octave: deblank(sprintf('  hi  \t'))
  EXPECT_EQ(show(call(mcc_bi_deblank, {chars(2, {"ab  ", "c   "})})), "char 2x2: 97 99 98 32");  // octave: deblank(['ab  ';'c   '])
  A nul(mcc_array_from_string("a\0\0", 3));
  EXPECT_EQ(show(call(mcc_bi_deblank, {nul})), "char 1x1: 97");  // octave: deblank(['a' 0 0])
  EXPECT_EQ(errorOf([] { calls(mcc_bi_strtrim, 1, {num(1)}); }),
            "Input must be a character vector or a character array.");
}

TEST_F(BuiltinText, UpperLower) {
  EXPECT_EQ(text(call(mcc_bi_upper, {str("abc Def1")})), "ABC DEF1");  // octave: upper('abc Def1')
  EXPECT_EQ(text(call(mcc_bi_lower, {str("ABC dEf")})), "abc def");  // octave: lower('ABC dEf')
  EXPECT_EQ(show(call(mcc_bi_upper, {chars(2, {"ab", "cd"})})), "char 2x2: 65 67 66 68");  // octave: upper(['ab';'cd'])
  // MATLAB maps Latin-1 letters too (Octave works on UTF-8 bytes).
  EXPECT_EQ(show(call(mcc_bi_upper, {str("\xc3\xa9")})), "char 1x1: 201");
  EXPECT_EQ(show(call(mcc_bi_lower, {row({65, 66})})), "double 1x2: 65 66");  // octave: lower([65 66])
}

TEST_F(BuiltinText, StrcmpFamily) {
  auto cmp = [](BuiltinFn f, std::vector<A> in) { return show(call(f, std::move(in))); };
  EXPECT_EQ(cmp(mcc_bi_strcmp, {str("abc"), str("abc")}), "logical 1x1: 1");  // octave: strcmp('abc', 'abc')
  EXPECT_EQ(cmp(mcc_bi_strcmp, {str("abc"), str("abd")}), "logical 1x1: 0");  // octave: strcmp('abc', 'abd')
  EXPECT_EQ(cmp(mcc_bi_strcmp, {str("abc"), str("ab")}), "logical 1x1: 0");  // octave: strcmp('abc', 'ab')
  EXPECT_EQ(cmp(mcc_bi_strcmp, {str("a"), num(97)}), "logical 1x1: 0");  // octave: strcmp('a', 97)
  EXPECT_EQ(cmp(mcc_bi_strcmp, {chars(2, {"ab", "cd"}), chars(2, {"ab", "cd"})}), "logical 1x1: 1");  // octave: strcmp(['ab';'cd'],['ab';'cd'])
  EXPECT_EQ(cmp(mcc_bi_strcmp, {chars(2, {"ab", "cd"}), str("acbd")}), "logical 1x1: 0");  // octave: strcmp(['ab';'cd'],'acbd')
  EXPECT_EQ(cmp(mcc_bi_strcmp, {str(""), str("")}), "logical 1x1: 1");  // octave: strcmp('', '')
  EXPECT_EQ(cmp(mcc_bi_strcmpi, {str("ABC"), str("abc")}), "logical 1x1: 1");  // octave: strcmpi('ABC', 'abc')
  EXPECT_EQ(cmp(mcc_bi_strncmp, {str("abcdef"), str("abcxyz"), num(3)}), "logical 1x1: 1");  // octave: strncmp('abcdef', 'abcxyz', 3)
  EXPECT_EQ(cmp(mcc_bi_strncmp, {str("abcdef"), str("abcxyz"), num(4)}), "logical 1x1: 0");  // octave: strncmp('abcdef', 'abcxyz', 4)
  EXPECT_EQ(cmp(mcc_bi_strncmp, {str("abc"), str("abc"), num(5)}), "logical 1x1: 1");  // octave: strncmp('abc', 'abc', 5)
  EXPECT_EQ(cmp(mcc_bi_strncmp, {str("ab"), str("abc"), num(3)}), "logical 1x1: 0");  // octave: strncmp('ab', 'abc', 3)
  EXPECT_EQ(cmp(mcc_bi_strncmpi, {str("ABCd"), str("abce"), num(3)}), "logical 1x1: 1");  // octave: strncmpi('ABCd', 'abce', 3)
  EXPECT_EQ(errorOf([] { calls(mcc_bi_strncmp, 1, {str("a"), str("a"), num(-1)}); }), "N must be a nonnegative integer.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_strcmp, 1, {str("a")}); }), "Not enough input arguments.");
}

TEST_F(BuiltinText, Isspace) {
  A s = call(mcc_bi_isspace, {str("a b\tc\n")});
  EXPECT_EQ(show(s), "logical 1x6: 0 1 0 1 0 1");  // octave: isspace(sprintf('a b\tc\n'))
  // MATLAB: only characters are white space (Octave also takes the codes 32, 9).
  EXPECT_EQ(show(call(mcc_bi_isspace, {row({32, 9})})), "logical 1x2: 0 0");
  EXPECT_EQ(show(call(mcc_bi_isspace, {chars(2, {" a", "b "})})), "logical 2x2: 1 0 0 1");  // octave: isspace([' a';'b '])
}

TEST_F(BuiltinText, Strrep) {
  EXPECT_EQ(text(call(mcc_bi_strrep, {str("hello world"), str("o"), str("0")})), "hell0 w0rld");  // octave: strrep('hello world', 'o', '0')
  EXPECT_EQ(text(call(mcc_bi_strrep, {str("aaa"), str("a"), str("bb")})), "bbbbbb");  // octave: strrep('aaa', 'a', 'bb')
  // Overlapping matches are each replaced (MATLAB's strrep doc example).
  EXPECT_EQ(text(call(mcc_bi_strrep, {str("abc 2 def 22 ghi 222 jkl 2222"), str("22"), str("*")})),
            "abc 2 def * ghi ** jkl ***");  // octave: strrep('abc 2 def 22 ghi 222 jkl 2222', '22', '*')
  EXPECT_EQ(text(call(mcc_bi_strrep, {str("abc"), str(""), str("x")})), "abc");  // octave: strrep('abc', '', 'x')
  EXPECT_EQ(show(call(mcc_bi_strrep, {str(""), str("a"), str("b")})), "char 0x0:");  // octave: strrep('', 'a', 'b')
  EXPECT_EQ(show(call(mcc_bi_strrep, {str("aa"), str("a"), str("")})), "char 1x0:");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_strrep, 1, {num(1), str("a"), str("b")}); }),
            "Input must be a character vector or a character array.");
}

TEST_F(BuiltinText, Strfind) {
  EXPECT_EQ(show(call(mcc_bi_strfind, {str("abcabc"), str("bc")})), "double 1x2: 2 5");  // octave: strfind('abcabc', 'bc')
  EXPECT_EQ(show(call(mcc_bi_strfind, {str("aaa"), str("aa")})), "double 1x2: 1 2");  // octave: strfind('aaa', 'aa')
  EXPECT_EQ(show(call(mcc_bi_strfind, {str("abc"), str("z")})), "double 0x0:");  // octave: strfind('abc', 'z')
  EXPECT_EQ(show(call(mcc_bi_strfind, {str("ab"), str("abc")})), "double 0x0:");  // octave: strfind('ab', 'abc')
  EXPECT_EQ(show(call(mcc_bi_strfind, {str("abc"), str("")})), "double 0x0:");  // octave: strfind('abc', '')
}
