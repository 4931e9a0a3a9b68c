package it.sportello.identity.users;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A staff user account. Its role and scope are checked on creation: a department-scoped role
 * without a department, or an office head without an office, cannot exist.
 */
@Entity
@Table(name = "staff_user")
public class StaffUser {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private static final Pattern EXTENSION = Pattern.compile("[0-9]{2,16}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	// VARCHAR explicitly: Hibernate would otherwise expect a native enum column on H2.
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	private Role role;

	private @Nullable String departmentCode;

	private @Nullable String officeCode;

	private boolean enabled;

	private @Nullable String phoneExtension;

	private @Nullable String email;

	@Column(updatable = false)
	private Instant createdAt;

	@SuppressWarnings("NullAway.Init")
	protected StaffUser() {
		// for JPA
	}

	public StaffUser(String username, String displayName, String passwordHash, Role role,
			@Nullable String departmentCode, @Nullable String officeCode, Instant createdAt) {
		this.username = normalizeUsername(username);
		if (!USERNAME.matcher(this.username).matches()) {
			throw new InvalidInputException("username", "identity.user.username-invalid");
		}
		if (displayName.isBlank()) {
			throw new InvalidInputException("displayName", "identity.user.display-name-required");
		}
		this.displayName = displayName.strip();
		this.passwordHash = passwordHash;
		this.role = role;
		String department = code(departmentCode);
		String office = code(officeCode);
		if (role.isDepartmentScoped() && department == null) {
			throw new InvalidInputException("departmentCode", "identity.user.department-required");
		}
		if (role == Role.OFFICE_HEAD && office == null) {
			throw new InvalidInputException("officeCode", "identity.user.office-required");
		}
		// A scope that the role does not use would only mislead whoever reads it later.
		boolean usesDepartment = role.isDepartmentScoped() || role == Role.OFFICE_HEAD;
		this.departmentCode = usesDepartment ? department : null;
		this.officeCode = role == Role.OFFICE_HEAD ? office : null;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	/** User names are compared case-insensitively: they are stored in lower case. */
	public static String normalizeUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String code(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInputException("departmentCode", "identity.user.code-invalid");
		}
		return code;
	}

	public StaffMember toStaffMember() {
		return new StaffMember(username, displayName, role, departmentCode, officeCode);
	}

	/**
	 * The user's phone extension (how a telephony event finds their screen) and e-mail address; blank clears.
	 */
	public void changeContacts(@Nullable String phoneExtension, @Nullable String email) {
		String extension = phoneExtension == null || phoneExtension.isBlank() ? null : phoneExtension.strip();
		if (extension != null && !EXTENSION.matcher(extension).matches()) {
			throw new InvalidInputException("phoneExtension", "identity.user.extension-invalid");
		}
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
			throw new InvalidInputException("email", "identity.user.email-invalid");
		}
		this.phoneExtension = extension;
		this.email = address;
	}

	public @Nullable String phoneExtension() {
		return phoneExtension;
	}

	public @Nullable String email() {
		return email;
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	public void enable() {
		this.enabled = true;
	}

	public void disable() {
		this.enabled = false;
	}

	public Long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public @Nullable String departmentCode() {
		return departmentCode;
	}

	public @Nullable String officeCode() {
		return officeCode;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

}
