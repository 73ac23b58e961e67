/**
 * Official documents (公文, docs/business-rules.md §19, "Documents"): a notice, bulletin or
 * report laid out after GB/T 9704-2012 and written as Word (.docx, what an office edits)
 * and PDF (what it files), the PDF with an embedded subset of a CJK font that ships with
 * the build. The features own what a document says; this package owns only how it looks,
 * and knows no other feature.
 */
package org.ducha.node.document;
