#include "storage/csvreader.h"
#include "storage/linereader.h"
#include "testsupport/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;

namespace {
QString write(const QTemporaryDir &dir, const char *name, const QByteArray &bytes)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return path;
}

QStringList allLines(const QString &path, QString *error = nullptr)
{
    LineReader reader;
    QStringList out;
    if (!reader.open(path))
        return {QStringLiteral("<open failed>")};
    std::string_view line;
    while (reader.next(line))
        out << QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (error)
        *error = reader.error();
    return out;
}
} // namespace

class TestLineReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineEndingsBomAndLastLine()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "a.txt", "\xEF\xBB\xBFheader\r\nsecond\n\nlast without newline");
        QCOMPARE(allLines(path), QStringList({QStringLiteral("header"), QStringLiteral("second"), QString(),
                                               QStringLiteral("last without newline")}));
        QCOMPARE(allLines(write(dir, "empty.txt", "")), QStringList());
    }

    void lineLongerThanTheBuffer()
    {
        QTemporaryDir dir;
        const QByteArray longLine(9 << 20, 'x'); // longer than the 4 MiB block
        const QStringList lines = allLines(write(dir, "long.txt", "a\n" + longLine + "\nb\n"));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1).size(), longLine.size());
        QCOMPARE(lines.at(2), QStringLiteral("b"));
    }

    void gzipIsTransparentIncludingConcatenatedMembers()
    {
        QTemporaryDir dir;
        QProcess gzip;
        gzip.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        gzip.write("one\ntwo\n");
        gzip.closeWriteChannel();
        QVERIFY(gzip.waitForFinished());
        const QByteArray member = gzip.readAllStandardOutput();
        QVERIFY(member.startsWith("\x1f\x8b"));
        QCOMPARE(allLines(write(dir, "x.gz", member + member)),
                 QStringList({QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("one"), QStringLiteral("two")}));
        QString error;
        allLines(write(dir, "bad.gz", QByteArray("\x1f\x8b\x08\x00garbagegarbage", 18)), &error);
        QVERIFY2(error.contains(QStringLiteral("gzip")), qPrintable(error));
    }

    void missingFile()
    {
        LineReader reader;
        const Status s = reader.open(QStringLiteral("/nonexistent/file.csv"));
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("/nonexistent/file.csv: no such file"));
    }

    void csvRecords()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "x.csv", "a,b,c\n\"q,1\",\"say \"\"hi\"\"\",\n  \"x\" ,y,\"multi\nline\"\n,,\n");
        LineReader lines;
        QVERIFY(lines.open(path));
        CsvReader csv(lines);
        QList<QStringList> records;
        QList<qint64> lineNumbers;
        while (csv.next()) {
            QStringList r;
            for (std::string_view f : csv.fields())
                r << QString::fromUtf8(f.data(), qsizetype(f.size()));
            records << r;
            lineNumbers << csv.lineNumber();
        }
        QVERIFY(csv.error().isEmpty());
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1), QStringList({QStringLiteral("q,1"), QStringLiteral("say \"hi\""), QString()}));
        QCOMPARE(records.at(2), QStringList({QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("multi\nline")}));
        QCOMPARE(records.at(3), QStringList({QString(), QString(), QString()}));
        QCOMPARE(lineNumbers, QList<qint64>({1, 2, 3, 5}));
    }

    void csvStrayQuote()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "x.csv", "a,b\nab\"c,d\n");
        LineReader lines;
        QVERIFY(lines.open(path));
        CsvReader csv(lines);
        QVERIFY(csv.next());
        QVERIFY(!csv.next());
        QVERIFY2(csv.error().startsWith(path + QStringLiteral(":2: a double quote inside an unquoted field")), qPrintable(csv.error()));
    }
};

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
