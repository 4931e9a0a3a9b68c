package it.sportello.identity.audit;


import org.springframework.data.repository.Repository;

/** The audit trail: insert and read, nothing else (no update, no delete). */
interface AccessAuditEntries extends Repository<AccessAuditEntry, Long> {

	AccessAuditEntry save(AccessAuditEntry entry);


}
