// Lexer unit tests: MATLAB's context-dependent lexical rules.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "frontend/Lexer.h"

using namespace mcc;

namespace {

struct Lexed {
  std::vector<Tok> kinds;
  std::vector<std::string> texts;
  std::vector<bool> spaces;
  std::string diags;
};

Lexed lex(const std::string& code) {
  SourceFile src("t.m", code);
  std::ostringstream out;
  DiagnosticEngine diags(&out);
  Lexer lexer(src, diags);
  Lexed r;
  for (int guard = 0; guard < 10000; ++guard) {
    Token t = lexer.next();
    if (t.kind == Tok::Eof) break;
    r.kinds.push_back(t.kind);
    r.texts.push_back(std::string(t.text(src.text())));
    r.spaces.push_back(t.spaceBefore);
  }
  r.diags = out.str();
  return r;
}

std::vector<Tok> kinds(const std::string& code) { return lex(code).kinds; }

}  // namespace

TEST(Lexer, QuoteAfterValueIsTranspose) {
  EXPECT_EQ(kinds("x'"), (std::vector<Tok>{Tok::Ident, Tok::Transpose}));
  EXPECT_EQ(kinds("a(1)'"), (std::vector<Tok>{Tok::Ident, Tok::LParen, Tok::Number, Tok::RParen, Tok::Transpose}));
  EXPECT_EQ(kinds("x''"), (std::vector<Tok>{Tok::Ident, Tok::Transpose, Tok::Transpose}));
  EXPECT_EQ(kinds("x.'"), (std::vector<Tok>{Tok::Ident, Tok::DotTranspose}));
  EXPECT_EQ(kinds("[1 2]'"), (std::vector<Tok>{Tok::LBracket, Tok::Number, Tok::Number, Tok::RBracket, Tok::Transpose}));
}

TEST(Lexer, QuoteElsewhereIsCharLiteral) {
  EXPECT_EQ(kinds("x = 'abc'"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::CharLit}));
  Lexed l = lex("y = 'it''s'");
  ASSERT_EQ(l.kinds.size(), 3u);
  EXPECT_EQ(l.texts[2], "'it''s'");
  EXPECT_EQ(decodeCharLit(l.texts[2]), "it's");
}

TEST(Lexer, BlankThenQuoteInsideBracketsIsString) {
  EXPECT_EQ(kinds("[a 'b']"), (std::vector<Tok>{Tok::LBracket, Tok::Ident, Tok::CharLit, Tok::RBracket}));
  EXPECT_EQ(kinds("[a' b']"), (std::vector<Tok>{Tok::LBracket, Tok::Ident, Tok::Transpose, Tok::Ident,
                                                Tok::Transpose, Tok::RBracket}));
  // Outside brackets a blank does not matter: x = a ' is a transpose.
  EXPECT_EQ(kinds("x = a '"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Ident, Tok::Transpose}));
}

TEST(Lexer, Numbers) {
  for (const char* n : {"1", "1.5", ".5", "1e3", "1E-3", "1.e3", "2i", "3j", "1.5e3i", "0x1F", "0b101",
                        "0xFFu8", "0b1s16", "1d3"}) {
    Lexed l = lex(n);
    ASSERT_EQ(l.kinds.size(), 1u) << n;
    EXPECT_EQ(l.kinds[0], Tok::Number) << n;
    EXPECT_EQ(l.texts[0], n);
  }
}

TEST(Lexer, NumberBeforeElementwiseOperator) {
  Lexed l = lex("1./x");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::Number, Tok::DotSlash, Tok::Ident}));
  EXPECT_EQ(l.texts[0], "1");
  EXPECT_EQ(kinds("2.^x"), (std::vector<Tok>{Tok::Number, Tok::DotCaret, Tok::Ident}));
  EXPECT_EQ(kinds("3.*x"), (std::vector<Tok>{Tok::Number, Tok::DotStar, Tok::Ident}));
  EXPECT_EQ(kinds("1.'"), (std::vector<Tok>{Tok::Number, Tok::DotTranspose}));
}

