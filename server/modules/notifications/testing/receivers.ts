// Test receivers: a real SMTP server (smtp-server) that parses what arrives (mailparser), and an
// HTTP webhook receiver that checks each request's signature. Both listen on 127.0.0.1 on a port
// the caller picks from the notifications range (3800–3899).
import http from 'node:http';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from '../delivery/webhook.js';

/** Ports of this module's tests; PostgreSQL runs use another block so both suites may run at once. */
export function testPort(offset: number): number {
  return (process.env.DATABASE_URL ? 3850 : 3810) + offset;
}

export interface SmtpReceiver { url: string; messages: ParsedMail[]; close(): Promise<void> }

/** `reject` makes RCPT TO answer 550 for addresses it matches (a permanent refusal). */
export async function startSmtpReceiver(port: number, o: { reject?: RegExp } = {}): Promise<SmtpReceiver> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    disableReverseLookup: true, // a DNS look-up per connection would slow every test
    onRcptTo(address, _session, cb) {
      if (o.reject?.test(address.address)) {
        const err = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 });
        return cb(err);
      }
      cb();
    },
    onData(stream, _session, cb) {
      simpleParser(stream).then((mail) => { messages.push(mail); cb(); }, (err: Error) => cb(err));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface WebhookHit { deliveryId: string | undefined; signatureValid: boolean; status: number; body: any; attempt: string | undefined }

export interface WebhookReceiver {
  url: string;
  hits: WebhookHit[];
  /** The status to answer the n-th request (0-based); 200 by default. */
  respond: (n: number) => number;
  /** Distinct delivery ids among the accepted (2xx) requests. */
  distinctAccepted(): Set<string>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(port: number, secret: string, o: { delayMs?: number; now?: () => Date } = {}): Promise<WebhookReceiver> {
  const hits: WebhookHit[] = [];
  const receiver: WebhookReceiver = {
    url: `http://127.0.0.1:${port}/hook`,
    hits,
    respond: () => 200,
    distinctAccepted: () => new Set(hits.filter((h) => h.status < 300 && h.deliveryId).map((h) => h.deliveryId!)),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const header = (name: string) => req.headers[name] as string | undefined;
      const signatureValid = verifyWebhookSignature(secret, {
        signature: header(SIGNATURE_HEADER), timestamp: header(TIMESTAMP_HEADER), rawBody, now: o.now?.(),
      });
      const status = signatureValid ? receiver.respond(hits.length) : 401;
      hits.push({ deliveryId: header(DELIVERY_HEADER), signatureValid, status, body: JSON.parse(rawBody), attempt: header('x-ntm-attempt') });
      const answer = () => { res.writeHead(status, { 'content-type': 'text/plain' }); res.end(String(status)); };
      if (o.delayMs) setTimeout(answer, o.delayMs); else answer();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return receiver;
}
