package it.sportello.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.SheetState;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge base in the import's own format ({@code sheets.json}, {@code procedures.json}), so that another
 * installation, or this one after a restore, imports it as it is: the same ids, fields and texts. The import knows
 * three states: sheets approved or notified but not yet published go out as {@code DRAFT}, archived ones as
 * {@code EXPIRED}.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeExport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final SheetRepository sheets;

	private final ProcedureRepository procedures;

	KnowledgeExport(SheetRepository sheets, ProcedureRepository procedures) {
		this.sheets = sheets;
		this.procedures = procedures;
	}

	public byte[] sheets() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Sheet sheet : sheets.findAll(Sort.by("id"))) {
			SheetContent c = sheet.content();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", sheet.id());
			item.put("title", c.title());
			item.put("summary", c.summary());
			item.put("body", c.body());
			item.put("department", c.departmentCode());
			item.put("office", c.officeCode());
			item.put("procedure", c.procedureId());
			item.put("keywords", c.keywords());
			item.put("audience", c.audience().stream().sorted().map(Audience::sourceName).toList());
			item.put("valid_from", c.validFrom().toString());
			item.put("valid_until", c.validUntil() == null ? null : c.validUntil().toString());
			item.put("links", c.links().stream().map(link -> Map.of("title", link.title(), "url", link.url())).toList());
			item.put("attachments",
					c.attachments().stream().map(note -> Map.of("title", note.title(), "kind", note.kind())).toList());
			item.put("faq", c.faq()
				.stream()
				.map(faq -> {
					Map<String, Object> entry = new LinkedHashMap<>();
					entry.put("id", faq.id());
					entry.put("question", faq.question());
					entry.put("answer", faq.answer());
					return entry;
				})
				.toList());
			item.put("status", status(sheet.state()));
			out.add(item);
		}
		return JSON.writeValueAsBytes(out);
	}

	public byte[] procedures() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Procedure procedure : procedures.findAll(Sort.by("id"))) {
			ProcedureContent c = procedure.content();
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("id", c.id());
			item.put("name", c.name());
			item.put("description", c.description());
			item.put("department", c.departmentCode());
			item.put("office", c.officeCode());
			item.put("legal_basis", c.legalBasis());
			item.put("term_days", c.termDays());
			item.put("silence_assent", c.silenceAssent());
			item.put("required_documents", c.requiredDocuments());
			item.put("fees", c.fees());
			item.put("how_to_apply", c.howToApply());
			item.put("responsible_employee_id", c.responsibleEmployeeId());
			item.put("substitute_power", c.substitutePower());
			item.put("keywords", c.keywords());
			out.add(item);
		}
		return JSON.writeValueAsBytes(out);
	}

	private static String status(SheetState state) {
		return switch (state) {
			case DRAFT, APPROVED, NOTIFIED -> "DRAFT";
			case ACTIVE -> "ACTIVE";
			case EXPIRED, ARCHIVED -> "EXPIRED";
		};
	}

}
