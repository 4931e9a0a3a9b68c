package it.sportello.organization.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import it.sportello.organization.DepartmentCard;
import it.sportello.organization.DepartmentView;
import it.sportello.organization.OfficeView;
import org.jspecify.annotations.Nullable;

/**
 * A department in the API; {@code urp} and {@code offices} only when one department is asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DepartmentResponse(String code, String name, String shortName, Contacts contacts, @Nullable OfficeResponse urp,
		@Nullable List<OfficeResponse> offices) {

	/** How to reach the department's directorate. */
	record Contacts(@Nullable String address, @Nullable String phone, @Nullable String email, @Nullable String pec,
			@Nullable String website) {
	}

	/** An office, URP or structure; {@code urp} marks the department's public relations office. */
	record OfficeResponse(String code, @Nullable String parentCode, String name, String type, boolean urp,
			@Nullable String phone, @Nullable String email, @Nullable String pec, @Nullable String openingHours,
			@Nullable String website) {

		static OfficeResponse of(OfficeView office) {
			return new OfficeResponse(office.code(), office.parentCode(), office.name(), office.type(), office.isUrp(),
					office.phone(), office.email(), office.pec(), office.openingHours(), office.website());
		}

	}

	static DepartmentResponse summary(DepartmentView department) {
		return new DepartmentResponse(department.code(), department.name(), department.shortName(), contacts(department),
				null, null);
	}

	static DepartmentResponse of(DepartmentCard card) {
		DepartmentView department = card.department();
		return new DepartmentResponse(department.code(), department.name(), department.shortName(), contacts(department),
				card.urp() == null ? null : OfficeResponse.of(card.urp()),
				card.offices().stream().map(OfficeResponse::of).toList());
	}

	private static Contacts contacts(DepartmentView department) {
		return new Contacts(department.address(), department.phone(), department.email(), department.pec(),
				department.website());
	}

}
