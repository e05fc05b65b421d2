#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace rulecast::test {

// Stands in for a catalogue in tests of the layers below the GUI (which has
// none of its own): knows the messages it is given, per context and source.
// A plural message is given its forms as "singular|plural" with %n.
// Install it with QCoreApplication::installTranslator and remove it again.
class FakeTranslator : public QTranslator
{
public:
    FakeTranslator &add(const char *context, const char *source, const QString &translation)
    {
        m_messages.insert(qMakePair(QByteArray(context), QByteArray(source)), translation);
        return *this;
    }

    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        const QString found = m_messages.value(qMakePair(QByteArray(context), QByteArray(source)));
        if (found.isEmpty() || n < 0)
            return found;
        const QStringList forms = found.split(u'|');
        QString form = forms.value(n == 1 ? 0 : forms.size() - 1);
        return form.replace(QStringLiteral("%n"), QString::number(n));
    }
    bool isEmpty() const override { return false; }

private:
    QHash<QPair<QByteArray, QByteArray>, QString> m_messages;
};

} // namespace rulecast::test
