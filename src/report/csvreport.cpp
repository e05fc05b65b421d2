#include "report/csvreport.h"

namespace rulecast {

QString csvRecord(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        const bool quote = f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r');
        out << (quote ? u'"' + QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"' : f);
    }
    return out.join(u',');
}

QByteArray csvReport(const QList<ReportTable> &tables)
{
    QString text;
    const QString end = QStringLiteral("\r\n");
    for (const ReportTable &t : tables) {
        text += csvRecord({QStringLiteral("section"), t.id}) + end;
        QStringList keys;
        for (const ReportColumn &c : t.columns)
            keys << c.key;
        text += csvRecord(keys) + end;
        for (const QList<ReportCell> &row : t.rows) {
            QStringList fields;
            fields.reserve(row.size());
            for (const ReportCell &cell : row)
                fields << cell.forMachines();
            text += csvRecord(fields) + end;
        }
        text += end;
    }
    return text.toUtf8();
}

} // namespace rulecast
