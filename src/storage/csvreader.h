#pragma once

#include "linereader.h"

#include <string>
#include <string_view>
#include <vector>

namespace rulecast {

// RFC 4180 records over a LineReader: comma-separated, fields optionally in
// double quotes with "" for a quote, quoted fields may span lines. Lines
// without a quote (nearly all of a machine-written history) are split in
// place without copying; quoted ones are unescaped into a scratch buffer.
class CsvReader
{
public:
    explicit CsvReader(LineReader &lines) : m_lines(lines) {}

    // The next non-blank record; false at the end, or on a malformed record
    // (then error() names the line).
    bool next();
    const std::vector<std::string_view> &fields() const { return m_fields; }
    // The line on which the current record starts.
    qint64 lineNumber() const { return m_line; }
    const QString &error() const { return m_error; }

private:
    bool parseQuoted(std::string_view line);

    LineReader &m_lines;
    std::vector<std::string_view> m_fields;
    std::string m_scratch;
    std::vector<std::pair<size_t, size_t>> m_spans;
    qint64 m_line = 0;
    QString m_error;
};

} // namespace rulecast
