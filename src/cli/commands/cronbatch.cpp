#include "cronbatch.h"

#include "core/cronexpression.h"
#include "core/timeformat.h"
#include "core/zoneoffsets.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace rulecast::cli {

namespace {

// A JSON string literal. The answers for valid cases are written directly
// (20,000 QJsonDocuments cost more than the fire times themselves).
QByteArray jsonString(const QString &s)
{
    QByteArray out = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return out.mid(1, out.size() - 2); // strip the [ ]
}

} // namespace

CronBatchResult runCronBatch(const QByteArray &input, const CronBatchOptions &options)
{
    CronBatchResult result;
    // Batches repeat expressions and zones a lot; parse each once.
    QHash<QString, std::optional<CronExpression>> expressions;
    QHash<QString, QStringList> expressionErrors;
    QHash<QString, QTimeZone> zones;
    QHash<QString, QByteArray> quotedExpressions, quotedZones;
    const QString defaultZoneName = QString::fromUtf8(options.defaultZone.id());

    qsizetype pos = 0;
    int lineNo = 0;
    while (pos < input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        QByteArray line = input.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue; // blank lines carry no case
        ++result.cases;

        const QList<QByteArray> cols = line.split('\t');
        const QString expr = QString::fromUtf8(cols.at(0));
        const QString fromText = cols.size() > 1 ? QString::fromUtf8(cols.at(1)).trimmed() : QString();
        const QString zoneName = cols.size() > 2 ? QString::fromUtf8(cols.at(2)).trimmed() : QString();
        QStringList lineErrors;
        if (cols.size() > 3)
            lineErrors << QStringLiteral("line %1: expected EXPR<TAB>FROM<TAB>ZONE, got %2 tab-separated fields")
                              .arg(lineNo)
                              .arg(cols.size());
        std::optional<qint64> from = options.defaultFrom;
        if (!fromText.isEmpty()) {
            from = timeformat::parse(fromText);
            if (!from)
                lineErrors << QStringLiteral("line %1: FROM '%2' is not an ISO-8601 time or date").arg(lineNo).arg(fromText);
        }
        QTimeZone zone = options.defaultZone;
        if (!zoneName.isEmpty()) {
            auto z = zones.find(zoneName);
            if (z == zones.end())
                z = zones.insert(zoneName, QTimeZone(zoneName.toUtf8()));
            zone = z.value();
            if (!zone.isValid())
                lineErrors << QStringLiteral("line %1: unknown time zone '%2'").arg(lineNo).arg(zoneName);
        }

        auto e = expressions.find(expr);
        if (e == expressions.end()) {
            Result<CronExpression> parsed = CronExpression::parse(expr);
            if (parsed) {
                e = expressions.insert(expr, std::move(parsed).value());
            } else {
                e = expressions.insert(expr, std::nullopt);
                expressionErrors.insert(expr, CronExpression::validate(expr));
            }
        }

        if (lineErrors.isEmpty() && e->has_value()) {
            QByteArray &quoted = quotedExpressions[expr];
            if (quoted.isEmpty())
                quoted = jsonString(expr);
            const QString &name = zoneName.isEmpty() ? defaultZoneName : zoneName;
            QByteArray &quotedZone = quotedZones[name];
            if (quotedZone.isEmpty())
                quotedZone = jsonString(name);
            result.output += "{\"expression\":" + quoted + ",\"timezone\":" + quotedZone + ",\"next\":[";
            const ZoneOffsets *offsets = ZoneOffsets::forZone(zone);
            int hint = -1;
            bool first = true;
            for (qint64 t : (*e)->nextN(*from, options.count, zone)) {
                result.output += first ? "\"" : ",\"";
                result.output += timeformat::toIsoWithOffset(t, offsets->offsetAt(t, hint)).toLatin1();
                result.output += '"';
                first = false;
            }
            result.output += "]}\n";
            continue;
        }
        QJsonObject object{{QStringLiteral("expression"), expr}};
        if (!lineErrors.isEmpty()) {
            ++result.malformedLines;
            object.insert(QStringLiteral("line"), lineNo);
            object.insert(QStringLiteral("errors"), QJsonArray::fromStringList(lineErrors));
        } else {
            object.insert(QStringLiteral("valid"), false);
            object.insert(QStringLiteral("errors"), QJsonArray::fromStringList(expressionErrors.value(expr)));
        }
        result.output += QJsonDocument(object).toJson(QJsonDocument::Compact);
        result.output += '\n';
    }
    return result;
}

} // namespace rulecast::cli
