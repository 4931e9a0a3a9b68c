package it.sportello.organization.internal;

import java.util.Map;

import it.sportello.shared.pdf.PdfTemplates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The printable directory as a tagged PDF: the print page's own template ({@code organization/printout}) with
 * its print stylesheet, so paper from the browser and the PDF are laid out alike, and names in any script the
 * fonts cover print as written.
 */
@Component
public class DirectoryPdf {

	static final String TEMPLATE = "organization/printout";

	private final PdfTemplates templates;

	DirectoryPdf(PdfTemplates templates) {
		this.templates = templates;
	}

	public byte[] render(PrintedDirectory directory) {
		return templates.render(TEMPLATE, Map.of("directory", directory), LocaleContextHolder.getLocale());
	}

}
