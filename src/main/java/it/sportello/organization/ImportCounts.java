package it.sportello.organization;

/**
 * What an import did (or, in a dry run, would do) to one kind of record.
 *
 * @param missing records in the database whose row is no longer in the file
 * @param removed of the missing ones, those deleted because the import was asked to remove them
 */
public record ImportCounts(int created, int updated, int unchanged, int missing, int removed) {

	public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

	public int rows() {
		return created + updated + unchanged;
	}

}
