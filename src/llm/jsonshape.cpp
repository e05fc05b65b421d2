#include "jsonshape.h"
#include "llmtext.h"

#include <cmath>

namespace rulecast::llm {

QString JsonShape::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a boolean"));
    case QJsonValue::Double:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a number"));
    case QJsonValue::String:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a string"));
    case QJsonValue::Array:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "an array"));
    case QJsonValue::Object:
        return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "an object"));
    case QJsonValue::Undefined:
        break;
    }
    return llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "nothing (missing)"));
}

void JsonShape::mismatch(const QString &path, const QString &expected, const QJsonValue &got)
{
    fail(llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "'%1' should be %2, got %3")).arg(path, expected, typeName(got)));
}

void JsonShape::fail(const QString &problem)
{
    if (m_error.isEmpty())
        m_error = problem;
}

QJsonObject JsonShape::object(const QJsonValue &value, const QString &path)
{
    if (failed())
        return {};
    if (!value.isObject()) {
        mismatch(path, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "an object")), value);
        return {};
    }
    return value.toObject();
}

QJsonObject JsonShape::rootObject(const QJsonDocument &doc)
{
    return object(doc.isObject() ? QJsonValue(doc.object()) : doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(),
                  QStringLiteral("(the reply)"));
}

QJsonArray JsonShape::array(const QJsonValue &value, const QString &path)
{
    if (failed())
        return {};
    if (!value.isArray()) {
        mismatch(path, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "an array")), value);
        return {};
    }
    return value.toArray();
}

QJsonArray JsonShape::nonEmptyArray(const QJsonValue &value, const QString &path)
{
    const QJsonArray a = array(value, path);
    if (!failed() && a.isEmpty())
        fail(QStringLiteral("'%1' should not be empty").arg(path));
    return failed() ? QJsonArray() : a;
}

QString JsonShape::string(const QJsonValue &value, const QString &path)
{
    if (failed())
        return {};
    if (!value.isString()) {
        mismatch(path, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a string")), value);
        return {};
    }
    return value.toString();
}

int JsonShape::integer(const QJsonValue &value, const QString &path)
{
    if (failed())
        return 0;
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || d != std::floor(d) || std::abs(d) > 1e9) {
        mismatch(path, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "an integer")), value);
        return 0;
    }
    return static_cast<int>(d);
}

bool JsonShape::boolean(const QJsonValue &value, const QString &path)
{
    if (failed())
        return false;
    if (!value.isBool()) {
        mismatch(path, llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a boolean")), value);
        return false;
    }
    return value.toBool();
}

Embedding JsonShape::vector(const QJsonValue &value, const QString &path)
{
    const QJsonArray numbers = nonEmptyArray(value, path);
    Embedding v;
    v.reserve(numbers.size());
    for (qsizetype i = 0; i < numbers.size() && !failed(); ++i) {
        const QJsonValue n = numbers.at(i);
        // Stored as float: a number beyond float's range is as unusable as infinity.
        const float f = static_cast<float>(n.toDouble());
        if (!n.isDouble() || !std::isfinite(f))
            mismatch(QStringLiteral("%1[%2]").arg(path).arg(i), llmPhrase(QT_TRANSLATE_NOOP("LanguageModel", "a finite number")), n);
        else
            v.append(f);
    }
    return failed() ? Embedding() : v;
}

} // namespace rulecast::llm