TEST(Lexer, Comments) {
  EXPECT_EQ(kinds("x % comment\ny"), (std::vector<Tok>{Tok::Ident, Tok::Newline, Tok::Ident}));
  EXPECT_EQ(kinds("x # octave comment"), (std::vector<Tok>{Tok::Ident}));
  EXPECT_EQ(kinds("a\n%{\nignored 'text\n%}\nb"), (std::vector<Tok>{Tok::Ident, Tok::Newline, Tok::Newline, Tok::Ident}));
  EXPECT_EQ(kinds("a\n#{\n#{\nnested\n#}\nstill\n#}\nb"), (std::vector<Tok>{Tok::Ident, Tok::Newline, Tok::Newline, Tok::Ident}));
  // %{ with text after it on the line is a line comment.
  EXPECT_EQ(kinds("%{ not a block\nx"), (std::vector<Tok>{Tok::Newline, Tok::Ident}));
  EXPECT_EQ(kinds("x = '%not a comment'"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::CharLit}));
}

TEST(Lexer, UnterminatedBlockCommentIsAnError) {
  Lexed l = lex("x\n%{\nnever closed\n");
  EXPECT_NE(l.diags.find("t.m:2:1: error: unterminated block comment"), std::string::npos) << l.diags;
}

TEST(Lexer, Continuation) {
  Lexed l = lex("x = 1 + ... trailing text\n 2");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Number, Tok::Plus, Tok::Number}));
  EXPECT_TRUE(l.spaces[4]);
}

TEST(Lexer, NewlinesInsideParenthesesAreSoft) {
  SourceFile src("t.m", "f(1,\n2)\n");
  std::ostringstream out;
  DiagnosticEngine diags(&out);
  Lexer lexer(src, diags);
  std::vector<Token> toks;
  for (Token t = lexer.next(); t.kind != Tok::Eof; t = lexer.next()) toks.push_back(t);
  ASSERT_EQ(toks.size(), 8u);
  EXPECT_EQ(toks[4].kind, Tok::Newline);
  EXPECT_TRUE(toks[4].softNewline);
  EXPECT_EQ(toks[7].kind, Tok::Newline);
  EXPECT_FALSE(toks[7].softNewline);
}

TEST(Lexer, CommandSyntax) {
  Lexed l = lex("hold on");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::CommandName, Tok::CommandWord}));
  l = lex("warning off all;");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::CommandName, Tok::CommandWord, Tok::CommandWord, Tok::Semi}));
  l = lex("disp 'hello world'");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::CommandName, Tok::CommandWord}));
  EXPECT_EQ(decodeCommandWord(l.texts[1]), "hello world");
  EXPECT_EQ(kinds("a -1"), (std::vector<Tok>{Tok::CommandName, Tok::CommandWord}));
  EXPECT_EQ(kinds("format long % comment"), (std::vector<Tok>{Tok::CommandName, Tok::CommandWord}));
}

TEST(Lexer, NotCommandSyntax) {
  EXPECT_EQ(kinds("a - 1"), (std::vector<Tok>{Tok::Ident, Tok::Minus, Tok::Number}));
  EXPECT_EQ(kinds("a=-1"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Minus, Tok::Number}));
  EXPECT_EQ(kinds("a =1"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Number}));
  EXPECT_EQ(kinds("a == b"), (std::vector<Tok>{Tok::Ident, Tok::EqEq, Tok::Ident}));
  EXPECT_EQ(kinds("disp (x)"), (std::vector<Tok>{Tok::Ident, Tok::LParen, Tok::Ident, Tok::RParen}));
  EXPECT_EQ(kinds("x += 1"), (std::vector<Tok>{Tok::Ident, Tok::PlusAssign, Tok::Number}));
  EXPECT_EQ(kinds("a ...\n + 1"), (std::vector<Tok>{Tok::Ident, Tok::Plus, Tok::Number}));
  // Only at the start of a statement.
  EXPECT_EQ(kinds("y = a -1"), (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Ident, Tok::Minus, Tok::Number}));
  EXPECT_EQ(kinds("[a -1]"), (std::vector<Tok>{Tok::LBracket, Tok::Ident, Tok::Minus, Tok::Number, Tok::RBracket}));
}

