#pragma once

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace rulecast::test {

// The text of a PDF by poppler's pdftotext (-layout; pages separated by form
// feeds), or a null string when the tool is not installed.
inline QString pdfText(const QByteArray &pdf, const QString &dir)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    const QString path = dir + QStringLiteral("/report.pdf");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(pdf);
    f.close();
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace rulecast::test
