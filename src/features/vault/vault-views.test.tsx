import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { loadNamespace } from '../../i18n/index.ts';
import { CANARY, freshDb, testVault } from '../../vault/testing.ts';
import { exportBackup } from '../../vault/backup.ts';
import { Gate } from './Gate.tsx';
import { SettingsView } from './Settings.tsx';
import * as store from '../../storage/vault-store.ts';
import { createVault } from '../../vault/vault.ts';
import { fakeKdf } from '../../vault/testing.ts';
import type { ComponentChildren } from 'preact';
import { createServices } from '../../app/services.ts';
import { renderWithServices } from '../../app/testing.tsx';

let services = createServices();
beforeEach(() => {
  services = createServices();
});
const render = (ui: ComponentChildren) => renderWithServices(ui, { services });

const PASS = 'kettle orbit meadow trumpet';

beforeAll(() => loadNamespace('vault'));
beforeEach(freshDb);

const type = (label: string | RegExp, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('vault screens', () => {
  it('spec 34: passphrase boxes do not autofill, spell check, capitalise or autocorrect', async () => {
    const { vault } = testVault();
    render(
      <Gate vault={vault}>
        <p>inside</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Choose a passphrase' });
    for (const box of [
      screen.getByLabelText('Passphrase'),
      screen.getByLabelText('Type it again'),
    ]) {
      expect(box).toHaveProperty('type', 'password');
      expect(box.getAttribute('autocomplete')).toBe('off');
      expect(box.getAttribute('spellcheck')).toBe('false');
      expect(box.getAttribute('autocapitalize')).toBe('off');
      expect(box.getAttribute('autocorrect')).toBe('off');
      expect(box.closest('form')).toBeNull();
    }
  });

  it('the choose-a-passphrase headings never skip a level, as a screen or inside one', async () => {
    for (const level of [1, 2] as const) {
      const { vault } = testVault();
      const { unmount } = render(
        <Gate vault={vault} level={level}>
          <p>inside</p>
        </Gate>,
      );
      await screen.findByRole('heading', { level, name: 'Choose a passphrase' });
      expect(
        screen.getByRole('heading', { level: level + 1, name: 'How strong should it be?' }),
      ).toBeTruthy();
      unmount();
    }
  });

  it('issue 12 point 2: refuses a PIN or a dictionary word with a calm reason, checks the second box, then shows the content', async () => {
    const { vault } = testVault();
    render(
      <Gate vault={vault}>
        <p>{CANARY}</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Choose a passphrase' });
    expect(screen.getByText(/PIN.*is not accepted here/)).toBeTruthy();
    const submit = () =>
      fireEvent.click(screen.getByRole('button', { name: 'Lock with this passphrase' }));
    for (const [weak, reason] of [
      ['1234', /Numbers alone are quick to guess/],
      ['20051987', /Numbers alone are quick to guess/],
      ['sunshine', /quick to guess for someone who copies the data/],
      ['password1', /quick to guess for someone who copies the data/],
    ] as const) {
      type('Passphrase', weak);
      type('Type it again', weak);
      submit();
      expect(await screen.findByText(reason, {}, { timeout: 10_000 })).toBeTruthy();
      expect(vault.state.value).not.toBe('unlocked');
    }
    type('Passphrase', PASS);
    type('Type it again', 'something else');
    submit();
    expect(await screen.findByText(/The two passphrases are different/)).toBeTruthy();
    expect(screen.queryByText(CANARY)).toBeNull();
    type('Type it again', PASS);
    submit();
    expect(await screen.findByText(CANARY)).toBeTruthy();
  });

  it('issue 12 point 2: offers a passphrase of four ordinary words as the easy choice', async () => {
    const { vault } = testVault();
    render(
      <Gate vault={vault}>
        <p>{CANARY}</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Choose a passphrase' });
    fireEvent.click(screen.getByRole('button', { name: 'Suggest a passphrase' }));
    const shown = await screen.findByText(/^[a-z]+( [a-z]+){3}$/);
    const words = shown.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Suggest different words' }));
    await waitFor(() => expect(shown.textContent).not.toBe(words));
    const chosen = shown.textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Use these words' }));
    expect(screen.getByLabelText('Passphrase', { exact: true })).toHaveProperty('value', chosen);
    type('Type it again', chosen);
    fireEvent.click(screen.getByRole('button', { name: 'Lock with this passphrase' }));
    expect(await screen.findByText(CANARY, {}, { timeout: 10_000 })).toBeTruthy();
    vault.lock();
    expect(await vault.unlock(chosen)).toEqual({ ok: true });
  });

  it('issue 12 point 1: after a change, says older backups still open with the old passphrase and offers a new one', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 'kept' }]);
    const save = vi.fn();
    render(<SettingsView vault={vault} save={save} />);
    await screen.findByRole('heading', { name: 'Change your passphrase' });
    type('Current passphrase', PASS);
    type('New passphrase', 'violet harbour pencil');
    type('Type the new passphrase again', 'violet harbour pencil');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(/locked with a new key/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(
      screen.getByText(/Backup files you made before still open with your old passphrase/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download a new backup now' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    const [fileName, text] = save.mock.calls[0] as [string, string];
    expect(fileName).toMatch(/^tools-backup-/);
    // The new file opens with the new passphrase.
    await vault.destroy();
    const other = testVault().vault;
    const { importBackup } = await import('../../vault/backup.ts');
    expect(await importBackup(other, text, 'violet harbour pencil')).toEqual({
      ok: true,
      count: 1,
    });
  });

  it('P29: an empty device also offers to restore a backup', async () => {
    services.navigation.reset();
    const { vault } = testVault();
    render(
      <Gate vault={vault}>
        <p>{CANARY}</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Choose a passphrase' });
    fireEvent.click(
      screen.getByRole('button', { name: 'Made a backup before? Restore it instead' }),
    );
    expect(services.navigation.current.value).toEqual({ name: 'vault-settings' });
    services.navigation.reset();
  });

  it('P13: locking removes the content from the page at once', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    render(
      <Gate vault={vault}>
        <p>{CANARY}</p>
      </Gate>,
    );
    expect(await screen.findByText(CANARY)).toBeTruthy();
    vault.lock();
    await screen.findByRole('heading', { name: 'Enter your passphrase' });
    expect(document.body.textContent).not.toContain(CANARY);
  });

  it('P17: a wrong passphrase gets one calm message, then a wait after repeated tries', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    vault.lock();
    render(
      <Gate vault={vault}>
        <p>inside</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Enter your passphrase' });
    for (let i = 0; i < 4; i += 1) {
      type('Passphrase', `wrong ${i}`);
      fireEvent.click(screen.getByRole('button', { name: 'Open' }));
      await screen.findByText(/That passphrase did not open it/);
      await waitFor(() => expect(screen.getByRole('status').textContent).not.toContain('Opening'));
    }
    expect(await screen.findByText(/You can try again in \d+ seconds/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open' })).toHaveProperty('disabled', true);
  });

  it('P17: when the key cannot be worked out, unlock says the passphrase may be right, not "wrong"', async () => {
    const { vault, kdf } = testVault();
    await vault.create(PASS);
    vault.lock();
    render(
      <Gate vault={vault}>
        <p>{CANARY}</p>
      </Gate>,
    );
    await screen.findByRole('heading', { name: 'Enter your passphrase' });
    kdf.noArgon2 = true; // as when the worker is blocked or runs out of memory
    type('Passphrase', PASS);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not check your passphrase.*may be right.*Nothing has been changed/,
    );
    expect(screen.queryByText(/did not open it/)).toBeNull();
    expect(screen.getByLabelText('Passphrase').getAttribute('aria-invalid')).toBeNull();
    // Nothing on this path leads towards starting again (which deletes everything).
    expect(screen.queryByRole('button', { name: 'Forgotten your passphrase?' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/start again/i);
    expect(await vault.waitMs()).toBe(0);

    kdf.noArgon2 = false;
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText(CANARY)).toBeTruthy();
  });

  it('P17: change passphrase says the current one may be right when the key cannot be worked out', async () => {
    const { vault, kdf } = testVault();
    await vault.create(PASS);
    render(<SettingsView vault={vault} />);
    await screen.findByRole('heading', { name: 'Change your passphrase' });
    kdf.noArgon2 = true;
    type('Current passphrase', PASS);
    type('New passphrase', 'violet harbour pencil');
    type('Type the new passphrase again', 'violet harbour pencil');
    fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /could not check your passphrase.*may be right.*Nothing has been changed/,
    );
    expect(screen.queryByText(/did not open it/)).toBeNull();
    expect(screen.queryByText(/has been changed\. Use the new one/)).toBeNull();
    expect(screen.getByLabelText('Current passphrase').getAttribute('aria-invalid')).toBeNull();
    vault.lock();
    kdf.noArgon2 = false;
    expect(await vault.unlock(PASS)).toEqual({ ok: true });
  });

  it('start again explains first and deletes only after the tick', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 1 }]);
    vault.lock();
    render(
      <Gate vault={vault}>
        <p>inside</p>
      </Gate>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Forgotten your passphrase?' }));
    expect(screen.getByText(/nobody can open what you saved here/)).toBeTruthy();
    const go = screen.getByRole('button', { name: 'Delete and start again' });
    expect(go).toHaveProperty('disabled', true);
    fireEvent.click(go);
    expect(vault.state.value).toBe('locked');
    fireEvent.click(screen.getByLabelText(/starting again deletes everything/));
    fireEvent.click(go);
    await screen.findByRole('heading', { name: 'Choose a passphrase' });
    expect(screen.getByText(/has been deleted/)).toBeTruthy();
    expect(vault.state.value).toBe('absent');
  });

  it('P28: restoring a bad file says so clearly and changes nothing', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: 'kept' }]);
    render(<SettingsView vault={vault} />);
    const input = await screen.findByLabelText('File to restore');
    fireEvent.change(input, { target: { files: [new File(['hello'], 'notes.json')] } });
    type('Passphrase for this backup', PASS);
    fireEvent.click(screen.getByLabelText(/replaces what is saved/));
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /cannot be restored.*Nothing has changed/,
    );
    expect(await vault.get('p:a')).toBe('kept');
  });

  it('exports a backup file with a neutral name through the given save function', async () => {
    const { vault } = testVault();
    await vault.create(PASS);
    await vault.put([{ id: 'p:a', value: CANARY }]);
    const save = vi.fn();
    const { BackupExport } = await import('./BackupExport.tsx');
    render(<BackupExport vault={vault} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup file' }));
    await screen.findByText('Your backup file has been downloaded.');
    const [name, text] = save.mock.calls[0] as [string, string];
    expect(name).toMatch(/^tools-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(text).not.toContain(CANARY);
    expect((await exportBackup(vault)).fileName).toBe(name);
  });

  it('delete everything explains first and wipes only after the tick', async () => {
    const { vault } = testVault();
    const wipe = vi.fn(() => Promise.resolve());
    render(<SettingsView vault={vault} wipe={wipe} />);
    const go = await screen.findByRole('button', { name: 'Delete everything' });
    expect(screen.getByText(/does not delete your browser history/)).toBeTruthy();
    fireEvent.click(go);
    expect(wipe).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(/deletes everything and cannot be undone/));
    fireEvent.click(go);
    await waitFor(() => expect(wipe).toHaveBeenCalledTimes(1));
  });

  it('P21: storage that will not open (a failed update) says nothing was lost, not "wrong"', async () => {
    const broken = createVault({
      derive: fakeKdf().derive,
      store: { ...store, readMeta: () => Promise.reject(new Error('VersionError')) },
    });
    render(
      <Gate vault={broken}>
        <p>inside</p>
      </Gate>,
    );
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /Nothing has been changed or lost/,
    );
    render(<SettingsView vault={broken} />);
    await waitFor(() =>
      expect(screen.getAllByText(/Nothing has been changed or lost/)).toHaveLength(2),
    );
    expect(screen.queryByText(/did not open it/)).toBeNull();
  });
});
