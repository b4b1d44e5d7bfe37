import { describe, expect, it } from 'vitest';
import { areas, currentArea, getService, serviceWithRole, services } from './directory.ts';

/** Other features link to these ids; each must exist while the facts allow it. */
const LINKED_IDS = [
  'emergency-999',
  'silent-solution',
  'emergency-sms',
  'relay-uk',
  'police-101',
  'ask-for-ani',
  'clares-law',
  'national-da-helpline',
  'respect-phoneline',
  'mens-advice-line',
  'galop',
  'karma-nirvana',
  'forced-marriage-unit',
  'nspcc-helpline',
  'childline',
  'samaritans',
  'victim-support',
  'stalking-helpline',
  'safe2speak',
  'safe2speak-24h',
  'merseyside-police',
  'st-helens-mash',
  'st-helens-edt',
  'live-fear-free',
  'scotland-da-helpline',
  'ni-dsa-helpline',
];

describe('the built directory for St Helens', () => {
  it('has every service other features link to', () => {
    expect(LINKED_IDS.filter((id) => !getService(id))).toEqual([]);
  });

  it('is the St Helens area pack plus the national packs', () => {
    expect(areas.map((a) => a.id)).toEqual(['st-helens']);
    expect(currentArea()?.id).toBe('st-helens');
    expect(getService('safe2speak')?.pack).toBe('st-helens');
    expect(getService('live-fear-free')?.pack).toBe('wales');
  });

  it('fills each role the St Helens pack maps with its own entry, and leaves the others empty', () => {
    const filled = {
      '24h-line': 'safe2speak-24h',
      'da-service': 'safe2speak',
      police: 'merseyside-police',
      'children-front-door': 'st-helens-mash',
      'out-of-hours': 'st-helens-edt',
      'family-support': 'st-helens-family-hubs',
      'sexual-assault-centre': 'safe-place-merseyside',
      'national-helpline': 'national-da-helpline',
    } as const;
    for (const [role, id] of Object.entries(filled)) {
      expect(serviceWithRole(role as keyof typeof filled)?.id, role).toBe(id);
    }
    expect(serviceWithRole('adult-safeguarding')).toBeUndefined();
    expect(serviceWithRole('perpetrator-programme')).toBeUndefined();
  });

  it('puts the emergency routes first, then local services', () => {
    expect(services.slice(0, 4).map((s) => s.id)).toEqual([
      'emergency-999',
      'silent-solution',
      'emergency-sms',
      'relay-uk',
    ]);
    const firstLocal = services.findIndex((s) => s.pack === 'st-helens');
    const firstNational = services.findIndex((s) => s.id === 'national-da-helpline');
    expect(firstLocal).toBeLessThan(firstNational);
  });

  it('holds the numbers exactly as the facts give them', () => {
    const number = (id: string) => {
      const c = getService(id)?.channels[0];
      return c && 'number' in c ? c.number : undefined;
    };
    expect(number('national-da-helpline')).toBe('0808 2000 247');
    expect(number('mens-advice-line')).toBe('0808 801 0327');
    expect(number('respect-phoneline')).toBe('0808 802 4040');
    expect(number('safe2speak')).toBe('01744 743200');
    expect(number('safe2speak-24h')).toBe('01925 220541');
    expect(number('st-helens-edt')).toBe('0345 050 0148');
  });

  it('marks hours as not confirmed where the facts could not verify them', () => {
    for (const id of ['mens-advice-line', 'respect-phoneline', 'stalking-helpline']) {
      const c = getService(id)?.channels[0];
      expect(c && 'hours' in c ? c.hours : undefined, id).toBe('unknown');
    }
  });
});
