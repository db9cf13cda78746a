// Unit tests of the file and text-scanning builtins (src/builtins/IO.cpp):
// files written and read back in a temporary folder of each test, sscanf
// and fscanf, the file-system queries. The harness (values, show(),
// errorOf(), call(), text()) is BuiltinTesting.h's. A line ending in
// `// octave: EXPR` expects what GNU Octave 7.3 gives for EXPR (for files:
// run after the same calls on the same file); the places where MATLAB's
// documented behaviour is followed instead say so.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "BuiltinTesting.h"

using namespace mcc_array_testing;

namespace {

// Each test works in a folder of its own and closes what it opened.
class BuiltinIO : public Array {
 protected:
  void SetUp() override {
    Array::SetUp();
    char pattern[] = "/tmp/mcc_io_test_XXXXXX";
    ASSERT_NE(::mkdtemp(pattern), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    calls(mcc_bi_fclose, 1, {str("all")});
    std::string command = "rm -rf '" + dir_ + "'";
    EXPECT_EQ(std::system(command.c_str()), 0);
    Array::TearDown();
  }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }
  A pathArg(const std::string& name) const { return str(path(name).c_str()); }
  void writeFile(const std::string& name, const std::string& bytes) const {
    std::ofstream(path(name), std::ios::binary) << bytes;
  }
  std::string readFile(const std::string& name) const {
    std::ifstream in(path(name), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  A open(const std::string& name, const char* permission = "r") const {
    return call(mcc_bi_fopen, {pathArg(name), str(permission)});
  }

  std::string dir_;
};

}  // namespace

// --- fopen, fclose, fprintf to files ------------------------------------------------

TEST_F(BuiltinIO, FprintfWritesToAnOpenedFileAndFgetlReadsItBack) {
  A fid = open("a.txt", "w");
  EXPECT_EQ(show(fid), "double 1x1: 3");  // octave: fopen('a.txt','w')
  EXPECT_EQ(show(call(mcc_bi_fprintf, {fid, str("line%d\\n\\nline%d"), num(1), num(3)})), "double 1x1: 12");
  EXPECT_EQ(show(call(mcc_bi_fclose, {fid})), "double 1x1: 0");
  EXPECT_EQ(readFile("a.txt"), "line1\n\nline3");

  fid = open("a.txt");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), "line1");
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_fgetl, {fid})), "char 0x0:");  // octave: empty line, 0x0
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), "line3");
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_fgetl, {fid})), "double 1x1: -1");
}

TEST_F(BuiltinIO, FeofIsSetAfterTheLastLineSoTheReadLoopStops) {
  writeFile("b.txt", "one\ntwo\n");
  A fid = open("b.txt");
  std::vector<std::string> lines;
  auto atEnd = [&] { return *static_cast<const uint8_t*>(call(mcc_bi_feof, {fid})->data) != 0; };
  while (!atEnd()) lines.push_back(text(call(mcc_bi_fgetl, {fid})));
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two"}));
}

TEST_F(BuiltinIO, FgetsKeepsTheNewlineAndStopsAtACount) {
  writeFile("c.txt", "line1\nxy");
  A fid = open("c.txt");
  std::vector<A> out = calls(mcc_bi_fgets, 2, {fid});
  EXPECT_EQ(show(out[0]), "char 1x6: 108 105 110 101 49 10");  // octave: double(fgets(f))
  EXPECT_EQ(show(out[1]), "char 1x1: 10");
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 6");  // octave: ftell(f)
  EXPECT_EQ(text(call(mcc_bi_fgets, {fid, num(1)})), "x");
  EXPECT_EQ(text(call(mcc_bi_fgets, {fid, num(5)})), "y");
  EXPECT_EQ(show(call(mcc_bi_fgets, {fid})), "double 1x1: -1");
}

TEST_F(BuiltinIO, FgetlDecodesUtf8) {
  writeFile("u.txt", "caf\xc3\xa9\n");
  A fid = open("u.txt");
  EXPECT_EQ(show(call(mcc_bi_fgetl, {fid})), "char 1x4: 99 97 102 233");
}

