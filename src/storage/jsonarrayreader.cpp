#include "jsonarrayreader.h"

#include "importer.h"
#include "core/phrase.h"

namespace rulecast {

namespace {

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

bool JsonArrayReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = importdetail::lineError(m_lines.path(), m_lines.lineNumber(), message);
    m_done = true;
    return false;
}

bool JsonArrayReader::skipSpace()
{
    for (;;) {
        while (m_pos < m_line.size()) {
            const char c = m_line[m_pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
                return true;
            ++m_pos;
        }
        if (!m_lines.next(m_line)) {
            if (!m_lines.error().isEmpty())
                m_error = m_lines.error();
            return false;
        }
        m_pos = 0;
    }
}

bool JsonArrayReader::expect(char c, const char *what)
{
    if (!skipSpace())
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early; expected %1")).arg(QLatin1String(what)));
    if (m_line[m_pos] != c)
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected %1, found '%2'")).arg(QLatin1String(what), QChar::fromLatin1(m_line[m_pos])));
    ++m_pos;
    return true;
}

bool JsonArrayReader::readString(std::string &out)
{
    out.clear();
    if (!expect('"', "a string in double quotes"))
        return false;
    for (;;) {
        if (m_pos >= m_line.size())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a string is not closed on its line")));
        const char c = m_line[m_pos++];
        if (c == '"')
            return true;
        if (c != '\\') {
            out.push_back(c);
            continue;
        }
        if (m_pos >= m_line.size())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a string is not closed on its line")));
        const char e = m_line[m_pos++];
        switch (e) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
            const auto readHex4 = [this](char32_t &cp) {
                if (m_pos + 4 > m_line.size())
                    return false;
                cp = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_line[m_pos + size_t(i)]);
                    if (h < 0)
                        return false;
                    cp = cp * 16 + char32_t(h);
                }
                m_pos += 4;
                return true;
            };
            char32_t cp = 0;
            if (!readHex4(cp))
                return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "\\u needs four hex digits")));
            if (cp >= 0xD800 && cp < 0xDC00 && m_pos + 1 < m_line.size() && m_line[m_pos] == '\\'
                && m_line[m_pos + 1] == 'u') {
                m_pos += 2;
                char32_t low = 0;
                if (!readHex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "a \\u surrogate pair is broken")));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default:
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "unknown escape '\\%1' in a string")).arg(QChar::fromLatin1(e)));
        }
    }
}

bool JsonArrayReader::readValue(Value &out)
{
    if (!skipSpace())
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early; expected a value")));
    const char c = m_line[m_pos];
    if (c == '"') {
        out.kind = Value::String;
        return readString(out.text);
    }
    if (c == '{' || c == '[')
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected a string, number, true, false or null, found a nested %1"))
                        .arg(c == '{' ? QStringLiteral("object") : QStringLiteral("array")));
    // A bare word: number, true, false, null.
    size_t end = m_pos;
    while (end < m_line.size() && m_line[end] != ',' && m_line[end] != '}' && m_line[end] != ']'
           && m_line[end] != ' ' && m_line[end] != '\t' && m_line[end] != '\r')
        ++end;
    const std::string_view word = m_line.substr(m_pos, end - m_pos);
    m_pos = end;
    out.text.assign(word);
    double number = 0;
    if (word == "true" || word == "false")
        out.kind = Value::Bool;
    else if (word == "null")
        out.kind = Value::Null;
    else if (importdetail::parseDouble(word, number))
        out.kind = Value::Number;
    else
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected a string, number, true, false or null, got '%1'"))
                        .arg(QString::fromUtf8(word.data(), qsizetype(word.size()))));
    return true;
}

bool JsonArrayReader::finish()
{
    m_done = true;
    if (skipSpace())
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "unexpected text after the closing ']'")));
    return false;
}

bool JsonArrayReader::next()
{
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        if (!skipSpace())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the file is empty; expected a JSON array '[...]'")));
        if (!expect('[', "'[' (the file must hold a JSON array of objects)"))
            return false;
        if (!skipSpace())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early; expected ']'")));
        if (m_line[m_pos] == ']') {
            ++m_pos;
            return finish();
        }
    } else {
        if (!skipSpace())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early; expected ',' or ']'")));
        const char c = m_line[m_pos++];
        if (c == ']')
            return finish();
        if (c != ',')
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected ',' or ']' between objects, found '%1'")).arg(QChar::fromLatin1(c)));
    }
    if (!skipSpace())
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early; expected an object")));
    m_objectLine = m_lines.lineNumber();
    if (!expect('{', "an object '{...}'"))
        return false;
    m_count = 0;
    if (!skipSpace())
        return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early inside an object")));
    if (m_line[m_pos] == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (m_count == m_members.size())
            m_members.emplace_back();
        Member &m = m_members[m_count];
        if (!readString(m.key) || !expect(':', "':' after a key") || !readValue(m.value))
            return false;
        ++m_count;
        if (!skipSpace())
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "the JSON ends early inside an object")));
        const char c = m_line[m_pos++];
        if (c == '}')
            return true;
        if (c != ',')
            return fail(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "expected ',' or '}' in an object, found '%1'")).arg(QChar::fromLatin1(c)));
    }
}

const JsonArrayReader::Member *JsonArrayReader::find(std::string_view key) const
{
    for (size_t i = 0; i < m_count; ++i)
        if (m_members[i].key == key)
            return &m_members[i];
    return nullptr;
}

} // namespace rulecast
