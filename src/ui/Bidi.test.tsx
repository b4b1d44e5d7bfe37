import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { BidiText } from './Bidi.tsx';

const isolated = (text: string, rtl = true) => {
  const { container } = render(
    <p>
      <BidiText text={text} rtl={rtl} />
    </p>,
  );
  return {
    runs: [...container.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent),
    text: container.textContent,
  };
};

describe('isolateLtr', () => {
  it('keeps a phone number whole, apart from the word for "call"', () => {
    expect(isolated('کال کریں 01744 743200')).toEqual({
      runs: ['01744 743200'],
      text: 'کال کریں 01744 743200',
    });
  });

  it('isolates names, addresses and codes, leaving the sentence’s full stop outside', () => {
    expect(isolated('Women’s Aid یا www.gov.uk پر جائیں، کوڈ WA10 1HP۔').runs).toEqual([
      'Women’s Aid',
      'www.gov.uk',
      'WA10 1HP',
    ]);
    expect(isolated('اگر آپ 999 پر کال کریں.').runs).toEqual(['999']);
    expect(isolated('جبری کنٹرول (coercive control)').runs).toEqual(['coercive control']);
  });

  it('keeps a number on one line, but lets a long name wrap', () => {
    const { container } = render(
      <p>
        <BidiText text="National Domestic Abuse Helpline کو 0808 2000 247 پر کال کریں" rtl />
      </p>,
    );
    const runs = [...container.querySelectorAll('bdi')];
    expect(runs.map((b) => b.className)).toEqual(['', 'ltr-number']);
  });

  it('changes nothing in left-to-right text or text without such runs', () => {
    expect(isolated('Call 01744 743200', false).runs).toEqual([]);
    expect(isolated('مدد حاصل کریں').runs).toEqual([]);
  });
});