TEST_F(BuiltinIO, FopenOfAMissingFileGivesMinusOneAndTheSystemMessage) {
  std::vector<A> out = calls(mcc_bi_fopen, 2, {pathArg("missing.txt"), str("r")});
  EXPECT_EQ(show(out[0]), "double 1x1: -1");  // octave: [f,msg]=fopen('nonexist.txt','r')
  EXPECT_EQ(text(out[1]), "No such file or directory");
  out = calls(mcc_bi_fopen, 2, {str(dir_.c_str())});
  EXPECT_EQ(show(out[0]), "double 1x1: -1");
  EXPECT_EQ(text(out[1]), "Is a directory");
  out = calls(mcc_bi_fopen, 2, {pathArg("new.txt"), str("wt")});
  EXPECT_EQ(show(out[0]), "double 1x1: 3");
  EXPECT_EQ(show(out[1]), "char 0x0:");
  EXPECT_EQ(errorOf([&] { open("x.txt", "q"); }), "Invalid permission.");
  EXPECT_EQ(errorOf([&] { open("x.txt", "rw"); }), "Invalid permission.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fopen, 1, {}); }), "Not enough input arguments.");
}

TEST_F(BuiltinIO, FileIdentifiersStartAtThreeAndAreReused) {
  A f3 = open("a.txt", "w"), f4 = open("b.txt", "w");
  EXPECT_EQ(show(f4), "double 1x1: 4");
  EXPECT_EQ(show(call(mcc_bi_fopen, {str("all")})), "double 1x2: 3 4");  // MATLAB: a row (Octave: a column)
  calls(mcc_bi_fclose, 1, {f3});
  EXPECT_EQ(show(open("c.txt", "w")), "double 1x1: 3");
  // fopen(fid): the name and permission it was opened with.
  std::vector<A> info = calls(mcc_bi_fopen, 2, {f4});
  EXPECT_EQ(text(info[0]), path("b.txt"));
  EXPECT_EQ(text(info[1]), "w");
  EXPECT_EQ(text(call(mcc_bi_fopen, {num(1)})), "\"stdout\"");
  EXPECT_EQ(show(call(mcc_bi_fopen, {num(42)})), "char 0x0:");
  EXPECT_EQ(show(call(mcc_bi_fclose, {str("all")})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_fopen, {str("all")})), "double 0x0:");
}

TEST_F(BuiltinIO, BadFileIdentifiersAreMatlabsError) {
  const char* message = "Invalid file identifier. Use fopen to generate a valid file identifier.";
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fclose, 1, {num(99)}); }), message);
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fgetl, 1, {num(3)}); }), message);
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fprintf, 0, {num(7), str("x")}); }), message);
  EXPECT_EQ(errorOf([] { mcc_fprintf(7, "x", 1, nullptr, 0, &site); }), message);
  EXPECT_EQ(errorOf([] { calls(mcc_bi_fwrite, 1, {num(0), num(1)}); }), message);
  A fid = open("a.txt", "w");
  calls(mcc_bi_fclose, 1, {fid});
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_fclose, 1, {fid}); }), message);  // closed already
  EXPECT_EQ(errorOf([] { calls(mcc_bi_feof, 1, {str("x")}); }), message);
}

TEST_F(BuiltinIO, TheScalarFastPathOfFprintfWritesToFiles) {
  A fid = open("s.txt", "w");
  mcc_fmt_arg arg{0, 2.5, nullptr, 0};
  EXPECT_EQ(mcc_fprintf(3, "x=%g\\n", 6, &arg, 1, &site), 6);
  calls(mcc_bi_fclose, 1, {fid});
  EXPECT_EQ(readFile("s.txt"), "x=2.5\n");
}

