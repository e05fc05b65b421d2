<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityPattern</name>
    <message numerus="yes">
        <source>day %1 of the month at %2 UTC</source>
        <translation>
            <numerusform>day %1 of the month at %2 UTC</numerusform>
            <numerusform>day %1 of the month at %2 UTC</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes, starting at minute %1</source>
        <translation>
            <numerusform>Every minute, starting at minute %1</numerusform>
            <numerusform>Every %n minutes, starting at minute %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At minute %1, every %n hours</source>
        <translation>
            <numerusform>At minute %1 of every hour</numerusform>
            <numerusform>At minute %1, every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, every %n hours</source>
        <translation>
            <numerusform>%1, every hour</numerusform>
            <numerusform>%1, every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month</source>
        <translation>
            <numerusform>every day of the month</numerusform>
            <numerusform>every %n days of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days of the month, from day %1</source>
        <translation>
            <numerusform>every day of the month, from day %1</numerusform>
            <numerusform>every %n days of the month, from day %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageModel</name>
    <message numerus="yes">
        <source>expected %n embedding(s), one per text, got %1</source>
        <translation>
            <numerusform>expected %n embedding, one per text, got %1</numerusform>
            <numerusform>expected %n embeddings, one per text, got %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>generating %n day(s) of demo history</source>
        <translation>
            <numerusform>generating %n day of demo history</numerusform>
            <numerusform>generating %n days of demo history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>writing %n task(s)</source>
        <translation>
            <numerusform>writing %n task</numerusform>
            <numerusform>writing %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n embedding(s)</source>
        <translation>
            <numerusform>Asking for %n embedding</numerusform>
            <numerusform>Asking for %n embeddings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Generating predictions for the coming %n hour(s)</source>
        <translation>
            <numerusform>Generating predictions for the coming %n hour</numerusform>
            <numerusform>Generating predictions for the coming %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed predicted task(s)</source>
        <translation>
            <numerusform>%n fixed predicted task</numerusform>
            <numerusform>%n fixed predicted tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n pattern(s)</source>
        <translation>
            <numerusform>Comparing %n pattern</numerusform>
            <numerusform>Comparing %n patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Matching %n prediction(s) with the runs</source>
        <translation>
            <numerusform>Matching %n prediction with the runs</numerusform>
            <numerusform>Matching %n predictions with the runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message numerus="yes">
        <source>%n min after each %1</source>
        <translation>
            <numerusform>%n min after each %1</numerusform>
            <numerusform>%n min after each %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::ConfigField</name>
    <message numerus="yes">
        <source>This machine (%n core(s))</source>
        <translation>
            <numerusform>This machine (%n core)</numerusform>
            <numerusform>This machine (%n cores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::CronEditor</name>
    <message numerus="yes">
        <source>Next %n fire times:</source>
        <translation>
            <numerusform>Next fire time:</numerusform>
            <numerusform>Next %n fire times:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next %n fire times (%1):</source>
        <translation>
            <numerusform>Next fire time (%1):</numerusform>
            <numerusform>Next %n fire times (%1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::DashboardView</name>
    <message numerus="yes">
        <source>Last %n runs</source>
        <translation>
            <numerusform>Last run</numerusform>
            <numerusform>Last %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;How well predictions came true&lt;/b&gt; — %n validated prediction(s) from %1 to %2 (UTC), trends per day</source>
        <translation>
            <numerusform>&lt;b&gt;How well predictions came true&lt;/b&gt; — %n validated prediction from %1 to %2 (UTC), trends per day</numerusform>
            <numerusform>&lt;b&gt;How well predictions came true&lt;/b&gt; — %n validated predictions from %1 to %2 (UTC), trends per day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean over %n validated prediction(s)</source>
        <translation>
            <numerusform>mean over %n validated prediction</numerusform>
            <numerusform>mean over %n validated predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>durations off by %1 min on average; %n estimate(s) compared</source>
        <translation>
            <numerusform>durations off by %1 min on average; %n estimate compared</numerusform>
            <numerusform>durations off by %1 min on average; %n estimates compared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n estimate(s) compared with the runs</source>
        <translation>
            <numerusform>%n estimate compared with the runs</numerusform>
            <numerusform>%n estimates compared with the runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; trends over the last %n runs</source>
        <translation>
            <numerusform>; trend over the last run</numerusform>
            <numerusform>; trends over the last %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::HeatmapWidget</name>
    <message numerus="yes">
        <source>%1 %2:00–%3:00
%Ln task start(s) (%4% of all)</source>
        <translation>
            <numerusform>%1 %2:00–%3:00
%Ln task start (%4% of all)</numerusform>
            <numerusform>%1 %2:00–%3:00
%Ln task starts (%4% of all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::HistoryView</name>
    <message numerus="yes">
        <source>%Ln of %1 tasks match(es)</source>
        <translation>
            <numerusform>%Ln of %1 tasks matches</numerusform>
            <numerusform>%Ln of %1 tasks match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::MainWindow</name>
    <message numerus="yes">
        <source>Settings saved (%n change(s)).</source>
        <translation>
            <numerusform>Settings saved (%n change).</numerusform>
            <numerusform>Settings saved (%n changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln job definition(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln job definition from %1</numerusform>
            <numerusform>Imported %Ln job definitions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln task(s) from %1</source>
        <translation>
            <numerusform>Imported %Ln task from %1</numerusform>
            <numerusform>Imported %Ln tasks from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln line(s) skipped)</source>
        <translation>
            <numerusform> (%Ln line skipped)</numerusform>
            <numerusform> (%Ln lines skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Creating a demo history of %n day(s)…</source>
        <translation>
            <numerusform>Creating a demo history of %n day…</numerusform>
            <numerusform>Creating a demo history of %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln type</numerusform>
            <numerusform>%Ln types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %1 – %2 (%Ln day(s))</source>
        <translation>
            <numerusform> · %1 – %2 (%Ln day)</numerusform>
            <numerusform> · %1 – %2 (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s)</source>
        <translation>
            <numerusform>%Ln pattern</numerusform>
            <numerusform>%Ln patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln validated prediction(s)</source>
        <translation>
            <numerusform>%Ln validated prediction</numerusform>
            <numerusform>%Ln validated predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>Wrote the report %1 (%Ln page).</numerusform>
            <numerusform>Wrote the report %1 (%Ln pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::OptimizationView</name>
    <message numerus="yes">
        <source>Run #%1 (%2, %3, created %4 UTC): %n change(s), efficiency gain %5%.</source>
        <translation>
            <numerusform>Run #%1 (%2, %3, created %4 UTC): %n change, efficiency gain %5%.</numerusform>
            <numerusform>Run #%1 (%2, %3, created %4 UTC): %n changes, efficiency gain %5%.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln rule</numerusform>
            <numerusform>%Ln rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln predicted task(s)</source>
        <translation>
            <numerusform>%Ln predicted task</numerusform>
            <numerusform>%Ln predicted tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task schedule(s)</source>
        <translation>
            <numerusform>%Ln task schedule</numerusform>
            <numerusform>%Ln task schedules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::PatternsView</name>
    <message numerus="yes">
        <source>No pattern matches the filter (%n stored).</source>
        <translation>
            <numerusform>No pattern matches the filter (%n stored).</numerusform>
            <numerusform>No pattern matches the filter (%n stored).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s)</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln type(s)</source>
        <translation>
            <numerusform>%Ln type</numerusform>
            <numerusform>%Ln types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pattern(s)</source>
        <translation>
            <numerusform>%Ln pattern</numerusform>
            <numerusform>%Ln patterns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s)</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::RuleDetailPane</name>
    <message numerus="yes">
        <source>Runs &lt;b&gt;%1&lt;/b&gt; %n min after each run of &lt;b&gt;%2&lt;/b&gt; that finished within %3 min — started by its predecessor, not by the clock.</source>
        <translation>
            <numerusform>Runs &lt;b&gt;%1&lt;/b&gt; %n min after each run of &lt;b&gt;%2&lt;/b&gt; that finished within %3 min — started by its predecessor, not by the clock.</numerusform>
            <numerusform>Runs &lt;b&gt;%1&lt;/b&gt; %n min after each run of &lt;b&gt;%2&lt;/b&gt; that finished within %3 min — started by its predecessor, not by the clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a run takes about %n min</source>
        <translation>
            <numerusform>a run takes about %n min</numerusform>
            <numerusform>a run takes about %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::RuleTableModel</name>
    <message numerus="yes">
        <source>Started %n min after each run of %1 (within %2 min); the cron &apos;%3&apos; is when that is expected.</source>
        <translation>
            <numerusform>Started %n min after each run of %1 (within %2 min); the cron &apos;%3&apos; is when that is expected.</numerusform>
            <numerusform>Started %n min after each run of %1 (within %2 min); the cron &apos;%3&apos; is when that is expected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rulecast::SimilarPatternsDialog</name>
    <message numerus="yes">
        <source>%1 of %Ln matching pattern(s) shown (%2 compared).</source>
        <translation>
            <numerusform>%1 of %Ln matching pattern shown (%2 compared).</numerusform>
            <numerusform>%1 of %Ln matching patterns shown (%2 compared).</numerusform>
        </translation>
    </message>
</context>
</TS>
