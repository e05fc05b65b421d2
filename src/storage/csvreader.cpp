#include "csvreader.h"

#include "importer.h"
#include "core/phrase.h"

#include <cstring>

namespace rulecast {

bool CsvReader::next()
{
    std::string_view line;
    do {
        if (!m_lines.next(line))
            return false;
    } while (importdetail::trim(line).empty());
    m_line = m_lines.lineNumber();
    m_fields.clear();
    if (std::memchr(line.data(), '"', line.size()))
        return parseQuoted(line);
    size_t start = 0;
    for (;;) {
        const void *comma = std::memchr(line.data() + start, ',', line.size() - start);
        if (!comma) {
            m_fields.push_back(line.substr(start));
            return true;
        }
        const size_t end = size_t(static_cast<const char *>(comma) - line.data());
        m_fields.push_back(line.substr(start, end - start));
        start = end + 1;
    }
}

bool CsvReader::parseQuoted(std::string_view line)
{
    m_scratch.clear();
    m_spans.clear();
    size_t fieldStart = 0;
    bool inQuotes = false;
    bool wasQuoted = false;
    size_t i = 0;
    for (;;) {
        if (i == line.size()) {
            if (!inQuotes)
                break;
            // A quoted field continues on the next line; the newline belongs to it.
            if (!m_lines.next(line)) {
                m_error = importdetail::lineError(m_lines.path(), m_line,
                                                  phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a quoted field is never closed")));
                return false;
            }
            m_scratch.push_back('\n');
            i = 0;
            continue;
        }
        const char c = line[i++];
        if (inQuotes) {
            if (c != '"') {
                m_scratch.push_back(c);
            } else if (i < line.size() && line[i] == '"') {
                m_scratch.push_back('"');
                ++i;
            } else {
                inQuotes = false;
            }
        } else if (c == ',') {
            m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
            fieldStart = m_scratch.size();
            wasQuoted = false;
        } else if (c == '"') {
            // A quote opens a field only at its start (spaces before it are dropped).
            if (wasQuoted || importdetail::trim(std::string_view(m_scratch).substr(fieldStart)).size() > 0) {
                m_error = importdetail::lineError(
                    m_lines.path(), m_lines.lineNumber(),
                    phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a double quote inside an unquoted field (quote the whole field and double the quote)")));
                return false;
            }
            m_scratch.resize(fieldStart);
            inQuotes = true;
            wasQuoted = true;
        } else if (wasQuoted) {
            if (c != ' ' && c != '\t') {
                m_error = importdetail::lineError(m_lines.path(), m_lines.lineNumber(),
                                                  phrase("Importer", QT_TRANSLATE_NOOP("Importer", "text after a closing quote (expected a comma)")));
                return false;
            }
        } else {
            m_scratch.push_back(c);
        }
    }
    m_spans.emplace_back(fieldStart, m_scratch.size() - fieldStart);
    // Views only now: the scratch buffer no longer grows.
    for (const auto &[offset, length] : m_spans)
        m_fields.push_back(std::string_view(m_scratch).substr(offset, length));
    return true;
}

} // namespace rulecast
