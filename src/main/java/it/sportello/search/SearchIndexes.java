package it.sportello.search;

/**
 * The full-text index is derived data: this rebuilds it from the database. Modules that load data behind
 * Hibernate's back (plain JDBC batch imports) call {@link #rebuild()} afterwards; changes made through JPA
 * reach the index on their own when the transaction commits.
 */
public interface SearchIndexes {

	/**
	 * Re-indexes every searchable entity from the database while the current index keeps answering
	 * searches, then removes documents whose entity no longer exists.
	 * @throws RebuildInProgressException when another rebuild is running on this node
	 */
	RebuildReport rebuild();

	/** Whether a rebuild is running on this node now. */
	boolean rebuilding();

	/**
	 * Whether the index is the embedded Lucene one of this node ({@code sportello.search.backend=lucene}, the
	 * default), rather than an OpenSearch cluster shared by several nodes: Lucene's own queries and readers can be
	 * used only on the first.
	 */
	boolean embedded();

}
