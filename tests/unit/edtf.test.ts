/**
 * EDTF dates: what is valid, which days a value covers (seasons with their real months),
 * the human form, and independence from the machine's time zone. Vitest runs with
 * TZ=America/Los_Angeles (vitest.config.ts), west of Greenwich, where formatting with
 * local-time getters would slip a day.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edtfSpan, edtfYear, formatEdtf, isValidEdtf } from '../../src/shared/edtf.ts';

describe('isValidEdtf', () => {
  it.each([
    ['2020-11-10', 'a day'],
    ['2022-09', 'a month'],
    ['1988', 'a year'],
    ['2021-21', 'spring (season)'],
    ['2021-24', 'winter (season)'],
    ['1988~', 'approximate year'],
    ['2023-07-15?', 'uncertain day'],
    ['2020%', 'approximate and uncertain'],
    ['1992/1994', 'interval of years'],
    ['2022-09-12/2022-09-14', 'interval of days'],
    ['2013-11/2014-02', 'interval across a year end'],
    ['2024/..', 'open end'],
    ['../2013', 'open start'],
    ['2020-02-29', '29 February in a leap year'],
  ])('accepts %s (%s)', (value) => {
    expect(isValidEdtf(value)).toBe(true);
  });

  it.each([
    ['2021-02-30', 'no 30 February'],
    ['2021-02-29', 'no 29 February in a common year'],
    ['2022-04-31', 'April has 30 days'],
    ['2022-13', 'no month 13'],
    ['2022-00', 'no month 0'],
    ['1994/1992', 'reversed interval'],
    ['2020-11-10/2020-11-09', 'reversed interval of days'],
    ['2021-25', 'Level 2 hemisphere season (not spanned here)'],
    ['202X', 'unspecified digit (not spanned here)'],
    ['2020-11-10T10:00:00Z', 'a time'],
    ['10 November 2020', 'not EDTF'],
    ['', 'empty'],
    ['../..', 'interval with no known side'],
  ])('rejects %s (%s)', (value) => {
    expect(isValidEdtf(value)).toBe(false);
  });

  it('throws from edtfSpan and formatEdtf on what it rejects', () => {
    expect(() => edtfSpan('2021-02-29')).toThrow(/no such day/);
    expect(() => edtfSpan('1994/1992')).toThrow();
    expect(() => formatEdtf('2021-25')).toThrow(/season/);
  });
});

describe('edtfSpan', () => {
  it.each([
    ['2020-11-10', '2020-11-10', '2020-11-10'],
    ['2022-09', '2022-09-01', '2022-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['1988', '1988-01-01', '1988-12-31'],
    ['1988~', '1988-01-01', '1988-12-31'],
    // Seasons are the meteorological ones, not the edtf package's calendar quarters.
    ['2021-21', '2021-03-01', '2021-05-31'],
    ['2021-22', '2021-06-01', '2021-08-31'],
    ['2021-23', '2021-09-01', '2021-11-30'],
    ['2021-24', '2021-12-01', '2022-02-28'],
    ['2023-24', '2023-12-01', '2024-02-29'],
    ['1992/1994', '1992-01-01', '1994-12-31'],
    ['2022-09-12/2022-09-14', '2022-09-12', '2022-09-14'],
    ['2013-11/2014-02', '2013-11-01', '2014-02-28'],
    ['2024/..', '2024-01-01', '2024-12-31'],
    ['../2013', '2013-01-01', '2013-12-31'],
    ['0050', '0050-01-01', '0050-12-31'],
  ])('%s covers %s to %s', (value, earliest, latest) => {
    const span = edtfSpan(value);
    expect([span.earliest, span.latest]).toEqual([earliest, latest]);
  });

  it('sorts by first day, then the shorter span first', () => {
    const values = ['2022', '2022-09', '2022-09-12/2022-09-14', '2022-09-12', '2021-24', '2022-01-01'];
    const sorted = [...values].sort((a, b) => edtfSpan(a).sortKey.localeCompare(edtfSpan(b).sortKey));
    expect(sorted).toEqual(['2021-24', '2022-01-01', '2022', '2022-09', '2022-09-12', '2022-09-12/2022-09-14']);
  });

  it('gives the year an entry starts in', () => {
    expect(edtfYear('2021-24')).toBe(2021);
    expect(edtfYear('2013-11/2014-02')).toBe(2013);
    expect(edtfYear('../2013')).toBe(2013);
  });
});

describe('formatEdtf', () => {
  it.each([
    ['2020-11-10', '10 November 2020'],
    ['2022-09', 'September 2022'],
    ['1988', '1988'],
    ['2021-21', 'spring 2021'],
    ['2021-22', 'summer 2021'],
    ['2021-23', 'autumn 2021'],
    ['2021-24', 'winter 2021–22'],
    ['1988~', 'c. 1988'],
    ['2022-09-14~', 'c. 14 September 2022'],
    ['2023-07-15?', '15 July 2023 (uncertain)'],
    ['2022-08?', 'August 2022 (uncertain)'],
    ['2020%', 'c. 2020 (uncertain)'],
    ['2022-09-12/2022-09-14', '12–14 September 2022'],
    ['2020-11-09/2020-11-10', '9–10 November 2020'],
    ['1992/1994', '1992–1994'],
    ['2022-02-24/2022-09-14', '24 February – 14 September 2022'],
    ['2022-09/2022-12', 'September – December 2022'],
    ['2013-11/2014-02', 'November 2013 – February 2014'],
    ['2020-11-12/2021-01-09', '12 November 2020 – 9 January 2021'],
    ['2020-03~/2020-11-12', 'c. March 2020 – 12 November 2020'],
    ['2024/..', 'from 2024'],
    ['../2013', 'until 2013'],
  ])('%s → "%s"', (value, human) => {
    expect(formatEdtf(value)).toBe(human);
  });
});

describe('time zone', () => {
  it('runs west of Greenwich, where local getters would give the day before', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    // The premise of the test: at 00:30 UTC it is still the previous day in Los Angeles.
    expect(new Date('2020-11-10T00:30:00Z').getDate()).toBe(9);
  });

  it('keeps days that start at midnight UTC on their own day', () => {
    expect(edtfSpan('2020-11-10')).toMatchObject({ earliest: '2020-11-10', latest: '2020-11-10' });
    expect(formatEdtf('2020-11-10')).toBe('10 November 2020');
    expect(edtfSpan('2021-01-01')).toMatchObject({ earliest: '2021-01-01', latest: '2021-01-01' });
    expect(formatEdtf('2021-01')).toBe('January 2021');
    expect(edtfYear('2021-01-01')).toBe(2021);
  });

  it('gives the same spans and labels in any zone', () => {
    const module = fileURLToPath(new URL('../../src/shared/edtf.ts', import.meta.url));
    const values = ['2020-11-10', '2021-01-01', '2021-24', '2022-09-12/2022-09-14', '1988~', '../2013'];
    const script = `import { edtfSpan, formatEdtf } from ${JSON.stringify(module)};
      console.log(JSON.stringify(${JSON.stringify(values)}.map((v) => [edtfSpan(v), formatEdtf(v)])));`;
    const outputs = ['Pacific/Kiritimati', 'Etc/GMT+12', 'UTC', 'America/Los_Angeles'].map((tz) => {
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect(run.stderr.replace(/.*ExperimentalWarning.*\n?|.*--trace-warnings.*\n?/g, '')).toBe('');
      return run.stdout;
    });
    expect(outputs[0]).toContain('"earliest":"2020-11-10"');
    for (const out of outputs) expect(out).toBe(outputs[0]);
  });
});
