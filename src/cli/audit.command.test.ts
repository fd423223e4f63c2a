import { describe, expect, it } from 'vitest';
import { readExportArguments } from './audit.command';

describe('readExportArguments', () => {
  it('reads dates and moments, UTC without a zone', () => {
    expect(readExportArguments({ van: '2026-01-01', tot: '2026-02-01T08:00' })).toEqual({
      van: new Date('2026-01-01T00:00:00Z'),
      tot: new Date('2026-02-01T08:00:00Z'),
    });
    expect(readExportArguments({ tot: '2026-02-01T08:00:00+01:00' })).toEqual({
      tot: new Date('2026-02-01T07:00:00Z'),
    });
    expect(readExportArguments({})).toEqual({});
  });

  it.each([
    [{ van: 'gisteren' }, '--van moet een datum of tijdstip in ISO 8601 zijn'],
    [{ tot: '2026-13-01' }, '--tot moet een datum of tijdstip in ISO 8601 zijn'],
    [{ van: '2026-02-01', tot: '2026-01-01' }, '--van moet vóór --tot liggen.'],
  ])('refuses %o', (values, melding) => {
    expect(() => readExportArguments(values)).toThrow(melding);
  });
});
