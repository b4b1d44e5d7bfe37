import { onOtherTabs } from '../../storage/other-tabs.ts';
import { getPref } from '../../storage/prefs.ts';
import type { DisguiseLock, StartSetting } from './lock.ts';

type StartRead = StartSetting | false | undefined;

/**
 * Every open tab follows the disguise at once (issue 12 point 6). When another tab turns it on or
 * changes it, this tab reads the setting again and shows the cover now, so a tab opened before the
 * disguise was set can never show the app after the next hide; when it is turned off, a covered
 * tab opens. When the person locks by hand in another tab, a disguised tab shows its cover too.
 */
export function followOtherTabs(lock: DisguiseLock): void {
  onOtherTabs((message) => {
    if (message === 'l') {
      if (lock.isDisguised() && lock.shownCover.value === null) lock.lock();
      return;
    }
    if (message !== 'd') return;
    const read = (): Promise<StartRead> => getPref('start');
    void read().then(
      (value) => {
        lock.setStart(value);
        if (!lock.isDisguised()) {
          if (lock.shownCover.value !== null) lock.showApp();
        } else lock.lock();
      },
      () => {
        // Cannot tell what was chosen: fail closed, as at start (setStartUnreadable).
        lock.setStartUnreadable(read);
        lock.lock();
      },
    );
  });
}
