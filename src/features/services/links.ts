import type { Channel } from '../../regions/schema.ts';
import { dialString, isValidPhoneNumber } from '../../regions/phone.ts';

const SAFE_HREF = /^(?:tel:\+?[0-9]+|sms:\+?[0-9]+|https:\/\/[^\s]+)$/;

/**
 * The link for a channel: tel: for calls and relay, sms: for texts, https: for websites. Email
 * addresses get no link (only tel:, sms: and https: are allowed in the app); they can be copied.
 * Anything that does not match the allow-list gets no link at all (P7), even though the build
 * has already checked the data.
 */
export function channelHref(channel: Channel): string | undefined {
  let href: string | undefined;
  switch (channel.type) {
    case 'phone':
    case 'relay':
      href = isValidPhoneNumber(channel.number) ? `tel:${dialString(channel.number)}` : undefined;
      break;
    case 'text':
      href = isValidPhoneNumber(channel.number) ? `sms:${dialString(channel.number)}` : undefined;
      break;
    case 'web':
      href = channel.url;
      break;
    case 'email':
      href = undefined;
      break;
  }
  return href !== undefined && SAFE_HREF.test(href) ? href : undefined;
}
