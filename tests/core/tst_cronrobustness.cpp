// 100,000 seeded random strings through the cron parser: no crash, no hang,
// every rejection explained, every acceptance iterable.
#include "core/cronexpression.h"
#include "core/crondescription.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rulecast;

namespace {

// Mostly characters cron cares about, so many strings get deep into the
// parser instead of failing at the first character.
QString randomText(QRandomGenerator &rng)
{
    static const QString alphabet = QStringLiteral("0123456789012345*/-,,  \t?LW#H@abcdefjmnorstuwyADFJMNOSTW\u00a0\u2003\u00e9\u4e2d");
    static const QStringList pieces = {QStringLiteral("*/"), QStringLiteral("mon"), QStringLiteral("JAN"),
                                       QStringLiteral("59"), QStringLiteral("60"), QStringLiteral("7"),
                                       QStringLiteral("@daily"), QStringLiteral("1-5"), QStringLiteral("99999999999999999999")};
    const int length = int(rng.bounded(40));
    QString s;
    for (int i = 0; i < length; ++i) {
        if (rng.bounded(8) == 0)
            s += pieces[int(rng.bounded(pieces.size()))];
        else
            s += alphabet[int(rng.bounded(alphabet.size()))];
    }
    return s;
}

// Five plausible fields with one random edit: close to valid, so a good share
// is accepted and has to be iterated.
QString nearlyValid(QRandomGenerator &rng)
{
    static const QStringList options[5] = {
        {QStringLiteral("*"), QStringLiteral("0"), QStringLiteral("*/7"), QStringLiteral("5-50/9"), QStringLiteral("1,2,59")},
        {QStringLiteral("*"), QStringLiteral("2"), QStringLiteral("*/5"), QStringLiteral("0-3"), QStringLiteral("23")},
        {QStringLiteral("*"), QStringLiteral("31"), QStringLiteral("29"), QStringLiteral("*/10"), QStringLiteral("1,15")},
        {QStringLiteral("*"), QStringLiteral("feb"), QStringLiteral("2"), QStringLiteral("jan-jun/2"), QStringLiteral("4,6")},
        {QStringLiteral("*"), QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("mon-fri"), QStringLiteral("sun,sat")}};
    QStringList fields;
    for (const QStringList &o : options)
        fields << o[int(rng.bounded(o.size()))];
    const int i = int(rng.bounded(5));
    switch (rng.bounded(4)) {
    case 0:
        fields[i] += QString(QChar(u"*/-,0123456789LHx#"[rng.bounded(18)]));
        break;
    case 1:
        fields[i].insert(int(rng.bounded(fields[i].size() + 1)), QString::number(rng.bounded(100)));
        break;
    case 2:
        fields[i].chop(1);
        break;
    default:
        break;
    }
    return fields.join(u' ');
}

} // namespace

class TestCronRobustness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomStrings()
    {
        QRandomGenerator rng(20270104);
        const QTimeZone zones[] = {QTimeZone::utc(), QTimeZone("Australia/Lord_Howe"), QTimeZone("America/Santiago")};
        int accepted = 0;
        for (int n = 0; n < 100000; ++n) {
            const QString text = n % 2 ? randomText(rng) : nearlyValid(rng);
            const Result<CronExpression> e = CronExpression::parse(text);
            const QStringList errors = CronExpression::validate(text);
            QCOMPARE(errors.isEmpty(), e.ok());
            if (!e) {
                QVERIFY2(!e.error().trimmed().isEmpty(), qPrintable(text));
                for (const QString &message : errors)
                    QVERIFY2(!message.trimmed().isEmpty(), qPrintable(text));
                continue;
            }
            ++accepted;
            QVERIFY2(!describeCron(*e).isEmpty(), qPrintable(text));
            // Accepted means it fires: a valid expression always has a next
            // and a previous fire time, in any zone.
            const qint64 from = 1700000000 + qint64(rng.bounded(400000000));
            const QTimeZone &zone = zones[n % 3];
            const std::optional<qint64> next = e->next(from, zone);
            QVERIFY2(next && *next > from, qPrintable(text + u' ' + QString::fromUtf8(zone.id()) + u' ' + QString::number(from)));
            const std::optional<qint64> previous = e->previous(from, zone);
            QVERIFY2(previous && *previous < from, qPrintable(text + u' ' + QString::fromUtf8(zone.id()) + u' ' + QString::number(from)));
        }
        qInfo("%d of 100000 random strings were valid expressions", accepted);
        QVERIFY(accepted > 5000);
    }
};

QTEST_GUILESS_MAIN(TestCronRobustness)
#include "tst_cronrobustness.moc"
