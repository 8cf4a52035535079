import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readPage, servedPath, type SweepPage } from './pages';

/**
 * The page's own scripts are switched off and the page may load only from this server. What is
 * left to change the DOM or reach the network is the extension: content scripts are not bound by
 * the page's CSP, so the measurement is about Backstory alone.
 */
export const SWEEP_CSP = "default-src 'self' data: blob: 'unsafe-inline'; script-src 'none'; object-src 'none'; form-action 'none'";

/** `<meta http-equiv="refresh">` would navigate the tab away to the page's real host. */
const META_REFRESH = /<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi;

export interface SweepServer {
  origin: string;
  urlOf(p: SweepPage): string;
  close(): Promise<void>;
}

export async function serveSweep(pages: SweepPage[]): Promise<SweepServer> {
  const byPath = new Map(pages.map((p) => [servedPath(p), p] as const));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const page = byPath.get(path);
    const headers = { 'content-security-policy': SWEEP_CSP, 'cache-control': 'no-store' };
    if (!page) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    // Raw bytes without a charset: the browser sniffs <meta charset> as it would on the real site.
    const html = readPage(page).toString('latin1').replace(META_REFRESH, '');
    res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(Buffer.from(html, 'latin1'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (p) => origin + servedPath(p),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
