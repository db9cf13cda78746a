// Text forms of the front end's stages, for --emit=tokens and --emit=ast and
// for the golden tests in tests/lit/parse. The formats are stable: one node
// (or token) per line, children indented by two spaces, a role label where a
// child's role is not obvious ("cond:", "lhs:"), and the source range last as
// <line:col-line:col>.
#pragma once

#include <iosfwd>
#include <string>
#include <string_view>

#include "AST.h"
#include "Diagnostics.h"

namespace mcc {

// A literal's text for printing: between `quote`s, the quote doubled,
// backslash, newline, tab and other non-printable bytes escaped (\x..).
std::string quoteLiteral(std::string_view text, char quote);

void printTokens(const SourceFile& file, DiagnosticEngine& diags, std::ostream& os);
void printAST(const File& file, std::ostream& os);

}  // namespace mcc
