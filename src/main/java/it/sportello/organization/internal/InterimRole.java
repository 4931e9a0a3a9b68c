package it.sportello.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A second office a person serves ad interim (e.g. a Dirigente who also heads a vacant office), with the
 * position held there. Kept beside the person's own office so that the directory lists them in both.
 */
@Embeddable
public class InterimRole {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "office_code", nullable = false)
	private Office office;

	@Column(nullable = false, length = 40)
	private String position;

	@SuppressWarnings("NullAway.Init")
	protected InterimRole() {
		// for JPA
	}

	InterimRole(Office office, String position) {
		this.office = office;
		this.position = position;
	}

	public Office getOffice() {
		return office;
	}

	public String getPosition() {
		return position;
	}

}
