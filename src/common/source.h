// source.h: a program's text with its line table, and the SyntaxError record that the lexer,
// parser and compiler fill. Knows nothing of Python objects.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace il {

class Source {
 public:
  Source(std::string filename, std::string text);
  const std::string& filename() const { return filename_; }
  const std::string& text() const { return text_; }
  // Line [n] (1-based) without its newline; empty when out of range.
  std::string_view line(int n) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string filename_;
  std::string text_;
  std::vector<size_t> starts_;
};

struct SyntaxErrorInfo {
  bool set = false;
  std::string type = "SyntaxError";  // or IndentationError, TabError
  std::string msg;
  int line = 0;
  int col = 0;        // 1-based column of the caret start, in code points; 0: no caret
  int end_col = 0;    // 1-based column after the caret end (exclusive); 0: one caret
  int end_line = 0;
};

// Formats [e] as CPython prints an uncaught SyntaxError (no "Traceback" header).
std::string format_syntax_error(const Source& src, const SyntaxErrorInfo& e);

}  // namespace il
