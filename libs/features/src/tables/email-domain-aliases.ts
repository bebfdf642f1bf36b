/**
 * Real mail-domain aliases, `[alias, canonical]`: both names deliver to the same mailbox.
 * googlemail.com is Gmail's historic name (UK, Germany); me.com and mac.com are iCloud Mail;
 * protonmail.com/.ch and pm.me are Proton Mail; ya.ru and yandex.com are Yandex Mail.
 * (hotmail.com, outlook.com, live.com and msn.com are separate mailboxes, so they are not aliases.)
 *
 * @example
 * new Map(EMAIL_DOMAIN_ALIASES).get('googlemail.com'); // 'gmail.com'
 */
export const EMAIL_DOMAIN_ALIASES: readonly (readonly [alias: string, canonical: string])[] = Object.freeze([
  ['googlemail.com', 'gmail.com'],
  ['me.com', 'icloud.com'],
  ['mac.com', 'icloud.com'],
  ['protonmail.com', 'proton.me'],
  ['protonmail.ch', 'proton.me'],
  ['pm.me', 'proton.me'],
  ['ya.ru', 'yandex.ru'],
  ['yandex.com', 'yandex.ru'],
] as const);
