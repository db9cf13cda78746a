// The MATLAB/Octave lexer; see Lexer.h for the context rules it implements.
#include "Lexer.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace mcc {
namespace {

bool isIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isBlank(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v'; }
bool isLineEnd(char c) { return c == '\n' || c == '\r'; }

const std::unordered_map<std::string_view, Tok>& keywordTable() {
  static const std::unordered_map<std::string_view, Tok> table = {
#define KEYWORD(Name, Text) {Text, Tok::Kw_##Name},
#include "Tokens.def"
  };
  return table;
}

// Tokens after which a quote is a transpose.
bool endsValue(Tok k, uint16_t depth) {
  switch (k) {
    case Tok::Ident: case Tok::Number: case Tok::CharLit: case Tok::StringLit:
    case Tok::RParen: case Tok::RBracket: case Tok::RBrace:
    case Tok::Transpose: case Tok::DotTranspose:
      return true;
    case Tok::Kw_end:
      return depth > 0;  // x(end)' would be odd, but end is a value there
    default:
      return false;
  }
}

// Binary operators for the command-syntax test, longest first.
constexpr const char* kBinaryOps[] = {
    ".**", "==", "~=", "!=", "<=", ">=", "&&", "||", ".*", "./", ".\\", ".^", "+=", "-=",
    "*=", "/=", "^=", "|=", "&=", ".*=", "./=", ".^=", "**", "+", "-", "*", "/", "\\", "^", "<", ">", "&", "|", ":"};

}  // namespace

const char* tokSpelling(Tok kind) {
  static const char* const names[] = {
#define TOKEN(Name, Text) Text,
#include "Tokens.def"
  };
  return names[static_cast<int>(kind)];
}

const char* tokName(Tok kind) {
  static const char* const names[] = {
#define TOKEN(Name, Text) #Name,
#include "Tokens.def"
  };
  return names[static_cast<int>(kind)];
}

bool isKeyword(Tok kind) {
  switch (kind) {
#define KEYWORD(Name, Text) case Tok::Kw_##Name:
#include "Tokens.def"
      return true;
    default:
      return false;
  }
}

bool isEndKeyword(Tok kind) {
  switch (kind) {
    case Tok::Kw_end: case Tok::Kw_endif: case Tok::Kw_endfor: case Tok::Kw_endparfor:
    case Tok::Kw_endwhile: case Tok::Kw_endswitch: case Tok::Kw_endfunction:
    case Tok::Kw_end_try_catch: case Tok::Kw_end_unwind_protect: case Tok::Kw_endclassdef:
    case Tok::Kw_endproperties: case Tok::Kw_endmethods: case Tok::Kw_endevents:
    case Tok::Kw_endenumeration: case Tok::Kw_endspmd:
      return true;
    default:
      return false;
  }
}

bool isBlockBoundary(Tok kind) {
  switch (kind) {
    case Tok::Kw_else: case Tok::Kw_elseif: case Tok::Kw_case: case Tok::Kw_otherwise:
    case Tok::Kw_catch: case Tok::Kw_until: case Tok::Kw_unwind_protect_cleanup:
    case Tok::Kw_function:
      return true;
    default:
      return isEndKeyword(kind);
  }
}

std::string decodeCharLit(std::string_view text) {
  std::string out;
  if (text.size() < 2) return out;
  std::string_view body = text.substr(1, text.size() - (text.back() == '\'' ? 2 : 1));
  for (size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;
  }
  return out;
}

std::string decodeStringLit(std::string_view text, bool octaveEscapes) {
  std::string out;
  if (text.size() < 2) return out;
  std::string_view body = text.substr(1, text.size() - (text.back() == '"' ? 2 : 1));
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '"' && i + 1 < body.size() && body[i + 1] == '"') {
      out += '"';
      ++i;
    } else if (c == '\\' && octaveEscapes && i + 1 < body.size()) {
      char e = body[++i];
      switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'v': out += '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          int v = 0, n = 0;
          --i;
          while (n < 3 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7') {
            v = v * 8 + (body[++i] - '0');
            ++n;
          }
          out += static_cast<char>(v);
          break;
        }
        case '\n': break;  // backslash-newline continues the literal
        case '\r':
          if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
          break;
        default: out += e; break;  // \\ \" \' and unknown escapes keep the character
      }
    } else {
      out += c;
    }
  }
  return out;
}

