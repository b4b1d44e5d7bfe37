/**
 * Backup export and import (the file format is in backup-format.ts). Export needs the vault
 * unlocked and produces a file that opens with the current passphrase, on this or another device.
 * Import checks the file completely before the slow key derivation, and writes everything in one
 * transaction: a bad file, a wrong passphrase or a full device changes nothing.
 */
import { BACKUP_NAME, MAX_FILE_BYTES, parseBackup } from './backup-format.ts';
import type { ImportResult, VaultImpl } from './vault.ts';

export { BACKUP_NAME, MAX_FILE_BYTES, parseBackup } from './backup-format.ts';
export type { ImportResult } from './vault.ts';

/** A plain name that says only "tools" and the date: tools-backup-2026-05-01.json */
export function backupFileName(date = new Date()): string {
  return `${BACKUP_NAME}-${date.toISOString().slice(0, 10)}.json`;
}

export async function exportBackup(
  target: VaultImpl,
  date = new Date(),
): Promise<{ fileName: string; text: string }> {
  return { fileName: backupFileName(date), text: await target.exportBackup() };
}

/** Reads, checks and restores a backup file (or its text). Never throws. */
export async function importBackup(
  target: VaultImpl,
  file: Blob | string,
  passphrase: string,
): Promise<ImportResult> {
  try {
    const size = typeof file === 'string' ? file.length : file.size;
    if (size > MAX_FILE_BYTES) return { ok: false, reason: 'unreadable' };
    const text = typeof file === 'string' ? file : await file.text();
    const parsed = parseBackup(text);
    if ('problem' in parsed) return { ok: false, reason: parsed.problem };
    return await target.restoreBackup(parsed, passphrase);
  } catch {
    return { ok: false, reason: 'failed' };
  }
}
