package it.sportello.organization.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import it.sportello.organization.DepartmentCard;
import it.sportello.organization.Directory;
import it.sportello.organization.EmployeeView;
import it.sportello.organization.OfficeView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts together the {@link PrintedDirectory} that the print page and the PDF both render. */
@Service
@Transactional(readOnly = true)
public class DirectoryPrintout {

	private static final ZoneId ROME = ZoneId.of("Europe/Rome");

	private final Directory directory;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	DirectoryPrintout(Directory directory, JdbcTemplate jdbc, Clock clock) {
		this.directory = directory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PrintedDirectory printout() {
		Map<String, List<EmployeeView>> byOffice = new LinkedHashMap<>();
		for (EmployeeView person : directory.everyone()) {
			byOffice.computeIfAbsent(person.officeCode(), key -> new ArrayList<>()).add(person);
			person.interimRoles().forEach(role -> byOffice.computeIfAbsent(role.officeCode(), key -> new ArrayList<>()).add(person));
		}
		List<PrintedDirectory.DepartmentSection> departments = new ArrayList<>();
		for (DepartmentCard card : directory.structure()) {
			List<PrintedDirectory.OfficeSection> offices = new ArrayList<>();
			for (OfficeView office : card.offices()) {
				List<EmployeeView> people = new ArrayList<>(byOffice.getOrDefault(office.code(), List.of()));
				people.sort(DirectoryReader.BY_SURNAME);
				offices.add(new PrintedDirectory.OfficeSection(office, people));
			}
			departments.add(new PrintedDirectory.DepartmentSection(card.department(), offices));
		}
		return new PrintedDirectory(updatedOn(), departments);
	}

	/** The day of the last change to the directory; today when nothing was ever recorded. */
	private LocalDate updatedOn() {
		Timestamp last = jdbc.queryForObject("select max(changed_at) from directory_change", Timestamp.class);
		return last == null ? LocalDate.now(clock.withZone(ROME)) : last.toInstant().atZone(ROME).toLocalDate();
	}

}
