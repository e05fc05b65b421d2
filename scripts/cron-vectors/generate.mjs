// Reference fire times from the cron-parser library (v5) for Rulecast's
// differential cron test. Installs cron-parser into a scratch folder (never
// into the repository), draws seeded random standard 5-field expressions
// (names, ranges, steps, lists, macros, the day-of-month/day-of-week OR rule,
// and a share of invalid ones), evaluates each in several zones from several
// start times (a third in the days around a DST change) and writes one case
// per line:
//
//   EXPR <TAB> ZONE <TAB> START <TAB> STATUS <TAB> DETAIL
//
// START is UTC epoch seconds. STATUS is `ok` (DETAIL: the next 5 fire times,
// epoch seconds, space separated), `invalid` (cron-parser rejects the
// expression; DETAIL: its message) or `gaveup` (cron-parser threw while
// iterating a valid expression, e.g. "loop limit exceeded"; DETAIL: the
// message, then the fire times it did produce). PREVIOUS, on `ok` lines, is
// the last fire time before START ('-' where cron-parser gives up going
// backwards). Lines starting with # are comments.
//
//   node generate.mjs [--seed N] [--expressions N] [--per-expression N]
//                     [--out FILE] [--scratch DIR]
//
// Without --out the cases go to stdout. tests/data/cron holds the committed
// output of `npm run generate`; check.mjs compares rulecast-cli against a
// fresh batch with another seed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney',
    'Australia/Lord_Howe', 'America/Santiago'];
export const FIRE_COUNT = 5;

export function parseArgs(argv, defaults) {
    const args = { ...defaults };
    for (let i = 0; i < argv.length; i += 2) {
        const key = argv[i].replace(/^--/, '');
        if (!(key in args)) throw new Error(`unknown option ${argv[i]}`);
        args[key] = typeof defaults[key] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
    }
    return args;
}

// cron-parser lives in a scratch folder so the repository never vendors it.
export function loadCronParser(scratch) {
    const dir = scratch || join(tmpdir(), 'rulecast-cron-vectors');
    if (!existsSync(join(dir, 'node_modules', 'cron-parser'))) {
        mkdirSync(dir, { recursive: true });
        execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, 'cron-parser@5'],
            { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    const require = createRequire(join(dir, 'index.js'));
    const lib = require('cron-parser');
    const version = require('cron-parser/package.json').version;
    return { CronExpressionParser: lib.CronExpressionParser, version };
}

// mulberry32: small, seedable, identical on every platform.
export function rng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    next.int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
    next.pick = (list) => list[Math.floor(next() * list.length)];
    next.chance = (p) => next() < p;
    return next;
}

