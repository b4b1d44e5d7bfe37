import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { FileField } from './FileField.tsx';

describe('FileField', () => {
  it('is named by its label and hands over the chosen file', () => {
    const onFile = vi.fn();
    render(<FileField id="f" label="Backup file" accept=".json" onFile={onFile} />);
    const picker = screen.getByLabelText('Backup file');
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(picker, { target: { files: [file] } });
    expect(onFile).toHaveBeenCalledWith(file);
  });
});
