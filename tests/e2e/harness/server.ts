import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A static server on 127.0.0.1 (port 0) for fixture pages; records every request it gets. */
export async function servePages(pages: Record<string, string>): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const body = pages[(req.url ?? '/').split('?')[0]!];
    if (body == null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
