#include "gui/widgets/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace rulecast;

class TestImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void listsEveryImportFormat()
    {
        ImportDialog d;
        auto *formats = d.findChild<QComboBox *>(QStringLiteral("importFormat"));
        QVERIFY(formats);
        QStringList names;
        for (int i = 0; i < formats->count(); ++i)
            names << formats->itemData(i).toString();
        QCOMPARE(names, importFormats());
    }

    void buildsTheRequest()
    {
        ImportDialog d;
        d.show();
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *swfField = d.findChild<QComboBox *>(QStringLiteral("swfTypeField"));
        d.setFormat(QStringLiteral("csv"));
        QVERIFY(!ok->isEnabled()); // no file yet
        QVERIFY(!swfField->isVisible());
        d.setFilePath(QStringLiteral("/data/NASA-iPSC.swf.gz"));
        d.setFormat(QStringLiteral("swf"));
        QVERIFY(ok->isEnabled());
        QVERIFY(swfField->isVisible());
        swfField->setCurrentIndex(swfField->findData(QStringLiteral("queue")));
        const ImportRequest r = d.request();
        QCOMPARE(r.format, QStringLiteral("swf"));
        QCOMPARE(r.filePath, QStringLiteral("/data/NASA-iPSC.swf.gz"));
        QCOMPARE(r.swfTypeField, QStringLiteral("queue"));
        QVERIFY(r.databasePath.isEmpty());
    }

    void fileFiltersMatchFormats()
    {
        QVERIFY(ImportDialog::fileFilter(QStringLiteral("csv")).contains(QLatin1String("*.csv")));
        QVERIFY(ImportDialog::fileFilter(QStringLiteral("swf")).contains(QLatin1String("*.swf.gz")));
        QVERIFY(ImportDialog::fileFilter(QStringLiteral("crontab")).contains(QLatin1String("(*)")));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
