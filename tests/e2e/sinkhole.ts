import { createServer, type Server, type Socket } from 'node:net';

/**
 * A proxy that forwards nothing: both browsers are told to send all traffic through it, so a request
 * that gets past interception is recorded here (its first line, e.g. `CONNECT host:443`) instead of
 * reaching the network.
 */
// The browsers' own update, sign-in and autofill services, which no flag fully silences in Chromium.
const BROWSER_SERVICES = /^(?:CONNECT |[A-Z]+ https?:\/\/)([^/:\s]+\.)?(googleapis\.com|google\.com|gvt1\.com|mozilla\.(?:com|net|org)|firefox\.com)[:/]/;

export class Sinkhole {
  readonly requests: string[] = [];
  private server: Server | null = null;
  private sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    const server = createServer((socket) => {
      this.sockets.add(socket);
      socket.once('data', (chunk) => {
        this.requests.push(chunk.toString('latin1').split('\r\n')[0] ?? '');
        socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
      });
      socket.on('error', () => socket.destroy());
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** What reached the proxy other than the browser's own services: the extension's or a page's traffic. */
  unexpected(): string[] {
    return this.requests.filter((line) => !BROWSER_SERVICES.test(line));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
