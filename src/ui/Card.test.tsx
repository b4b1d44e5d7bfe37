import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Card } from './Card.tsx';

describe('Card', () => {
  it('names its group by its heading', () => {
    render(
      <Card title="Local helpline" level={3}>
        <p>Open now</p>
      </Card>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Local helpline' })).toBeTruthy();
    expect(screen.getByText('Open now')).toBeTruthy();
  });
});
