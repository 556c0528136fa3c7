// Vietnamese text arrives in two Unicode forms: precomposed "ộ" (NFC, most keyboards) or "o" plus
// combining marks (NFD, some phones, macOS, text pasted from PDFs). They look the same but compare
// differently, so a duplicate name would slip past a check and a search would miss it. Every JSON
// body is brought to NFC before it is validated; JSON's own syntax is ASCII and is left unchanged.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';

const JSON_TYPE = /^application\/([\w.-]+\+)?json/i;

export const nfcJsonBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    const text = await c.req.text();
    const nfc = text.normalize('NFC');
    // Hono reads every later json()/text()/arrayBuffer() from this cache, so all see the NFC text.
    // The cache holds promises at run time, though its type says string.
    if (nfc !== text) c.req.bodyCache = { text: Promise.resolve(nfc) as unknown as string };
  }
  await next();
};
