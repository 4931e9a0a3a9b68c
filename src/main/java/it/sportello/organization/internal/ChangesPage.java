package it.sportello.organization.internal;

import java.util.List;

/** One page of the directory's audit trail, the latest changes first. */
public record ChangesPage(List<DirectoryChangeView> changes, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 0;
	}

}