TEST_F(BuiltinIO, AppendAndUpdateModes) {
  writeFile("a.txt", "ab");
  A fid = open("a.txt", "a");
  calls(mcc_bi_fprintf, 0, {fid, str("cd")});
  calls(mcc_bi_fclose, 1, {fid});
  EXPECT_EQ(readFile("a.txt"), "abcd");
  // w+: write, go back, read what was written, write again.
  fid = open("b.txt", "w+");
  calls(mcc_bi_fprintf, 0, {fid, str("12 34\\n")});
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%d")})), "double 2x1: 12 34");
  calls(mcc_bi_fprintf, 0, {fid, str("56")});
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%d")})), "double 3x1: 12 34 56");
  // r+ on a file opened for reading and writing in place.
  fid = open("a.txt", "r+");
  EXPECT_EQ(text(call(mcc_bi_fgets, {fid, num(1)})), "a");
  calls(mcc_bi_fprintf, 0, {fid, str("X")});
  calls(mcc_bi_fclose, 1, {fid});
  EXPECT_EQ(readFile("a.txt"), "aXcd");
}

// --- Position --------------------------------------------------------------------

TEST_F(BuiltinIO, FtellFseekFrewind) {
  writeFile("a.txt", "line1\n\nline3");
  A fid = open("a.txt");
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_fseek, {fid, num(0), str("eof")})), "double 1x1: 0");  // octave: fseek(f,0,'eof')
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 12");
  EXPECT_EQ(show(call(mcc_bi_fseek, {fid, num(-100), str("bof")})), "double 1x1: -1");  // octave: fseek(f,-100,'bof')
  EXPECT_EQ(show(call(mcc_bi_fseek, {fid, num(2), num(-1)})), "double 1x1: 0");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), "ne1");
  EXPECT_EQ(show(call(mcc_bi_fseek, {fid, num(-3), num(1)})), "double 1x1: 0");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), "ne3");
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 0");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), "line1");
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_fseek, 1, {fid, num(0), str("middle")}); }), "Invalid origin.");
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_frewind, 1, {fid}); }), "Too many output arguments.");
}

// --- fread, fwrite -----------------------------------------------------------------

TEST_F(BuiltinIO, FreadReadsBytesAsADoubleColumn) {
  writeFile("a.txt", "line1\n\nline3");
  A fid = open("a.txt");
  std::vector<A> out = calls(mcc_bi_fread, 2, {fid});
  // octave: frewind(f); [a,c]=fread(f)
  EXPECT_EQ(show(out[0]), "double 12x1: 108 105 110 101 49 10 10 108 105 110 101 51");
  EXPECT_EQ(show(out[1]), "double 1x1: 12");
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 1");
  calls(mcc_bi_frewind, 0, {fid});
  out = calls(mcc_bi_fread, 2, {fid, row({2, 3}), str("uint8=>char")});
  EXPECT_EQ(show(out[0]), "char 2x3: 108 105 110 101 49 10");  // octave: [a,c]=fread(f,[2 3],'uint8=>char')
  EXPECT_EQ(show(out[1]), "double 1x1: 6");
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, num(4), str("*uint8")})), "uint8 4x1: 108 105 110 101");
  // [m Inf]: the last column padded with zeros.
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, row({5, Inf})})),  // octave: fread(f,[5 Inf])
            "double 5x3: 108 105 110 101 49 10 10 108 105 110 101 51 0 0 0");
  calls(mcc_bi_frewind, 0, {fid});
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, str("*char")})), "char 12x1: 108 105 110 101 49 10 10 108 105 110 101 51");
}

TEST_F(BuiltinIO, FreadOfAnEmptyFile) {
  writeFile("e.txt", "");
  A fid = open("e.txt");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid})), "double 0x1:");  // octave: fread(f)
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, row({2, Inf})})), "double 2x0:");  // octave: fread(f,[2 Inf])
  EXPECT_EQ(show(call(mcc_bi_fgetl, {fid})), "double 1x1: -1");
}