std::string decodeCommandWord(std::string_view text) {
  std::string out;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '\'') {
      out += c;
    } else if (quoted && i + 1 < text.size() && text[i + 1] == '\'') {
      out += '\'';
      ++i;
    } else {
      quoted = !quoted;
    }
  }
  return out;
}

Lexer::Lexer(const SourceFile& file, DiagnosticEngine& diags)
    : file_(file), text_(file.text()), diags_(diags) {}

void Lexer::relexAsExpression(const Token& name) {
  pos_ = name.range.end;
  inCommand_ = false;
  statementStart_ = false;
  afterDot_ = false;
  prevIsValue_ = true;
}

bool Lexer::lineIsOnly(size_t from, std::string_view marker) const {
  // True when the line holding `from` is blanks, `marker`, blanks.
  size_t b = from;
  while (b > 0 && !isLineEnd(text_[b - 1])) --b;
  for (size_t i = b; i < from; ++i)
    if (!isBlank(text_[i])) return false;
  if (text_.substr(from, marker.size()) != marker) return false;
  for (size_t i = from + marker.size(); i < text_.size() && !isLineEnd(text_[i]); ++i)
    if (!isBlank(text_[i])) return false;
  return true;
}

bool Lexer::atBlockCommentStart() const {
  return lineIsOnly(pos_, "%{") || lineIsOnly(pos_, "#{");
}

void Lexer::skipLineComment() {
  size_t start = pos_;
  while (!atEnd() && !isLineEnd(peek())) ++pos_;
  comments_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(pos_)});
}

void Lexer::skipBlockComment() {
  // Block comments nest; each marker must stand alone on its line.
  size_t start = pos_;
  char opener = peek();
  int depth = 0;
  while (!atEnd()) {
    if (lineIsOnly(pos_, "%{") || lineIsOnly(pos_, "#{")) {
      ++depth;
    } else if (lineIsOnly(pos_, "%}") || lineIsOnly(pos_, "#}")) {
      if (--depth == 0) {
        while (!atEnd() && !isLineEnd(peek())) ++pos_;
        comments_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(pos_)});
        return;
      }
    }
    // advance to the first non-blank of the next line
    while (!atEnd() && !isLineEnd(peek())) ++pos_;
    while (!atEnd() && (isLineEnd(peek()) || isBlank(peek()))) ++pos_;
  }
  std::string open(1, opener), close(1, opener);
  open += '{';
  close += '}';
  diags_.report(&file_, {static_cast<uint32_t>(start), static_cast<uint32_t>(start + 2)},
                DiagId::UnterminatedBlockComment, {open, close});
}

bool Lexer::skipTrivia() {
  bool skipped = false;
  while (!atEnd()) {
    char c = peek();
    if (isBlank(c)) {
      ++pos_;
    } else if (c == '%' || c == '#') {
      if (atBlockCommentStart()) {
        skipBlockComment();
      } else {
        skipLineComment();
      }
    } else if (c == '.' && peek(1) == '.' && peek(2) == '.') {
      // Continuation: the rest of the line is a comment, the line break is a blank.
      pos_ += 3;
      skipLineComment();
      if (peek() == '\r') ++pos_;
      if (peek() == '\n') ++pos_;
    } else {
      break;
    }
    skipped = true;
  }
  return skipped;
}

void Lexer::openBracket(Context c) { brackets_.push_back(c); }

void Lexer::closeBracket(Context c) {
  size_t depth = 0;  // no opener at all: the parser reports it; start afresh
  for (size_t i = brackets_.size(); i-- > 0;)
    if (brackets_[i] == c) {
      depth = i;
      break;
    }
  brackets_.resize(depth);  // also closes anything left open inside
  closedAnonParams_ = c == Context::Paren && !anonParams_.empty() && anonParams_.back() == depth;
  while (!anonParams_.empty() && anonParams_.back() >= depth) anonParams_.pop_back();
}

