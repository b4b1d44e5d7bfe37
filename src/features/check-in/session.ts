import { effect } from '@preact/signals';
import { navigation } from '../../core/navigation.ts';
import { createCheckInModel } from './model.ts';

/**
 * The app's one reflection, kept while the person follows a link from their next steps to a page
 * and comes Back. It is cleared on quick exit and lock (the model registers for that), when the
 * person clears it, and whenever home is shown, so leaving the reflection leaves nothing behind.
 */
export const checkIn = createCheckInModel();

effect(() => {
  if (navigation.current.value.name === 'home') checkIn.clear();
});
