package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import it.sportello.knowledge.SheetState;
import it.sportello.knowledge.internal.KnowledgeFiles.ImportedSheet;
import it.sportello.knowledge.internal.KnowledgeFiles.Located;
import it.sportello.knowledge.internal.KnowledgeImportReport.Counts;
import it.sportello.organization.Departments;
import it.sportello.organization.Directory;
import it.sportello.organization.OfficeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the knowledge files: strict and all-or-nothing (one bad item and nothing is written, every bad item is
 * reported with its file, position, id, field and reason), a dry run that only reports, and idempotent (a second run
 * of the same files changes nothing). Records keep their source ids. Imported {@code ACTIVE} and {@code EXPIRED}
 * sheets come in as published versions; {@code DRAFT} ones enter the lifecycle as drafts.
 */
@Service
public class KnowledgeImport {

	static final String IMPORT_ACTION = "IMPORT";

	private final ProcedureRepository procedures;

	private final SheetRepository sheets;

	private final FaqRepository faqs;

	private final SheetRecords records;

	private final Departments departments;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	KnowledgeImport(ProcedureRepository procedures, SheetRepository sheets, FaqRepository faqs, SheetRecords records,
			Departments departments, Directory directory, MessageSource messages, Clock clock) {
		this.procedures = procedures;
		this.sheets = sheets;
		this.faqs = faqs;
		this.records = records;
		this.departments = departments;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public KnowledgeImportReport run(byte @Nullable [] sheetsFile, byte @Nullable [] proceduresFile, boolean dryRun,
			String by) {
		KnowledgeFiles files = new KnowledgeFiles();
		List<ProcedureContent> readProcedures = files.procedures(proceduresFile);
		List<ImportedSheet> readSheets = files.sheets(sheetsFile);
		List<Located> problems = new ArrayList<>(files.problems());
		checkProcedures(readProcedures, problems);
		checkSheets(readSheets, readProcedures, problems);
		List<ImportProblem> reported = problems.stream().map(this::words).toList();
		if (!reported.isEmpty()) {
			return new KnowledgeImportReport(dryRun, false, Counts.NONE, Counts.NONE, Counts.NONE, reported);
		}
		Instant now = clock.instant();
		Counts procedureCounts = applyProcedures(readProcedures, dryRun);
		Counts faqCounts = countFaqs(readSheets);
		Counts sheetCounts = applySheets(readSheets, dryRun, by, now);
		return new KnowledgeImportReport(dryRun, !dryRun, procedureCounts, sheetCounts, faqCounts, List.of());
	}

	private void checkProcedures(List<ProcedureContent> read, List<Located> problems) {
		Set<String> seen = new HashSet<>();
		for (int index = 0; index < read.size(); index++) {
			ProcedureContent procedure = read.get(index);
			String file = KnowledgeFiles.PROCEDURES;
			if (!procedure.id().isEmpty() && !seen.add(procedure.id())) {
				problems.add(problem(file, index, procedure.id(), "id", "knowledge.import.duplicate-id", procedure.id()));
			}
			checkOffice(file, index, procedure.id(), procedure.departmentCode(), procedure.officeCode(), problems);
			if (!procedure.responsibleEmployeeId().isEmpty()
					&& directory.employee(procedure.responsibleEmployeeId()).isEmpty()) {
				problems.add(problem(file, index, procedure.id(), "responsible_employee_id",
						"knowledge.import.unknown-employee", procedure.responsibleEmployeeId()));
			}
		}
	}

	private void checkSheets(List<ImportedSheet> read, List<ProcedureContent> readProcedures, List<Located> problems) {
		Set<String> procedureIds = new HashSet<>();
		readProcedures.forEach(procedure -> procedureIds.add(procedure.id()));
		Set<String> sheetIds = new HashSet<>();
		Set<String> faqIds = new HashSet<>();
		String file = KnowledgeFiles.SHEETS;
		for (ImportedSheet sheet : read) {
			if (!sheet.id().isEmpty() && !sheetIds.add(sheet.id())) {
				problems.add(problem(file, sheet.index(), sheet.id(), "id", "knowledge.import.duplicate-id", sheet.id()));
			}
			SheetContent content = sheet.content();
			checkOffice(file, sheet.index(), sheet.id(), content.departmentCode(), content.officeCode(), problems);
			String procedure = content.procedureId();
			if (procedure != null && !procedureIds.contains(procedure) && !procedures.existsById(procedure)) {
				problems.add(problem(file, sheet.index(), sheet.id(), "procedure", "knowledge.import.unknown-procedure",
						procedure));
			}
			for (int index = 0; index < content.faq().size(); index++) {
				String faqId = content.faq().get(index).id();
				String field = "faq[" + index + "].id";
				if (faqId.isEmpty()) {
					continue;
				}
				if (!faqIds.add(faqId)) {
					problems.add(problem(file, sheet.index(), sheet.id(), field, "knowledge.import.duplicate-id", faqId));
				}
				Optional<String> owner = faqs.findById(faqId).map(faq -> faq.sheet().id());
				if (owner.isPresent() && !owner.get().equals(sheet.id())) {
					problems.add(problem(file, sheet.index(), sheet.id(), field, "knowledge.import.faq-of-other-sheet",
							faqId, owner.get()));
				}
			}
		}
	}

	private void checkOffice(String file, int index, String id, String department, String office,
			List<Located> problems) {
		if (department.isEmpty() || office.isEmpty()) {
			return;
		}
		if (!departments.exists(department)) {
			problems.add(problem(file, index, id, "department", "knowledge.import.unknown-department", department));
			return;
		}
		Optional<OfficeView> found = departments.findOffice(office);
		if (found.isEmpty()) {
			problems.add(problem(file, index, id, "office", "knowledge.import.unknown-office", office));
		}
		else if (!found.get().departmentCode().equals(department)) {
			problems.add(problem(file, index, id, "office", "knowledge.import.office-of-other-department", office,
					department));
		}
	}

	private Counts applyProcedures(List<ProcedureContent> read, boolean dryRun) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (ProcedureContent content : read) {
			Optional<Procedure> existing = procedures.findById(content.id());
			if (existing.isEmpty()) {
				created++;
				if (!dryRun) {
					procedures.save(new Procedure(content));
				}
			}
			else if (existing.get().content().equals(content)) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					existing.get().replace(content);
				}
			}
		}
		procedures.flush();
		return new Counts(created, updated, unchanged);
	}

	private Counts countFaqs(List<ImportedSheet> read) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (ImportedSheet sheet : read) {
			for (FaqItem item : sheet.content().faq()) {
				Optional<FaqItem> existing = faqs.findById(item.id()).map(Faq::item);
				if (existing.isEmpty()) {
					created++;
				}
				else if (existing.get().equals(item)) {
					unchanged++;
				}
				else {
					updated++;
				}
			}
		}
		return new Counts(created, updated, unchanged);
	}

	private Counts applySheets(List<ImportedSheet> read, boolean dryRun, String by, Instant now) {
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (ImportedSheet imported : read) {
			String approvingOffice = approvingOffice(imported.content());
			Optional<Sheet> existing = sheets.findById(imported.id());
			if (existing.isEmpty()) {
				created++;
				if (!dryRun) {
					Sheet sheet = sheets.save(new Sheet(imported.id(), imported.state(), imported.content(),
							approvingOffice, by, now));
					enter(sheet, null, by, now);
				}
			}
			else if (existing.get().content().equals(imported.content())
					&& existing.get().state() == imported.state()) {
				unchanged++;
			}
			else {
				updated++;
				if (!dryRun) {
					Sheet sheet = existing.get();
					SheetState from = sheet.state();
					sheet.replace(imported.content(), approvingOffice, now);
					sheet.moveTo(imported.state(), now);
					enter(sheet, from, by, now);
				}
			}
		}
		return new Counts(created, updated, unchanged);
	}

	/** Published states come in as a version signed by the import, unless that text is already the one in use. */
	private void enter(Sheet sheet, @Nullable SheetState from, String by, Instant now) {
		if (sheet.state() != SheetState.DRAFT && !samePublishedText(sheet)) {
			records.publish(sheet, by, now, true);
		}
		records.step(sheet, IMPORT_ACTION, from, by, by, now, null);
	}

	private boolean samePublishedText(Sheet sheet) {
		SheetContent content = sheet.content();
		return records.published(sheet)
			.filter(version -> version.title().equals(content.title()) && version.summary().equals(content.summary())
					&& version.body().equals(content.body()) && version.validFrom().equals(content.validFrom())
					&& java.util.Objects.equals(version.validUntil(), content.validUntil())
					&& version.faq().equals(content.faq()))
			.isPresent();
	}

	String approvingOffice(SheetContent content) {
		String procedure = content.procedureId();
		if (procedure == null) {
			return content.officeCode();
		}
		return procedures.findById(procedure).map(Procedure::officeCode).orElse(content.officeCode());
	}

	private static Located problem(String file, int index, String id, String field, String code, Object... args) {
		return new Located(file, index, id, new ItemFields.Problem(field, code, args));
	}

	private ImportProblem words(Located located) {
		ItemFields.Problem problem = located.problem();
		String message = messages.getMessage(problem.code(), problem.args(), problem.code(),
				LocaleContextHolder.getLocale());
		return new ImportProblem(located.file(), located.index(), located.id(), problem.field(),
				message == null ? problem.code() : message);
	}

}
