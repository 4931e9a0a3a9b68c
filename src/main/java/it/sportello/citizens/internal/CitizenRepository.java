package it.sportello.citizens.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Only the look-ups the registry needs. */
interface CitizenRepository extends Repository<Citizen, Long>, JpaSpecificationExecutor<Citizen> {

	Citizen saveAndFlush(Citizen citizen);

	Optional<Citizen> findById(long id);

	Optional<Citizen> findByFiscalCode(String fiscalCode);

	/** Oldest first: when a phone is shared, the first record registered with it is the likeliest caller. */
	List<Citizen> findByPhoneOrderByIdAsc(String phone);

	List<Citizen> findByEmailOrderByIdAsc(String email);

	List<Citizen> findByFiscalCodeStartingWithOrderByFiscalCode(String prefix, Limit limit);

	List<Citizen> findByPhoneOrderByUpdatedAtDesc(String phone, Limit limit);

	List<Citizen> findByPhoneContainingOrderByUpdatedAtDesc(String digits, Limit limit);

	List<Citizen> findByEmailStartingWithOrderByEmail(String prefix, Limit limit);

}
