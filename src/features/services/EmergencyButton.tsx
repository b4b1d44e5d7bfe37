// WARNING: part of the first chunk (the shell shows it on every screen). Keep it tiny: the
// emergency screen and the directory data load lazily.
import { useNavigation } from '../../core/services.ts';
import { useT } from '../../i18n/use-t.ts';

/** A small button on every screen that opens the emergency routes (999, press 55, text, relay). */
export function EmergencyButton() {
  const navigation = useNavigation();
  const t = useT();
  const open = (): void => {
    if (navigation.current.value.name !== 'emergency') navigation.go('emergency');
  };
  return (
    <button type="button" class="emergency-button" onClick={open}>
      {t('shell.emergency')}
    </button>
  );
}
