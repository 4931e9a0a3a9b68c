package it.sportello.knowledge.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface FaqRepository extends JpaRepository<Faq, String>, JpaSpecificationExecutor<Faq> {

	@Query("select max(f.id) from Faq f where f.id like 'FAQ-%'")
	Optional<String> highestId();

}
