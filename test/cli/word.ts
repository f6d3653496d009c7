/**
 * Word documents for the tests, built with the `docx` package as Word would
 * save them: headings numbered by Word's list (一、 （一） 1.), runs in varied
 * formatting, a placeholder split across runs, a table, a text box, a footnote,
 * a header and a footer.
 */
import JSZip from 'jszip';
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  type ParagraphChild,
} from 'docx';

const OUTLINE = 'outline';

export const numbering = {
  config: [
    {
      reference: OUTLINE,
      levels: [
        { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
        { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
        { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT },
      ],
    },
  ],
};

/** A heading numbered by Word's list at `level` (0: 一、, 1: （一）, 2: 1.). */
export const heading = (level: number, text: string) => new Paragraph({ numbering: { reference: OUTLINE, level }, children: [new TextRun({ text, bold: level === 0, font: '黑体' })] });

export const para = (...children: Array<string | ParagraphChild>) => new Paragraph({ children: children.map((c) => (typeof c === 'string' ? new TextRun(c) : c)) });

export const row = (...cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });

export async function wordDocument(children: Array<Paragraph | Table | Textbox>, options: { footnotes?: string[]; header?: string; footer?: string } = {}): Promise<Buffer> {
  const footnotes = Object.fromEntries((options.footnotes ?? []).map((text, i) => [i + 1, { children: [new Paragraph(text)] }]));
  const doc = new Document({
    numbering,
    footnotes,
    sections: [
      {
        ...(options.header ? { headers: { default: new Header({ children: [new Paragraph(options.header)] }) } } : {}),
        ...(options.footer ? { footers: { default: new Footer({ children: [new Paragraph(options.footer)] }) } } : {}),
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The report the fill and fix tests use: numbered headings, varied runs, ×× split over two runs, a table, a text box. */
export async function draftReport(): Promise<Buffer> {
  return wordDocument(
    [
      para(new TextRun({ text: '某镇2024年上半年工作总结', bold: true, size: 44, font: '方正小标宋简体' })),
      heading(0, '抓好安全生产'),
      heading(1, '开展隐患排查'),
      para(
        new TextRun({ text: '截止目前，共排查企业', font: '仿宋_GB2312', size: 32 }),
        new TextRun({ text: '*', bold: true, size: 32 }),
        new TextRun({ text: '家，整改隐患', italics: true }),
        new TextRun({ text: '×', color: 'FF0000' }),
        new TextRun({ text: '×处。', color: '0000FF' }),
        new FootnoteReferenceRun(1),
      ),
      heading(1, '整治违法建设'),
      para('共拆除违法建筑*平方米。'),
      new Table({ rows: [row('项目', '数量'), row('新建道路（公里）', '*')] }),
      heading(0, '下半年工作打算'),
      new Textbox({ style: { width: '200pt', height: '50pt' }, children: [new Paragraph('文本框：计划完成投资*万元。')] }),
    ],
    { footnotes: ['数据来源：镇统计站'], header: '某镇人民政府', footer: '第 1 页' },
  );
}

/** A part of a .docx as text (word/document.xml by default). */
export async function docxPart(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part}`);
  return file.async('string');
}

/** Every part of a package, as text, by name. */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) parts.set(name, await zip.file(name)!.async('string'));
  return parts;
}

/** The markup of document.xml with the text of every w:t taken out: what must not change when only text does. */
export function markupOnly(xml: string): string {
  return xml.replace(/(<w:t(?: [^>]{0,200})?>)[^<]{0,10000}(<\/w:t>)/g, '$1$2').replace(/ xml:space="preserve"/g, '');
}

/** The texts of the w:t elements, in order. */
export function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]{0,200})?>([^<]{0,10000})<\/w:t>/g)].map((m) => m[1]!);
}

/** A copy of the package with word/document.xml's main content type made macro-enabled (a .docm), and a vbaProject part. */
export async function asMacroEnabled(bytes: Uint8Array): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'));
  zip.file('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
  return zip.generateAsync({ type: 'nodebuffer' });
}
