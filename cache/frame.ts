// The framed binary format of one stored artifact.
//
// Every value the store writes is a frame; nothing else is ever returned by a
// read. Layout (big-endian, 88-byte fixed header):
//
//   off size
//    0   4  magic "AITC"
//    4   1  format version (FRAME_VERSION); any other value is rejected
//    5   1  flags: bit 0 = signed (the MAC field holds an HMAC-SHA256)
//    6   2  key length K (bytes of UTF-8)
//    8   8  payload length N
//   16   8  creation time (ms since the epoch; informational)
//   24  32  SHA-256 of the payload
//   56  32  HMAC-SHA256(signing key, bytes 0..55 || key), or zeros when unsigned
//   88   K  the key the artifact was stored under
//   88+K N  the payload
//
// The digest detects corruption (a torn write, a flipped bit, a truncated
// value). The key inside the frame binds the entry to its key, so an entry
// copied or renamed to another key is rejected. The HMAC, when a signing key
// is configured, covers the header (and with it the digest, so the payload)
// and the key: an entry written by anyone who does not hold the signing key
// (for example straight into a shared Redis) is rejected.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const FRAME_MAGIC = Buffer.from('AITC', 'ascii');
export const FRAME_VERSION = 1;
export const FRAME_HEADER_BYTES = 88;
const FLAG_SIGNED = 1;
const MAC_OFFSET = 56;

export type FrameRejection =
  | 'truncated'
  | 'bad-magic'
  | 'unsupported-version'
  | 'bad-flags'
  | 'length-mismatch'
  | 'key-mismatch'
  | 'too-large'
  | 'digest-mismatch'
  | 'unsigned'
  | 'bad-signature';

export class FrameError extends Error {
  constructor(
    readonly reason: FrameRejection,
    message: string,
  ) {
    super(message);
    this.name = 'FrameError';
  }
}

export interface FrameOptions {
  /** HMAC key; when set, frames are signed on encode and must carry a valid signature on decode. */
  signingKey?: Buffer;
  /** Largest payload accepted on decode (bytes). */
  maxPayloadBytes?: number;
}

export interface DecodedFrame {
  key: string;
  payload: Buffer;
  createdAt: number;
  signed: boolean;
  digest: Buffer;
}

export function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

function mac(signingKey: Buffer, header: Buffer, key: Buffer): Buffer {
  return createHmac('sha256', signingKey).update(header.subarray(0, MAC_OFFSET)).update(key).digest();
}

export function encodeFrame(key: string, payload: Buffer, opts: FrameOptions = {}, createdAt = Date.now()): Buffer {
  const keyBytes = Buffer.from(key, 'utf8');
  if (keyBytes.length > 0xffff) throw new RangeError('cache key too long');
  const header = Buffer.alloc(FRAME_HEADER_BYTES);
  FRAME_MAGIC.copy(header, 0);
  header.writeUInt8(FRAME_VERSION, 4);
  header.writeUInt8(opts.signingKey ? FLAG_SIGNED : 0, 5);
  header.writeUInt16BE(keyBytes.length, 6);
  header.writeBigUInt64BE(BigInt(payload.length), 8);
  header.writeBigUInt64BE(BigInt(Math.max(0, Math.floor(createdAt))), 16);
  sha256(payload).copy(header, 24);
  if (opts.signingKey) mac(opts.signingKey, header, keyBytes).copy(header, MAC_OFFSET);
  return Buffer.concat([header, keyBytes, payload], FRAME_HEADER_BYTES + keyBytes.length + payload.length);
}

/**
 * Parse and verify a frame read back for `expectedKey`. Throws FrameError
 * when the frame is damaged, from another format version, stored under
 * another key, too large, or (with a signing key) unsigned or forged.
 */
export function decodeFrame(frame: Buffer, expectedKey: string, opts: FrameOptions = {}): DecodedFrame {
  if (frame.length < FRAME_HEADER_BYTES) throw new FrameError('truncated', `entry is ${frame.length} bytes, shorter than a frame header`);
  if (!frame.subarray(0, 4).equals(FRAME_MAGIC)) throw new FrameError('bad-magic', 'entry is not an AIthon cache frame');
  const version = frame.readUInt8(4);
  if (version !== FRAME_VERSION) {
    throw new FrameError('unsupported-version', `entry has frame format version ${version}, this server reads version ${FRAME_VERSION}`);
  }
  const flags = frame.readUInt8(5);
  if ((flags & ~FLAG_SIGNED) !== 0) throw new FrameError('bad-flags', `entry has unknown flags 0x${flags.toString(16)}`);
  const keyLength = frame.readUInt16BE(6);
  const payloadLength = frame.readBigUInt64BE(8);
  const max = opts.maxPayloadBytes ?? Number.MAX_SAFE_INTEGER;
  if (payloadLength > BigInt(max)) throw new FrameError('too-large', `entry payload of ${payloadLength} bytes exceeds the limit of ${max}`);
  if (BigInt(frame.length) !== BigInt(FRAME_HEADER_BYTES + keyLength) + payloadLength) {
    throw new FrameError('length-mismatch', `entry is ${frame.length} bytes, its header announces ${BigInt(FRAME_HEADER_BYTES + keyLength) + payloadLength}`);
  }
  const keyBytes = frame.subarray(FRAME_HEADER_BYTES, FRAME_HEADER_BYTES + keyLength);
  const expected = Buffer.from(expectedKey, 'utf8');
  if (!keyBytes.equals(expected)) throw new FrameError('key-mismatch', `entry was stored under another key`);
  const payload = frame.subarray(FRAME_HEADER_BYTES + keyLength);
  const digest = frame.subarray(24, 56);
  if (!sha256(payload).equals(digest)) throw new FrameError('digest-mismatch', 'entry payload does not match its SHA-256 digest (corrupted)');
  const signed = (flags & FLAG_SIGNED) !== 0;
  if (opts.signingKey) {
    if (!signed) throw new FrameError('unsigned', 'entry is not signed but a signing key is configured');
    const want = mac(opts.signingKey, frame, keyBytes);
    if (!timingSafeEqual(want, frame.subarray(MAC_OFFSET, MAC_OFFSET + 32))) {
      throw new FrameError('bad-signature', 'entry signature (HMAC-SHA256) does not verify: forged or signed with another key');
    }
  }
  return { key: expectedKey, payload, createdAt: Number(frame.readBigUInt64BE(16)), signed, digest: Buffer.from(digest) };
}
