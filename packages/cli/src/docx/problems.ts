/**
 * Why a file cannot be read (or written) as a Word document, in words a writer
 * can act on. Kept apart from the reader so that naming a problem does not
 * load the ZIP and XML code.
 */
export type DocxProblemCode = 'encrypted' | 'not-zip' | 'corrupt' | 'not-word' | 'strict' | 'macros';

/** Why a file cannot be read (or written) as a Word document; `message` is for the writer. */
export class DocxError extends Error {
  constructor(readonly code: DocxProblemCode) {
    super(PROBLEM_TEXT[code].en);
    this.name = 'DocxError';
  }
}

const PROBLEM_TEXT: Record<DocxProblemCode, { zh: string; en: string }> = {
  encrypted: {
    zh: '是受密码保护（加密）的文档或旧版 .doc 文件，无法读取；请在 Word 中取消密码或另存为 .docx',
    en: 'is password-protected (encrypted) or an old .doc file; remove the password in Word or save it as .docx',
  },
  'not-zip': { zh: '不是 Word 文档（.docx 应为 ZIP 包）', en: 'is not a Word document (a .docx is a ZIP package)' },
  corrupt: { zh: '文件已损坏（ZIP 包不完整或内容无法解析）', en: 'is damaged (truncated ZIP or unreadable XML)' },
  'not-word': { zh: '是 ZIP 包但不是 Word 文档（没有 word/document.xml）', en: 'is a ZIP package but not a Word document (no main document part)' },
  strict: {
    zh: '是“严格 Open XML”格式，暂不支持；请在 Word 中另存为普通的 Word 文档（.docx）',
    en: 'uses Strict Open XML, which is not supported; save it in Word as a normal Word document (.docx)',
  },
  macros: {
    zh: '含宏（.docm），为安全起见不写入；请另存为不含宏的 .docx 后再填写或修复',
    en: 'contains macros (.docm); it is not written, for safety: save it as a .docx without macros first',
  },
};

export function docxProblemText(code: DocxProblemCode, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? PROBLEM_TEXT[code].en : PROBLEM_TEXT[code].zh;
}
