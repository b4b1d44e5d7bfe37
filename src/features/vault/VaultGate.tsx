import type { ComponentChildren } from 'preact';
import { useVault } from './app-vault.ts';
import { Gate } from './Gate.tsx';

/**
 * For the screens that keep private things (plan, diary): wrap their content in
 * `<VaultGate>...</VaultGate>`. It shows "choose a passphrase" or "unlock" when needed and the
 * content only while the vault is open. Import it from a lazily loaded screen, never from the shell.
 */
export function VaultGate({ children, level }: { children: ComponentChildren; level?: 1 | 2 }) {
  const vault = useVault();
  return (
    <Gate vault={vault} {...(level ? { level } : {})}>
      {children}
    </Gate>
  );
}
