package it.sportello.identity.users;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Staff user accounts. User names are stored in lower case: pass them normalized. */
public interface StaffUsers extends ListCrudRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsername(String username);

	boolean existsByUsername(String username);

	Optional<StaffUser> findByPhoneExtension(String phoneExtension);

	List<StaffUser> findAllByOrderByUsername();

	List<StaffUser> findAllByUsernameIn(Collection<String> usernames);

}