TEST_F(BuiltinIO, FwriteConvertsToThePrecisionAndReadsBack) {
  A fid = open("b.bin", "w");
  EXPECT_EQ(show(call(mcc_bi_fwrite, {fid, row({1, 2, 300, -1, 2.5})})), "double 1x1: 5");  // octave: fwrite(f,[1 2 300 -1 2.5])
  calls(mcc_bi_fclose, 1, {fid});
  fid = open("b.bin");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid})), "double 5x1: 1 2 255 0 3");  // octave: fread(f)
  calls(mcc_bi_fclose, 1, {fid});

  fid = open("d.bin", "w");
  EXPECT_EQ(show(call(mcc_bi_fwrite, {fid, row({3.25, -2}), str("double")})), "double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_fwrite, {fid, as(MCC_CLASS_INT16, row({-7})), str("int16")})), "double 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_fwrite, {fid, str("hi")})), "double 1x1: 2");
  calls(mcc_bi_fclose, 1, {fid});
  EXPECT_EQ(readFile("d.bin").size(), 20u);
  fid = open("d.bin");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, num(2), str("double")})), "double 2x1: 3.25 -2");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, num(1), str("int16=>int16")})), "int16 1x1: -7");
  EXPECT_EQ(show(call(mcc_bi_fread, {fid, num(Inf), str("char=>char")})), "char 2x1: 104 105");
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_fread, 1, {fid, num(1), str("quad")}); }), "Invalid precision.");
}

// --- fscanf ---------------------------------------------------------------------------

TEST_F(BuiltinIO, FscanfReadsTheRestOfTheFileAndLeavesThePositionAfterIt) {
  writeFile("c.txt", "1 2 3\n4 5 6\n");
  A fid = open("c.txt");
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%d"), row({3, Inf})})), "double 3x2: 1 2 3 4 5 6");  // octave: fscanf(f,'%d',[3 Inf])
  EXPECT_EQ(show(call(mcc_bi_feof, {fid})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 12");
  calls(mcc_bi_frewind, 0, {fid});
  std::vector<A> out = calls(mcc_bi_fscanf, 2, {fid, str("%d"), num(2)});
  EXPECT_EQ(show(out[0]), "double 2x1: 1 2");  // octave: a=fscanf(f,'%d',2)
  EXPECT_EQ(show(out[1]), "double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 3");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), " 3");
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%d %d %d")})), "double 3x1: 4 5 6");
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%d")})), "double 0x0:");  // MATLAB: [] (Octave: 0x1)
}

TEST_F(BuiltinIO, FscanfStopsAtAMismatchInTheMiddleOfAFile) {
  writeFile("m.txt", "x=1.5 y=caf\xc3\xa9 rest");
  A fid = open("m.txt");
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("x=%f y=")})), "double 1x1: 1.5");
  EXPECT_EQ(show(call(mcc_bi_fscanf, {fid, str("%s"), num(4)})), "char 1x4: 99 97 102 233");
  EXPECT_EQ(show(call(mcc_bi_ftell, {fid})), "double 1x1: 13");
  EXPECT_EQ(text(call(mcc_bi_fgetl, {fid})), " rest");
}

// --- sscanf ---------------------------------------------------------------------------

