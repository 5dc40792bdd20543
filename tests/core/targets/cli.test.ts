import { run } from '../../../src/cli/commands/targets';
import { UserError } from '../../../src/cli/io';

function fakeIo(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { readStdin: async () => stdin, out: (l: string) => out.push(l), err: (l: string) => err.push(l) },
    out,
    err,
  };
}

describe('cli targets', () => {
  it('prints one JSON object per non-blank line', async () => {
    const { io, out, err } = fakeIo('> 95%\n\n   \nTối thiểu 01 nhân sự\r\nabc\n');
    await expect(run([], io)).resolves.toBe(0);
    expect(err).toEqual([]);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { input: '> 95%', targets: [{ op: '>', value: 95, unit: '%' }], warnings: [] },
      { input: 'Tối thiểu 01 nhân sự', targets: [{ op: '>=', value: 1, unit: 'nhân sự' }], warnings: [] },
      {
        input: 'abc',
        targets: [],
        warnings: [{ code: 'target-unreadable', message: expect.stringContaining('"abc"') }],
      },
    ]);
  });

  it('keeps the key order of the brief', async () => {
    const { io, out } = fakeIo('> 95%\n');
    await run([], io);
    expect(out).toEqual(['{"input":"> 95%","targets":[{"op":">","value":95,"unit":"%"}],"warnings":[]}']);
  });

  it('reads indicator texts with --embedded, and the unit column with --unit', async () => {
    const embedded = fakeIo('Tỷ lệ hộ gia đình có Internet đạt trên 90%\nKế hoạch năm 2025\n');
    await run(['--embedded'], embedded.io);
    expect(embedded.out.map((l) => JSON.parse(l).targets)).toEqual([[{ op: '>', value: 90, unit: '%' }], []]);
    expect(JSON.parse(embedded.out[1]).warnings[0].code).toBe('target-missing');

    const withUnit = fakeIo('Có\n');
    await run(['--unit', 'Nền tảng'], withUnit.io);
    expect(JSON.parse(withUnit.out[0]).targets).toEqual([{ op: 'exists', value: 1, unit: 'nền tảng' }]);
  });

  it('flags a rate target without "%" with --indicator', async () => {
    const { io, out } = fakeIo('>10\n');
    await run(['--indicator', 'Tỷ lệ các cơ sở khám chữa bệnh'], io);
    const line = JSON.parse(out[0]);
    expect(line.targets).toEqual([{ op: '>', value: 10, unit: '%' }]);
    expect(line.warnings.map((w: { code: string }) => w.code)).toEqual(['target-percent-unit-missing']);
  });

  it('refuses an unknown option with a Vietnamese message', async () => {
    const { io } = fakeIo('');
    await expect(run(['--bogus'], io)).rejects.toThrow(UserError);
    await expect(run(['--bogus'], io)).rejects.toThrow(/Không có tùy chọn "--bogus"/);
  });
});
