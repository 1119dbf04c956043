// The load generator's HTTP/1.1 client: one keep-alive connection, one request at a time (a phone
// saving its answers in order). Deliberately minimal, as wrk's is, so that the bench measures the
// server and not the client: node:http spends about as much CPU per request as the server does, and
// both share this machine's cores. It speaks only what the bench needs: POST with a body, responses
// with Content-Length (the production server always sends it for tRPC).
import net from "node:net";

export type HttpResult = { status: number; body: string };

export class KeepAliveConnection {
  private socket: net.Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: { resolve: (result: HttpResult) => void; reject: (err: Error) => void } | null = null;
  private closed: Error | null = null;

  constructor(
    private readonly host: string,
    port: number,
  ) {
    this.socket = net.connect({ host, port, noDelay: true });
    this.socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.tryComplete();
    });
    const fail = (err: Error) => {
      this.closed = err;
      this.pending?.reject(err);
      this.pending = null;
    };
    this.socket.on("error", fail);
    this.socket.on("close", () => fail(new Error("the server closed the connection")));
  }

  post(path: string, headers: Record<string, string>, body: string): Promise<HttpResult> {
    if (this.closed) return Promise.reject(this.closed);
    if (this.pending) return Promise.reject(new Error("one request at a time on a connection"));
    const payload = Buffer.from(body);
    let head = `POST ${path} HTTP/1.1\r\nHost: ${this.host}\r\nContent-Length: ${payload.length}\r\n`;
    for (const [name, value] of Object.entries(headers)) head += `${name}: ${value}\r\n`;
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      this.socket.write(Buffer.concat([Buffer.from(`${head}\r\n`), payload]));
    });
  }

  close() {
    this.socket.destroy();
  }

  /** A whole response in the buffer completes the pending request. */
  private tryComplete() {
    const end = this.buffer.indexOf("\r\n\r\n");
    if (end === -1 || !this.pending) return;
    const head = this.buffer.toString("latin1", 0, end);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) {
      this.pending.reject(new Error(`a response without Content-Length: ${head.split("\r\n")[0]}`));
      this.pending = null;
      return;
    }
    const total = end + 4 + Number(length[1]);
    if (this.buffer.length < total) return;
    const body = this.buffer.toString("utf8", end + 4, total);
    this.buffer = this.buffer.subarray(total);
    const { resolve } = this.pending;
    this.pending = null;
    resolve({ status, body });
  }
}
