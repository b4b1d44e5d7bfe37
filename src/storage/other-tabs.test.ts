import { describe, expect, it } from 'vitest';
import { onOtherTabs, tellOtherTabs, type TabMessage } from './other-tabs.ts';

/** Another tab of the app: its own channel of the same name. */
const otherTab = () => new BroadcastChannel('tools');
const nextMessage = (channel: BroadcastChannel) =>
  new Promise<unknown>((resolve) =>
    channel.addEventListener('message', (e: MessageEvent) => resolve(e.data), { once: true }),
  );

describe('other tabs (issue 12 point 6)', () => {
  it('hears the app messages another tab sends, and nothing else', async () => {
    const heard: TabMessage[] = [];
    const stop = onOtherTabs((m) => heard.push(m));
    const tab = otherTab();
    for (const message of ['x', { k: 1 }, 'k', 'l', 'd']) tab.postMessage(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual(['k', 'l', 'd']);
    stop();
    tab.postMessage('k');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toHaveLength(3);
    tab.close();
  });

  it('tells other tabs, and a listener that throws does not stop the next one', async () => {
    const tab = otherTab();
    const got = nextMessage(tab);
    tellOtherTabs('l');
    expect(await got).toBe('l');
    const heard: TabMessage[] = [];
    const stopA = onOtherTabs(() => {
      throw new Error('broken');
    });
    const stopB = onOtherTabs((m) => heard.push(m));
    tab.postMessage('k');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual(['k']);
    stopA();
    stopB();
    tab.close();
  });
});
