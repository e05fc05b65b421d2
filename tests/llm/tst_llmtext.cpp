#include "llm/llmsetup.h"
#include "llm/llmtext.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace rulecast;
using namespace rulecast::llm;

namespace {

// Stands in for the German catalogue: marks every LanguageModel message.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        if (qstrcmp(context, "LanguageModel") != 0)
            return {};
        QString text = QStringLiteral("[de] ") + QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// The language-model layer's failures go through the translator (the
// desktop app shows them in German) and stay English without one (the CLI).
class TestLlmText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishWithoutTranslator()
    {
        LlmSetup setup;
        setup.choice = ModelChoice::None;
        QCOMPARE(setup.route().unavailable, QStringLiteral("no language model in use (--use-model none)"));
        QCOMPARE(llmPhrase(QT_TRANSLATE_N_NOOP("LanguageModel", "expected %n embedding(s), one per text, got %1"), 1),
                 QStringLiteral("expected 1 embedding, one per text, got %1"));
    }

    void translatedWithTranslator()
    {
        MarkingTranslator translator;
        QCoreApplication::installTranslator(&translator);
        LlmSetup setup;
        setup.choice = ModelChoice::None;
        QCOMPARE(setup.route().unavailable, QStringLiteral("[de] no language model in use (--use-model none)"));
        {
            const EnglishOnly english;
            QCOMPARE(setup.route().unavailable, QStringLiteral("no language model in use (--use-model none)"));
        }
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestLlmText)
#include "tst_llmtext.moc"
