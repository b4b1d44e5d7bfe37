import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { ButtonGroup } from './ButtonGroup.tsx';

describe('ButtonGroup', () => {
  it('keeps the actions in the order given, main one first', () => {
    render(
      <ButtonGroup>
        <button type="button">Save</button>
        <button type="button">Cancel</button>
      </ButtonGroup>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Save', 'Cancel']);
  });
});
