// The MATLAB/Octave lexer.
//
// MATLAB's lexical grammar depends on context, and this lexer tracks what it
// needs of it:
//  - a quote is a transpose after a value (x', a(1)', [1 2]') unless, inside
//    [] or {}, whitespace separates them ([a 'str']); elsewhere it opens a
//    char vector;
//  - newlines inside () continue the line (Octave), inside [] and {} they
//    separate rows, elsewhere statements;
//  - an identifier that starts a statement, followed by whitespace and text
//    that is not an operator followed by whitespace, starts command syntax
//    (`hold on`, `format long`): it becomes a CommandName and the rest of the
//    statement CommandWord tokens. The parser calls relexAsExpression() when
//    the name turns out to be a variable (`a -1` with `a` assigned earlier).
// Whitespace before a token is recorded in Token::spaceBefore; the parser
// uses it for MATLAB's whitespace rules inside brackets ([1 -2], [f (1)]).
// Comments, block comments and `...` continuations never reach the parser.
#pragma once

#include <string_view>
#include <vector>

#include "Diagnostics.h"
#include "Token.h"

namespace mcc {

class Lexer {
 public:
  Lexer(const SourceFile& file, DiagnosticEngine& diags);

  Token next();

  // Re-reads the text after `name` (a CommandName just returned) as ordinary tokens.
  void relexAsExpression(const Token& name);
  // Forgets open brackets; the parser calls it when it recovers from an error
  // at a statement boundary, so that one missing ')' does not swallow the file.
  void resetBrackets() {
    brackets_.clear();
    anonParams_.clear();
  }
  // Jumps to the end of the file (the parser gave up on it).
  void skipToEnd() {
    pos_ = text_.size();
    brackets_.clear();
    anonParams_.clear();
    inCommand_ = false;
  }

  // Every comment seen so far (ranges cover the comment marker).
  const std::vector<SourceRange>& comments() const { return comments_; }

 private:
  enum class Context : char { Paren = '(', Bracket = '[', Brace = '{' };

  bool atEnd() const { return pos_ >= text_.size(); }
  char peek(size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool inMatrix() const {
    return !brackets_.empty() && brackets_.back() != Context::Paren;
  }

  // Skips blanks, comments and continuations; returns whether any were skipped.
  bool skipTrivia();
  bool atBlockCommentStart() const;
  void skipBlockComment();
  void skipLineComment();
  bool lineIsOnly(size_t from, std::string_view marker) const;

  Token lexNumber(Token tok);
  Token lexIdentifier(Token tok);
  Token lexQuoted(Token tok, char quote);
  Token lexCommandWord(Token tok);
  Token lexOperator(Token tok);
  bool looksLikeCommand(size_t after) const;
  void openBracket(Context c);
  void closeBracket(Context c);
  Token finish(Token tok, Tok kind);

  const SourceFile& file_;
  std::string_view text_;
  DiagnosticEngine& diags_;
  size_t pos_ = 0;
  std::vector<Context> brackets_;
  std::vector<SourceRange> comments_;
  // The depths of brackets_ at each open anonymous function's parameter
  // list, `@(`: its `)` ends no value, so a quote after it starts text
  // (`@(v) 'a' + v`).
  std::vector<size_t> anonParams_;
  bool afterAt_ = false;          // the last token was @
  bool closedAnonParams_ = false; // the last `)` closed a parameter list
  bool prevIsValue_ = false;    // a quote here would be a transpose
  bool statementStart_ = true;  // the next identifier may start command syntax
  bool afterDot_ = false;       // the next word is a field name, never a keyword
  bool inCommand_ = false;      // lexing the words of a command
  bool lineStart_ = true;       // nothing but blanks and comments since the last line break
};

}  // namespace mcc
