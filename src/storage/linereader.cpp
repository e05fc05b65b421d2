#include "linereader.h"
#include "core/phrase.h"

#include <cstring>

#include <zlib.h>

namespace rulecast {

namespace {
constexpr size_t BlockSize = 4 << 20; // a few large reads beat many small ones
}

struct LineReader::Gzip
{
    z_stream stream{};
    std::vector<unsigned char> input = std::vector<unsigned char>(1 << 20);
    bool finished = false;
    ~Gzip() { inflateEnd(&stream); }
};

LineReader::LineReader() = default;
LineReader::~LineReader() = default;

Status LineReader::open(const QString &path)
{
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.exists())
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: no such file")).arg(path));
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot read: %2")).arg(path, m_file.errorString()));
    m_size = m_file.size();
    m_buffer.resize(BlockSize);

    char magic[2] = {0, 0};
    if (m_file.peek(magic, 2) == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b) {
        m_gzip = std::make_unique<Gzip>();
        // 15 + 16: a gzip wrapper, the largest window.
        if (inflateInit2(&m_gzip->stream, 15 + 16) != Z_OK)
            return Status::failure(phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: cannot start gzip decompression")).arg(path));
    }
    return Status::success();
}

qint64 LineReader::readDecoded(char *out, qint64 capacity)
{
    if (!m_gzip)
        return m_file.read(out, capacity);
    z_stream &z = m_gzip->stream;
    z.next_out = reinterpret_cast<Bytef *>(out);
    z.avail_out = uInt(capacity);
    while (z.avail_out > 0 && !m_gzip->finished) {
        if (z.avail_in == 0) {
            const qint64 n = m_file.read(reinterpret_cast<char *>(m_gzip->input.data()), qint64(m_gzip->input.size()));
            if (n < 0)
                return -1;
            if (n == 0) {
                m_error = phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: the gzip data ends early (truncated file)")).arg(m_path);
                return -1;
            }
            z.next_in = m_gzip->input.data();
            z.avail_in = uInt(n);
        }
        const int rc = inflate(&z, Z_NO_FLUSH);
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members are one file (gzip -c a >> b).
            if (z.avail_in > 0 || !m_file.atEnd())
                inflateReset(&z);
            else
                m_gzip->finished = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: corrupt gzip data (%2)"))
                          .arg(m_path, QString::fromLatin1(z.msg ? z.msg : "inflate failed"));
            return -1;
        }
    }
    return capacity - qint64(z.avail_out);
}

bool LineReader::refill()
{
    // Keep the unfinished line, move it to the front, grow if one line
    // outgrew the buffer.
    const size_t pending = m_end - m_begin;
    if (pending > 0 && m_begin > 0)
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, pending);
    m_begin = 0;
    m_end = pending;
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 n = readDecoded(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (n < 0) {
        if (m_error.isEmpty())
            m_error = phrase("Importer", QT_TRANSLATE_NOOP("Importer", "%1: read error: %2")).arg(m_path, m_file.errorString());
        m_eof = true;
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += size_t(n);
    return n > 0;
}

bool LineReader::next(std::string_view &line)
{
    for (;;) {
        if (!m_error.isEmpty())
            return false;
        const char *start = m_buffer.data() + m_begin;
        const size_t available = m_end - m_begin;
        const void *newline = available ? std::memchr(start, '\n', available) : nullptr;
        if (newline || (m_eof && available > 0)) {
            size_t length = newline ? size_t(static_cast<const char *>(newline) - start) : available;
            m_begin += newline ? length + 1 : length;
            if (length > 0 && start[length - 1] == '\r')
                --length;
            if (m_lineNumber == 0 && length >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
                start += 3; // a UTF-8 byte order mark is not part of the header
                length -= 3;
            }
            ++m_lineNumber;
            line = std::string_view(start, length);
            return true;
        }
        if (m_eof)
            return false;
        refill();
    }
}

} // namespace rulecast
