import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Encoding } from '../model/outline.js';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Set when the bytes are not text or did not decode cleanly. */
  problem?: { code: 'binary-input' | 'decode-error'; message: string };
}

/** GB18030 is a superset of GBK and GB2312: decoding as GB18030 reads all three. */
const GB_FAMILY = new Set(['GB18030', 'GBK', 'GB2312', 'Big5', 'EUC-KR', 'EUC-JP', 'Shift_JIS']);

/**
 * Decodes a report's bytes. A BOM decides; else valid UTF-8 is UTF-8; else
 * chardet's guess among the Chinese legacy encodings (read as GB18030).
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const binary = looksBinary(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return binary ? { text, encoding: 'utf-8', bom: false, problem: binaryProblem() } : { text, encoding: 'utf-8', bom: false };
  } catch {
    // Not UTF-8: fall through to detection.
  }
  if (binary) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', bom: false, problem: binaryProblem() };
  }
  const guess = chardet.detect(bytes);
  if (guess === null || GB_FAMILY.has(guess) || guess.startsWith('ISO-8859') || guess.startsWith('windows-')) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'gb18030');
    return { text, encoding: 'gb18030', bom: false };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  return {
    text,
    encoding: 'utf-8',
    bom: false,
    problem: { code: 'decode-error', message: `无法识别的编码（检测为 ${guess}），已按 UTF-8 读取，乱码处以 U+FFFD 代替` },
  };
}

/** Encodes text back into the encoding (and BOM) it was read from, for --fix and fill. */
export function encodeText(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const body = iconv.encode(text, encoding === 'gb18030' ? 'gb18030' : encoding, { addBOM: false });
  if (!bom) return body;
  const mark = encoding === 'utf-8' ? [0xef, 0xbb, 0xbf] : encoding === 'utf-16le' ? [0xff, 0xfe] : encoding === 'utf-16be' ? [0xfe, 0xff] : [];
  const out = new Uint8Array(mark.length + body.length);
  out.set(mark, 0);
  out.set(body, mark.length);
  return out;
}

function binaryProblem() {
  return { code: 'binary-input' as const, message: '输入含有 NUL 等控制字节，看来不是文本文件' };
}

/** A NUL byte in the first 8 KiB, as git and grep decide. */
function looksBinary(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 8192);
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return true;
  return false;
}
