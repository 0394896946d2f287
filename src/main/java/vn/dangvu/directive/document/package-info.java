/**
 * Party-format documents (Hướng dẫn 36-HD/VPTW): drafts, templates, numbering per issuer,
 * type and committee term, rendering to HTML, DOCX and PDF (decisions 0140-0142).
 */
package vn.dangvu.directive.document;
