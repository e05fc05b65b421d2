#include "app/rulewording.h"

#include "app/optimizationsuggestions.h"
#include "core/crondescription.h"
#include "core/cronexpression.h"
#include "llm/llmservice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace rulecast {

namespace {

QString ruleFacts(int index, const SchedulingRule &r)
{
    QString schedule;
    if (r.isAfterRule()) {
        schedule = QStringLiteral("starts %1 min after each run of '%2'").arg(r.delayMinutes).arg(r.afterTaskType.left(80));
    } else {
        const Result<CronExpression> cron = CronExpression::parse(r.cron);
        schedule = QStringLiteral("cron '%1' (%2 UTC)").arg(r.cron, cron ? describeCronEnglish(cron.value()) : r.cron);
    }
    return QStringLiteral("Rule %1: runs task type '%2'; %3; %4; current name: '%5'; current description: '%6'.\n")
        .arg(index)
        .arg(r.taskType.left(80), schedule, r.enabled ? QStringLiteral("enabled") : QStringLiteral("disabled"),
             r.name.left(120), r.description.left(400));
}

// Models like to wrap JSON in a Markdown fence; one fence around the whole
// reply is the only liberty taken.
QString withoutFence(const QString &reply)
{
    static const QRegularExpression fence(QStringLiteral("^```[A-Za-z]*\\s*\\n(.*)\\n\\s*```$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    const QString t = reply.trimmed();
    const QRegularExpressionMatch m = fence.match(t);
    return m.hasMatch() ? m.captured(1) : t;
}

} // namespace

int RuleWording::namesReplaced() const { return int(nameFromModel.count(true)); }
int RuleWording::descriptionsReplaced() const { return int(descriptionFromModel.count(true)); }

QJsonObject RuleWording::toJson() const
{
    if (!error.isEmpty())
        return {{QStringLiteral("error"), error}, {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
    return {{QStringLiteral("provider"), provider},
            {QStringLiteral("model"), model},
            {QStringLiteral("untrusted"), true},
            {QStringLiteral("names_replaced"), namesReplaced()},
            {QStringLiteral("descriptions_replaced"), descriptionsReplaced()},
            {QStringLiteral("rejected"), QJsonArray::fromStringList(rejected)},
            {QStringLiteral("elapsed_ms"), double(elapsedMs)}};
}

QList<llm::ChatMessage> ruleWordingPrompt(const QList<SchedulingRule> &rules)
{
    QString facts;
    const int n = std::min<int>(int(rules.size()), kMaxRulesWorded);
    for (int i = 0; i < n; ++i)
        facts += ruleFacts(i, rules.at(i));
    return {llm::ChatMessage::system(
                QStringLiteral("You name scheduled jobs for an operator. For every rule below, write a short name "
                               "(at most %1 characters) and a description of one plain sentence (at most %2 characters) "
                               "saying what runs and when. Keep the times and task types exact; invent nothing. Answer "
                               "with one JSON object and nothing else, keyed by rule number: "
                               "{\"0\": {\"name\": \"...\", \"description\": \"...\"}, \"1\": {...}}.")
                    .arg(kMaxRuleNameChars)
                    .arg(kMaxRuleDescriptionChars)),
            llm::ChatMessage::user(facts)};
}

QString wordingProblem(const QString &text, int maxChars)
{
    if (text.isEmpty())
        return QStringLiteral("empty");
    if (text.size() > maxChars)
        return QStringLiteral("longer than %1 characters").arg(maxChars);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r')
            return QStringLiteral("more than one line");
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            return QStringLiteral("contains a control or unprintable character (U+%1)")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        default:
            break;
        }
    }
    return {};
}

Result<QHash<int, RuleWordingProposal>> parseRuleWording(const QString &reply, int ruleCount, QStringList *rejected)
{
    using R = Result<QHash<int, RuleWordingProposal>>;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(withoutFence(reply).toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("the answer is not the JSON asked for (%1 at byte %2)")
                              .arg(err.errorString())
                              .arg(err.offset));
    if (!doc.isObject())
        return R::failure(QStringLiteral("the answer is not a JSON object keyed by rule number"));
    QHash<int, RuleWordingProposal> out;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (!ok || index < 0 || index >= ruleCount || QString::number(index) != it.key()) {
            rejected->append(QStringLiteral("key '%1': not a rule number 0-%2").arg(it.key().left(20)).arg(ruleCount - 1));
            continue;
        }
        if (!it.value().isObject()) {
            rejected->append(QStringLiteral("rule %1: not an object with name and description").arg(index));
            continue;
        }
        const QJsonObject entry = it.value().toObject();
        RuleWordingProposal p;
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("description")}) {
            const QJsonValue v = entry.value(field);
            if (v.isUndefined())
                continue;
            if (!v.isString()) {
                rejected->append(QStringLiteral("rule %1 %2: not a string").arg(index).arg(field));
                continue;
            }
            (field == QLatin1String("name") ? p.name : p.description) = v.toString();
        }
        out.insert(index, p);
    }
    if (out.isEmpty())
        return R::failure(QStringLiteral("the answer names no rule by number"));
    return out;
}

