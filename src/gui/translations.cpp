#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rulecast {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

struct Installed
{
    QTranslator *rulecast = nullptr;
    QTranslator *qt = nullptr;
    bool qtLoaded = false;
};

Installed &installed()
{
    static Installed s;
    return s;
}

void drop(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QString installTranslations(const QString &language)
{
    Installed &s = installed();
    drop(s.rulecast);
    drop(s.qt);
    s.qtLoaded = false;

    // Also for "" (the system's): a switch back from "de" must not leave
    // German numbers and dates behind.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // The locale's UI languages in order (de-AT, de, …); a language without a
    // translation falls back to English, whose file carries the plural forms.
    auto *own = new QTranslator;
    QString effective = QStringLiteral("en");
    if (own->load(locale, QStringLiteral("rulecast"), QStringLiteral("_"), kResourceDir)) {
        // The .ts file's language attribute, e.g. "de_DE".
        effective = own->language().section(u'_', 0, 0);
    } else if (!own->load(QStringLiteral("rulecast_en"), kResourceDir)) {
        delete own;
        own = nullptr;
    }
    if (own) {
        QCoreApplication::installTranslator(own);
        s.rulecast = own;
    }

    if (effective != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(QLocale(effective), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            s.qt = qt;
            s.qtLoaded = true;
        } else {
            delete qt;
        }
    }
    return effective;
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("rulecast_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.mid(9, f.size() - 9 - 3);
    return languages;
}

bool qtTranslationsLoaded() { return installed().qtLoaded; }

void installSourceLanguagePlurals()
{
    Installed &s = installed();
    if (s.rulecast)
        return;
    auto *plurals = new QTranslator;
    if (plurals->load(QStringLiteral("rulecast_en"), kResourceDir)) {
        QCoreApplication::installTranslator(plurals);
        s.rulecast = plurals;
    } else {
        delete plurals;
    }
}

} // namespace rulecast
