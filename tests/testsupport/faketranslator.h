#pragma once

#include <QByteArray>
#include <QHash>
#include <QPair>
#include <QString>
#include <QTranslator>

namespace rulecast::test {

// Stands in for a catalogue in core and app tests (the real German one is
// compiled into the GUI library): knows the messages it is given, by context
// and source text. A plural message gets one translation with %n in it.
class FakeTranslator : public QTranslator
{
public:
    void add(const char *context, const char *source, const QString &translation)
    {
        m_messages.insert({QByteArray(context), QByteArray(source)}, translation);
    }

    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        const auto it = m_messages.constFind({QByteArray(context), QByteArray(source)});
        if (it == m_messages.constEnd())
            return {};
        QString t = *it;
        return n >= 0 ? t.replace(QStringLiteral("%n"), QString::number(n)) : t;
    }
    bool isEmpty() const override { return m_messages.isEmpty(); }

private:
    QHash<QPair<QByteArray, QByteArray>, QString> m_messages;
};

} // namespace rulecast::test
