import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';
import { Prose } from '../../content/Prose.tsx';
import { getService, services as directory, serviceWithRole } from './directory.ts';
import { localText } from './text.ts';
import { ServiceLine, ServiceLines } from './ServiceLine.tsx';

const helpline = serviceWithRole('national-helpline');
if (!helpline) throw new Error('the data has no national helpline');
const phone = helpline.channels.find((c) => c.type === 'phone');
if (phone?.type !== 'phone') throw new Error('the national helpline has no phone');
const name = localText(helpline.name, 'en');

describe('ServiceLine', () => {
  it('shows the name, the number from the directory as a tel: link, and whether it is open', async () => {
    const services = createServices();
    renderWithServices(<ServiceLine id={helpline.id} now={new Date('2026-12-02T03:00:00Z')} />, {
      services,
    });
    const call = await screen.findByRole('link', { name: `Call ${phone.number}` });
    expect(call.getAttribute('href')).toMatch(/^tel:\d+$/);
    expect(call.textContent).toContain(phone.number);
    expect(screen.getByText(/Open|Closed|not confirmed/)).toBeTruthy();
    // The name opens the full entry, in the app.
    fireEvent.click(screen.getByRole('button', { name }));
    expect(services.navigation.current.value).toMatchObject({
      name: 'service',
      params: { id: helpline.id },
    });
  });

  it('lists several services, one line each, and leaves out an id this area does not have', async () => {
    renderWithServices(<ServiceLines ids={[helpline.id, 'no-such-service', 'emergency-999']} />, {
      services: createServices(),
    });
    await screen.findByRole('link', { name: 'Call 999' });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: /^Call / })).toHaveLength(2);
  });

  it('adds the number under content words that name a service, once per paragraph', async () => {
    expect(getService('emergency-999')).toBeDefined();
    renderWithServices(
      <Prose
        serviceNumber={ServiceLine}
        blocks={[
          {
            t: 'p',
            c: [
              'Call ',
              { t: 'service', id: helpline.id, c: ['the helpline'] },
              ' or ',
              { t: 'service', id: helpline.id, c: ['them again'] },
              '.',
            ],
          },
          { t: 'ul', items: [[{ t: 'service', id: 'emergency-999', c: ['Call 999'] }]] },
        ]}
      />,
      { services: createServices() },
    );
    const calls = await screen.findAllByRole('link', { name: /^Call / });
    expect(calls.map((c) => c.getAttribute('href'))).toEqual([
      `tel:${phone.number.replace(/\s/g, '')}`,
      'tel:999',
    ]);
    // The words still link to the entry; the line does not name the service a second time.
    expect(screen.getByRole('button', { name: 'the helpline' })).toBeTruthy();
    expect(screen.queryByRole('button', { name })).toBeNull();
  });

  it('shows every number of a service that has several, each with its label', async () => {
    const several = directory.find(
      (s) => s.channels.filter((c) => c.type === 'phone' && c.label).length > 1,
    );
    if (!several) throw new Error('no service in the data has several labelled numbers');
    const phones = several.channels.flatMap((c) => (c.type === 'phone' ? [c] : []));
    renderWithServices(<ServiceLine id={several.id} />, { services: createServices() });
    for (const phone of phones) {
      const call = await screen.findByRole('link', { name: `Call ${phone.number}` });
      expect(call.textContent).toContain(phone.number);
      if (phone.label) expect(screen.getByText(localText(phone.label, 'en'))).toBeTruthy();
    }
  });
});