const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'dom', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
    { name: 'dow', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly', '@minutely', '@weekdays', '@weekends'];

function randomCase(r, s) {
    const c = r.int(0, 2);
    return c === 0 ? s : c === 1 ? s.toUpperCase() : s[0].toUpperCase() + s.slice(1);
}

function value(r, f, v) {
    if (f.names && r.chance(0.3)) {
        const index = f.name === 'month' ? v - 1 : v % 7;
        return randomCase(r, f.names[index]);
    }
    return String(v);
}

function atom(r, f) {
    const k = r();
    const span = f.max - f.min;
    if (k < 0.35) return value(r, f, r.int(f.min, f.max));
    if (k < 0.55) {
        const a = r.int(f.min, f.max);
        return `${value(r, f, a)}-${value(r, f, r.int(a, f.max))}`;
    }
    if (k < 0.75) return `*/${r.chance(0.85) ? r.int(1, Math.max(2, Math.ceil(span / 2))) : r.int(1, span + 5)}`;
    if (k < 0.88) {
        const a = r.int(f.min, f.max);
        return `${value(r, f, a)}-${value(r, f, r.int(a, f.max))}/${r.int(1, Math.max(1, span / 3))}`;
    }
    return `${value(r, f, r.int(f.min, f.max))}/${r.int(1, Math.max(1, span / 2))}`;
}

function field(r, f, index) {
    // Minutes and hours are restricted more often, so schedules are not all
    // "every minute"; day fields are often * so the OR rule is one case of many.
    const star = [0.15, 0.3, 0.55, 0.6, 0.55][index];
    const k = r();
    if (k < star) return '*';
    if (k < star + (1 - star) * 0.7) return atom(r, f);
    const n = r.int(2, 4);
    const items = [];
    for (let i = 0; i < n; i++) items.push(atom(r, f));
    return items.join(',');
}

// Turns a valid-looking expression into one that is probably invalid the way
// people get it wrong; cron-parser decides which actually are.
function mutate(r, fields) {
    const i = r.int(0, 4);
    const f = FIELDS[i];
    const out = [...fields];
    const k = r.int(0, 13);
    switch (k) {
    case 0: out[i] = String(f.max + r.int(1, 30)); break;
    case 1: out[i] = String(f.min === 0 ? r.int(f.max + 1, 99) : 0); break;
    case 2: { const a = r.int(f.min + 1, f.max); out[i] = `${a}-${r.int(f.min, a - 1)}`; break; }
    case 3: out[i] = `*/0`; break;
    case 4: out[i] = `${r.int(f.min, f.max)}/`; break;
    case 5: out[i] = `${out[i]},`; break;
    case 6: out[i] = `${r.int(f.min, f.max)},,${r.int(f.min, f.max)}`; break;
    case 7: out[i] = r.pick(['foo', 'xyz', 'monday', 'janu', 'abc']); break;
    case 8: out[i] = r.pick(['*-5', '5/*', '*5', '1-*', '**']); break;
    case 9: { const v = r.int(f.min, f.max); out[i] = `${v},${v}`; break; }
    case 10: out[4] = r.pick(['0,7', '7,0', '1-7,0', 'sun,7', '0-6,7']); break;
    case 11: out[2] = r.pick(['30', '31', '30,31']); out[3] = r.pick(['2', 'feb', '2,4', '4,6,9,11']); out[4] = '*'; break;
    case 12: out[i] = `${r.int(f.min, f.max)}-${r.int(f.min, f.max)}-${r.int(f.min, f.max)}`; break;
    default: out[i] = `${r.int(f.min, f.max)}/${r.int(1, 5)}/${r.int(1, 5)}`; break;
    }
    return out.join(' ');
}

// `accepts` says whether cron-parser takes an expression: random lists
// overlap often (a value listed twice is an error there), so unintended
// invalid expressions are mostly redrawn to keep the invalid share near 15%.
// Shapes random drawing rarely hits but whose reading is subtle.
function edgeExpression(r) {
    const m = r.int(0, 59), h = r.int(0, 23);
    switch (r.int(0, 5)) {
    case 0: // repeats of days the only month lacks are forgiven
        return `${m} ${h} ${r.pick(['31,*/15', '30,31,*/10', '29-31,*/2', '*/15,31'])} ${r.pick(['2', '4', '11', 'feb', '12', '1'])} *`;
    case 1: // 7 is Sunday inside ranges and steps
        return `${m} ${h} * * ${r.pick(['5-7', '1-7/2', '*/7', '3/2', '7-7', '0-7/3', 'fri-7', '6-7,1'])}`;
    case 2: // a restriction covering every day still triggers the OR rule
        return `${m} ${h} ${r.pick(['*/1', '1-31', '?'])} * ${r.pick(['1', 'mon-fri', '*', '?'])}`;
    case 3: // a single value with a step runs to the end of the field
        return `${r.int(0, 59)}/${r.int(1, 40)} ${r.int(0, 23)}/${r.int(1, 12)} ${r.int(1, 31)}/${r.int(1, 20)} * *`;
    case 4: // hours around DST changes, fixed and stepped
        return `${r.pick(['0', '15', '30', '45', '*/10', '*/30', '*', '59'])} ${r.pick(['0', '1', '2', '3', '23', '0-3', '1,2', '*/2', '2/3'])} * * *`;
    default: // February 29th and the 31st
        return `${m} ${h} ${r.pick(['29', '31', '30,31', '29-31'])} ${r.pick(['2', '*', '1-6', '*/2'])} *`;
    }
}

export function randomExpression(r, accepts) {
    if (r.chance(0.04)) return r.pick(MACROS);
    if (r.chance(0.08)) return edgeExpression(r);
    let fields = FIELDS.map((f, i) => field(r, f, i));
    if (r.chance(0.12)) return mutate(r, fields);
    for (let attempt = 0; attempt < 8 && !accepts(fields.join(' ')) && !r.chance(0.05); attempt++)
        fields = FIELDS.map((f, i) => field(r, f, i));
    return fields.join(' ');
}

// Instants where the zone's offset changes, 2020-2035, found by scanning days
// and bisecting down to the second.
function transitions(zone) {
    const offsetAt = (ms) => {
        const parts = new Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
            hour: 'numeric', minute: 'numeric', second: 'numeric',
        }).formatToParts(new Date(ms));
        const get = (t) => Number(parts.find((p) => p.type === t).value);
        return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - ms;
    };
    const out = [];
    const day = 86400000;
    let t = Date.UTC(2020, 0, 1);
    const end = Date.UTC(2036, 0, 1);
    let o = offsetAt(t);
    for (; t < end; t += day) {
        const o2 = offsetAt(t + day);
        if (o2 !== o) {
            let lo = t, hi = t + day;
            while (hi - lo > 1000) {
                const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
                if (offsetAt(mid) === o) lo = mid; else hi = mid;
            }
            out.push(hi);
            o = o2;
        }
    }
    return out;
}

