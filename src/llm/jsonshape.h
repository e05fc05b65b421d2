#pragma once

#include "llmtypes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace rulecast::llm {

// Reads a reply against the shape an API promises. Every accessor names the
// path it reads ("choices[0].message.content"); the first mismatch is kept
// and later reads return empty values, so a parser reads straight through
// and checks failed() once before it builds anything: a reply is either
// wholly what was expected or an error — never a partial value.
class JsonShape
{
public:
    QJsonObject object(const QJsonValue &value, const QString &path);
    // The top level of a reply, which every API here promises to be an object.
    QJsonObject rootObject(const QJsonDocument &doc);
    QJsonArray array(const QJsonValue &value, const QString &path);
    QJsonArray nonEmptyArray(const QJsonValue &value, const QString &path);
    QString string(const QJsonValue &value, const QString &path);
    int integer(const QJsonValue &value, const QString &path);
    bool boolean(const QJsonValue &value, const QString &path);
    // An array of finite numbers, not empty.
    Embedding vector(const QJsonValue &value, const QString &path);

    // Records a mismatch found by the caller ("expected 3 embeddings, got 2").
    void fail(const QString &problem);

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    static QString typeName(const QJsonValue &value);

private:
    void mismatch(const QString &path, const QString &expected, const QJsonValue &got);
    QString m_error;
};

} // namespace rulecast::llm
