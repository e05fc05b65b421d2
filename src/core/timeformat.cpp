#include "timeformat.h"

namespace rulecast::timeformat {

namespace {

// Reads exactly `count` decimal digits at `pos`; -1 if any is not a digit.
int readDigits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString twoDigits(int v) { return QString::number(v).rightJustified(2, u'0'); }

QString format(qint64 epoch, QChar separator, bool zulu)
{
    qint64 days = epoch / 86400;
    qint64 secs = epoch % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const int hh = int(secs / 3600), mm = int(secs % 3600 / 60), ss = int(secs % 60);
    QString out = QString::number(y).rightJustified(4, u'0') + u'-' + twoDigits(m) + u'-'
                  + twoDigits(d) + separator + twoDigits(hh) + u':' + twoDigits(mm) + u':'
                  + twoDigits(ss);
    if (zulu)
        out += u'Z';
    return out;
}

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

QString toSqlTime(qint64 epochSeconds) { return format(epochSeconds, u' ', false); }

QString toIsoUtc(qint64 epochSeconds) { return format(epochSeconds, u'T', true); }

std::optional<qint64> parse(QStringView text)
{
    const QStringView s = text.trimmed();
    const int year = readDigits(s, 0, 4);
    if (year < 0 || s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const int month = readDigits(s, 5, 2);
    const int day = readDigits(s, 8, 2);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 epoch = daysFromCivil(year, month, day) * 86400;
    if (s.size() == 10)
        return epoch;

    if (s[10] != u'T' && s[10] != u't' && s[10] != u' ')
        return std::nullopt;
    const int hour = readDigits(s, 11, 2);
    if (hour < 0 || hour > 23 || s.size() < 16 || s[13] != u':')
        return std::nullopt;
    const int minute = readDigits(s, 14, 2);
    if (minute < 0 || minute > 59)
        return std::nullopt;
    int second = 0;
    qsizetype pos = 16;
    if (pos < s.size() && s[pos] == u':') {
        second = readDigits(s, pos + 1, 2);
        if (second < 0 || second > 60) // 60: a leap second, folded into the next minute
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            const qsizetype fractionStart = pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9')
                ++pos;
            if (pos == fractionStart)
                return std::nullopt;
        }
    }
    epoch += hour * 3600 + minute * 60 + second;
    if (pos == s.size())
        return epoch;
    if ((s[pos] == u'Z' || s[pos] == u'z') && pos + 1 == s.size())
        return epoch;
    if (s[pos] != u'+' && s[pos] != u'-')
        return std::nullopt;
    const int sign = s[pos] == u'+' ? 1 : -1;
    const int offH = readDigits(s, pos + 1, 2);
    if (offH < 0 || offH > 23)
        return std::nullopt;
    int offM = 0;
    qsizetype end = pos + 3;
    if (end < s.size()) {
        if (s[end] == u':')
            ++end;
        offM = readDigits(s, end, 2);
        if (offM < 0 || offM > 59)
            return std::nullopt;
        end += 2;
    }
    if (end != s.size())
        return std::nullopt;
    return epoch - sign * (offH * 3600 + offM * 60);
}

} // namespace rulecast::timeformat
