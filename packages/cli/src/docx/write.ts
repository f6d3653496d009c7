/**
 * A changed Word document back to bytes: the edited main part serialized by
 * @xmldom/xmldom, every other part of the package kept as it was, zipped by
 * jszip.
 */
import { XMLSerializer } from '@xmldom/xmldom';
import type { DocxPackage } from './package.js';

export async function docxBytes(pkg: DocxPackage): Promise<Uint8Array> {
  pkg.zip.file(pkg.documentPath, new XMLSerializer().serializeToString(pkg.document));
  return pkg.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
