package it.sportello.identity.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import it.sportello.identity.KnownDepartments;
import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.shared.ConflictException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The use cases on staff accounts: create, enable and disable, reset and change passwords. */
@Service
public class StaffUserManagement implements it.sportello.identity.StaffDirectory {

	private final StaffUsers users;

	private final PasswordEncoder passwords;

	private final ObjectProvider<KnownDepartments> departments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StaffUserManagement(StaffUsers users, PasswordEncoder passwords, ObjectProvider<KnownDepartments> departments,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.departments = departments;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StaffUser> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	@Override
	public Optional<StaffMember> find(String username) {
		return users.findByUsername(StaffUser.normalizeUsername(username)).map(StaffUser::toStaffMember);
	}

	@Transactional(readOnly = true)
	@Override
	public List<StaffMember> enabledWithRole(it.sportello.identity.Role role) {
		return users.findAllByOrderByUsername()
			.stream()
			.filter(user -> user.isEnabled() && user.toStaffMember().role() == role)
			.map(StaffUser::toStaffMember)
			.toList();
	}

	@Transactional(readOnly = true)
	@Override
	public List<String> emailsOfEnabledWithRole(it.sportello.identity.Role role) {
		return users.findAllByOrderByUsername()
			.stream()
			.filter(user -> user.isEnabled() && user.toStaffMember().role() == role && user.email() != null)
			.map(StaffUser::email)
			.toList();
	}

	@Transactional(readOnly = true)
	@Override
	public Optional<StaffMember> findByExtension(String extension) {
		return users.findByPhoneExtension(extension.strip())
			.filter(StaffUser::isEnabled)
			.map(StaffUser::toStaffMember);
	}

	/** The user's own phone extension and e-mail; an extension another user has is refused (409). */
	@Transactional
	public void changeContacts(String username, @Nullable String phoneExtension, @Nullable String email) {
		StaffUser user = users.findByUsername(StaffUser.normalizeUsername(username))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", username));
		// Checked before the change: a query after it would flush the change into the unique index first.
		if (phoneExtension != null && !phoneExtension.isBlank() && users.findByPhoneExtension(phoneExtension.strip())
			.filter(other -> !other.id().equals(user.id()))
			.isPresent()) {
			throw new ConflictException("identity.user.extension-taken", phoneExtension.strip());
		}
		user.changeContacts(phoneExtension, email);
	}

	@Transactional(readOnly = true)
	public Optional<StaffUser> findAccount(String username) {
		return users.findByUsername(StaffUser.normalizeUsername(username));
	}

	@Transactional(readOnly = true)
	public boolean noUserExists() {
		return users.count() == 0;
	}

	@Transactional
	public StaffUser create(NewStaffUser user) {
		String username = StaffUser.normalizeUsername(user.username());
		if (users.existsByUsername(username)) {
			throw new ConflictException("identity.user.username-taken", username);
		}
		StaffUser created = new StaffUser(username, user.displayName(), passwords.encode(user.password()), user.role(),
				user.departmentCode(), user.officeCode(), clock.instant());
		checkDepartmentExists(created.departmentCode());
		return users.save(created);
	}

	/**
	 * Creates the first administrator, only while no user exists: the set-up page and the start-up
	 * variables must not be a way to add administrators later.
	 */
	@Transactional
	public StaffUser createFirstAdmin(String username, String displayName, String password) {
		if (users.count() > 0) {
			throw new ConflictException("identity.setup.already-done");
		}
		return create(new NewStaffUser(username, displayName, Role.ADMIN, null, null, password));
	}

	@Transactional
	public void enable(String username) {
		user(username).enable();
	}

	@Transactional
	public void disable(String username, StaffMember by) {
		if (by.username().equals(StaffUser.normalizeUsername(username))) {
			// An administrator who disables themselves may leave nobody able to administer.
			throw new ConflictException("identity.user.cannot-disable-self");
		}
		StaffUser user = user(username);
		user.disable();
		events.publishEvent(new StaffAccessEnded(user.username()));
	}

	/**
	 * Gives the user a new random password, returned once so that the administrator can hand it over. A reset
	 * means the account may be in someone else's hands: its sessions and API tokens end with it.
	 */
	@Transactional
	public String resetPassword(String username) {
		String temporary = TemporaryPasswords.generate();
		StaffUser user = user(username);
		user.changePassword(passwords.encode(temporary));
		events.publishEvent(new StaffAccessEnded(user.username()));
		return temporary;
	}

	/**
	 * The user changes their own password, proving the current one. Their other page sessions end (someone who
	 * knew the old password may be signed in elsewhere); the session they changed it from, named by
	 * {@code keptSessionId}, stays. Their API tokens are credentials of their own and stay valid.
	 */
	@Transactional
	public void changeOwnPassword(String username, String currentPassword, String newPassword,
			@Nullable String keptSessionId) {
		StaffUser user = user(username);
		if (!passwords.matches(currentPassword, user.passwordHash())) {
			throw new InvalidInputException("currentPassword", "identity.profile.password.current-wrong");
		}
		user.changePassword(passwords.encode(newPassword));
		events.publishEvent(new OwnPasswordChanged(user.username(), keptSessionId));
	}

	private StaffUser user(String username) {
		return users.findByUsername(StaffUser.normalizeUsername(username))
			.orElseThrow(() -> new NotFoundException("identity.user.not-found", username));
	}

	private void checkDepartmentExists(@Nullable String departmentCode) {
		if (departmentCode == null) {
			return;
		}
		KnownDepartments known = departments.getIfAvailable();
		if (known != null && !known.exists(departmentCode)) {
			throw new InvalidInputException("departmentCode", "identity.user.department-unknown", departmentCode);
		}
	}

}
