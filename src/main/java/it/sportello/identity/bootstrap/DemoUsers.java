package it.sportello.identity.bootstrap;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import it.sportello.identity.Role;
import it.sportello.identity.users.StaffUser;
import it.sportello.identity.users.StaffUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts: one or more per role, a support and a URP user for every demo department, a few
 * office heads. Each password is the user name. They are hashed with BCrypt at cost 4 (a millisecond
 * each instead of ~0.1 s) because the passwords are public anyway; the first login re-hashes each at
 * the normal cost.
 */
@Component
class DemoUsers {

	static final String DEPARTMENTS = "demo/organization/departments.csv";

	static final String OFFICES = "demo/organization/offices.csv";

	/** Office heads of the demo: the Società dell'Informazione's own office and a few busy ones. */
	static final List<String> HEADED_OFFICES = List.of("AGRI-02", "PRES-04", "SALU-01", "SVIL-01", "AMBE-01");

	private static final String[] FIRST_NAMES = { "Giuseppe", "Anna", "Antonio", "Rosa", "Vincenzo", "Maria",
			"Rocco", "Teresa", "Donato", "Angela", "Canio", "Carmela", "Nicola", "Lucia", "Gerardo", "Filomena",
			"Michele", "Assunta", "Domenico", "Rosaria", "Pasquale", "Mariangela", "Luigi", "Antonella", "Egidio" };

	private static final String[] LAST_NAMES = { "Lorusso", "Colangelo", "Santarsiero", "Pace", "Romaniello",
			"Laurita", "Pietrafesa", "Fanelli", "Larocca", "Bochicchio", "Lacorazza", "Di Lorenzo", "Cafarelli",
			"Guarini", "Viggiano", "Sileo", "Pisani", "Summa", "Postiglione", "Carlucci", "Mecca", "Tortorelli",
			"Lapenna", "Coviello", "Robortella" };

	/** Phone extensions of the demo operators (docs/channels-phone.md uses them in its examples). */
	static final Map<String, String> DEMO_EXTENSIONS = Map.of("operatore", "201", "operatore2", "202");

	private final StaffUsers users;

	private final Clock clock;

	DemoUsers(StaffUsers users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Transactional
	List<DemoUser> create() {
		List<DemoUser> demo = plan();
		BCryptPasswordEncoder cheap = new BCryptPasswordEncoder(4);
		Instant now = clock.instant();
		users.saveAll(demo.stream().map(user -> {
			StaffUser account = new StaffUser(user.username(), user.displayName(),
					"{bcrypt}" + cheap.encode(user.username()), user.role(), user.departmentCode(), user.officeCode(), now);
			// The two demo operators have extensions, so that a demo switch's calls pop up on their screens.
			String extension = DEMO_EXTENSIONS.get(user.username());
			if (extension != null) {
				account.changeContacts(extension, user.username() + "@sportello.example");
			}
			return account;
		}).toList());
		return demo;
	}

	static List<DemoUser> plan() {
		List<DemoUser> plan = new ArrayList<>();
		Names names = new Names();
		plan.add(new DemoUser("operatore", "Claudio Rossi", Role.FIRST_LEVEL, null, null));
		plan.add(new DemoUser("operatore2", "Francesca Lorusso", Role.FIRST_LEVEL, null, null));
		plan.add(new DemoUser("backoffice", "Marco Colangelo", Role.BACK_OFFICE, null, null));
		for (String department : read(DEPARTMENTS, "code", "code").keySet()) {
			String lower = department.toLowerCase(Locale.ROOT);
			plan.add(new DemoUser("supporto." + lower, names.next(), Role.DEPARTMENT_SUPPORT, department, null));
			plan.add(new DemoUser("urp." + lower, names.next(), Role.URP, department, null));
		}
		Map<String, String> departmentOfOffice = read(OFFICES, "code", "department_code");
		for (String office : HEADED_OFFICES) {
			String department = departmentOfOffice.get(office);
			if (department != null) {
				plan.add(new DemoUser("responsabile." + office.toLowerCase(Locale.ROOT), names.next(), Role.OFFICE_HEAD,
						department, office));
			}
		}
		plan.add(new DemoUser("societa.informazione", "Paola Summa", Role.INFORMATION_SOCIETY, null, null));
		plan.add(new DemoUser("responsabile", "Giovanni Santarsiero", Role.MANAGER, null, null));
		plan.add(new DemoUser("admin", "Laura Pace", Role.ADMIN, null, null));
		return plan;
	}

	private static Map<String, String> read(String resource, String keyColumn, String valueColumn) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		Map<String, String> values = new LinkedHashMap<>();
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : format.parse(reader)) {
				values.put(row.get(keyColumn).strip(), row.get(valueColumn).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		return values;
	}

	/** Realistic, repeatable names: the same demo users every start. */
	private static final class Names {

		private int next;

		String next() {
			String name = FIRST_NAMES[next % FIRST_NAMES.length] + " "
					+ LAST_NAMES[(next * 7 + 3) % LAST_NAMES.length];
			next++;
			return name;
		}

	}

}