TEST_F(BuiltinIO, SscanfRecyclesTheFormatIntoAColumn) {
  auto scan = [](const char* s, const char* f) { return show(call(mcc_bi_sscanf, {str(s), str(f)})); };
  EXPECT_EQ(scan("2.7183  3.1416  0.0073", "%f"), "double 3x1: 2.7183000000000002 3.1415999999999999 0.0073000000000000001");
  EXPECT_EQ(scan("1 2 3 ", "%d"), "double 3x1: 1 2 3");  // octave: sscanf('1 2 3 ','%d')
  EXPECT_EQ(scan("1,2,3", "%d,"), "double 3x1: 1 2 3");  // octave: sscanf('1,2,3','%d,')
  EXPECT_EQ(scan("10:20:30", "%d:%d:%d"), "double 3x1: 10 20 30");  // octave: sscanf('10:20:30','%d:%d:%d')
  EXPECT_EQ(scan("x=3 y=4", "x=%d y=%d"), "double 2x1: 3 4");  // octave: sscanf('x=3 y=4','x=%d y=%d')
  EXPECT_EQ(scan("a1b2", "a%db%d"), "double 2x1: 1 2");  // octave: sscanf('a1b2','a%db%d')
  EXPECT_EQ(scan("1  2", "%d\\n"), "double 2x1: 1 2");  // octave: sscanf('1  2','%d\n')
  EXPECT_EQ(scan("0x1f 017 9", "%i"), "double 3x1: 31 15 9");  // octave: sscanf('0x1f 017 9','%i')
  EXPECT_EQ(scan("ff 10", "%x"), "double 2x1: 255 16");  // octave: sscanf('ff 10','%x')
  EXPECT_EQ(scan("17 8", "%o"), "double 1x1: 15");  // octave: sscanf('17 8','%o')
  EXPECT_EQ(scan("Inf -inf NaN nan 1e3 .5 -2.5E-1", "%f"),  // octave: sscanf('Inf -inf NaN nan 1e3 .5 -2.5E-1','%f')
            "double 7x1: Inf -Inf NaN NaN 1000 0.5 -0.25");
  EXPECT_EQ(scan("12 34", "%1d"), "double 4x1: 1 2 3 4");  // octave: sscanf('12 34','%1d')
  EXPECT_EQ(scan("1 2", "%*d %d"), "double 1x1: 2");  // octave: sscanf('1 2','%*d %d')
  EXPECT_EQ(scan("3.14159 are the first 6 digits of pi", "%d"), "double 1x1: 3");  // MATLAB's sscanf doc
  EXPECT_EQ(scan("12abc", "%d%s"), "double 4x1: 12 97 98 99");  // octave: sscanf('12abc','%d%s')
  EXPECT_EQ(scan("1.5 abc", "%f %s"), "double 4x1: 1.5 97 98 99");  // octave: sscanf('1.5 abc','%f %s')
  EXPECT_EQ(scan("x", "%c%d"), "double 1x1: 120");  // octave: sscanf('x','%c%d')
  EXPECT_EQ(scan("50%", "%d%%"), "double 1x1: 50");  // octave: sscanf('50%','%d%%')
  EXPECT_EQ(scan("1e5x", "%f"), "double 1x1: 100000");  // octave: sscanf('1e5x','%f')
}

TEST_F(BuiltinIO, SscanfGivesCharWhenEveryConversionIsText) {
  auto scan = [](const char* s, const char* f) { return show(call(mcc_bi_sscanf, {str(s), str(f)})); };
  EXPECT_EQ(scan("hello world", "%s"), "char 1x10: 104 101 108 108 111 119 111 114 108 100");  // octave: sscanf('hello world','%s')
  EXPECT_EQ(scan("ab c", "%c"), "char 1x4: 97 98 32 99");  // octave: sscanf('ab c','%c')
  EXPECT_EQ(scan("abcdef", "%2c"), "char 1x6: 97 98 99 100 101 102");  // octave: sscanf('abcdef','%2c')
  EXPECT_EQ(scan("12abc", "%[0-9]%s"), "char 1x5: 49 50 97 98 99");  // octave: sscanf('12abc','%[0-9]%s')
  EXPECT_EQ(scan("abc", "%1s%*s"), "char 1x1: 97");  // octave: sscanf('abc','%1s%*s')
  // The format again on ";x": %[^=] takes it.
  EXPECT_EQ(scan("key=val;x", "%[^=]=%[^;]"), "char 1x8: 107 101 121 118 97 108 59 120");  // octave: sscanf('key=val;x','%[^=]=%[^;]')
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("abcdef"), str("%c"), row({2, 3})})),  // octave: sscanf('abcdef','%c',[2 3])
            "char 2x3: 97 98 99 100 101 102");
}

