package it.sportello.knowledge;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A published sheet's validity ends within the warning period (30 days by default): its URP and the back office are
 * to renew or archive it (S-KB6). Told once for each last day of validity.
 */
public record SheetExpiring(String sheetId, String departmentCode, LocalDate validUntil, Instant at) {
}
