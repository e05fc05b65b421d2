#include "app/settings.h"
#include "core/configkeys.h"
#include "gui/mainwindow.h"
#include "gui/views/historyview.h"
#include "gui/widgets/apikeypanel.h"
#include "gui/widgets/configfield.h"
#include "gui/widgets/settingsdialog.h"
#include "testsupport/testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rulecast;
using namespace rulecast::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    static QPushButton *button(SettingsDialog &d, QDialogButtonBox::StandardButton which)
    {
        return d.findChild<QDialogButtonBox *>()->button(which);
    }

    // What `rulecast-cli config show` reports, through the built binary.
    static QJsonObject cliSettings()
    {
        const CliRun run = runCli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--output-format"),
                                   QStringLiteral("json")});
        [&] { QCOMPARE(run.exitCode, 0); }();
        return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("settings")).toObject();
    }

    // Types into an editor's text field as a user would: select all, type, Tab.
    static void typeInto(QWidget *editor, const QString &text)
    {
        QLineEdit *line = qobject_cast<QLineEdit *>(editor);
        if (!line)
            line = editor->findChild<QLineEdit *>();
        QVERIFY(line);
        line->setFocus();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("RULECAST_NO_KEYCHAIN", "1"); // never touch the user's keychain
        m_file = m_dir.filePath(QStringLiteral("rulecast.conf"));
        qputenv("RULECAST_CONFIG", m_file.toUtf8()); // the CLI and Settings() use it
    }

    void init()
    {
        QFile::remove(m_file);
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("OLLAMA_URL");
    }

    void everyKeyHasAGeneratedEditor()
    {
        SettingsDialog d(m_file);
        QStringList sections;
        for (const ConfigKey &k : configKeys()) {
            const QString section = k.key.section(u'.', 0, 0);
            if (!sections.contains(section))
                sections << section;
            ConfigField *f = d.field(k.key);
            QVERIFY2(f, qPrintable(k.key));
            QCOMPARE(f->widget()->objectName(), k.key);
            QVERIFY2(f->label() != k.key, qPrintable(k.key + QStringLiteral(": no label in configfield.cpp")));
            QVERIFY(f->widget()->toolTip().contains(k.key));
            QVERIFY(f->widget()->toolTip().contains(configDescription(k).toHtmlEscaped()));
            QVERIFY(f->widget()->toolTip().contains(QLatin1String("Default:")));
            QCOMPARE(f->text(), configValueText(k, k.defaultValue));
            switch (k.type) {
            case ConfigType::Bool:
                QVERIFY(qobject_cast<QCheckBox *>(f->widget()));
                break;
            case ConfigType::Int: {
                auto *spin = qobject_cast<QSpinBox *>(f->widget());
                QVERIFY2(spin, qPrintable(k.key));
                QCOMPARE(spin->minimum(), int(k.minimum));
                QCOMPARE(spin->maximum(), int(k.maximum));
                break;
            }
            case ConfigType::Double: {
                auto *spin = qobject_cast<QDoubleSpinBox *>(f->widget());
                QVERIFY2(spin, qPrintable(k.key));
                QCOMPARE(spin->minimum(), k.minimum);
                QCOMPARE(spin->maximum(), k.maximum);
                break;
            }
            case ConfigType::Choice: {
                auto *combo = qobject_cast<QComboBox *>(f->widget());
                QVERIFY2(combo, qPrintable(k.key));
                QStringList offered;
                for (int i = 0; i < combo->count(); ++i)
                    offered << combo->itemData(i).toString();
                QCOMPARE(offered, k.choices);
                break;
            }
            case ConfigType::TimeZone:
                QVERIFY(qobject_cast<QComboBox *>(f->widget()));
                QVERIFY(qobject_cast<QComboBox *>(f->widget())->count() > 100);
                break;
            case ConfigType::Url:
            case ConfigType::Text:
                QVERIFY(qobject_cast<QLineEdit *>(f->widget()));
                break;
            }
        }
        QCOMPARE(d.fields().size(), configKeys().size());
        QCOMPARE(d.sections(), sections);
        for (const QString &section : sections) {
            QVERIFY2(ConfigField::sectionTitle(section) != section, qPrintable(section));
            QVERIFY(d.findChild<QPushButton *>(QStringLiteral("restoreDefaults_") + section));
        }
        QCOMPARE(d.findChild<QListWidget *>(QStringLiteral("pageList"))->count(), sections.size());
    }

    void showsWhatTheCliSet()
    {
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"),
                         QStringLiteral("optimization.peak_mitigation_threshold"), QStringLiteral("0.65")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("llm.fallback_strategy"),
                         QStringLiteral("parallel")})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("display.timezone"),
                         QStringLiteral("Asia/Kolkata")})
                     .exitCode,
                 0);
        SettingsDialog d(m_file);
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(d.field(QStringLiteral("optimization.peak_mitigation_threshold"))->widget())
                     ->value(),
                 0.65);
        QCOMPARE(qobject_cast<QComboBox *>(d.field(QStringLiteral("llm.fallback_strategy"))->widget())->currentData(),
                 QVariant(QStringLiteral("parallel")));
        QCOMPARE(d.field(QStringLiteral("display.timezone"))->text(), QStringLiteral("Asia/Kolkata"));
        QVERIFY(!button(d, QDialogButtonBox::Apply)->isEnabled()); // nothing changed yet
    }

    void applyWritesWhatTheCliShows()
    {
        SettingsDialog d(m_file);
        d.show();
        QSignalSpy applied(&d, &SettingsDialog::applied);
        d.showSection(QStringLiteral("pattern_detection"));
        typeInto(d.field(QStringLiteral("pattern_detection.analysis_window_days"))->widget(), QStringLiteral("90"));
        d.showSection(QStringLiteral("llm"));
        typeInto(d.field(QStringLiteral("llm.ollama_url"))->widget(), QStringLiteral("http://127.0.0.1:8080"));
        d.showSection(QStringLiteral("predictive_scheduling"));
        QTest::mouseClick(d.field(QStringLiteral("predictive_scheduling.enabled"))->widget(), Qt::LeftButton, {},
                          QPoint(8, 8));
        QVERIFY(button(d, QDialogButtonBox::Apply)->isEnabled());
        QTest::mouseClick(button(d, QDialogButtonBox::Apply), Qt::LeftButton);

        QCOMPARE(applied.size(), 1);
        QStringList keys = applied.at(0).at(0).toStringList();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("llm.ollama_url"), QStringLiteral("pattern_detection.analysis_window_days"),
                                    QStringLiteral("predictive_scheduling.enabled")}));
        QVERIFY(!button(d, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(d.isVisible()); // Apply keeps the dialog open

        const QJsonObject shown = cliSettings();
        QCOMPARE(shown.value(QStringLiteral("pattern_detection.analysis_window_days")).toInt(), 90);
        QCOMPARE(shown.value(QStringLiteral("llm.ollama_url")).toString(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(shown.value(QStringLiteral("predictive_scheduling.enabled")).toBool(), false);
        // Keys nobody touched stay unset, as `config show` marks them.
        Settings s(m_file);
        QVERIFY(s.isDefault(QStringLiteral("optimization.peak_mitigation_threshold")));
        QVERIFY(s.isDefault(QStringLiteral("display.language")));
        QCOMPARE(s.config().patterns.analysisWindowDays, 90);
    }

    void okAppliesAndCancelDiscards()
    {
        {
            SettingsDialog d(m_file);
            d.show();
            auto *combo = qobject_cast<QComboBox *>(d.field(QStringLiteral("rule_generation.conflict_resolution_strategy"))->widget());
            combo->setCurrentIndex(combo->findData(QStringLiteral("merge")));
            QTest::mouseClick(button(d, QDialogButtonBox::Cancel), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Rejected));
        }
        QVERIFY(Settings(m_file).isDefault(QStringLiteral("rule_generation.conflict_resolution_strategy")));
        {
            SettingsDialog d(m_file);
            d.show();
            auto *combo = qobject_cast<QComboBox *>(d.field(QStringLiteral("rule_generation.conflict_resolution_strategy"))->widget());
            combo->setCurrentIndex(combo->findData(QStringLiteral("merge")));
            QTest::mouseClick(button(d, QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        QCOMPARE(cliSettings().value(QStringLiteral("rule_generation.conflict_resolution_strategy")).toString(),
                 QStringLiteral("merge"));
    }

    void spinBoxesKeepTheAllowedRange()
    {
        SettingsDialog d(m_file);
        d.show();
        d.showSection(QStringLiteral("optimization"));
        auto *spin = qobject_cast<QDoubleSpinBox *>(d.field(QStringLiteral("optimization.peak_mitigation_threshold"))->widget());
        typeInto(spin, QStringLiteral("1.5"));
        QTest::keyClick(spin, Qt::Key_Tab);
        QVERIFY(spin->value() <= 1.0);
        d.showSection(QStringLiteral("predictive_scheduling"));
        auto *hours = qobject_cast<QSpinBox *>(d.field(QStringLiteral("predictive_scheduling.max_predictions_per_hour"))->widget());
        typeInto(hours, QStringLiteral("5000"));
        QTest::keyClick(hours, Qt::Key_Tab);
        QVERIFY(hours->value() <= 1000);
        QVERIFY(d.apply());
        // Whatever the spin boxes let through is accepted by `config set`'s validation.
        const Settings s(m_file);
        QVERIFY(s.value(QStringLiteral("optimization.peak_mitigation_threshold")).toDouble() <= 1.0);
        QVERIFY(s.value(QStringLiteral("predictive_scheduling.max_predictions_per_hour")).toInt() <= 1000);
    }

    void invalidTextIsRefusedWithTheAllowedValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("url without scheme") << "llm.ollama_url" << "localhost:11434" << "an http:// or https:// URL";
        QTest::newRow("ftp url") << "llm.openai_base_url" << "ftp://example.org" << "an http:// or https:// URL";
        QTest::newRow("unknown zone") << "display.timezone" << "Mars/Olympus" << "IANA time zone";
        QTest::newRow("empty model") << "llm.ollama_model" << "" << "a non-empty text";
    }
    void invalidTextIsRefusedWithTheAllowedValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QVERIFY(Settings(m_file).set(QStringLiteral("llm.timeout_seconds"), QStringLiteral("45")));
        const QByteArray before = fileBytes(m_file);

        SettingsDialog d(m_file);
        d.show();
        d.showSection(key.section(u'.', 0, 0));
        typeInto(d.field(key)->widget(), text);
        // The message is the one `rulecast-cli config set` prints: same code.
        const Result<QVariant> cli = parseConfigValue(*findConfigKey(key), text);
        QVERIFY(!cli);
        QVERIFY2(d.message().contains(cli.error()), qPrintable(d.message()));
        QVERIFY2(d.message().contains(expected), qPrintable(d.message()));
        QVERIFY(!button(d, QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(!button(d, QDialogButtonBox::Apply)->isEnabled());
        QVERIFY(!d.apply());
        d.accept();
        QVERIFY(d.isVisible()); // OK is refused while a value is invalid
        QCOMPARE(fileBytes(m_file), before);

        // Correcting the value clears the message.
        typeInto(d.field(key)->widget(), d.field(key)->defaultText().isEmpty() ? QStringLiteral("Europe/Berlin")
                                                                              : d.field(key)->defaultText());
        QVERIFY(d.message().isEmpty());
        QVERIFY(button(d, QDialogButtonBox::Ok)->isEnabled());
    }

    void restoreDefaultsActsOnOnePage()
    {
        Settings s(m_file);
        QVERIFY(s.set(QStringLiteral("optimization.load_balancing_threshold"), QStringLiteral("0.5")));
        QVERIFY(s.set(QStringLiteral("optimization.optimization_frequency_hours"), QStringLiteral("12")));
        QVERIFY(s.set(QStringLiteral("capacity.concurrent_slots"), QStringLiteral("8")));

        SettingsDialog d(m_file);
        d.show();
        d.showSection(QStringLiteral("optimization"));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("restoreDefaults_optimization")), Qt::LeftButton);
        QCOMPARE(d.field(QStringLiteral("optimization.load_balancing_threshold"))->text(), QStringLiteral("0.8"));
        QCOMPARE(d.field(QStringLiteral("optimization.optimization_frequency_hours"))->text(), QStringLiteral("6"));
        QCOMPARE(d.field(QStringLiteral("capacity.concurrent_slots"))->text(), QStringLiteral("8")); // other page
        QVERIFY(Settings(m_file).value(QStringLiteral("optimization.load_balancing_threshold")).toDouble() == 0.5);
        QTest::mouseClick(button(d, QDialogButtonBox::Apply), Qt::LeftButton);

        // Back to default means unset, as `config reset KEY` leaves it.
        const QJsonObject shown = cliSettings();
        QCOMPARE(shown.value(QStringLiteral("optimization.load_balancing_threshold")).toDouble(), 0.8);
        const Settings after(m_file);
        QVERIFY(after.isDefault(QStringLiteral("optimization.load_balancing_threshold")));
        QVERIFY(after.isDefault(QStringLiteral("optimization.optimization_frequency_hours")));
        QCOMPARE(after.config().capacity.concurrentSlots, 8);
    }

    void capacityZeroMeansThisMachine()
    {
        SettingsDialog d(m_file);
        auto *slots = qobject_cast<QSpinBox *>(d.field(QStringLiteral("capacity.concurrent_slots"))->widget());
        QCOMPARE(slots->value(), 0);
        QVERIFY(slots->text().contains(QString::number(machineCores())));
    }

    void apiKeyComesFromTheEnvironmentAndIsNeverStored()
    {
        qputenv("OPENAI_API_KEY", "sk-test-never-in-the-file");
        SettingsDialog d(m_file);
        d.show();
        QTRY_VERIFY(d.apiKeyPanel()->sourceText().contains(QLatin1String("OPENAI_API_KEY")));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("apiKeyNoKeychain"))); // RULECAST_NO_KEYCHAIN=1
        QVERIFY(!d.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")));
        typeInto(d.field(QStringLiteral("llm.openai_model"))->widget(), QStringLiteral("gpt-4o"));
        QVERIFY(d.apply());
        QVERIFY(!fileBytes(m_file).contains("sk-test"));
        QVERIFY(fileBytes(m_file).contains("gpt-4o"));
        qunsetenv("OPENAI_API_KEY");
        d.apiKeyPanel()->refresh();
        QTRY_VERIFY(d.apiKeyPanel()->sourceText().contains(QLatin1String("No key")));
    }

    void mainWindowOpensItAndAppliesTheTimeZone()
    {
        TempDatabase tmp;
        MainWindow w;
        QVERIFY(w.openDatabase(tmp.path()));
        w.show();
        auto *action = w.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        QVERIFY(!action->toolTip().isEmpty());
        auto *tools = w.findChild<QMenu *>(QStringLiteral("toolsMenu"));
        QVERIFY(tools->actions().contains(action));

        action->trigger();
        SettingsDialog *d = nullptr;
        QTRY_VERIFY((d = w.findChild<SettingsDialog *>()) != nullptr);
        QTRY_VERIFY(d->isVisible());
        d->showSection(QStringLiteral("display"));
        typeInto(d->field(QStringLiteral("display.timezone"))->widget(), QStringLiteral("Asia/Kolkata"));
        QTest::mouseClick(button(*d, QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(w.historyView()->timeZone(), QTimeZone("Asia/Kolkata"));
        QCOMPARE(Settings().config().display.timeZone, QStringLiteral("Asia/Kolkata"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
