// Fails when a string literal with Vietnamese letters sits outside the message catalogue
// (src/core/messages) and the vocabularies the readers recognise input with. Everything a user
// sees comes from one catalogue; a literal elsewhere is text that escaped it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Where Vietnamese words are vocabulary to recognise input with, not text to show. */
const VOCABULARY = [
  /^src\/core\/messages\//,
  /^src\/core\/targets\//,
  /^src\/core\/table\//,
  /^src\/core\/agencies\//,
  /^src\/core\/text\//,
  /^src\/core\/results\/columns\.ts$/,
  /^src\/core\/import\//,
  /^src\/core\/draft\//,
  // Sample figures, evidence and explanations of the demo workbook: what agencies would type.
  /^src\/cli\/demo\.ts$/,
  /^src\/cli\/sample-results\.ts$/,
  // The letters of Vietnamese, to tell a Windows-1258 file from another legacy encoding.
  /^src\/local\/text-file\.ts$/,
];
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'sidebar'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter((f) => f.endsWith('.ts') && !VOCABULARY.some((v) => v.test(f)));

/** @type {string[]} */
const found = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    continue;
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  /** @param {import('typescript').Node} node */
  const visit = (node) => {
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? node.text
        : ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)
          ? node.text
          : null;
    if (literal !== null && VIETNAMESE.test(literal)) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${file}:${line + 1}: ${JSON.stringify(literal.slice(0, 60))}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (found.length > 0) {
  console.error(`User text outside the message catalogue (src/core/messages):\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`check-user-text: ${files.length} files, all user text in the catalogue`);
