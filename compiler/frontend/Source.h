// Source text of one .m file and the mapping from byte offsets to line:column.
// Every token, AST node and diagnostic refers to source by byte offsets into a
// SourceFile; lines and columns (1-based, columns in bytes like clang) are only
// computed when something is printed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mcc {

struct SourceRange {
  uint32_t begin = 0;  // offset of the first byte
  uint32_t end = 0;    // offset one past the last byte
  bool empty() const { return begin >= end; }
  static SourceRange cover(SourceRange a, SourceRange b) {
    return {a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
  }
};

struct LineCol {
  uint32_t line = 1;
  uint32_t col = 1;
};

class SourceFile {
 public:
  SourceFile(std::string name, std::string text);

  // Reads a file; returns null and sets `error` (strerror text) when it cannot.
  static std::unique_ptr<SourceFile> load(const std::string& path, std::string& error);

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }

  LineCol lineCol(uint32_t offset) const;
  // The text of the line holding `offset`, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
};

}  // namespace mcc
