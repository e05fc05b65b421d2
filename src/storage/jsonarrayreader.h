#pragma once

#include "linereader.h"

#include <string>
#include <string_view>
#include <vector>

namespace rulecast {

// Streams a JSON array of flat objects (`[{"type": "backup", ...}, ...]`)
// one object at a time, with the line each object starts on, so a million-row
// file needs no document in memory and errors can name their line.
// Values must be scalars: strings, numbers, true/false, null.
class JsonArrayReader
{
public:
    struct Value
    {
        enum Kind { String, Number, Bool, Null } kind = Null;
        std::string text; // unescaped string, the number as written, "true"/"false"
    };
    struct Member
    {
        std::string key;
        Value value;
    };

    explicit JsonArrayReader(LineReader &lines) : m_lines(lines) {}

    // The next object; false after the closing ']' or on an error (error()).
    bool next();
    const std::vector<Member> &members() const { return m_members; }
    size_t memberCount() const { return m_count; }
    const Member *find(std::string_view key) const;
    qint64 lineNumber() const { return m_objectLine; }
    const QString &error() const { return m_error; }

private:
    bool skipSpace();           // false at the end of the input
    bool expect(char c, const char *what);
    bool readString(std::string &out);
    bool readValue(Value &out);
    bool fail(const QString &message);
    bool finish(); // after the closing ']': only whitespace may follow

    LineReader &m_lines;
    std::string_view m_line;
    size_t m_pos = 0;
    bool m_started = false;
    bool m_done = false;
    std::vector<Member> m_members;
    size_t m_count = 0;
    qint64 m_objectLine = 0;
    QString m_error;
};

} // namespace rulecast
