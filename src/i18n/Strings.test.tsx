import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { Strings } from './Strings.tsx';
import { useT } from './use-t.ts';

function LearnTitle() {
  const t = useT('learn');
  return <h1>{t('title')}</h1>;
}

function Broken(): never {
  throw new Error('a bug, not missing strings');
}

describe('strings that load themselves', () => {
  it('a component asks for its namespace; <Strings> waits for it, then shows the component', async () => {
    render(
      <Strings waiting={<p>Loading</p>}>
        <p>Before</p>
        <LearnTitle />
      </Strings>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    expect(screen.queryByText('Before')).toBeNull();
    expect(
      await screen.findByRole('heading', { name: 'Understand what is happening' }),
    ).toBeTruthy();
    expect(screen.getByText('Before')).toBeTruthy();
    expect(screen.queryByText('Loading')).toBeNull();
  });

  it('passes any other error on to the boundary above it', () => {
    expect(() =>
      render(
        <Strings>
          <Broken />
        </Strings>,
      ),
    ).toThrow('a bug, not missing strings');
  });
});
