import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { ScreenHeading } from './ScreenHeading.tsx';

describe('ScreenHeading', () => {
  it('is the level-one heading and can take focus after a screen change', () => {
    render(<ScreenHeading lead="Short and calm.">Home</ScreenHeading>);
    const heading = screen.getByRole('heading', { level: 1, name: 'Home' });
    expect(heading.tabIndex).toBe(-1);
    expect(screen.getByText('Short and calm.')).toBeTruthy();
  });
});
