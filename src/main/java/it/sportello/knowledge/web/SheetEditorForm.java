package it.sportello.knowledge.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import it.sportello.knowledge.Audience;
import it.sportello.knowledge.internal.SheetDraft;
import it.sportello.knowledge.internal.SheetLink;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The editor page's form: the fields the authors write, validated all at once (the same limits as the API's
 * {@link SheetRequests.Draft}). Keywords are comma-separated; links one a line, "title | address". {@code version}
 * is the sheet's version the text was loaded from: a save against a newer one is refused (412) and the text kept.
 */
class SheetEditorForm {

	@NotBlank
	@Size(max = 300)
	private String title = "";

	@NotBlank
	@Size(max = 1000)
	private String summary = "";

	@NotBlank
	@Size(max = 100_000)
	private String body = "";

	@Size(max = 4000)
	private String keywords = "";

	@NotEmpty
	private Set<Audience> audience = new LinkedHashSet<>();

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validUntil;

	@Size(max = 20_000)
	private String links = "";

	private long version;

	/** The sheet's FAQ as the authors write them, and one empty row for a new one. */
	private List<FaqRow> faq = new ArrayList<>();

	/**
	 * A FAQ row of the editor: {@code id} empty for a new one (a new row left empty is no FAQ), {@code remove} to take
	 * it out of the sheet.
	 */
	public static class FaqRow {

		private String id = "";

		private String question = "";

		private String answer = "";

		private boolean remove;

		static FaqRow of(SheetDraft.DraftFaq faq) {
			FaqRow row = new FaqRow();
			row.id = faq.id() == null ? "" : faq.id();
			row.question = faq.question();
			row.answer = faq.answer();
			return row;
		}

		boolean isNew() {
			return id.isBlank();
		}

		/** A new row with nothing written: not a FAQ. */
		boolean isEmpty() {
			return isNew() && question.isBlank() && answer.isBlank();
		}

		public String getId() {
			return id;
		}

		public void setId(String id) {
			this.id = id == null ? "" : id.strip();
		}

		public String getQuestion() {
			return question;
		}

		public void setQuestion(String question) {
			this.question = question == null ? "" : question;
		}

		public String getAnswer() {
			return answer;
		}

		public void setAnswer(String answer) {
			this.answer = answer == null ? "" : answer;
		}

		public boolean isRemove() {
			return remove;
		}

		public void setRemove(boolean remove) {
			this.remove = remove;
		}

	}

	static SheetEditorForm of(SheetDraft draft, long version) {
		SheetEditorForm form = new SheetEditorForm();
		form.title = draft.title();
		form.summary = draft.summary();
		form.body = draft.body();
		form.keywords = String.join(", ", draft.keywords());
		form.audience = new LinkedHashSet<>(draft.audience());
		form.validFrom = draft.validFrom();
		form.validUntil = draft.validUntil();
		form.links = String.join("\n", draft.links().stream().map(link -> link.title() + " | " + link.url()).toList());
		form.version = version;
		form.faq = new ArrayList<>(draft.faq().stream().map(FaqRow::of).toList());
		form.faq.add(new FaqRow());
		return form;
	}

	/** Keeps one empty row at the end for a new FAQ, after a refused save too. */
	void keepEmptyFaqRow() {
		if (faq.isEmpty() || !faq.get(faq.size() - 1).isEmpty()) {
			faq.add(new FaqRow());
		}
	}

	/** The FAQ to save, in the order written: the rows kept, without the removed ones and the empty new one. */
	List<SheetDraft.DraftFaq> faqList() {
		return faq.stream()
			.filter(row -> !row.isRemove() && !row.isEmpty())
			.map(row -> new SheetDraft.DraftFaq(row.isNew() ? null : row.getId(), row.getQuestion().strip(),
					row.getAnswer().strip()))
			.toList();
	}

	List<String> keywordList() {
		return Arrays.stream(keywords.split(",")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

	/** The links, one a line as "title | address"; null for a line that is not so written. */
	List<@Nullable SheetLink> linkList() {
		List<@Nullable SheetLink> parsed = new ArrayList<>();
		for (String line : links.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String linkTitle = bar < 0 ? "" : line.substring(0, bar).strip();
			String url = bar < 0 ? "" : line.substring(bar + 1).strip();
			parsed.add(linkTitle.isEmpty() || url.isEmpty() ? null : new SheetLink(linkTitle, url));
		}
		return parsed;
	}

	/**
	 * The draft to save: office and procedure stay as they are in {@code current}; so do the FAQ when the request
	 * carried no FAQ row at all (the editor page always sends its rows, at least the empty one).
	 */
	SheetDraft toDraft(SheetDraft current, List<SheetLink> parsedLinks) {
		return new SheetDraft(title.strip(), summary.strip(), body, current.officeCode(), current.procedureId(),
				keywordList(), audience, java.util.Objects.requireNonNull(validFrom), validUntil, parsedLinks,
				faq.isEmpty() ? current.faq() : faqList());
	}

	public List<FaqRow> getFaq() {
		return faq;
	}

	public void setFaq(List<FaqRow> faq) {
		this.faq = faq == null ? new ArrayList<>() : faq;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body == null ? "" : body;
	}

	public String getKeywords() {
		return keywords;
	}

	public void setKeywords(String keywords) {
		this.keywords = keywords == null ? "" : keywords;
	}

	public Set<Audience> getAudience() {
		return audience;
	}

	public void setAudience(Set<Audience> audience) {
		this.audience = audience == null ? new LinkedHashSet<>() : audience;
	}

	public @Nullable LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(@Nullable LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getLinks() {
		return links;
	}

	public void setLinks(String links) {
		this.links = links == null ? "" : links;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
