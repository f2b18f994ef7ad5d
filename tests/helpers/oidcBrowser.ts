// A small browser over fetch for the OpenID sign-in tests: one cookie jar for 127.0.0.1 (cookies ignore ports,
// as browsers' do), redirects followed by hand, and the test provider's login form filled in when it shows.
export interface Landing {
  status: number;
  url: string;
  body: string;
  /** Every URL visited, in order. */
  visited: string[];
}

export class TestBrowser {
  readonly jar = new Map<string, string>();

  get cookieHeader(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const gone = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (gone || pair.slice(at + 1) === '') this.jar.delete(name);
      else this.jar.set(name, pair.slice(at + 1).trim());
    }
  }

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', this.cookieHeader);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.keep(res);
    return res;
  }

  /**
   * Follows redirects from `url`; on the provider's login form, signs in as `account` (when given). `stopAt`
   * stops before requesting a URL it matches (the callback, for a test to alter), and returns that URL.
   */
  async go(url: string, account?: string, stopAt?: (url: string) => boolean): Promise<Landing> {
    const visited: string[] = [];
    let next: { url: string; init?: RequestInit } | null = { url };
    for (let hops = 0; next && hops < 20; hops += 1) {
      visited.push(next.url);
      if (stopAt?.(next.url)) return { status: 0, url: next.url, body: '', visited };
      const res = await this.request(next.url, next.init);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        next = { url: new URL(location, next.url).href };
        continue;
      }
      const body = await res.text();
      const form = /<form method="post" action="(\/interaction\/[\w-]+)"/.exec(body);
      if (form && account !== undefined) {
        next = {
          url: new URL(form[1], next.url).href,
          init: {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ login: account }).toString(),
          },
        };
        account = undefined;
        continue;
      }
      return { status: res.status, url: next.url, body, visited };
    }
    throw new Error(`too many redirects: ${visited.join(' → ')}`);
  }
}
