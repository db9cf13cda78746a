// Tokens of the MATLAB language (see Tokens.def for the list).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "Source.h"

namespace mcc {

enum class Tok : uint8_t {
#define TOKEN(Name, Text) Name,
#include "Tokens.def"
};

// "(" for punctuation and keywords, a description ("identifier") otherwise.
const char* tokSpelling(Tok kind);
// The enumerator's name, for --emit=tokens.
const char* tokName(Tok kind);
bool isKeyword(Tok kind);
// Keywords that close or split a block: end, endif..., else, elseif, case,
// otherwise, catch, until, unwind_protect_cleanup, function.
bool isBlockBoundary(Tok kind);
bool isEndKeyword(Tok kind);  // end and Octave's end* forms

struct Token {
  Tok kind = Tok::Eof;
  SourceRange range;
  bool spaceBefore = false;  // whitespace, a comment or a continuation precedes it
  bool softNewline = false;  // a Newline inside parentheses (Octave lets calls span lines)
  bool octaveEscapes = false;  // a "..." literal that needs Octave's backslash escapes
  bool lineStart = false;      // the first token on its line
  uint16_t depth = 0;        // brackets open where the token starts

  std::string_view text(std::string_view source) const {
    return source.substr(range.begin, range.end - range.begin);
  }
};

// Decoding of literal tokens (text as in the source, quotes included).
std::string decodeCharLit(std::string_view text);
// Decodes "..." : "" becomes ", and when `octaveEscapes` backslash escapes too.
std::string decodeStringLit(std::string_view text, bool octaveEscapes);
// A command-syntax word: quoted parts lose their quotes, '' becomes '.
std::string decodeCommandWord(std::string_view text);

}  // namespace mcc