Token Lexer::finish(Token tok, Tok kind) {
  tok.kind = kind;
  tok.range.end = static_cast<uint32_t>(pos_);
  lineStart_ = kind == Tok::Newline;
  prevIsValue_ = endsValue(kind, tok.depth) && !(kind == Tok::RParen && closedAnonParams_);
  closedAnonParams_ = false;
  afterAt_ = kind == Tok::At;
  afterDot_ = kind == Tok::Dot;
  switch (kind) {
    case Tok::Newline: case Tok::Semi: case Tok::Comma:
      statementStart_ = brackets_.empty();
      break;
    case Tok::Kw_else: case Tok::Kw_try: case Tok::Kw_otherwise: case Tok::Kw_do:
    case Tok::Kw_unwind_protect: case Tok::Kw_unwind_protect_cleanup:
      statementStart_ = true;
      break;
    default:
      statementStart_ = isEndKeyword(kind) && tok.depth == 0;
      break;
  }
  return tok;
}

Token Lexer::next() {
  Token tok;
  tok.spaceBefore = skipTrivia();
  tok.lineStart = lineStart_;
  tok.depth = static_cast<uint16_t>(brackets_.size() > 0xFFFF ? 0xFFFF : brackets_.size());
  tok.range.begin = static_cast<uint32_t>(pos_);

  if (inCommand_) {
    char c = peek();
    if (atEnd() || isLineEnd(c) || c == ',' || c == ';') {
      inCommand_ = false;
    } else {
      return lexCommandWord(tok);
    }
  }

  if (atEnd()) return finish(tok, Tok::Eof);
  char c = peek();

  if (isLineEnd(c)) {
    pos_ += (c == '\r' && peek(1) == '\n') ? 2 : 1;
    if (!brackets_.empty() && brackets_.back() == Context::Paren) tok.softNewline = true;
    return finish(tok, Tok::Newline);
  }
  if (isDigit(c) || (c == '.' && isDigit(peek(1)))) return lexNumber(tok);
  if (isIdentStart(c)) return lexIdentifier(tok);
  if (c == '"') return lexQuoted(tok, '"');
  if (c == '\'') {
    // Transpose after a value, unless blanks separate them inside [] or {}.
    if (prevIsValue_ && !(tok.spaceBefore && inMatrix())) {
      ++pos_;
      return finish(tok, Tok::Transpose);
    }
    return lexQuoted(tok, '\'');
  }
  return lexOperator(tok);
}

Token Lexer::lexNumber(Token tok) {
  size_t start = pos_;
  // Octave allows '_' between digits as a separator (20_000).
  auto digitsOf = [&](auto pred) {
    size_t n = 0;
    while (pred(peek()) || (n > 0 && peek() == '_' && pred(peek(1)))) {
      ++pos_;
      ++n;
    }
    return n;
  };
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'b' || peek(1) == 'B')) {
    bool hex = peek(1) == 'x' || peek(1) == 'X';
    auto pred = hex ? +[](char ch) { return isDigit(ch) || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F'); }
                    : +[](char ch) { return ch == '0' || ch == '1'; };
    pos_ += 2;
    if (digitsOf(pred) == 0) {
      pos_ = start + 1;  // just the 0; the letter that follows is an identifier
      return finish(tok, Tok::Number);
    }
    // Optional class suffix: u8 u16 u32 u64 s8 s16 s32 s64.
    if ((peek() == 'u' || peek() == 's') && isDigit(peek(1))) {
      ++pos_;
      digitsOf(isDigit);
    }
    return finish(tok, Tok::Number);
  }
  digitsOf(isDigit);
  // A '.' belongs to the number unless it starts an operator (1./x, 1.^2, 1.')
  // or a continuation (1...).
  if (peek() == '.' && !std::strchr("*/\\^'", peek(1)) && !(peek(1) == '.' && peek(2) == '.')) {
    ++pos_;
    digitsOf(isDigit);
  }
  char e = peek();
  if (e == 'e' || e == 'E' || e == 'd' || e == 'D') {
    size_t save = pos_;
    ++pos_;
    if (peek() == '+' || peek() == '-') ++pos_;
    if (digitsOf(isDigit) == 0) pos_ = save;
  }
  char s = peek();
  if ((s == 'i' || s == 'j' || s == 'I' || s == 'J') && !isIdentChar(peek(1))) ++pos_;
  return finish(tok, Tok::Number);
}

Token Lexer::lexIdentifier(Token tok) {
  while (isIdentChar(peek())) ++pos_;
  std::string_view word = text_.substr(tok.range.begin, pos_ - tok.range.begin);
  if (!afterDot_) {
    auto it = keywordTable().find(word);
    if (it != keywordTable().end()) return finish(tok, it->second);
  }
  if (statementStart_ && brackets_.empty() && looksLikeCommand(pos_)) {
    inCommand_ = true;
    Token t = finish(tok, Tok::CommandName);
    statementStart_ = false;
    return t;
  }
  return finish(tok, Tok::Ident);
}

