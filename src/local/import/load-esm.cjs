// An ES module loaded from CommonJS code: TypeScript compiles import() in a CommonJS module to
// require(), which cannot load pdfjs-dist (ES modules only). A real import() written here is
// kept, and under jest it is linked to the test file that loads it.
module.exports = (specifier) => import(specifier);
