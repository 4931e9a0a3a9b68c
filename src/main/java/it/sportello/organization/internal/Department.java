package it.sportello.organization.internal;

import it.sportello.organization.DepartmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A department of the Region, the top of the structure. Written by the importer and the admin pages, read through the catalog. The code is the source identifier of {@code departments.csv}. */
@Entity
@Table(name = "department")
public class Department {

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

	/** Position in the last imported file; only the export reads it. */
	@Column(nullable = false)
	private int listOrder;

	@SuppressWarnings("NullAway.Init")
	protected Department() {
		// for JPA
	}

	Department(String code, DepartmentData data) {
		this.code = code;
		apply(data);
	}

	/** Overwrites every field from the given data (an import row or a form). */
	void apply(DepartmentData data) {
		this.name = data.name();
		this.shortName = data.shortName();
		this.address = data.address();
		this.phone = data.phone();
		this.email = data.email();
		this.pec = data.pec();
		this.website = data.website();
	}

	DepartmentData data() {
		return new DepartmentData(name, shortName, address, phone, email, pec, website);
	}

	int listOrder() {
		return listOrder;
	}

	void placeAt(int listOrder) {
		this.listOrder = listOrder;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getShortName() {
		return shortName;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable String getPec() {
		return pec;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	String code() {
		return code;
	}

	String shortName() {
		return shortName;
	}

	public DepartmentView toView() {
		return new DepartmentView(code, name, shortName, phone, email, pec, website, address);
	}

}