TEST_F(BuiltinIO, SscanfSizeShapesTheResult) {
  auto scan = [](const char* s, A size) { return show(call(mcc_bi_sscanf, {str(s), str("%d"), std::move(size)})); };
  EXPECT_EQ(scan("1 2 3 4 5", row({2, 3})), "double 2x3: 1 2 3 4 5 0");  // octave: sscanf('1 2 3 4 5','%d',[2 3])
  EXPECT_EQ(scan("1 2 3 4", row({2, 3})), "double 2x2: 1 2 3 4");  // octave: sscanf('1 2 3 4','%d',[2 3])
  EXPECT_EQ(scan("1 2 3 4 5", row({2, Inf})), "double 2x3: 1 2 3 4 5 0");  // octave: sscanf('1 2 3 4 5','%d',[2 Inf])
  EXPECT_EQ(scan("1 2 3 4 5", num(3)), "double 3x1: 1 2 3");  // octave: sscanf('1 2 3 4 5','%d',3)
  EXPECT_EQ(scan("1 2 3", num(Inf)), "double 3x1: 1 2 3");
  // MATLAB's doc: three numbers into [2 2] pad with a zero.
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("2.5 3.5 4.5"), str("%f"), row({1, 3})})), "double 1x3: 2.5 3.5 4.5");
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("2.5 3.5 4.5"), str("%f"), row({2, 2})})), "double 2x2: 2.5 3.5 4.5 0");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sscanf, 1, {str("1"), str("%d"), row({Inf, 2})}); }), "Invalid size.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sscanf, 1, {str("1"), str("%d"), num(-1)}); }), "Invalid size.");
}

TEST_F(BuiltinIO, SscanfCountErrmsgAndNextIndex) {
  auto outputs = [](const char* s, const char* f, std::vector<A> size = {}) {
    std::vector<A> in = {str(s), str(f)};
    for (A& a : size) in.push_back(std::move(a));
    std::vector<A> out = calls(mcc_bi_sscanf, 4, std::move(in));
    return show(out[1]) + " | " + text(out[2]) + " | " + show(out[3]);
  };
  // MATLAB's message; Octave says "sscanf: format failed to match".
  EXPECT_EQ(outputs("3.14159 are the first 6 digits of pi", "%d"),  // octave: [a,n,e,ni]=sscanf('3.14159 are the first 6 digits of pi','%d')
            "double 1x1: 1 | Matching failure in format. | double 1x1: 2");
  EXPECT_EQ(outputs("1 2 3 ", "%d"), "double 1x1: 3 |  | double 1x1: 7");  // octave: [a,n,e,ni]=sscanf('1 2 3 ','%d')
  EXPECT_EQ(outputs("1 2 x", "%d"), "double 1x1: 2 | Matching failure in format. | double 1x1: 5");
  EXPECT_EQ(outputs("1,2,3", "%d,", {num(2)}), "double 1x1: 2 |  | double 1x1: 5");  // octave: [a,n,e,ni]=sscanf('1,2,3','%d,',2)
  EXPECT_EQ(outputs("hello world", "%s"), "double 1x1: 2 |  | double 1x1: 12");  // octave: [a,n]=sscanf('hello world','%s')
  EXPECT_EQ(outputs("abc 12", "%s %d"), "double 1x1: 2 |  | double 1x1: 7");  // octave: [a,n]=sscanf('abc 12','%s %d')
  // A sign without digits does not match (Octave's C scanner also consumes the sign: nextindex 2).
  EXPECT_EQ(outputs("- 2", "%d"), "double 1x1: 0 | Matching failure in format. | double 1x1: 1");
  EXPECT_EQ(outputs("  ", "%d"), "double 1x1: 0 |  | double 1x1: 3");  // octave: [a,n,e,ni]=sscanf('  ','%d')
}

TEST_F(BuiltinIO, SscanfOfNothingIsEmpty) {
  // MATLAB gives [] (0x0); Octave gives a 0x1 column.
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str(""), str("%d")})), "double 0x0:");
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("abc"), str("%d")})), "double 0x0:");
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("   "), str("%s")})), "char 0x0:");
  EXPECT_EQ(show(call(mcc_bi_sscanf, {str("abcabc"), str("abc")})), "double 0x0:");
}

TEST_F(BuiltinIO, SscanfReadsACharMatrixInColumnOrder) {
  size_t dims[2] = {2, 2};
  A m(mcc_array_create(MCC_CLASS_CHAR, 2, dims));
  const char codes[] = {'1', '3', ' ', '4'};  // ['1 '; '34']
  for (size_t k = 0; k < 4; ++k) static_cast<uint16_t*>(m->data)[k] = uint16_t(codes[k]);
  EXPECT_EQ(show(call(mcc_bi_sscanf, {m, str("%d")})), "double 2x1: 13 4");
}

