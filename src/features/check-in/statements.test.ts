import { expect, test } from 'vitest';
import strings from '../../../locales/en/check-in.json';
import pl from '../../../locales/pl/check-in.json';
import ur from '../../../locales/ur/check-in.json';
import { pageExists } from '../../content/load-page.ts';
import { SERVICE_IDS } from '../../../test/unit/service-ids.ts';
import { ROLES } from '../../regions/schema.ts';
import {
  dangerExtraServices,
  dangerServices,
  generalServices,
  nextSteps,
  pagesFor,
  statementPages,
  statements,
  topicOrder,
} from './statements.ts';

test('the reflection content is complete and consistent', () => {
  const ids = statements.map((s) => s.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(Object.keys(strings.statements).sort()).toEqual([...ids].sort());
  for (const s of statements) {
    if (s.danger) expect(strings.danger.why).toHaveProperty(s.id);
    else expect(topicOrder).toContain(s.topic);
  }
  expect(statements.filter((s) => s.danger).map((s) => s.id)).toEqual([
    'strangled',
    'threat-to-kill',
    'getting-worse',
    'separation',
    'pregnant',
    'stalked',
    'weapon',
  ]);
  for (const topic of topicOrder) {
    expect(strings.topics).toHaveProperty(topic);
    expect(nextSteps[topic].pages.length).toBeGreaterThan(0);
    for (const slug of nextSteps[topic].pages) expect(pageExists(slug), slug).toBe(true);
  }
  const services = [
    ...dangerServices,
    ...generalServices,
    ...Object.values(dangerExtraServices).flat(),
    ...topicOrder.flatMap((t) => nextSteps[t].services),
  ];
  for (const id of services) {
    // A local service is named by its role: the area's pack picks the entry, the directory names it.
    if (id.startsWith('role:')) {
      expect(ROLES as readonly string[], id).toContain(id.slice('role:'.length));
      continue;
    }
    expect(SERVICE_IDS, id).toContain(id);
    expect(strings.services).toHaveProperty(id);
  }
});

test('the reflection gives no score and no diagnosis', () => {
  const text = JSON.stringify(strings).toLowerCase().replace('there is no score', '');
  for (const word of ['score', 'points', 'diagnos', 'you are being abused']) {
    expect(text).not.toContain(word);
  }
});

test('the reflection, in every language, never points to help for people who abuse', () => {
  // Someone is often told by the abuser that they are the real abuser; from this screen a line
  // for people worried about their own behaviour could read as meant for them.
  for (const locale of [strings, pl, ur]) {
    const text = JSON.stringify(locale);
    expect(text).not.toMatch(/respect/i);
    expect(locale.results).not.toHaveProperty('self');
  }
});

test('a statement about a visa, health or disability, or about private things, adds its own pages', () => {
  for (const slug of Object.values(statementPages).flat())
    expect(pageExists(slug), slug).toBe(true);
  expect(pagesFor('threats', new Set(['threatens']))).toEqual([
    'coercive-control',
    'emotional-abuse',
  ]);
  expect(pagesFor('threats', new Set(['uses-status']))).toEqual([
    'coercive-control',
    'emotional-abuse',
    'no-recourse-to-public-funds',
    'disabled-and-deaf',
  ]);
  expect(pagesFor('threats', new Set(['threatens-secrets', 'uses-status']))).toEqual([
    'coercive-control',
    'emotional-abuse',
    'lgbt-plus',
    'no-recourse-to-public-funds',
    'disabled-and-deaf',
  ]);
  // A statement adds pages only to its own topic.
  expect(pagesFor('money', new Set(['uses-status', 'money-control']))).toEqual([
    'economic-abuse',
    'money-and-benefits',
  ]);
});
