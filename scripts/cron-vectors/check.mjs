// End-to-end differential check: fresh random cases (a seed other than the
// committed vectors') through `rulecast-cli cron next --batch -`, compared
// with cron-parser v5 case by case. Prints the agreement and every
// disagreement; exit status 1 if any.
//
//   node check.mjs --cli build/src/cli/rulecast-cli [--seed N] [--cases N] [--scratch DIR]
import { execFileSync } from 'node:child_process';
import { FIRE_COUNT, ZONES, evaluate, loadCronParser, makeStarts, parseArgs, randomExpression, rng } from './generate.mjs';

const args = parseArgs(process.argv.slice(2), { cli: '', seed: 777, cases: 20000, scratch: '' });
if (!args.cli) throw new Error('--cli PATH is required');
const { CronExpressionParser, version } = loadCronParser(args.scratch);
const r = rng(args.seed);
const cache = new Map();
const cases = [];
while (cases.length < args.cases) {
    const expr = randomExpression(r, (e) => evaluate(CronExpressionParser, e, 'UTC', 0, 0).status !== 'invalid');
    const zone = ZONES[cases.length % ZONES.length];
    const start = makeStarts(r, zone, cache);
    cases.push({ expr, zone, start, reference: evaluate(CronExpressionParser, expr, zone, start) });
}
const input = cases.map((c) => `${c.expr}\t${new Date(c.start * 1000).toISOString()}\t${c.zone}`).join('\n') + '\n';
const began = process.hrtime.bigint();
const output = execFileSync(args.cli, ['cron', 'next', '--batch', '-', '--count', String(FIRE_COUNT)],
    { input, maxBuffer: 1 << 28 }).toString();
const seconds = Number(process.hrtime.bigint() - began) / 1e9;
const lines = output.trimEnd().split('\n');
if (lines.length !== cases.length) throw new Error(`expected ${cases.length} lines, got ${lines.length}`);

const counts = { agree: 0, disagree: 0, skipped: 0, invalidAgree: 0 };
lines.forEach((line, i) => {
    const c = cases[i];
    const got = JSON.parse(line);
    const describe = () => `${JSON.stringify(c.expr)} ${c.zone} from ${new Date(c.start * 1000).toISOString()}`;
    if (c.reference.status === 'gaveup') {
        counts.skipped++;
        return;
    }
    if (c.reference.status === 'invalid') {
        if (got.valid === false) { counts.agree++; counts.invalidAgree++; return; }
        counts.disagree++;
        console.log(`DISAGREE ${describe()}: accepted, cron-parser: ${c.reference.detail}`);
        return;
    }
    if (!got.next) {
        counts.disagree++;
        console.log(`DISAGREE ${describe()}: rejected (${got.errors}), cron-parser accepts`);
        return;
    }
    const mine = got.next.map((t) => Math.floor(Date.parse(t) / 1000)).join(' ');
    if (mine === c.reference.detail) { counts.agree++; return; }
    counts.disagree++;
    console.log(`DISAGREE ${describe()}: got ${got.next.join(' ')}, cron-parser ${c.reference.detail.split(' ')
        .map((t) => new Date(t * 1000).toISOString()).join(' ')}`);
});
console.log(`cron-parser ${version}, seed ${args.seed}: ${counts.agree} of ${cases.length - counts.skipped} cases agree ` +
    `(${counts.invalidAgree} of them rejected by both), ${counts.disagree} disagree, ` +
    `${counts.skipped} skipped (cron-parser gave up); batch took ${seconds.toFixed(3)} s`);
process.exit(counts.disagree ? 1 : 0);
