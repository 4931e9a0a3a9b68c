package it.sportello.channels.portal;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.Knowledge;
import it.sportello.knowledge.SheetArchived;
import it.sportello.knowledge.SheetChanged;
import it.sportello.knowledge.SheetExpired;
import it.sportello.knowledge.SheetPublished;
import it.sportello.knowledge.UsableSheet;
import it.sportello.organization.DepartmentView;
import it.sportello.organization.Departments;
import it.sportello.organization.OfficeView;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.attachments.AttachmentContent;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The information sheets and FAQ citizens may read on the portal: only the sheets operators may answer from today
 * (published and inside their validity), read through the knowledge module's façade, with their text, FAQ, keywords,
 * audience and department — never a draft, an expired or archived sheet, nor the editors' sign-offs and notes, which
 * the façade does not give. The list of usable sheets is kept for a minute (and dropped when a sheet changes on this
 * node): the portal is public and its pages are read far more often than sheets change. One sheet is always read
 * afresh, so a sheet that stops being usable is not found at once.
 */
@Service
public class PublicSheets {

	/** The longest search text. */
	public static final int MAX_QUERY = 200;

	/** Sheets per page, at most. */
	public static final int MAX_PAGE_SIZE = 50;

	private static final Duration KEPT = Duration.ofMinutes(1);

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private static final int READ_PAGE = 100;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final Knowledge knowledge;

	private final Departments departments;

	private final Clock clock;

	private final AtomicReference<@Nullable Loaded> loaded = new AtomicReference<>();

	PublicSheets(Knowledge knowledge, Departments departments, Clock clock) {
		this.knowledge = knowledge;
		this.departments = departments;
		this.clock = clock;
	}

	/** A department as the portal names it. */
	public record Department(String code, String name) {
	}

	/** A sheet in a list: what it is about, whose it is, whom it speaks to, how many FAQ it answers. */
	public record SheetSummary(String id, String title, String summary, Department department, Set<Audience> audience,
			List<String> keywords, @Nullable LocalDate validUntil, int faqCount) {
	}

	/** A FAQ with its answer as safe HTML; {@code answer} is the Markdown it comes from. */
	public record Faq(String id, String question, String answer, String answerHtml) {
	}

	/** A link of the sheet to an institutional site (an absolute http or https address). */
	public record Link(String title, String url) {
	}

	/**
	 * A file of the sheet citizens may download at {@code url}: its title, the name it came with, the media type found
	 * in its content and its size in bytes.
	 */
	public record Attachment(long id, String title, String name, String mediaType, long size, String url) {

		/** The type as a citizen knows it (PDF, ODT, DOCX, XLSX, PNG…), from the media type found in the content. */
		public String format() {
			return switch (mediaType) {
				case "application/pdf" -> "PDF";
				case "application/vnd.oasis.opendocument.text" -> "ODT";
				case "application/vnd.oasis.opendocument.spreadsheet" -> "ODS";
				case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
				case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
				case "application/msword" -> "DOC";
				case "application/vnd.ms-excel" -> "XLS";
				case "image/png" -> "PNG";
				case "image/jpeg" -> "JPEG";
				case "image/svg+xml" -> "SVG";
				case "text/plain" -> "TXT";
				case "text/csv" -> "CSV";
				default -> mediaType;
			};
		}

		/** The size in kB (at least 1) or, from one megabyte, in MB with one decimal. */
		public String sizeText() {
			return size < 1024 * 1024 ? Math.max(1, Math.round(size / 1024.0)) + " kB"
					: String.format(Locale.ITALIAN, "%.1f MB", size / (1024.0 * 1024.0));
		}

	}

	/**
	 * One sheet as citizens read it: its text as safe HTML ({@code body} is the Markdown it comes from), the office that
	 * handles it, its validity, FAQ, links to institutional sites and attached files.
	 */
	public record PublicSheet(String id, int version, String title, String summary, String body, String bodyHtml,
			Department department, @Nullable String officeName, Set<Audience> audience, List<String> keywords,
			LocalDate validFrom, @Nullable LocalDate validUntil, List<Faq> faq, List<Link> links,
			List<Attachment> attachments) {
	}

	/** A FAQ in a list, with the sheet it belongs to. */
	public record FaqEntry(String sheetId, String sheetTitle, String id, String question, String answerHtml) {
	}

	/** What a citizen looks for: all optional, together they narrow the list. */
	public record Filter(@Nullable String department, @Nullable Audience audience, @Nullable String keyword,
			@Nullable String query) {

		public static Filter none() {
			return new Filter(null, null, null, null);
		}

		public boolean isEmpty() {
			return department == null && audience == null && keyword == null && query == null;
		}

	}

