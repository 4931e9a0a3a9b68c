package it.sportello.ticketing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A ticket category (type of request) with the service-level target of departmental answers. */
@Entity
@Table(name = "ticket_category")
public class Category {

	@Id
	private String code;

	private String label;

	@Column(name = "label_en")
	private @Nullable String labelEn;

	@Column(name = "target_working_days")
	private int targetWorkingDays;

	private boolean active;

	private int position;

	protected Category() {
	}

	public Category(String code, String label, @Nullable String labelEn, int targetWorkingDays, int position) {
		this.code = code;
		this.label = label;
		this.labelEn = labelEn;
		this.targetWorkingDays = targetWorkingDays;
		this.position = position;
		this.active = true;
	}

	public void update(String label, @Nullable String labelEn, int targetWorkingDays, boolean active, int position) {
		this.label = label;
		this.labelEn = labelEn;
		this.targetWorkingDays = targetWorkingDays;
		this.active = active;
		this.position = position;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public @Nullable String labelEn() {
		return labelEn;
	}

	public String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
	}

	public int targetWorkingDays() {
		return targetWorkingDays;
	}

	public boolean active() {
		return active;
	}

	public int position() {
		return position;
	}

}
