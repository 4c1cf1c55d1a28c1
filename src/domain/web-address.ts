/**
 * Web addresses written by editors: the site's base URL and the links of narratives may use http or https only.
 * Any other scheme (javascript:, data:, file:, ftp:…) would run code or leave the web when a reader follows it from
 * a page, the feed or the sitemap, and with most of them new URL(path, base) cannot even build our page addresses.
 */

/** The scheme of an address as the page's sanitizer reads it (hast-util-sanitize): the text before the first colon,
 *  unless a `/`, `?` or `#` comes first; undefined for a relative address (`/2024/`, `#table-1`, `files/a.pdf`). */
export function schemeOf(url: string): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return undefined;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && at < colon) return undefined;
  }
  return url.slice(0, colon);
}

export const isWebScheme = (scheme: string): boolean => /^https?$/i.test(scheme);

export const WEB_ADDRESS_EXAMPLE = 'https://example.gov.cn/budget/';

/** Why a text is not an absolute http(s) address (in Chinese, naming what was written), or undefined when it is one. */
export function webAddressProblem(text: string): string | undefined {
  const blank = /[\s\0-\x1F\x7F-\x9F]/.exec(text);
  if (blank) return `网址中第${[...text.slice(0, blank.index)].length + 1}个字符是空格或控制字符（U+${blank[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}），网址中不能有：请删除，如 ${WEB_ADDRESS_EXAMPLE}`;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1];
  if (scheme === undefined) return `应为以 https:// 或 http:// 开头的完整网址，如 ${WEB_ADDRESS_EXAMPLE}（写的是“${text}”）`;
  if (!isWebScheme(scheme)) return `网址只能以 https:// 或 http:// 开头，这里写的是“${scheme}:”：其他协议（如 javascript:、file:、ftp:）的地址不能用作网站地址，如 ${WEB_ADDRESS_EXAMPLE}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `“${text}”不是有效的网址，应如 ${WEB_ADDRESS_EXAMPLE}`;
  }
  if (!/^https?:\/\/[^/]/i.test(text) || !url.hostname) return `网址缺少域名，应如 ${WEB_ADDRESS_EXAMPLE}（写的是“${text}”）`;
  if (url.username || url.password) return `网址中不能含用户名或密码（@ 之前的部分），应如 ${WEB_ADDRESS_EXAMPLE}`;
  return undefined;
}
