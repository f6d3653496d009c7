/**
 * The Word writer on its own: an unchanged package comes out with every part
 * byte-identical; an edit touching text Word generates (a list number, the
 * ` | ` between cells, the break between paragraphs) is refused, whole.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { applyDocxEdits } from '../src/docx/edit.js';
import { openDocxPackage } from '../src/docx/package.js';
import { readDocxText } from '../src/docx/read.js';
import { docxBytes } from '../src/docx/write.js';
import { draftReport } from '../../../test/cli/word.js';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) out.set(name, await zip.file(name)!.async('string'));
  return out;
}

describe('docx writer', () => {
  it('writes an unchanged document back with every part byte-identical', async () => {
    const original = await draftReport();
    const pkg = await openDocxPackage(original);
    const written = await docxBytes(pkg);
    expect(await parts(written)).toEqual(await parts(original));
  });

  it('refuses a change that touches a list number, a cell separator or a paragraph break, and makes the others', async () => {
    const pkg = await openDocxPackage(await draftReport());
    const docx = readDocxText(pkg);
    const at = (needle: string) => docx.text.indexOf(needle);
    const changes = [
      [{ start: at('一、'), end: at('一、') + 2, newText: '1.' }],
      [{ start: at(' | '), end: at(' | ') + 3, newText: '：' }],
      [{ start: at('隐患排查') + 3, end: at('隐患排查') + 6, newText: '查' }],
      [{ start: at('截止'), end: at('截止') + 2, newText: '截至' }],
      // Half a fix is never made: this one's second edit is in a list number.
      [
        { start: at('整治'), end: at('整治') + 2, newText: '治理' },
        { start: at('（二）'), end: at('（二）') + 3, newText: '（三）' },
      ],
    ];
    const outcome = applyDocxEdits(pkg.document, docx, changes);
    expect(outcome).toEqual({ applied: [3], refused: [0, 1, 2, 4] });
    const after = readDocxText(pkg).text;
    expect(after).toContain('截至目前');
    expect(after).toContain('一、抓好安全生产');
    expect(after).toContain('（二）整治违法建设');
  });
});
