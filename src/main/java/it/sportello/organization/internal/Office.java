package it.sportello.organization.internal;

import it.sportello.organization.OfficeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An office, URP or structure. The tree is kept by codes ({@code parentCode}) rather than associations:
 * the catalog reads the whole structure at once and builds the tree in memory.
 */
@Entity
@Table(name = "office")
class Office {

	@Id
	@Column(length = 32)
	private String code;

	@Column(nullable = false, length = 16)
	private String departmentCode;

	@Column(length = 32)
	private @Nullable String parentCode;

	@Column(nullable = false, length = 200)
	private String name;

	/** STRUTTURA, URP or UFFICIO, as in the Region's own vocabulary. */
	@Column(nullable = false, length = 16)
	private String type;

	@Column(length = 40)
	private @Nullable String phone;

	@Column(length = 254)
	private @Nullable String email;

	@Column(length = 254)
	private @Nullable String pec;

	@Column(length = 200)
	private @Nullable String address;

	@Column(length = 500)
	private @Nullable String openingHours;

	@Column(length = 500)
	private @Nullable String website;

	@Column(length = 2000)
	private @Nullable String competences;

	@SuppressWarnings("NullAway.Init")
	protected Office() {
		// for JPA
	}

	String code() {
		return code;
	}

	String departmentCode() {
		return departmentCode;
	}

	@Nullable String parentCode() {
		return parentCode;
	}

	OfficeView toView() {
		return new OfficeView(code, departmentCode, parentCode, name, type, phone, email, openingHours);
	}

}