// MATLAB's test for command syntax, given the offset just after an identifier
// that starts a statement: `name word...` is a command unless what follows the
// blank is '=', '(', the end of the statement, or a binary operator that is
// itself followed by a blank (`a - 1` is an expression, `a -1` a command).
bool Lexer::looksLikeCommand(size_t p) const {
  if (p >= text_.size() || !isBlank(text_[p])) return false;
  while (p < text_.size() && isBlank(text_[p])) ++p;
  if (p >= text_.size()) return false;
  char c = text_[p];
  if (isLineEnd(c) || c == ',' || c == ';' || c == '%' || c == '#' || c == '(') return false;
  std::string_view rest = text_.substr(p);
  if (rest.substr(0, 3) == "...") return false;
  if (c == '=' && rest.substr(0, 2) != "==") return false;
  for (const char* op : kBinaryOps) {
    size_t n = std::strlen(op);
    if (rest.substr(0, n) == op) {
      size_t after = p + n;
      return !(after >= text_.size() || isBlank(text_[after]) || isLineEnd(text_[after]));
    }
  }
  return true;
}

Token Lexer::lexCommandWord(Token tok) {
  // A word runs to a blank, ',' ';', a comment or the end of the line;
  // quoted parts may hold any of those.
  bool quoted = false;
  while (!atEnd()) {
    char c = peek();
    if (isLineEnd(c)) break;
    if (quoted) {
      if (c == '\'') {
        if (peek(1) == '\'') {
          pos_ += 2;
          continue;
        }
        quoted = false;
      }
      ++pos_;
      continue;
    }
    if (isBlank(c) || c == ',' || c == ';' || c == '%' || c == '#') break;
    if (c == '.' && peek(1) == '.' && peek(2) == '.') break;
    if (c == '\'') quoted = true;
    ++pos_;
  }
  if (quoted) {
    diags_.report(&file_, {tok.range.begin, static_cast<uint32_t>(pos_)}, DiagId::UnterminatedChar);
  }
  Token t = finish(tok, Tok::CommandWord);
  statementStart_ = false;
  return t;
}

Token Lexer::lexQuoted(Token tok, char quote) {
  ++pos_;
  auto scan = [&](bool escapes) {
    while (!atEnd() && !isLineEnd(peek())) {
      char c = peek();
      if (escapes && c == '\\' && pos_ + 1 < text_.size()) {
        // Octave: an escape, or a backslash-newline that continues the literal.
        pos_ += (peek(1) == '\r' && peek(2) == '\n') ? 3 : 2;
        continue;
      }
      ++pos_;
      if (c == quote) {
        if (peek() == quote) {
          ++pos_;
          continue;
        }
        return true;
      }
    }
    return false;
  };
  size_t bodyStart = pos_;
  bool closed = scan(false);
  if (quote == '"') {
    // MATLAB strings have no backslash escapes; Octave's do ("a\"b"). Take
    // Octave's reading when MATLAB's would end on an escaped quote, or not at
    // all, and Octave's closes on this line.
    // MATLAB's reading is suspect when one of its quotes follows an odd run of
    // backslashes (Octave's \").
    size_t matlabEnd = pos_;
    bool escapedQuote = false;
    for (size_t i = bodyStart; i < matlabEnd; ++i) {
      if (text_[i] != '"') continue;
      size_t run = 0;
      while (i - run > bodyStart && text_[i - run - 1] == '\\') ++run;
      if (run % 2 == 1) escapedQuote = true;
    }
    if (!closed || escapedQuote) {
      pos_ = bodyStart;
      if (scan(true)) {
        closed = true;
        tok.octaveEscapes = true;
      } else {
        pos_ = matlabEnd;
      }
    }
  }
  if (!closed) {
    diags_.report(&file_, {tok.range.begin, static_cast<uint32_t>(pos_)},
                  quote == '"' ? DiagId::UnterminatedString : DiagId::UnterminatedChar);
  }
  return finish(tok, quote == '"' ? Tok::StringLit : Tok::CharLit);
}

