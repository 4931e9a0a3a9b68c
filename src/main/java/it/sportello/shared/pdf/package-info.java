/**
 * PDF from the same Thymeleaf templates the pages use: {@link it.sportello.shared.pdf.PdfTemplates} renders a
 * template with a model to a tagged PDF/UA document with embedded fonts that print every script the
 * application holds names in.
 */
@NullMarked
package it.sportello.shared.pdf;

import org.jspecify.annotations.NullMarked;
