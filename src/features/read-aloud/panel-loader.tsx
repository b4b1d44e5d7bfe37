import { appReadAloud } from './read-aloud.ts';
import { ReadAloudPanel } from './ReadAloudPanel.tsx';

/** The lazily loaded half of read aloud: the app's speech model and its panel. */
export function LoadedPanel() {
  const model = appReadAloud();
  return model ? <ReadAloudPanel model={model} /> : null;
}
