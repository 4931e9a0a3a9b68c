package it.sportello.organization.internal;

import it.sportello.organization.DepartmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A department of the Region, the top of the structure. Written by the loader/importer, read through the catalog. */
@Entity
@Table(name = "department")
class Department {

	@Id
	@Column(length = 16)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 100)
	private String shortName;

	@Column(length = 200)
	private @Nullable String address;

	@Column(length = 40)
	private @Nullable String phone;

	@Column(length = 254)
	private @Nullable String email;

	@Column(length = 254)
	private @Nullable String pec;

	@Column(length = 500)
	private @Nullable String website;

	@SuppressWarnings("NullAway.Init")
	protected Department() {
		// for JPA
	}

	String code() {
		return code;
	}

	String shortName() {
		return shortName;
	}

	DepartmentView toView() {
		return new DepartmentView(code, name, shortName, phone, email, pec, website);
	}

}
