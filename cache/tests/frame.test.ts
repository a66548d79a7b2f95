import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame, FRAME_HEADER_BYTES, FRAME_VERSION, FrameError, type FrameRejection } from '../frame';

const payload = Buffer.from('a tar.gz archive, in spirit \x00\x01\x02\xff', 'latin1');
const key = 'nx:1234567890';
const signingKey = Buffer.from('0123456789abcdef0123456789abcdef');

function rejection(fn: () => unknown): FrameRejection {
  try {
    fn();
  } catch (e) {
    if (e instanceof FrameError) return e.reason;
    throw e;
  }
  throw new Error('expected a FrameError');
}

describe('frames', () => {
  it('round-trips a payload, unsigned and signed', () => {
    const plain = decodeFrame(encodeFrame(key, payload), key);
    expect(plain.payload.equals(payload)).toBe(true);
    expect(plain.signed).toBe(false);
    const signed = decodeFrame(encodeFrame(key, payload, { signingKey }, 42), key, { signingKey });
    expect(signed.payload.equals(payload)).toBe(true);
    expect(signed.signed).toBe(true);
    expect(signed.createdAt).toBe(42);
  });

  it('round-trips an empty payload', () => {
    expect(decodeFrame(encodeFrame(key, Buffer.alloc(0)), key).payload.length).toBe(0);
  });

  it('starts with the magic and the version byte', () => {
    const f = encodeFrame(key, payload);
    expect(f.subarray(0, 4).toString('ascii')).toBe('AITC');
    expect(f[4]).toBe(FRAME_VERSION);
    expect(f.length).toBe(FRAME_HEADER_BYTES + Buffer.byteLength(key) + payload.length);
  });

  it('rejects a flipped payload bit (digest)', () => {
    const f = encodeFrame(key, payload);
    f[f.length - 3] ^= 0x10;
    expect(rejection(() => decodeFrame(f, key))).toBe('digest-mismatch');
  });

  it('rejects a truncated or extended entry', () => {
    const f = encodeFrame(key, payload);
    expect(rejection(() => decodeFrame(f.subarray(0, f.length - 1), key))).toBe('length-mismatch');
    expect(rejection(() => decodeFrame(Buffer.concat([f, Buffer.from([0])]), key))).toBe('length-mismatch');
    expect(rejection(() => decodeFrame(f.subarray(0, 20), key))).toBe('truncated');
    expect(rejection(() => decodeFrame(Buffer.alloc(0), key))).toBe('truncated');
  });

  it('rejects another format version and foreign data', () => {
    const f = encodeFrame(key, payload);
    f[4] = FRAME_VERSION + 1;
    expect(rejection(() => decodeFrame(f, key))).toBe('unsupported-version');
    const g = encodeFrame(key, payload);
    g[4] = 0;
    expect(rejection(() => decodeFrame(g, key))).toBe('unsupported-version');
    expect(rejection(() => decodeFrame(Buffer.alloc(200, 0x41), key))).toBe('bad-magic');
    const h = encodeFrame(key, payload);
    h[5] = 0x80;
    expect(rejection(() => decodeFrame(h, key))).toBe('bad-flags');
  });

  it('binds an entry to its key', () => {
    const f = encodeFrame('nx:1', payload, { signingKey });
    expect(rejection(() => decodeFrame(f, 'nx:2', { signingKey }))).toBe('key-mismatch');
    expect(rejection(() => decodeFrame(f, 'nx:2'))).toBe('key-mismatch');
  });

  it('rejects an entry over the size limit before hashing it', () => {
    const f = encodeFrame(key, Buffer.alloc(1000));
    expect(rejection(() => decodeFrame(f, key, { maxPayloadBytes: 999 }))).toBe('too-large');
    expect(decodeFrame(f, key, { maxPayloadBytes: 1000 }).payload.length).toBe(1000);
  });

  it('with a signing key, rejects unsigned entries and forgeries', () => {
    expect(rejection(() => decodeFrame(encodeFrame(key, payload), key, { signingKey }))).toBe('unsigned');
    const otherKey = Buffer.from('not-the-team-key-not-the-team-key');
    expect(rejection(() => decodeFrame(encodeFrame(key, payload, { signingKey: otherKey }), key, { signingKey }))).toBe('bad-signature');
    // A forger who rewrites the payload and recomputes its digest still cannot produce the MAC.
    const f = encodeFrame(key, payload, { signingKey });
    const forged = encodeFrame(key, Buffer.from('malicious'), { signingKey: otherKey });
    f.copy(forged, 56, 56, 88); // reuse the genuine MAC
    expect(rejection(() => decodeFrame(forged, key, { signingKey }))).toBe('bad-signature');
    // The creation time is covered by the MAC too.
    const g = encodeFrame(key, payload, { signingKey });
    g[23] ^= 1;
    expect(rejection(() => decodeFrame(g, key, { signingKey }))).toBe('bad-signature');
  });

  it('without a signing key, still accepts signed entries by their digest', () => {
    expect(decodeFrame(encodeFrame(key, payload, { signingKey }), key).payload.equals(payload)).toBe(true);
  });
});
