#include "app/settings.h"
#include "core/localizedtext.h"
#include "gui/darkpalette.h"
#include "gui/translations.h"
#include "gui/widgets/explainpredictiondialog.h"
#include "testsupport/fakellmserver.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

namespace {

PredictionExplanationInput sampleInput()
{
    PredictionExplanationInput in;
    in.taskType = QStringLiteral("<b>backup</b>");
    in.predictedTime = 1795833000; // 2026-11-28T02:30:00Z
    in.slotMinutes = 30;
    in.confidence = 0.93;
    in.explanation = QStringLiteral("ran in this slot on 27 of the last 28 days; rule #4 'backup daily at 02:30' fires at 02:30");
    in.ruleId = 4;
    in.patternId = 7;
    in.estimatedDurationMinutes = 42;
    in.cpuPercent = 85;
    in.memoryMb = 2048;
    in.resourcesEstimated = true;
    return in;
}

} // namespace

class TestExplainPredictionDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeLlmServer> m_server;

    void configure(const QString &useModel)
    {
        Settings settings(m_dir.filePath(QStringLiteral("rulecast.conf")));
        QVERIFY(settings.set(QStringLiteral("llm.use_model"), useModel).ok());
        QVERIFY(settings.set(QStringLiteral("llm.timeout_seconds"), QStringLiteral("1")).ok());
        QVERIFY(settings.set(QStringLiteral("display.timezone"), QStringLiteral("UTC")).ok());
    }

    static QPushButton *button(ExplainPredictionDialog &d, const char *name)
    {
        return d.findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("RULECAST_CONFIG", m_dir.filePath(QStringLiteral("rulecast.conf")).toUtf8());
        qputenv("RULECAST_NO_KEYCHAIN", "1");
        m_server = std::make_unique<FakeLlmServer>();
        qputenv("OLLAMA_URL", m_server->ollamaUrl().toUtf8());
        qputenv("OPENAI_BASE_URL", m_server->openAiBaseUrl().toUtf8());
        qputenv("OPENAI_API_KEY", "sk-test-dialog");
    }

    void init()
    {
        m_server->setMode(FakeLlmServer::Mode::Good);
        m_server->setChatText(QStringLiteral("Backups have run at this time almost every night, so expect one."));
        m_server->clearRequests();
        configure(QStringLiteral("ollama"));
    }

    void showsTheDeterministicExplanationAtOnce()
    {
        ExplainPredictionDialog dialog(sampleInput());
        const QString text = dialog.deterministicText();
        QVERIFY(text.contains(QStringLiteral("<b>backup</b> is expected to start"))); // shown as text, not markup
        QVERIFY2(text.contains(QStringLiteral("between 02:30 and 03:00")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("93% (very likely)")));
        QVERIFY(text.contains(QStringLiteral("• ran in this slot on 27 of the last 28 days\n")));
        QVERIFY(text.contains(QStringLiteral("• strongest rule: #4")));
        QVERIFY(text.contains(QStringLiteral("• strongest pattern: #7")));
        QVERIFY(text.contains(QStringLiteral("about 42 min, 85% CPU, 2,048 MB memory")) ||
                text.contains(QStringLiteral("about 42 min, 85% CPU, 2048 MB memory")));
        QVERIFY(text.contains(QStringLiteral("Some figures are defaults")));
        QVERIFY(dialog.modelText().isEmpty());
        QVERIFY(dialog.warningText().isEmpty());
        QVERIFY(button(dialog, "askModelButton")->isEnabled());
        QVERIFY(!button(dialog, "askModelButton")->toolTip().isEmpty());
        QCOMPARE(m_server->requestCount(), 0); // nothing is asked until the user asks
    }

    void askTheModel_data()
    {
        QTest::addColumn<QString>("useModel");
        QTest::addColumn<int>("mode");
        QTest::newRow("good ollama") << QStringLiteral("ollama") << int(FakeLlmServer::Mode::Good);
        QTest::newRow("good openai") << QStringLiteral("openai") << int(FakeLlmServer::Mode::Good);
        QTest::newRow("garbage") << QStringLiteral("ollama") << int(FakeLlmServer::Mode::InvalidJson);
        QTest::newRow("wrong shape") << QStringLiteral("openai") << int(FakeLlmServer::Mode::WrongShape);
        QTest::newRow("500") << QStringLiteral("ollama") << int(FakeLlmServer::Mode::ServerError);
        QTest::newRow("hang") << QStringLiteral("auto") << int(FakeLlmServer::Mode::Hang);
    }
    void askTheModel()
    {
        QFETCH(QString, useModel);
        QFETCH(int, mode);
        configure(useModel);
        m_server->setMode(FakeLlmServer::Mode(mode));
        ExplainPredictionDialog dialog(sampleInput());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString before = dialog.deterministicText();
        QSignalSpy spy(&dialog, &ExplainPredictionDialog::modelAnswered);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(button(dialog, "askModelButton"), Qt::LeftButton);
        QVERIFY(dialog.isAsking());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(button(dialog, "cancelModelButton")->isVisible());
        QVERIFY(!button(dialog, "askModelButton")->isVisible());
        // auto asks Ollama, then OpenAI: two timeouts of 1 s at most.
        QVERIFY(spy.wait(6000));
        QVERIFY2(timer.elapsed() < 2000 + 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!dialog.isAsking());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(button(dialog, "askModelButton")->isVisible());
        QCOMPARE(dialog.deterministicText(), before);
        // RULECAST_GRAB_DIR=DIR: also save the dialog in the system and a dark palette, to look at.
        if (const QString dir = qEnvironmentVariable("RULECAST_GRAB_DIR"); !dir.isEmpty()) {
            const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/explain-%1.png").arg(name)));
            dialog.setPalette(darkFusionPalette());
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/explain-%1-dark.png").arg(name)));
            dialog.setPalette(QPalette());
        }
        if (mode == int(FakeLlmServer::Mode::Good)) {
            QCOMPARE(spy.first().first().toBool(), true);
            QCOMPARE(dialog.modelText(),
                     QStringLiteral("Backups have run at this time almost every night, so expect one."));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("modelHeading"))->text().contains(useModel));
            QVERIFY(dialog.warningText().isEmpty());
        } else {
            QCOMPARE(spy.first().first().toBool(), false);
            QVERIFY(dialog.modelText().isEmpty());
            QVERIFY2(dialog.warningText().startsWith(QStringLiteral("No answer from a language model")),
                     qPrintable(dialog.warningText()));
            QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("warningIcon"))->isVisible());
        }
    }

    void markupFromTheModelIsShownAsText()
    {
        m_server->setChatText(QStringLiteral("<img src=x> <a href='http://evil'>click</a>"));
        ExplainPredictionDialog dialog(sampleInput());
        QSignalSpy spy(&dialog, &ExplainPredictionDialog::modelAnswered);
        dialog.askModel();
        QVERIFY(spy.wait(5000));
        const auto *label = dialog.findChild<QLabel *>(QStringLiteral("modelText"));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(label->text(), QStringLiteral("<img src=x> <a href='http://evil'>click</a>"));
    }

    void cancelWhileWaiting()
    {
        m_server->setMode(FakeLlmServer::Mode::Hang);
        configure(QStringLiteral("ollama"));
        Settings(m_dir.filePath(QStringLiteral("rulecast.conf"))).set(QStringLiteral("llm.timeout_seconds"), QStringLiteral("20"));
        ExplainPredictionDialog dialog(sampleInput());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString before = dialog.deterministicText();
        QSignalSpy spy(&dialog, &ExplainPredictionDialog::modelAnswered);
        QTest::mouseClick(button(dialog, "askModelButton"), Qt::LeftButton);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QTest::mouseClick(button(dialog, "cancelModelButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QVERIFY(!dialog.isAsking());
        QVERIFY(dialog.warningText().startsWith(QStringLiteral("Cancelled")));
        QCOMPARE(dialog.deterministicText(), before);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
        // Asking again works.
        m_server->setMode(FakeLlmServer::Mode::Good);
        QTest::mouseClick(button(dialog, "askModelButton"), Qt::LeftButton);
        QVERIFY(spy.wait(5000));
        QVERIFY(!dialog.modelText().isEmpty());
        QVERIFY(dialog.warningText().isEmpty());
    }

    void noModelConfigured()
    {
        configure(QStringLiteral("none"));
        ExplainPredictionDialog dialog(sampleInput());
        QPushButton *ask = button(dialog, "askModelButton");
        QVERIFY(!ask->isEnabled());
        QVERIFY2(ask->toolTip().contains(QStringLiteral("No language model is configured")), qPrintable(ask->toolTip()));
        dialog.askModel();
        QVERIFY(!dialog.isAsking());
        QCOMPARE(m_server->requestCount(), 0);
    }

    // In German the sources come from the sentence kept beside the English
    // (explanation_text); the prompt keeps the English; a row without the
    // sentence shows its English sources.
    void germanSourcesEnglishPrompt()
    {
        configure(QStringLiteral("ollama"));
        PredictionExplanationInput in = sampleInput();
        LocalizedText rule("PredictionText", "rule #%1 fires %2 (hit %3/%4)");
        rule.arg(4).arg(QStringLiteral("02:30")).arg(27).arg(28);
        LocalizedText base("PredictionText", "base rate of %1 in similar slots");
        base.arg(QStringLiteral("backup"));
        const LocalizedText text = LocalizedText::joined({rule, base}, "PredictionText", "; ");
        in.explanation = text.toEnglish();
        in.explanationText = text.toJsonText();
        PredictionExplanationInput old = in;
        old.explanationText.clear();

        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QString german, oldGerman;
        {
            ExplainPredictionDialog dialog(in);
            german = dialog.deterministicText();
            ExplainPredictionDialog oldDialog(old);
            oldGerman = oldDialog.deterministicText();
        }
        const QList<llm::ChatMessage> prompt = predictionExplanationPrompt(in);
        installTranslations(QStringLiteral("en"));
        QVERIFY2(german.contains(QStringLiteral("• Regel #4 löst um 02:30 aus (Treffer 27/28)\n"
                                                "• Grundrate von backup in ähnlichen Zeitfenstern\n")),
                 qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("93 % (sehr wahrscheinlich)")) || german.contains(QStringLiteral("93% (sehr wahrscheinlich)")),
                 qPrintable(german));
        QVERIFY2(oldGerman.contains(QStringLiteral("• rule #4 fires 02:30 (hit 27/28)\n")), qPrintable(oldGerman));
        QVERIFY(prompt.last().content.contains(QStringLiteral("- rule #4 fires 02:30 (hit 27/28)\n")));
        QVERIFY(prompt.last().content.contains(QStringLiteral("- base rate of backup in similar slots\n")));
    }

    void cleanupTestCase()
    {
        m_server.reset();
        qunsetenv("OLLAMA_URL");
        qunsetenv("OPENAI_BASE_URL");
        qunsetenv("OPENAI_API_KEY");
    }
};

QTEST_MAIN(TestExplainPredictionDialog)
#include "tst_explainpredictiondialog.moc"
