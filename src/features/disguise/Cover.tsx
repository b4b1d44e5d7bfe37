// WARNING: part of the first chunk. The cover must paint before anything else can.
import './cover.css';
import { Calculator } from './Calculator.tsx';
import { Converter } from './Converter.tsx';
import { useServices } from '../../core/services.ts';

/** The cover app now on screen. A fresh, empty one after every lock. */
export function Cover() {
  const { lock } = useServices();
  const { lockCount, shownCover } = lock;
  const onCode = (code: string): void => void lock.tryCode(code);
  const key = lockCount.value;
  return shownCover.value === 'units' ? (
    <Converter key={key} onCode={onCode} />
  ) : (
    <Calculator key={key} onCode={onCode} />
  );
}
