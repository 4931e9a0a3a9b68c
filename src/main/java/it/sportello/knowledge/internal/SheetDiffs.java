package it.sportello.knowledge.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import it.sportello.identity.StaffMember;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diff of a sheet's text against its last published version (java-diff-utils): word by word for the title, the
 * summary and the validity, line by line for the body and the FAQ. It compares the open revision when there is one,
 * else the sheet as it is (a draft after an import, say). A sheet never published has nothing to compare (404).
 */
@Service
@Transactional(readOnly = true)
public class SheetDiffs {

	/** A word, or the spaces and punctuation between words: the units of a word-level diff. */
	private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_]");

	/** A line with its line break. */
	private static final Pattern LINES = Pattern.compile("[^\\n]*\\n|[^\\n]+$");

	private final KnowledgeQueries queries;

	private final SheetRecords records;

	private final KnowledgeAccess access;

	SheetDiffs(KnowledgeQueries queries, SheetRecords records, KnowledgeAccess access) {
		this.access = access;
		this.queries = queries;
		this.records = records;
	}

	public SheetDiff diff(String id, StaffMember by) {
		Sheet sheet = queries.visible(id, by);
		if (!access.seesEveryState(sheet, by)) {
			// Operators read the version in use only: what is being written is not theirs to see.
			throw new NotFoundException("knowledge.sheet.not-found", id);
		}
		VersionView base = records.published(sheet)
			.orElseThrow(() -> new NotFoundException("knowledge.diff.no-version", id));
		SheetDraft revision = sheet.revisionDraft();
		String target = revision != null ? "REVISION" : "SHEET";
		SheetDraft text = revision != null ? revision : SheetEditing.draftOf(sheet.content());
		List<SheetDiff.FieldDiff> fields = List.of(
				field("title", base.title(), text.title(), WORDS),
				field("summary", base.summary(), text.summary(), WORDS),
				field("body", base.body(), text.body(), LINES),
				field("faq", faqText(base.faq().stream().map(f -> new String[] { f.question(), f.answer() }).toList()),
						faqText(text.faq().stream().map(f -> new String[] { f.question(), f.answer() }).toList()), LINES),
				field("validity", validity(base.validFrom(), base.validUntil()),
						validity(text.validFrom(), text.validUntil()), WORDS));
		return new SheetDiff(id, base.number(), target, fields.stream().anyMatch(SheetDiff.FieldDiff::changed), fields);
	}

	/** The diff of two texts as runs, split into words or lines by {@code units}. */
	static SheetDiff.FieldDiff field(String name, String before, String after, Pattern units) {
		List<String> original = split(lines(before, units), units);
		List<String> revised = split(lines(after, units), units);
		Patch<String> patch = DiffUtils.diff(original, revised);
		List<SheetDiff.Segment> segments = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			int start = delta.getSource().getPosition();
			add(segments, SheetDiff.Kind.EQUAL, original.subList(position, start));
			add(segments, SheetDiff.Kind.DELETE, delta.getSource().getLines());
			add(segments, SheetDiff.Kind.INSERT, delta.getTarget().getLines());
			position = start + delta.getSource().size();
		}
		add(segments, SheetDiff.Kind.EQUAL, original.subList(position, original.size()));
		return new SheetDiff.FieldDiff(name, !patch.getDeltas().isEmpty(), segments);
	}

	private static void add(List<SheetDiff.Segment> segments, SheetDiff.Kind kind, List<String> units) {
		if (units.isEmpty()) {
			return;
		}
		String text = String.join("", units);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).kind() == kind) {
			segments.set(last, new SheetDiff.Segment(kind, segments.get(last).text() + text));
		}
		else {
			segments.add(new SheetDiff.Segment(kind, text));
		}
	}

	/** A text compared by lines ends with a line break, so that a last line followed by new ones still matches. */
	private static String lines(String text, Pattern units) {
		return units == LINES && !text.isEmpty() && !text.endsWith("\n") ? text + "\n" : text;
	}

	private static List<String> split(String text, Pattern units) {
		List<String> parts = new ArrayList<>();
		Matcher matcher = units.matcher(text.replace("\r\n", "\n"));
		while (matcher.find()) {
			parts.add(matcher.group());
		}
		return parts;
	}

	private static String faqText(List<String[]> items) {
		return items.stream().map(item -> "D: " + item[0] + "\nR: " + item[1] + "\n").collect(Collectors.joining("\n"));
	}

	private static String validity(LocalDate from, @Nullable LocalDate until) {
		return from + " – " + (until == null ? "…" : until.toString());
	}

}
