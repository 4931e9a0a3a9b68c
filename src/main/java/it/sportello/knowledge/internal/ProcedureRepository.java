package it.sportello.knowledge.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ProcedureRepository extends JpaRepository<Procedure, String>, JpaSpecificationExecutor<Procedure> {

}
