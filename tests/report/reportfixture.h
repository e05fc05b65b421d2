#pragma once

// A database with everything a report shows, made by the real use cases in
// the order a user runs them (docs/reports.md): a demo history, patterns,
// rules, predictions made three days back and validated, fresh predictions,
// and a dry-run optimization. The results are kept so tests can compare the
// report's figures with what the use cases said.

#include "app/analyzeusecase.h"
#include "app/demousecase.h"
#include "app/generaterulesusecase.h"
#include "app/predictusecase.h"
#include "app/scheduleoptimization.h"
#include "app/validatepredictionsusecase.h"

#include <QTest>

#include <optional>

namespace rulecast::test {

struct ReportFixture
{
    static constexpr qint64 kNow = 1790000000; // Monday 2026-09-21 14:13:20 UTC
    static constexpr qint64 kPredictAsOf = kNow - 3 * 86400;

    std::optional<AnalyzeResult> analysis;
    std::optional<GenerateRulesResult> rules;
    std::optional<ValidateReport> validation;
    std::optional<PredictReport> upcoming;
    std::optional<ScheduleOptimizationReport> optimization;

    // Fills `path`; QVERIFY failures return early (check QTest::currentTestFailed()).
    void build(const QString &path)
    {
        DemoRequest demo;
        demo.databasePath = path;
        demo.days = 28;
        demo.endTime = kNow;
        const Result<DemoSummary> d = runDemo(demo);
        QVERIFY2(d, qPrintable(d.error()));

        AnalyzeRequest analyze;
        analyze.databasePath = path;
        analyze.asOf = kNow;
        analyze.days = 28;
        Result<AnalyzeResult> a = runAnalysis(analyze);
        QVERIFY2(a, qPrintable(a.error()));
        analysis = *a;

        GenerateRulesRequest generate;
        generate.databasePath = path;
        generate.now = kNow;
        generate.options.autoEnable = true;
        Result<GenerateRulesResult> g = generateRules(generate);
        QVERIFY2(g, qPrintable(g.error()));
        rules = *g;

        PredictRequest past;
        past.databasePath = path;
        past.asOf = kPredictAsOf;
        past.lookAheadHours = 48;
        past.now = kPredictAsOf;
        const Result<PredictReport> p = runPredict(past);
        QVERIFY2(p, qPrintable(p.error()));

        ValidateRequest validate;
        validate.databasePath = path;
        validate.asOf = kNow;
        validate.now = kNow;
        Result<ValidateReport> v = runValidatePredictions(validate);
        QVERIFY2(v, qPrintable(v.error()));
        validation = *v;

        PredictRequest next;
        next.databasePath = path;
        next.asOf = kNow;
        next.now = kNow;
        Result<PredictReport> n = runPredict(next);
        QVERIFY2(n, qPrintable(n.error()));
        upcoming = *n;

        ScheduleOptimizationRequest optimize;
        optimize.databasePath = path;
        optimize.settings.capacity = 1;
        optimize.windowStart = kNow;
        optimize.lookAheadHours = 24;
        optimize.dryRun = true;
        optimize.now = kNow;
        Result<ScheduleOptimizationReport> o = runScheduleOptimization(optimize);
        QVERIFY2(o, qPrintable(o.error()));
        optimization = *o;
    }
};

} // namespace rulecast::test
