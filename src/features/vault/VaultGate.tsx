import type { ComponentChildren } from 'preact';
import { vault } from '../../vault/index.ts';
import { Gate } from './Gate.tsx';

/**
 * For the screens that keep private things (plan, diary): wrap their content in
 * `<VaultGate>...</VaultGate>`. It shows "choose a passphrase" or "unlock" when needed and the
 * content only while the vault is open. Import it from a lazily loaded screen, never from the shell.
 */
export function VaultGate({ children, level }: { children: ComponentChildren; level?: 1 | 2 }) {
  return (
    <Gate vault={vault} {...(level ? { level } : {})}>
      {children}
    </Gate>
  );
}

export { vault };
