#include "core/demohistory.h"
#include "core/timeformat.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace rulecast;

namespace {

// 2027-03-01 00:00 UTC, a Monday.
constexpr qint64 End = 1803859200;

QList<TaskRecord> history(int days = 60, quint64 seed = 42)
{
    DemoHistoryOptions o;
    o.days = days;
    o.seed = seed;
    o.endTime = End;
    return generateDemoHistory(o);
}

int minuteOfDay(qint64 t) { return int(((t % 86400) + 86400) % 86400 / 60); }
int weekday(qint64 t) { return int(((t / 86400 % 7) + 11) % 7); } // 0 = Sunday
int dayOfMonth(qint64 t)
{
    int y = 0, m = 0, d = 0;
    timeformat::civilFromDays(t / 86400, y, m, d);
    return d;
}

QString fingerprint(const QList<TaskRecord> &tasks)
{
    QString out;
    for (const TaskRecord &t : tasks)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6;").arg(t.type).arg(t.startedAt).arg(t.finishedAt).arg(t.status).arg(t.host).arg(t.cpuPercent);
    return out;
}

} // namespace

class TestDemoHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deterministicPerSeed()
    {
        QCOMPARE(fingerprint(history()), fingerprint(history()));
        QVERIFY(fingerprint(history(60, 42)) != fingerprint(history(60, 43)));
    }

    void coversTheRangeInOrder()
    {
        const QList<TaskRecord> tasks = history();
        QVERIFY(tasks.size() > 60 * 15);
        QVERIFY(tasks.first().startedAt >= End - 60 * 86400);
        QVERIFY(tasks.first().startedAt < End - 59 * 86400);
        QVERIFY(tasks.last().startedAt < End);
        for (int i = 1; i < tasks.size(); ++i)
            QVERIFY(tasks.at(i - 1).startedAt <= tasks.at(i).startedAt);
        for (const TaskRecord &t : tasks) {
            QVERIFY(!t.type.isEmpty() && !t.host.isEmpty());
            QVERIFY(t.finishedAt == -1 || t.finishedAt > t.startedAt);
            QVERIFY(t.finishedAt == -1 || t.finishedAt < End);
            QVERIFY(t.status == QLatin1String("completed") || t.status == QLatin1String("failed")
                    || (t.status == QLatin1String("running") && t.finishedAt == -1));
            QVERIFY(t.cpuPercent >= 0 && t.memoryMb >= 0 && t.diskMb >= 0 && t.networkMbps >= 0);
        }
        QVERIFY(history(0).isEmpty());
        QVERIFY(!history(1).isEmpty());
    }

    void rhythms()
    {
        const QList<TaskRecord> tasks = history();
        QHash<QString, int> counts;
        int backupsAt0213 = 0;
        for (const TaskRecord &t : tasks) {
            ++counts[t.type];
            if (t.type == QLatin1String("backup") && t.description.isEmpty()) {
                QCOMPARE(minuteOfDay(t.startedAt), 2 * 60 + 13);
                ++backupsAt0213;
            }
            if (t.type == QLatin1String("weekly-report")) {
                QCOMPARE(minuteOfDay(t.startedAt), 9 * 60 + 30);
                QVERIFY(QSet<int>({1, 3, 5}).contains(weekday(t.startedAt)));
            }
            if (t.type == QLatin1String("monthly-cleanup")) {
                QCOMPARE(dayOfMonth(t.startedAt), 15);
                QCOMPARE(minuteOfDay(t.startedAt), 4 * 60);
            }
            if (t.type == QLatin1String("backup-full"))
                QCOMPARE(weekday(t.startedAt), 0);
            if (t.type == QLatin1String("transcode")) {
                QVERIFY(weekday(t.startedAt) >= 1 && weekday(t.startedAt) <= 5);
                QCOMPARE(minuteOfDay(t.startedAt) / 60, 22);
            }
        }
        // Daily, with a few skipped days.
        QVERIFY2(backupsAt0213 >= 54 && backupsAt0213 <= 60, qPrintable(QString::number(backupsAt0213)));
        QVERIFY(counts.value(QStringLiteral("weekly-report")) >= 22);
        QVERIFY(counts.value(QStringLiteral("monthly-cleanup")) >= 1);
        QVERIFY(counts.value(QStringLiteral("sync-photos")) > 300);
        for (const char *type : {"download", "transcribe", "summarize", "download-podcasts", "backup-full"})
            QVERIFY2(counts.value(QString::fromLatin1(type)) > 0, type);
        // Noise exists but does not dominate.
        const int noise = counts.value(QStringLiteral("manual-search")) + counts.value(QStringLiteral("thumbnail"))
                          + counts.value(QStringLiteral("rename-files")) + counts.value(QStringLiteral("tag-media"));
        QVERIFY(noise > 60 && noise < 300);
    }

    void correlatedTasksFollowWithinMinutes()
    {
        const QList<TaskRecord> tasks = history();
        int transcriptions = 0;
        for (const TaskRecord &t : tasks) {
            if (t.type != QLatin1String("transcribe"))
                continue;
            ++transcriptions;
            // A successful download on the media host finished 2-10 minutes before.
            bool found = false;
            for (const TaskRecord &d : tasks) {
                if (d.type == QLatin1String("download") && d.status == QLatin1String("completed")
                    && t.startedAt - d.finishedAt >= 120 && t.startedAt - d.finishedAt <= 600)
                    found = true;
            }
            QVERIFY2(found, qPrintable(timeformat::toIsoUtc(t.startedAt)));
        }
        QVERIFY(transcriptions > 20);
    }

    void failuresAndResources()
    {
        const QList<TaskRecord> tasks = history();
        int failed = 0;
        double transcodeCpu = 0, syncNet = 0;
        int transcodes = 0, syncs = 0;
        for (const TaskRecord &t : tasks) {
            failed += t.status == QLatin1String("failed");
            if (t.type == QLatin1String("transcode")) {
                transcodeCpu += t.cpuPercent;
                ++transcodes;
            }
            if (t.type == QLatin1String("sync-photos")) {
                syncNet += t.networkMbps;
                ++syncs;
            }
        }
        const double failRate = double(failed) / tasks.size();
        QVERIFY2(failRate > 0.01 && failRate < 0.08, qPrintable(QString::number(failRate)));
        QVERIFY(transcodeCpu / transcodes > 150); // heavy CPU
        QVERIFY(syncNet / syncs > 25);            // network-bound
    }
};

QTEST_GUILESS_MAIN(TestDemoHistory)
#include "tst_demohistory.moc"
