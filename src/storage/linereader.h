#pragma once

#include "core/result.h"

#include <QFile>
#include <QString>

#include <memory>
#include <string_view>
#include <vector>

namespace rulecast {

// Reads a text file line by line through one large buffer, without a QString
// or a QByteArray per line, and gunzips transparently when the file starts
// with the gzip magic (the Parallel Workloads Archive ships .swf.gz). The
// views it hands out stay valid until the next call to next().
class LineReader
{
public:
    LineReader();
    ~LineReader();
    LineReader(const LineReader &) = delete;
    LineReader &operator=(const LineReader &) = delete;

    Status open(const QString &path);

    // The next line without its terminator ("\n" or "\r\n"); false at the end
    // of the file or on a read error (then error() is set).
    bool next(std::string_view &line);

    qint64 lineNumber() const { return m_lineNumber; }
    // Bytes consumed from the file on disk (compressed bytes for gzip) and
    // its size, for progress reporting.
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_size; }
    bool compressed() const { return m_gzip != nullptr; }
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    bool refill();
    qint64 readDecoded(char *out, qint64 capacity);

    struct Gzip;
    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    std::unique_ptr<Gzip> m_gzip;
    std::vector<char> m_buffer;
    size_t m_begin = 0; // first unread byte
    size_t m_end = 0;   // one past the last valid byte
    bool m_eof = false;
    qint64 m_lineNumber = 0;
    QString m_error;
};

} // namespace rulecast
