// source.cpp: line table and CPython's layout of a SyntaxError report.
#include "common/source.h"

namespace il {

Source::Source(std::string filename, std::string text)
    : filename_(std::move(filename)), text_(std::move(text)) {
  starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); i++)
    if (text_[i] == '\n' && i + 1 < text_.size()) starts_.push_back(i + 1);
}

std::string_view Source::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  size_t b = starts_[n - 1];
  size_t e = text_.find('\n', b);
  if (e == std::string::npos) e = text_.size();
  std::string_view v(text_.data() + b, e - b);
  if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
  return v;
}

static int cp_count(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) if ((c & 0xC0) != 0x80) n++;
  return n;
}

std::string format_syntax_error(const Source& src, const SyntaxErrorInfo& e) {
  std::string out = "  File \"" + src.filename() + "\", line " + std::to_string(e.line) + "\n";
  std::string_view ln = src.line(e.line);
  if (e.line >= 1 && e.line <= src.line_count()) {
    size_t lead = 0;
    while (lead < ln.size() && (ln[lead] == ' ' || ln[lead] == '\t' || ln[lead] == '\f')) lead++;
    std::string_view body = ln.substr(lead);
    while (!body.empty() && (body.back() == ' ' || body.back() == '\t')) body.remove_suffix(1);
    out += "    ";
    out += body;
    out += "\n";
    if (e.col > 0) {
      int lead_cp = cp_count(ln.substr(0, lead));
      int start = e.col - lead_cp;
      int body_len = cp_count(body);
      if (start < 1) start = 1;
      if (start > body_len + 1) start = body_len + 1;
      int end = e.end_col > 0 ? e.end_col - lead_cp : start + 1;
      if (e.end_line > e.line) end = body_len + 1;
      if (end > body_len + 1) end = body_len + 1;
      if (end <= start) end = start + 1;
      out += "    " + std::string(start - 1, ' ') + std::string(end - start, '^') + "\n";
    }
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

}  // namespace il