export function makeStarts(r, zone, cache) {
    if (!cache.has(zone)) cache.set(zone, transitions(zone));
    const list = cache.get(zone);
    const nearDst = list.length > 0 && r.chance(1 / 3);
    let ms;
    if (nearDst) {
        // From three days before a change to one day after it.
        ms = r.pick(list) + r.int(-3 * 86400, 86400) * 1000;
    } else {
        ms = Date.UTC(2020, 0, 1) + r.int(0, 16 * 365 * 86400) * 1000;
    }
    // Most starts on a whole minute, some on odd seconds.
    if (r.chance(0.8)) ms -= ms % 60000;
    return Math.floor(ms / 1000);
}

export function evaluate(CronExpressionParser, expr, zone, start, count = FIRE_COUNT) {
    let it;
    try {
        it = CronExpressionParser.parse(expr, { currentDate: new Date(start * 1000), tz: zone });
    } catch (e) {
        return { status: 'invalid', detail: e.message.replace(/\s+/g, ' ') };
    }
    const times = [];
    try {
        for (let i = 0; i < count; i++) times.push(Math.floor(it.next().getTime() / 1000));
    } catch (e) {
        return { status: 'gaveup', detail: [e.message.replace(/\s+/g, ' '), ...times].join(' '), previous: '-' };
    }
    // The fire time before the start, from a fresh iterator; '-' where
    // cron-parser gives up going backwards.
    let previous = '-';
    try {
        previous = String(Math.floor(CronExpressionParser.parse(expr, { currentDate: new Date(start * 1000), tz: zone })
            .prev().getTime() / 1000));
    } catch {
        previous = '-';
    }
    return { status: 'ok', detail: times.join(' '), previous };
}

function main() {
    const args = parseArgs(process.argv.slice(2),
        { seed: 20270101, expressions: 3000, 'per-expression': 3, out: '', scratch: '' });
    const { CronExpressionParser, version } = loadCronParser(args.scratch);
    const r = rng(args.seed);
    const cache = new Map();
    const lines = [
        `# Reference fire times from cron-parser ${version} (node ${process.version}, tz ${process.versions.tz}).`,
        `# Generated by scripts/cron-vectors/generate.mjs --seed ${args.seed} --expressions ${args.expressions} --per-expression ${args['per-expression']}`,
        '# EXPR<TAB>ZONE<TAB>START(epoch s)<TAB>ok|invalid|gaveup<TAB>next 5 fire times (epoch s) | message[<TAB>previous fire time]',
    ];
    const counts = { ok: 0, invalid: 0, gaveup: 0 };
    let zoneIndex = 0;
    for (let n = 0; n < args.expressions; n++) {
        const expr = randomExpression(r, (e) => evaluate(CronExpressionParser, e, 'UTC', 0, 0).status !== 'invalid');
        // One line is enough to record that an expression is rejected.
        const probe = evaluate(CronExpressionParser, expr, 'UTC', 1800000000);
        const cases = probe.status === 'invalid' ? 1 : args['per-expression'];
        for (let k = 0; k < cases; k++) {
            const zone = ZONES[zoneIndex++ % ZONES.length];
            const start = makeStarts(r, zone, cache);
            const result = evaluate(CronExpressionParser, expr, zone, start);
            counts[result.status]++;
            const columns = [expr, zone, start, result.status, result.detail];
            if (result.status === 'ok') columns.push(result.previous);
            lines.push(columns.join('\t'));
        }
    }
    lines.splice(3, 0, `# ${counts.ok} ok, ${counts.invalid} invalid, ${counts.gaveup} gaveup`);
    const text = lines.join('\n') + '\n';
    if (args.out) {
        writeFileSync(args.out, text);
        process.stderr.write(`${args.out}: ${counts.ok} ok, ${counts.invalid} invalid, ${counts.gaveup} gaveup\n`);
    } else {
        process.stdout.write(text);
    }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
