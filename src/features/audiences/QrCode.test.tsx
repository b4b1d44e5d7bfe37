import { describe, expect, it, beforeEach } from 'vitest';
import { screen } from '@testing-library/preact';
import { encode } from 'uqr';
import { QrCode } from './QrCode.tsx';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

/** Rebuilds the module grid from the drawn rectangles, so the picture can be compared with uqr. */
function gridFrom(svg: Element, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const rect of svg.querySelectorAll('g rect')) {
    const x = Number(rect.getAttribute('x'));
    const y = Number(rect.getAttribute('y'));
    const width = Number(rect.getAttribute('width'));
    for (let i = x; i < x + width; i++) {
      const row = grid[y];
      if (row) row[i] = true;
    }
  }
  return grid;
}

describe('QrCode', () => {
  it('is one image with the accessible name it was given', () => {
    render(<QrCode text="https://tools.example" label="Code for tools.example" />);
    expect(screen.getByRole('img', { name: 'Code for tools.example' })).toBeTruthy();
  });

  it('draws exactly the modules uqr encodes for the address, and nothing else', () => {
    const text = 'https://tools.example';
    render(<QrCode text={text} label="Code" />);
    const svg = screen.getByRole('img', { name: 'Code' });
    const expected = encode(text, { ecc: 'M', border: 2 });
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${expected.size} ${expected.size}`);
    expect(gridFrom(svg, expected.size)).toEqual(expected.data);
  });

  it('carries no text, link or markup beyond the drawing', () => {
    render(<QrCode text="https://tools.example" label="Code" />);
    const svg = screen.getByRole('img', { name: 'Code' });
    expect(svg.textContent).toBe('');
    expect(svg.querySelectorAll(':not(rect):not(g)')).toHaveLength(0);
  });
});
