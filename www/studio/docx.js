// Word (.docx) files: made into HTML by mammoth (npm "mammoth", BSD-2-Clause), whose prebuilt browser file
// is vendored in vendor/ by tools/vendor-studio.mjs. It is about 405 kB (101 kB gzipped), so it is
// imported only when an editor opens a .docx, never with the studio. Its HTML then goes through the same
// extractor as an .html file (`convertText` in the authors' module): headings are not paragraphs, and the
// first level-1 heading is the title.

let loading = null;

/** The HTML of a .docx file's body (`mammoth.convertToHtml`: paragraphs, headings, lists, tables). */
export async function docxToHtml(arrayBuffer) {
  // The file is a UMD bundle, not an ES module: imported for its effect, it sets window.mammoth.
  loading ??= import('./vendor/mammoth.browser.min.js').then(() => window.mammoth);
  let mammoth;
  try {
    mammoth = await loading;
  } catch (error) {
    loading = null; // try again next time (offline before it was ever loaded, for instance)
    throw error;
  }
  const result = await mammoth.convertToHtml({ arrayBuffer });
  return result.value;
}
