package it.sportello.knowledge;

/**
 * A sheet as another module quotes it: which sheet, its title, and the version operators see now.
 *
 * @param id the sheet's id, {@code SI-0001}
 * @param version the number of the published version in use
 */
public record SheetReference(String id, String title, int version) {
}
