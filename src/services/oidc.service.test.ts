import { describe, expect, it } from 'vitest';
import { veiligTerug } from './oidc.service';

describe('veiligTerug', () => {
  it.each([
    ['/', '/'],
    ['/teams', '/teams'],
    ['/medewerkers/123?tab=uren#week-3', '/medewerkers/123?tab=uren#week-3'],
    ['/zoeken?zoekterm=jan de vries', '/zoeken?zoekterm=jan%20de%20vries'],
    ['/teams/../accounts', '/accounts'],
  ])('keeps a path on this server: %s', (terug, verwacht) => {
    expect(veiligTerug(terug)).toBe(verwacht);
  });

  it.each([
    '//elders.example/pad',
    '/\\elders.example',
    '\\\\elders.example',
    'https://elders.example/',
    'javascript:alert(1)',
    'teams',
    '',
    '/\t/elders.example',
    '/teams\r\nSet-Cookie: x=y',
    `/${'a'.repeat(600)}`,
  ])('refuses anything that could lead elsewhere: %j', (terug) => {
    expect(veiligTerug(terug)).toBeNull();
  });

  it.each([undefined, null, 42, ['/teams'], { pad: '/' }])('refuses what is not text: %j', (terug) => {
    expect(veiligTerug(terug)).toBeNull();
  });
});
