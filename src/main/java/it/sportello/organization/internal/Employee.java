package it.sportello.organization.internal;

import java.util.ArrayList;
import java.util.List;

import it.sportello.organization.EmployeeView;
import it.sportello.organization.InterimRoleView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A person of the phone directory (rubrica, S-KB3). The id is the source identifier ({@code E0001}), kept
 * because every re-import of {@code employees.csv} matches rows to records by it.
 */
@Entity
@Table(name = "employee")
public class Employee {

	@Id
	@Column(length = 16)
	private String id;

	@Column(nullable = false, length = 100)
	private String firstName;

	@Column(nullable = false, length = 100)
	private String lastName;

	/** Dott., Ing., Sig.ra … or empty. */
	@Column(length = 20)
	private @Nullable String title;

	/** Dirigente, Responsabile P.O., Funzionario, Istruttore, Collaboratore. */
	@Column(nullable = false, length = 40)
	private String position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "office_code", nullable = false)
	private Office office;

	/** The internal number, unique across the Region. */
	@Column(nullable = false, length = 8, unique = true)
	private String extension;

	/** Empty for people reachable only through the switchboard. */
	@Column(length = 40)
	private @Nullable String directPhone;

	@Column(length = 254)
	private @Nullable String email;

	@Column(length = 100)
	private @Nullable String room;

	/** Offices this person also runs or serves ad interim, besides their own. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "employee_interim", joinColumns = @JoinColumn(name = "employee_id"))
	@OrderBy("position")
	@org.hibernate.annotations.BatchSize(size = 100)
	private List<InterimRole> interimRoles = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Employee() {
		// for JPA
	}

	Employee(String id, EmployeeData data, Office office) {
		this.id = id;
		apply(data, office);
	}

	/** Overwrites every field from the given data (an import row or a form). */
	void apply(EmployeeData data, Office office) {
		this.firstName = data.firstName();
		this.lastName = data.lastName();
		this.title = data.title();
		this.position = data.position();
		this.office = office;
		this.extension = data.extension();
		this.directPhone = data.directPhone();
		this.email = data.email();
		this.room = data.room();
	}

	/** The data as an import row would carry it, to compare with a new row and to export. */
	EmployeeData data() {
		return new EmployeeData(firstName, lastName, title, position, office.getCode(), extension, directPhone, email,
				room);
	}

	void replaceInterimRoles(List<InterimRole> roles) {
		interimRoles.clear();
		interimRoles.addAll(roles);
	}

	public String getId() {
		return id;
	}

	public String getFirstName() {
		return firstName;
	}

	public String getLastName() {
		return lastName;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public String getPosition() {
		return position;
	}

	public Office getOffice() {
		return office;
	}

	public String getExtension() {
		return extension;
	}

	public @Nullable String getDirectPhone() {
		return directPhone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public @Nullable String getRoom() {
		return room;
	}

	public List<InterimRole> getInterimRoles() {
		return interimRoles;
	}

	public EmployeeView toView() {
		return new EmployeeView(id, title, firstName, lastName, position, office.getCode(), office.getName(),
				office.getDepartmentCode(), extension, directPhone, email, room,
				interimRoles.stream()
					.map(role -> new InterimRoleView(role.getOffice().getCode(), role.getOffice().getName(),
							role.getPosition()))
					.toList());
	}

}
