package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;

import it.sportello.organization.OfficeView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An office, URP or structure. The tree is kept by codes ({@code parentCode}) rather than associations:
 * the catalog reads the whole structure at once and builds the tree in memory. The code is the source
 * identifier of {@code offices.csv} and the key of every re-import.
 */
@Entity
@Table(name = "office")
public class Office {

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

	/**
	 * The inverse side of {@link Employee#getOffice()}: not used to write, but it lets the search index
	 * reach the employees to reindex when an office's name changes.
	 */
	@OneToMany(mappedBy = "office")
	private List<Employee> employees = new ArrayList<>();

	/** Position in the last imported file; only the export reads it. */
	@Column(nullable = false)
	private int listOrder;

	@SuppressWarnings("NullAway.Init")
	protected Office() {
		// for JPA
	}

	Office(String code, OfficeData data) {
		this.code = code;
		apply(data);
	}

	/** Overwrites every field from the given data (an import row or a form). */
	void apply(OfficeData data) {
		this.departmentCode = data.departmentCode();
		this.parentCode = data.parentCode();
		this.name = data.name();
		this.type = data.type();
		this.phone = data.phone();
		this.email = data.email();
		this.pec = data.pec();
		this.address = data.address();
		this.openingHours = data.openingHours();
		this.website = data.website();
		this.competences = data.competences();
	}

	OfficeData data() {
		return new OfficeData(departmentCode, parentCode, name, type, phone, email, pec, address, openingHours, website,
				competences);
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

	public String getDepartmentCode() {
		return departmentCode;
	}

	public @Nullable String getParentCode() {
		return parentCode;
	}

	public String getName() {
		return name;
	}

	public String getType() {
		return type;
	}

	public boolean isUrp() {
		return "URP".equals(type);
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

	public @Nullable String getAddress() {
		return address;
	}

	public @Nullable String getOpeningHours() {
		return openingHours;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public @Nullable String getCompetences() {
		return competences;
	}

	public List<Employee> getEmployees() {
		return employees;
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

	public OfficeView toView() {
		return new OfficeView(code, departmentCode, parentCode, name, type, phone, email, openingHours, pec, address,
				website, competences);
	}

}