	/**
	 * One page of the sheets matching the filter ({@code total} of them), with the departments that have usable
	 * sheets to browse by; the best matches of a search first, otherwise by title.
	 */
	public record Catalogue(List<SheetSummary> sheets, int page, int size, int total, List<Department> departments) {

		public int pages() {
			return size == 0 ? 0 : (total + size - 1) / size;
		}

	}

	/**
	 * @throws InvalidInputException for a search text longer than {@link #MAX_QUERY}, a negative page or a size out of
	 * 1 to {@link #MAX_PAGE_SIZE}
	 */
	public Catalogue browse(Filter filter, int page, int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "portal.sheets.page-invalid");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "portal.sheets.size-invalid", MAX_PAGE_SIZE);
		}
		Loaded all = usable();
		List<SheetSummary> matching = matching(all, clean(filter)).stream()
			.map(sheet -> summary(sheet, all.departments()))
			.toList();
		int from = (int) Math.min((long) page * size, matching.size());
		int to = Math.min(from + size, matching.size());
		List<Department> browsable = all.sheets()
			.stream()
			.map(UsableSheet::departmentCode)
			.distinct()
			.map(code -> department(code, all.departments()))
			.sorted(Comparator.comparing(Department::name))
			.toList();
		return new Catalogue(matching.subList(from, to), page, size, matching.size(), browsable);
	}

	/** The FAQ of the sheets matching the filter, sheet by sheet in the order {@link #browse} gives them. */
	public List<FaqEntry> faq(Filter filter) {
		Loaded all = usable();
		List<FaqEntry> entries = new ArrayList<>();
		for (UsableSheet sheet : matching(all, clean(filter))) {
			for (UsableSheet.Faq faq : sheet.faq()) {
				entries.add(new FaqEntry(sheet.id(), sheet.title(), faq.id(), faq.question(),
						knowledge.toSafeHtml(faq.answer())));
			}
		}
		return entries;
	}

	/**
	 * The sheet if citizens may read it today, read afresh from the knowledge module.
	 *
	 * @throws NotFoundException for a draft, an expired, archived or unknown sheet alike
	 */
	public PublicSheet sheet(String id) {
		UsableSheet sheet = knowledge.usableSheetContent(id)
			.orElseThrow(() -> new NotFoundException("portal.sheet.not-found"));
		Map<String, Department> names = departmentNames();
		String office = sheet.officeCode() == null ? null
				: departments.findOffice(sheet.officeCode()).map(OfficeView::name).orElse(null);
		return new PublicSheet(sheet.id(), sheet.version(), sheet.title(), sheet.summary(), sheet.body(),
				knowledge.toSafeHtml(sheet.body()), department(sheet.departmentCode(), names), office, sheet.audience(),
				sheet.keywords(), sheet.validFrom(), sheet.validUntil(),
				sheet.faq()
					.stream()
					.map(faq -> new Faq(faq.id(), faq.question(), faq.answer(), knowledge.toSafeHtml(faq.answer())))
					.toList(),
				sheet.links().stream().map(link -> new Link(link.title(), link.url())).toList(),
				sheet.attachments()
					.stream()
					.map(file -> new Attachment(file.id(), file.title(), file.name(), file.mediaType(), file.size(),
							"/portale/schede/" + sheet.id() + "/allegati/" + file.id()))
					.toList());
	}

	/**
	 * A file of a sheet citizens may read today, with its bytes.
	 *
	 * @throws NotFoundException for a file of a draft, expired, archived or unknown sheet, or of another sheet
	 */
	public AttachmentContent attachment(String sheetId, long attachmentId) {
		return knowledge.usableSheetAttachment(sheetId, attachmentId)
			.orElseThrow(() -> new NotFoundException("portal.sheet.attachment-not-found"));
	}

	/** A sheet was published, changed, expired or archived here: the next page reads the list again. */
	@EventListener
	void on(SheetPublished published) {
		loaded.set(null);
	}

	@EventListener
	void on(SheetExpired expired) {
		loaded.set(null);
	}

	@EventListener
	void on(SheetArchived archived) {
		loaded.set(null);
	}

	@EventListener
	void on(SheetChanged changed) {
		loaded.set(null);
	}

	private record Loaded(LocalDate day, Instant at, List<UsableSheet> sheets, Map<String, Department> departments) {
	}

	private Loaded usable() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ROME);
		Loaded current = loaded.get();
		if (current != null && current.day().equals(today) && !now.isBefore(current.at())
				&& now.isBefore(current.at().plus(KEPT))) {
			return current;
		}
		List<UsableSheet> sheets = new ArrayList<>();
		for (int page = 0;; page++) {
			List<UsableSheet> read = knowledge.usableSheets(page, READ_PAGE);
			sheets.addAll(read);
			if (read.size() < READ_PAGE) {
				break;
			}
		}
		// The façade pages by the Europe/Rome date of its clock: a sheet ending today is still there at midnight.
		sheets.removeIf(sheet -> sheet.validFrom().isAfter(today)
				|| (sheet.validUntil() != null && sheet.validUntil().isBefore(today)));
		Loaded fresh = new Loaded(today, now, List.copyOf(sheets), departmentNames());
		loaded.set(fresh);
		return fresh;
	}

	private Map<String, Department> departmentNames() {
		return departments.all()
			.stream()
			.collect(Collectors.toMap(DepartmentView::code, d -> new Department(d.code(), d.name()), (a, b) -> a,
					TreeMap::new));
	}

	private static Department department(String code, Map<String, Department> names) {
		return names.getOrDefault(code, new Department(code, code));
	}

	private static SheetSummary summary(UsableSheet sheet, Map<String, Department> names) {
		return new SheetSummary(sheet.id(), sheet.title(), sheet.summary(), department(sheet.departmentCode(), names),
				sheet.audience().isEmpty() ? Set.of() : EnumSet.copyOf(sheet.audience()), sheet.keywords(),
				sheet.validUntil(), sheet.faq().size());
	}

	private static Filter clean(Filter filter) {
		String query = blankToNull(filter.query());
		if (query != null && query.length() > MAX_QUERY) {
			throw new InvalidInputException("q", "portal.sheets.query-too-long", MAX_QUERY);
		}
		String keyword = blankToNull(filter.keyword());
		if (keyword != null && keyword.length() > MAX_QUERY) {
			throw new InvalidInputException("keyword", "portal.sheets.query-too-long", MAX_QUERY);
		}
		String department = blankToNull(filter.department());
		if (department != null && department.length() > 16) {
			throw new InvalidInputException("department", "portal.sheets.department-unknown");
		}
		return new Filter(department, filter.audience(), keyword, query);
	}

	/**
	 * The sheets of the filter: every word of the search in the sheet's title, summary, keywords, text or FAQ (accents
	 * and case aside), ranked by where the words are found (title, then keywords and summary, then the rest); without a
	 * search, by title.
	 */
	private List<UsableSheet> matching(Loaded all, Filter filter) {
		List<String> words = filter.query() == null ? List.of() : words(filter.query());
		String keyword = filter.keyword() == null ? null : normalise(filter.keyword());
		record Ranked(UsableSheet sheet, int score) {
		}
		List<Ranked> ranked = new ArrayList<>();
		for (UsableSheet sheet : all.sheets()) {
			if (filter.department() != null && !filter.department().equalsIgnoreCase(sheet.departmentCode())) {
				continue;
			}
			if (filter.audience() != null && !sheet.audience().contains(filter.audience())) {
				continue;
			}
			if (keyword != null && sheet.keywords().stream().map(PublicSheets::normalise).noneMatch(keyword::equals)) {
				continue;
			}
			int score = score(sheet, words);
			if (score > 0) {
				ranked.add(new Ranked(sheet, score));
			}
		}
		Comparator<Ranked> byTitle = Comparator.comparing(r -> r.sheet().title(), String.CASE_INSENSITIVE_ORDER);
		ranked.sort(Comparator.comparingInt(Ranked::score).reversed().thenComparing(byTitle));
		return ranked.stream().map(Ranked::sheet).toList();
	}

	/** 0 when a word of the search is missing; 1 for no search; more the more prominent where the words are found. */
	private static int score(UsableSheet sheet, List<String> words) {
		if (words.isEmpty()) {
			return 1;
		}
		String title = normalise(sheet.title());
		String keywords = normalise(String.join(" ", sheet.keywords()));
		String summary = normalise(sheet.summary());
		String rest = normalise(sheet.body() + " " + sheet.faq()
			.stream()
			.map(faq -> faq.question() + " " + faq.answer())
			.collect(Collectors.joining(" ")));
		int score = 0;
		for (String word : words) {
			int best = title.contains(word) ? 8 : keywords.contains(word) ? 4 : summary.contains(word) ? 2
					: rest.contains(word) ? 1 : 0;
			if (best == 0) {
				return 0;
			}
			score += best;
		}
		return score;
	}

	private static List<String> words(String text) {
		return NOT_WORD.splitAsStream(normalise(text)).filter(word -> word.length() > 1).distinct().toList();
	}

	private static String normalise(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		return " " + NOT_WORD.matcher(plain.toLowerCase(Locale.ITALIAN)).replaceAll(" ").strip() + " ";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
