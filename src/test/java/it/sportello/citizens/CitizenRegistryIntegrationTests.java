package it.sportello.citizens;

import it.sportello.support.AccessAuditRows;
import it.sportello.support.SportelloIntegrationTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import it.sportello.identity.AccessAudit;
import it.sportello.identity.StaffMember;
import it.sportello.shared.Channel;
import it.sportello.identity.Role;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.NotFoundException;
import it.sportello.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@SportelloIntegrationTest
class CitizenRegistryIntegrationTests {

	private static final String MARIO = "RSSMRA85T10A562S";

	private final StaffMember operator = Staff.firstLevelOperator();

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessAudit accessAudit;

	@Autowired
	TransactionTemplate transaction;

	private AccessAuditRows audit;

	@BeforeEach
	void emptyRegistry() {
		accessAudit.flush();
		jdbc.update("delete from citizen");
		jdbc.update("delete from access_audit where subject_type = 'CITIZEN'");
		audit = new AccessAuditRows(jdbc, accessAudit);
	}

	@Test
	void createsACitizenWhenNothingMatchesAndAuditsIt() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", " rssmra85t10a562s ", "0971 664002",
				"Mario.Rossi@Example.it"), operator);

		assertThat(mario.displayName()).isEqualTo("Mario Rossi");
		assertThat(mario.kind()).isEqualTo(CitizenKind.PERSON);
		assertThat(mario.fiscalCode()).isEqualTo(MARIO);
		assertThat(mario.phone()).isEqualTo("+390971664002");
		assertThat(mario.email()).isEqualTo("mario.rossi@example.it");
		assertThat(audit.count("operatore", "CREATE", String.valueOf(mario.id()))).isEqualTo(1);
	}

	@Test
	void reusesByFiscalCodeFillingMissingFieldsButNeverOverwriting() {
		CitizenView first = citizens.identify(person("Mario", "Rossi", MARIO, "0971 664002", null), operator);

		CitizenView again = citizens.identify(new CitizenDetails(null, null, null, null, MARIO, "333 1234567",
				"mario@example.it", Channel.EMAIL), operator);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.phone()).as("known phone kept").isEqualTo("+390971664002");
		assertThat(again.email()).as("missing e-mail filled").isEqualTo("mario@example.it");
		assertThat(again.preferredChannel()).isEqualTo(Channel.EMAIL);
		assertThat(count()).isEqualTo(1);
		assertThat(audit.count("operatore", "UPDATE", String.valueOf(first.id()))).isEqualTo(1);
	}

	@Test
	void reusesByPhoneInAnyFormatAndFillsTheFiscalCode() {
		CitizenView first = citizens.identify(person("Anna", "Nolè", null, "+39 333 1234567", null), operator);

		CitizenView again = citizens.identify(person(null, null, FiscalCodes.personal("NLONNA80A41G942"), "333-1234567",
				null), operator);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.fiscalCode()).isEqualTo(FiscalCodes.personal("NLONNA80A41G942"));
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void reusesByEmailIgnoringCase() {
		CitizenView first = citizens.identify(person("Luca", "Bianchi", null, null, "luca.bianchi@example.it"), operator);

		CitizenView again = citizens.identify(person("Luca", "Bianchi", null, null, " LUCA.Bianchi@example.IT"), operator);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void answeringWithoutChangesIsAuditedAsARead() {
		CitizenView first = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);

		citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);

		assertThat(audit.count("operatore", "READ", String.valueOf(first.id()))).isEqualTo(1);
	}

	@Test
	void doesNotTakeOverTheRecordOfSomeoneElseSharingThePhone() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, "0971 664002", null), operator);

		CitizenView anna = citizens.identify(person("Anna", "Rossi", null, "0971 664002", null), operator);
		CitizenView withOtherCode = citizens.identify(person("Giuseppe", "Rossi", FiscalCodes.personal("RSSGPP60A01G942"),
				"0971 664002", null), operator);

		assertThat(anna.id()).isNotEqualTo(mario.id());
		assertThat(withOtherCode.id()).isNotIn(mario.id(), anna.id());
		assertThat(citizens.find(mario.id(), operator)).get().extracting(CitizenView::fiscalCode).isEqualTo(MARIO);
	}

	@Test
	void needsANameToCreate() {
		assertThatThrownBy(() -> citizens.identify(person(null, "Rossi", MARIO, null, null), operator))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
		assertThat(count()).isZero();
	}

	@Test
	void createsCompaniesByTheirElevenDigitCode() {
		CitizenView company = citizens.identify(new CitizenDetails(null, null, null, "Edilizia Lucana S.r.l.",
				"00743110157", null, null, null), operator);

		assertThat(company.kind()).isEqualTo(CitizenKind.COMPANY);
		assertThat(company.displayName()).isEqualTo("Edilizia Lucana S.r.l.");
	}

	@Test
	void refusesInvalidKeysNamingTheField() {
		assertThat(fieldRefused(person("Mario", "Rossi", "RSSMRA85T10A562T", null, null))).isEqualTo("fiscalCode");
		assertThat(fieldRefused(person("Mario", "Rossi", null, "12", null))).isEqualTo("phone");
		assertThat(fieldRefused(person("Mario", "Rossi", null, null, "mario@"))).isEqualTo("email");
		assertThat(count()).isZero();
	}

	@Test
	void neverDuplicatesUnderConcurrentIdentifyOfTheSameFiscalCode() throws Exception {
		int callers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<CitizenView>> results = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				String phone = "333 12345" + (10 + i);
				Callable<CitizenView> identify = () -> {
					start.await();
					return citizens.identify(person("Mario", "Rossi", MARIO, phone, null), operator);
				};
				results.add(pool.submit(identify));
			}
			start.countDown();
			Set<Long> ids = results.stream().map(CitizenRegistryIntegrationTests::get).map(CitizenView::id)
				.collect(Collectors.toSet());
			assertThat(ids).hasSize(1);
			assertThat(count()).isEqualTo(1);
			assertThat(audit.count("CREATE")).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void findsByIdAuditingEveryReadEvenFromMemory() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);

		assertThat(citizens.find(mario.id(), operator)).contains(mario);
		assertThat(citizens.find(mario.id(), operator)).contains(mario);
		assertThat(citizens.find(mario.id() + 1000, operator)).isEmpty();
		assertThat(audit.count("operatore", "READ", String.valueOf(mario.id()))).isEqualTo(2);
		assertThat(audit.count("operatore", "READ", String.valueOf(mario.id() + 1000))).isZero();
	}

	@Test
	void aRecordCompletedAfterBeingReadIsReadAgainWithWhatWasAdded() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);
		assertThat(citizens.find(mario.id(), operator).orElseThrow().email()).isNull();
		assertThat(citizens.displayNames(List.of(mario.id()))).containsEntry(mario.id(), "Mario Rossi");

		citizens.identify(person(null, null, MARIO, null, "mario@example.it"), operator);

		assertThat(citizens.find(mario.id(), operator).orElseThrow().email()).isEqualTo("mario@example.it");
	}

	@Test
	void aCompletionRolledBackIsNeverRemembered() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);

		transaction.executeWithoutResult(status -> {
			citizens.identifyInTransaction(person(null, null, MARIO, null, "mario@example.it"), operator);
			assertThat(citizens.find(mario.id(), operator).orElseThrow().email())
				.as("the transaction sees its own change")
				.isEqualTo("mario@example.it");
			status.setRollbackOnly();
		});

		assertThat(citizens.find(mario.id(), operator).orElseThrow().email()).isNull();
	}

	@Test
	void searchesByFiscalCodeExactOrPrefix() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);
		citizens.identify(person("Maria", "Rossi", FiscalCodes.personal("RSSMRA90A41G942"), null, null), operator);

		assertThat(citizens.search("rssmra85t10a562s", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
		assertThat(citizens.search("RSSMRA8", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
		assertThat(citizens.search("RSSMRA", 10, operator)).as("six letters are a name, not a code").isEmpty();
		assertThat(audit.count("operatore", "SEARCH", "FISCAL_CODE,NAME")).isEqualTo(2);
		assertThat(audit.count("operatore", "SEARCH_RESULT", String.valueOf(mario.id())))
			.as("each record a search showed, so that who saw it can be told")
			.isEqualTo(2);
	}

	@Test
	void givesEveryMatchingIdForFilteringOrRefusesATooBroadText() {
		for (String first : List.of("Anna", "Bruno", "Carla")) {
			citizens.identify(person(first, "Pietrafesa", null, null, first.toLowerCase() + "@example.it"), operator);
		}

		assertThat(citizens.idsMatching("pietrafesa", 3, operator)).hasSize(3);
		assertThatThrownBy(() -> citizens.idsMatching("pietrafesa", 2, operator))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("citizen.query.too-broad");
	}

	@Test
	void correctsTheContactDetailsReplacingTheOldOnesAuditedAndReadAfreshAtOnce() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, "0971 664002", "mario@example.it"), operator);
		assertThat(citizens.find(mario.id(), operator).orElseThrow().phone()).isEqualTo("+390971664002");

		CitizenView corrected = citizens.correctContacts(mario.id(),
				new ContactDetails("333 123 4567", "  ", Channel.PHONE), operator);

		assertThat(corrected.phone()).isEqualTo("+393331234567");
		assertThat(corrected.email()).as("a blank value removes it").isNull();
		assertThat(citizens.find(mario.id(), operator).orElseThrow().phone()).as("not the remembered record")
			.isEqualTo("+393331234567");
		assertThat(citizens.search("333 1234567", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
		assertThat(audit.count("operatore", "UPDATE", String.valueOf(mario.id()))).isEqualTo(1);
	}

	@Test
	void refusesACorrectionFromRolesThatDoNotTalkToCitizensOrWithABadPhone() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, "0971 664002", null), operator);
		StaffMember manager = new StaffMember("responsabile", "Responsabile", Role.MANAGER, null, null);

		assertThatThrownBy(() -> citizens.correctContacts(mario.id(), new ContactDetails("333 1234567", null, null), manager))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> citizens.correctContacts(mario.id(), new ContactDetails("12", null, null), operator))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> citizens.correctContacts(mario.id() + 1000, new ContactDetails(null, null, null), operator))
			.isInstanceOf(NotFoundException.class);
		assertThat(citizens.find(mario.id(), operator).orElseThrow().phone()).isEqualTo("+390971664002");
	}

	@Test
	void searchesByPhoneWhateverItsFormat() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", null, "0971 664002", null), operator);

		assertThat(citizens.search("+39 0971 66 40 02", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
		assertThat(citizens.search("0971664002", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
		assertThat(citizens.search("664002", 10, operator)).extracting(CitizenView::id).containsExactly(mario.id());
	}

	@Test
	void searchesByEmail() {
		CitizenView luca = citizens.identify(person("Luca", "Bianchi", null, null, "luca.bianchi@example.it"), operator);

		assertThat(citizens.search("Luca.Bianchi@example.it", 10, operator)).extracting(CitizenView::id)
			.containsExactly(luca.id());
		assertThat(citizens.search("luca.bianchi@", 10, operator)).extracting(CitizenView::id).containsExactly(luca.id());
		assertThat(audit.count("operatore", "SEARCH", "EMAIL")).isEqualTo(2);
	}

	@Test
	void searchesNamesIgnoringCaseAccentsAndApostrophes() {
		CitizenView anna = citizens.identify(person("Anna", "Nolè", null, "333 1234567", null), operator);
		CitizenView rita = citizens.identify(person("Rita", "D’Onofrio", null, "333 7654321", null), operator);
		CitizenView niccolo = citizens.identify(person("Niccolò", "Lucà", null, "0971 664003", null), operator);

		assertThat(citizens.search("nole", 10, operator)).extracting(CitizenView::id).containsExactly(anna.id());
		assertThat(citizens.search("NOLÈ a", 10, operator)).extracting(CitizenView::id).containsExactly(anna.id());
		assertThat(citizens.search("d'onofrio", 10, operator)).extracting(CitizenView::id).containsExactly(rita.id());
		assertThat(citizens.search("donof", 10, operator)).extracting(CitizenView::id).containsExactly(rita.id());
		assertThat(citizens.search("onofrio rita", 10, operator)).extracting(CitizenView::id).containsExactly(rita.id());
		assertThat(citizens.search("luca nicco", 10, operator)).extracting(CitizenView::id).containsExactly(niccolo.id());
		assertThat(citizens.search("ann", 10, operator)).extracting(CitizenView::id).containsExactly(anna.id());
	}

	@Test
	void listsNameMatchesBySurnameAndRespectsTheLimit() {
		citizens.identify(person("Mario", "Rossi", null, null, "m1@example.it"), operator);
		citizens.identify(person("Maria", "Rossetti", null, null, "m2@example.it"), operator);
		citizens.identify(person("Marco", "Ross", null, null, "m3@example.it"), operator);

		assertThat(citizens.search("ross", 10, operator)).extracting(CitizenView::lastName)
			.containsExactly("Ross", "Rossetti", "Rossi");
		assertThat(citizens.search("ross", 2, operator)).hasSize(2);
		assertThat(citizens.search("  ", 10, operator)).isEmpty();
	}

	@Test
	void givesDisplayNamesWithoutAuditing() {
		CitizenView mario = citizens.identify(person("Mario", "Rossi", MARIO, null, null), operator);

		assertThat(citizens.displayNames(List.of(mario.id(), -1L))).containsExactly(java.util.Map.entry(mario.id(),
				"Mario Rossi"));
		assertThat(citizens.displayNames(List.of())).isEmpty();
		assertThat(audit.count("READ")).isZero();
	}

	private String fieldRefused(CitizenDetails details) {
		try {
			citizens.identify(details, operator);
			throw new AssertionError("accepted " + details);
		}
		catch (InvalidInputException ex) {
			return ex.field();
		}
	}

	private int count() {
		Integer count = jdbc.queryForObject("select count(*) from citizen", Integer.class);
		return count == null ? 0 : count;
	}

	private static CitizenView get(Future<CitizenView> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	static CitizenDetails person(String firstName, String lastName, String fiscalCode, String phone, String email) {
		return new CitizenDetails(null, firstName, lastName, null, fiscalCode, phone, email, null);
	}

}
