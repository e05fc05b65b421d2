#include "timeformat.h"

namespace rulecast::timeformat {

namespace {

inline char16_t code(QChar c) { return c.unicode(); }
inline char16_t code(char c) { return char16_t(uchar(c)); }

// Reads exactly `count` decimal digits at `pos`; -1 if any is not a digit.
// A template so QStringView (UI, options) and raw UTF-8 bytes (bulk imports,
// which must not build a QString per value) share one parser.
template <typename View>
int readDigits(View s, qsizetype pos, int count)
{
    if (pos + count > qsizetype(s.size()))
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = code(s[pos + i]);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}


QString format(qint64 epoch, QChar separator, bool zulu)
{
    char buffer[SqlTimeLength + 1];
    writeSqlTime(epoch, buffer);
    buffer[10] = char(separator.unicode());
    if (zulu)
        buffer[SqlTimeLength] = 'Z';
    return QString::fromLatin1(buffer, zulu ? SqlTimeLength + 1 : SqlTimeLength);
}

template <typename View>
View trimmed(View s)
{
    qsizetype b = 0, e = qsizetype(s.size());
    const auto space = [](char16_t c) { return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n'; };
    while (b < e && space(code(s[b])))
        ++b;
    while (e > b && space(code(s[e - 1])))
        --e;
    return s.mid(b, e - b);
}

template <typename View>
std::optional<qint64> parseImpl(View text)
{
    const View s = trimmed(text);
    const qsizetype size = qsizetype(s.size());
    const auto at = [&s](qsizetype i) { return code(s[i]); };
    const int year = readDigits(s, 0, 4);
    if (year < 0 || size < 10 || at(4) != u'-' || at(7) != u'-')
        return std::nullopt;
    const int month = readDigits(s, 5, 2);
    const int day = readDigits(s, 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 epoch = daysFromCivil(year, month, day) * 86400;
    if (size == 10)
        return epoch;

    if (at(10) != u'T' && at(10) != u't' && at(10) != u' ')
        return std::nullopt;
    const int hour = readDigits(s, 11, 2);
    if (hour < 0 || hour > 23 || size < 16 || at(13) != u':')
        return std::nullopt;
    const int minute = readDigits(s, 14, 2);
    if (minute < 0 || minute > 59)
        return std::nullopt;
    int second = 0;
    qsizetype pos = 16;
    if (pos < size && at(pos) == u':') {
        second = readDigits(s, pos + 1, 2);
        if (second < 0 || second > 60) // 60: a leap second, folded into the next minute
            return std::nullopt;
        pos += 3;
        if (pos < size && (at(pos) == u'.' || at(pos) == u',')) {
            ++pos;
            const qsizetype fractionStart = pos;
            while (pos < size && at(pos) >= u'0' && at(pos) <= u'9')
                ++pos;
            if (pos == fractionStart)
                return std::nullopt;
        }
    }
    epoch += hour * 3600 + minute * 60 + second;
    if (pos == size)
        return epoch;
    if ((at(pos) == u'Z' || at(pos) == u'z') && pos + 1 == size)
        return epoch;
    if (at(pos) != u'+' && at(pos) != u'-')
        return std::nullopt;
    const int sign = at(pos) == u'+' ? 1 : -1;
    const int offH = readDigits(s, pos + 1, 2);
    if (offH < 0 || offH > 23)
        return std::nullopt;
    int offM = 0;
    qsizetype end = pos + 3;
    if (end < size) {
        if (at(end) == u':')
            ++end;
        offM = readDigits(s, end, 2);
        if (offM < 0 || offM > 59)
            return std::nullopt;
        end += 2;
    }
    if (end != size)
        return std::nullopt;
    return epoch - sign * (offH * 3600 + offM * 60);
}

// std::string_view lacks mid(); a two-member adaptor keeps parseImpl generic.
struct Utf8View
{
    const char *data;
    qsizetype length;
    qsizetype size() const { return length; }
    char operator[](qsizetype i) const { return data[i]; }
    Utf8View mid(qsizetype pos, qsizetype n) const { return {data + pos, n}; }
};

} // namespace

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : days[m - 1];
}

// Howard Hinnant's civil-date algorithms (public domain formulas).
qint64 daysFromCivil(int year, int month, int day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, int &year, int &month, int &day)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

void writeSqlTime(qint64 epochSeconds, char *out)
{
    qint64 days = epochSeconds / 86400;
    qint64 secs = epochSeconds % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const int hh = int(secs / 3600), mm = int(secs % 3600 / 60), ss = int(secs % 60);
    const auto two = [](char *p, int v) {
        p[0] = char('0' + v / 10);
        p[1] = char('0' + v % 10);
    };
    // Years outside 0..9999 do not fit the fixed layout; clamp rather than
    // overflow the buffer (no real history reaches them).
    const int year = qBound(0, y, 9999);
    out[0] = char('0' + year / 1000);
    out[1] = char('0' + year / 100 % 10);
    out[2] = char('0' + year / 10 % 10);
    out[3] = char('0' + year % 10);
    out[4] = '-';
    two(out + 5, m);
    out[7] = '-';
    two(out + 8, d);
    out[10] = ' ';
    two(out + 11, hh);
    out[13] = ':';
    two(out + 14, mm);
    out[16] = ':';
    two(out + 17, ss);
}

QString toSqlTime(qint64 epochSeconds) { return format(epochSeconds, u' ', false); }

QString toIsoUtc(qint64 epochSeconds) { return format(epochSeconds, u'T', true); }

QString toIsoWithOffset(qint64 epochSeconds, int offsetSeconds)
{
    if (offsetSeconds == 0)
        return toIsoUtc(epochSeconds);
    const int a = qAbs(offsetSeconds);
    char suffix[10];
    int n = 0;
    suffix[n++] = offsetSeconds < 0 ? '-' : '+';
    const auto two = [&](int v) {
        suffix[n++] = char('0' + v / 10);
        suffix[n++] = char('0' + v % 10);
    };
    two(a / 3600);
    suffix[n++] = ':';
    two(a / 60 % 60);
    if (a % 60) { // historical local-mean-time offsets only
        suffix[n++] = ':';
        two(a % 60);
    }
    return format(epochSeconds + offsetSeconds, u'T', false) + QLatin1String(suffix, n);
}

std::optional<qint64> parse(QStringView text) { return parseImpl(text); }

std::optional<qint64> parseUtf8(const char *data, qsizetype length)
{
    return parseImpl(Utf8View{data, length});
}

} // namespace rulecast::timeformat