Token Lexer::lexOperator(Token tok) {
  char c = peek();
  char n = peek(1);
  auto take = [&](size_t len, Tok kind) {
    pos_ += len;
    return finish(tok, kind);
  };
  switch (c) {
    case '(':
      if (afterAt_) anonParams_.push_back(brackets_.size());
      openBracket(Context::Paren);
      return take(1, Tok::LParen);
    case '[': openBracket(Context::Bracket); return take(1, Tok::LBracket);
    case '{': openBracket(Context::Brace); return take(1, Tok::LBrace);
    case ')': closeBracket(Context::Paren); return take(1, Tok::RParen);
    case ']': closeBracket(Context::Bracket); return take(1, Tok::RBracket);
    case '}': closeBracket(Context::Brace); return take(1, Tok::RBrace);
    case ',': return take(1, Tok::Comma);
    case ';': return take(1, Tok::Semi);
    case '@': return take(1, Tok::At);
    case '?': return take(1, Tok::Question);
    case ':': return take(1, Tok::Colon);
    case '.':
      if (n == '*' && peek(2) == '*') return take(3, Tok::DotCaret);  // Octave's .**
      if (peek(2) == '=' && std::strchr("*/\\^", n) && n != '\0') {     // Octave's .*= ./= .\= .^=
        return take(3, n == '*' ? Tok::DotStarAssign : n == '/' ? Tok::DotSlashAssign
                       : n == '^' ? Tok::DotCaretAssign : Tok::DotBackslashAssign);
      }
      if (n == '*') return take(2, Tok::DotStar);
      if (n == '/') return take(2, Tok::DotSlash);
      if (n == '\\') return take(2, Tok::DotBackslash);
      if (n == '^') return take(2, Tok::DotCaret);
      if (n == '\'') return take(2, Tok::DotTranspose);
      return take(1, Tok::Dot);
    case '=': return n == '=' ? take(2, Tok::EqEq) : take(1, Tok::Assign);
    case '~': return n == '=' ? take(2, Tok::NotEq) : take(1, Tok::Not);
    case '!': return n == '=' ? take(2, Tok::NotEq) : take(1, Tok::Not);
    case '<': return n == '=' ? take(2, Tok::LessEq) : take(1, Tok::Less);
    case '>': return n == '=' ? take(2, Tok::GreaterEq) : take(1, Tok::Greater);
    case '&': return n == '&' ? take(2, Tok::AmpAmp) : n == '=' ? take(2, Tok::AmpAssign) : take(1, Tok::Amp);
    case '|': return n == '|' ? take(2, Tok::PipePipe) : n == '=' ? take(2, Tok::PipeAssign) : take(1, Tok::Pipe);
    case '+': return n == '=' ? take(2, Tok::PlusAssign) : take(1, Tok::Plus);
    case '-': return n == '=' ? take(2, Tok::MinusAssign) : take(1, Tok::Minus);
    case '*':
      if (n == '*') return take(2, Tok::Caret);  // Octave's ** is ^
      return n == '=' ? take(2, Tok::StarAssign) : take(1, Tok::Star);
    case '/': return n == '=' ? take(2, Tok::SlashAssign) : take(1, Tok::Slash);
    case '^': return n == '=' ? take(2, Tok::CaretAssign) : take(1, Tok::Caret);
    case '\\': return take(1, Tok::Backslash);
    default: break;
  }
  // Anything else is not MATLAB. Take a whole UTF-8 sequence so the message
  // shows the character, then carry on.
  size_t len = 1;
  unsigned char u = static_cast<unsigned char>(c);
  if (u >= 0xC0) {
    while (len < 4 && pos_ + len < text_.size() &&
           (static_cast<unsigned char>(text_[pos_ + len]) & 0xC0) == 0x80)
      ++len;
  }
  std::string shown;
  if (u < 0x20 || u == 0x7F || (u >= 0x80 && len == 1)) {
    static const char hex[] = "0123456789ABCDEF";
    shown = std::string("\\x") + hex[u >> 4] + hex[u & 15];
  } else {
    shown = std::string(text_.substr(pos_, len));
  }
  pos_ += len;
  diags_.report(&file_, {tok.range.begin, static_cast<uint32_t>(pos_)}, DiagId::InvalidChar, {shown});
  return finish(tok, Tok::Invalid);
}

}  // namespace mcc