TEST_F(BuiltinIO, SscanfArgumentErrors) {
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sscanf, 1, {str("1")}); }), "Not enough input arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sscanf, 5, {str("1"), str("%d")}); }), "Too many output arguments.");
  EXPECT_EQ(errorOf([] { calls(mcc_bi_sscanf, 1, {str("1"), num(1)}); }), "Invalid format.");
}

// --- The file system ----------------------------------------------------------------

TEST_F(BuiltinIO, ExistIsfileIsfolder) {
  writeFile("f.m", "x = 1;\n");
  writeFile("data.txt", "");
  EXPECT_EQ(show(call(mcc_bi_exist, {pathArg("data.txt")})), "double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_exist, {pathArg("f")})), "double 1x1: 2");  // f.m
  EXPECT_EQ(show(call(mcc_bi_exist, {str(dir_.c_str())})), "double 1x1: 7");
  EXPECT_EQ(show(call(mcc_bi_exist, {pathArg("zzz")})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_exist, {pathArg("data.txt"), str("file")})), "double 1x1: 2");
  EXPECT_EQ(show(call(mcc_bi_exist, {pathArg("data.txt"), str("dir")})), "double 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_exist, {str(dir_.c_str()), str("dir")})), "double 1x1: 7");
  EXPECT_EQ(show(call(mcc_bi_isfile, {pathArg("data.txt")})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_isfile, {str(dir_.c_str())})), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_isfolder, {str(dir_.c_str())})), "logical 1x1: 1");
  EXPECT_EQ(show(call(mcc_bi_isfolder, {pathArg("data.txt")})), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_isfile, {str("")})), "logical 1x1: 0");
}

TEST_F(BuiltinIO, DeleteRemovesFilesAndWarnsForMissingOnes) {
  writeFile("a.tmp", "1");
  writeFile("b.tmp", "2");
  writeFile("keep.txt", "3");
  calls(mcc_bi_delete, 0, {pathArg("keep.txt"), pathArg("*.tmp")});
  EXPECT_EQ(show(call(mcc_bi_isfile, {pathArg("a.tmp")})), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_isfile, {pathArg("b.tmp")})), "logical 1x1: 0");
  EXPECT_EQ(show(call(mcc_bi_isfile, {pathArg("keep.txt")})), "logical 1x1: 0");
  std::string missing = path("gone.txt");
  EXPECT_EQ(stderrOf([&] { calls(mcc_bi_delete, 0, {str(missing.c_str())}); }),
            "Warning: File '" + missing + "' not found.\n");
}

TEST_F(BuiltinIO, FilereadGivesTheWholeFileAsACharRow) {
  writeFile("r.txt", "ab\ncaf\xc3\xa9\n");
  EXPECT_EQ(show(call(mcc_bi_fileread, {pathArg("r.txt")})), "char 1x8: 97 98 10 99 97 102 233 10");
  writeFile("e.txt", "");
  EXPECT_EQ(show(call(mcc_bi_fileread, {pathArg("e.txt")})), "char 1x0:");
  std::string missing = path("nope.txt");
  EXPECT_EQ(errorOf([&] { calls(mcc_bi_fileread, 1, {str(missing.c_str())}); }),
            "Could not open file " + missing + ". No such file or directory.");
}

TEST_F(BuiltinIO, TempnameAndTempdir) {
  std::string dir = text(call(mcc_bi_tempdir, {}));
  ASSERT_FALSE(dir.empty());
  EXPECT_EQ(dir.back(), '/');
  std::string a = text(call(mcc_bi_tempname, {})), b = text(call(mcc_bi_tempname, {}));
  EXPECT_NE(a, b);
  EXPECT_EQ(a.rfind(dir + "tp", 0), 0u);
  EXPECT_EQ(show(call(mcc_bi_isfile, {str(a.c_str())})), "logical 1x1: 0");
  std::string mine = text(call(mcc_bi_tempname, {str(dir_.c_str())}));
  EXPECT_EQ(mine.rfind(dir_ + "/tp", 0), 0u);
}