RuleWording wordRules(llm::LlmService &service, QList<SchedulingRule> &rules, const QStringList &takenNames,
                      const Progress &progress)
{
    RuleWording w;
    w.asked = true;
    for (const SchedulingRule &r : rules) {
        w.deterministicNames.append(r.name);
        w.deterministicDescriptions.append(r.description);
        w.nameFromModel.append(false);
        w.descriptionFromModel.append(false);
    }
    if (rules.isEmpty())
        return w;
    QElapsedTimer timer;
    timer.start();
    const llm::LlmResult<llm::ChatReply> reply =
        service.wait(service.chat(ruleWordingPrompt(rules)), progress.cancelFlag);
    w.elapsedMs = timer.elapsed();
    if (!reply) {
        w.error = reply.error();
        return w;
    }
    w.provider = llm::providerId(reply->provider);
    w.model = cleanModelText(reply->model, 200);
    const int asked = std::min<int>(int(rules.size()), kMaxRulesWorded);
    Result<QHash<int, RuleWordingProposal>> proposals = parseRuleWording(reply->text, asked, &w.rejected);
    if (!proposals) {
        w.error = proposals.error();
        w.rejected.clear();
        return w;
    }
    // Names already in use (other rules, then the names given so far) stay
    // unique, so a list of rules never shows two alike.
    QSet<QString> taken;
    for (const QString &n : takenNames)
        taken.insert(n.toCaseFolded());
    for (const SchedulingRule &r : rules)
        taken.insert(r.name.toCaseFolded());
    for (int i = 0; i < asked; ++i) {
        const auto it = proposals->constFind(i);
        if (it == proposals->constEnd()) {
            w.rejected.append(QStringLiteral("rule %1: missing from the answer").arg(i));
            continue;
        }
        if (it->name) {
            const QString name = it->name->trimmed();
            QString problem = wordingProblem(name, kMaxRuleNameChars);
            if (problem.isEmpty() && name.toCaseFolded() != rules[i].name.toCaseFolded() && taken.contains(name.toCaseFolded()))
                problem = QStringLiteral("the name of another rule");
            if (problem.isEmpty()) {
                taken.insert(name.toCaseFolded());
                rules[i].name = name;
                w.nameFromModel[i] = true;
            } else {
                w.rejected.append(QStringLiteral("rule %1 name: %2").arg(i).arg(problem));
            }
        } else {
            w.rejected.append(QStringLiteral("rule %1 name: missing").arg(i));
        }
        if (it->description) {
            const QString description = it->description->trimmed();
            const QString problem = wordingProblem(description, kMaxRuleDescriptionChars);
            if (problem.isEmpty()) {
                rules[i].description = description;
                w.descriptionFromModel[i] = true;
            } else {
                w.rejected.append(QStringLiteral("rule %1 description: %2").arg(i).arg(problem));
            }
        } else {
            w.rejected.append(QStringLiteral("rule %1 description: missing").arg(i));
        }
    }
    return w;
}

} // namespace rulecast
