// Formatting and printing of diagnostics.
#include "Diagnostics.h"

#include <ostream>

namespace mcc {
namespace {

struct DiagInfo {
  Severity severity;
  const char* text;
};

constexpr DiagInfo kDiagInfo[] = {
#define DIAG(Name, Sev, Text) {Severity::Sev, Text},
#include "DiagnosticKinds.def"
};

const char* severityName(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    case Severity::Fatal: return "fatal error";
  }
  return "error";
}

const char* severityColor(Severity s) {
  switch (s) {
    case Severity::Note: return "\033[1;30m";
    case Severity::Warning: return "\033[1;35m";
    default: return "\033[1;31m";
  }
}

}  // namespace

Severity DiagnosticEngine::severityOf(DiagId id) {
  return kDiagInfo[static_cast<int>(id)].severity;
}

std::string DiagnosticEngine::format(DiagId id, std::initializer_list<std::string_view> args) {
  std::string_view text = kDiagInfo[static_cast<int>(id)].text;
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
      size_t n = static_cast<size_t>(text[i + 1] - '0');
      if (n < args.size()) out += *(args.begin() + n);
      ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

void DiagnosticEngine::report(const SourceFile* file, SourceRange range, DiagId id,
                              std::initializer_list<std::string_view> args) {
  record({id, severityOf(id), file, range, format(id, args)});
}

void DiagnosticEngine::replay(const std::vector<Diagnostic>& diags) {
  for (const Diagnostic& d : diags) record(d);
}

void DiagnosticEngine::record(const Diagnostic& given) {
  if (stopped_) return;
  Diagnostic d = given;
  if (d.severity == Severity::Warning && warnings_ == Warnings::Ignore) return;
  if (d.severity == Severity::Warning && warnings_ == Warnings::AsErrors) {
    d.severity = Severity::Error;
    d.message += " [-Werror]";
  }
  if (d.id == DiagId::TooManyErrors) {  // a held engine's limit; this engine applies its own
    return;
  }
  if (d.severity == Severity::Error || d.severity == Severity::Fatal) ++errors_;
  emit(d);
  if (d.severity == Severity::Fatal ||
      (errorLimit_ != 0 && errors_ >= errorLimit_ && d.severity == Severity::Error)) {
    if (d.severity != Severity::Fatal)
      emit({DiagId::TooManyErrors, Severity::Fatal, nullptr, {}, format(DiagId::TooManyErrors, {})});
    stopped_ = true;
  }
}

void DiagnosticEngine::emit(const Diagnostic& d) {
  if (!out_) {
    held_.push_back(d);
    return;
  }
  std::ostream& os = *out_;
  const char* bold = color_ ? "\033[1m" : "";
  const char* reset = color_ ? "\033[0m" : "";
  if (d.file) {
    LineCol lc = d.file->lineCol(d.range.begin);
    os << bold << d.file->name() << ':' << lc.line << ':' << lc.col << ": " << reset;
  } else {
    os << bold << "mcc: " << reset;
  }
  os << (color_ ? severityColor(d.severity) : "") << severityName(d.severity) << ": " << reset
     << bold << d.message << reset << '\n';
  if (!d.file) return;

  // The source line, then a caret under the first character and '~' under
  // the rest of the range on that line. Tabs are kept so the caret lines up;
  // UTF-8 continuation bytes take no column on a terminal.
  LineCol lc = d.file->lineCol(d.range.begin);
  std::string_view line = d.file->lineText(lc.line);
  os << line << '\n';
  auto continuation = [&](uint32_t i) { return (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80; };
  std::string marker;
  for (uint32_t i = 0; i + 1 < lc.col && i < line.size(); ++i)
    if (!continuation(i)) marker += line[i] == '\t' ? '\t' : ' ';
  marker += '^';
  uint32_t endCol = lc.col + (d.range.end > d.range.begin ? d.range.end - d.range.begin : 1);
  for (uint32_t c = lc.col + 1; c < endCol && c <= line.size(); ++c)
    if (!continuation(c - 1)) marker += '~';
  os << (color_ ? "\033[1;32m" : "") << marker << reset << '\n';
}

}  // namespace mcc