TEST(Lexer, CommandAfterStatementSeparators) {
  EXPECT_EQ(kinds("x = 1; hold on"),
            (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Number, Tok::Semi, Tok::CommandName, Tok::CommandWord}));
  EXPECT_EQ(kinds("if x, disp hi, end"),
            (std::vector<Tok>{Tok::Kw_if, Tok::Ident, Tok::Comma, Tok::CommandName, Tok::CommandWord, Tok::Comma,
                              Tok::Kw_end}));
}

TEST(Lexer, Keywords) {
  EXPECT_EQ(kinds("if for while end endfunction end_try_catch unwind_protect do until"),
            (std::vector<Tok>{Tok::Kw_if, Tok::Kw_for, Tok::Kw_while, Tok::Kw_end, Tok::Kw_endfunction,
                              Tok::Kw_end_try_catch, Tok::Kw_unwind_protect, Tok::Kw_do, Tok::Kw_until}));
  // After a dot, keywords are field names.
  EXPECT_EQ(kinds("s.end"), (std::vector<Tok>{Tok::Ident, Tok::Dot, Tok::Ident}));
}

TEST(Lexer, OctaveOperators) {
  EXPECT_EQ(kinds("a != b"), (std::vector<Tok>{Tok::Ident, Tok::NotEq, Tok::Ident}));
  EXPECT_EQ(kinds("!a"), (std::vector<Tok>{Tok::Not, Tok::Ident}));
  EXPECT_EQ(kinds("a ** b"), (std::vector<Tok>{Tok::Ident, Tok::Caret, Tok::Ident}));
  EXPECT_EQ(kinds("a .** b"), (std::vector<Tok>{Tok::Ident, Tok::DotCaret, Tok::Ident}));
  EXPECT_EQ(kinds("x -= 2"), (std::vector<Tok>{Tok::Ident, Tok::MinusAssign, Tok::Number}));
}

TEST(Lexer, DoubleQuotedStrings) {
  Lexed l = lex("s = \"say \"\"hi\"\"\"");
  ASSERT_EQ(l.kinds.back(), Tok::StringLit);
  EXPECT_EQ(decodeStringLit(l.texts.back(), false), "say \"hi\"");
  // Octave's escaped quote, which MATLAB's reading cannot close.
  l = lex("printf (\"\\\"%s\\\"\\n\", x)");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::Ident, Tok::LParen, Tok::StringLit, Tok::Comma, Tok::Ident, Tok::RParen}));
  EXPECT_TRUE(l.diags.empty()) << l.diags;
  EXPECT_EQ(decodeStringLit("\"a\\tb\"", true), "a\tb");
}

TEST(Lexer, UnterminatedLiterals) {
  Lexed l = lex("x = 'abc\ny = 2");
  EXPECT_NE(l.diags.find("t.m:1:5: error: unterminated character vector"), std::string::npos) << l.diags;
  l = lex("x = \"abc");
  EXPECT_NE(l.diags.find("t.m:1:5: error: unterminated string"), std::string::npos) << l.diags;
}

TEST(Lexer, InvalidCharacters) {
  Lexed l = lex("x = $;");
  EXPECT_EQ(l.kinds[2], Tok::Invalid);
  EXPECT_NE(l.diags.find("t.m:1:5: error: invalid character '$'"), std::string::npos) << l.diags;
  l = lex(std::string("x = \x01;"));
  EXPECT_NE(l.diags.find("'\\x01'"), std::string::npos) << l.diags;
}

TEST(Lexer, SpaceBeforeIsRecorded) {
  Lexed l = lex("[1 -2]");
  EXPECT_EQ(l.kinds, (std::vector<Tok>{Tok::LBracket, Tok::Number, Tok::Minus, Tok::Number, Tok::RBracket}));
  EXPECT_TRUE(l.spaces[2]);
  EXPECT_FALSE(l.spaces[3]);
}

TEST(Lexer, CarriageReturnsAndByteOrderMark) {
  EXPECT_EQ(kinds("\xEF\xBB\xBFx = 1\r\ny = 2\r\n"),
            (std::vector<Tok>{Tok::Ident, Tok::Assign, Tok::Number, Tok::Newline, Tok::Ident, Tok::Assign,
                              Tok::Number, Tok::Newline}));
}
