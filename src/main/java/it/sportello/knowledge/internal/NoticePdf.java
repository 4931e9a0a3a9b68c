package it.sportello.knowledge.internal;

import java.util.Map;

import it.sportello.identity.StaffMember;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.pdf.PdfTemplates;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notice of a sheet to the Information Society office as a PDF (S-AC3): the sheet as it was sent, who signed,
 * who sent it, when, and the comments; for whoever may see the sheet, once a notice was sent.
 */
@Component
public class NoticePdf {

	private final KnowledgeQueries queries;

	private final PdfTemplates pdf;

	NoticePdf(KnowledgeQueries queries, PdfTemplates pdf) {
		this.queries = queries;
		this.pdf = pdf;
	}

	@Transactional(readOnly = true)
	public byte[] render(String id, StaffMember by) {
		SheetDetails sheet = queries.sheet(id, by);
		if (sheet.signOffs().noticeSentBy() == null) {
			throw new NotFoundException("knowledge.notice.none", id);
		}
		return pdf.render("knowledge/notice-pdf", Map.of("s", sheet), LocaleContextHolder.getLocale());
	}

}
