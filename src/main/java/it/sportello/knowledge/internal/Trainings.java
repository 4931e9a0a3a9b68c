package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.identity.Role;
import it.sportello.identity.StaffDirectory;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.SheetState;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training sessions (S-AC4): the manager or the back office schedules one for a published sheet (date and time in
 * Europe/Rome, a place or a link, the answer guidelines); first-level operators confirm they read the guidelines,
 * once; the manager and the back office see who confirmed and who has not.
 */
@Service
public class Trainings {

	private static final Set<Role> ORGANISERS = Set.of(Role.MANAGER, Role.BACK_OFFICE);

	private final TrainingRepository trainings;

	private final TrainingConfirmationRepository confirmations;

	private final SheetRepository sheets;

	private final StaffDirectory staff;

	private final Clock clock;

	private final SheetRecords records;

	Trainings(TrainingRepository trainings, TrainingConfirmationRepository confirmations, SheetRepository sheets,
			StaffDirectory staff, Clock clock, SheetRecords records) {
		this.records = records;
		this.trainings = trainings;
		this.confirmations = confirmations;
		this.sheets = sheets;
		this.staff = staff;
		this.clock = clock;
	}

	/** What a training is given, the time as a Europe/Rome local time. */
	public record NewTraining(String sheetId, LocalDateTime at, String place, String guidelines) {
	}

	@Transactional
	public TrainingView schedule(NewTraining request, StaffMember by) {
		if (!ORGANISERS.contains(by.role())) {
			throw new ForbiddenException("knowledge.training.role-not-allowed");
		}
		Sheet sheet = sheets.findById(request.sheetId())
			.orElseThrow(() -> new InvalidInputException("sheetId", "knowledge.sheet.not-found", request.sheetId()));
		if (sheet.state() != SheetState.ACTIVE) {
			throw new ConflictException("knowledge.training.not-published", sheet.id());
		}
		if (!records.published(sheet).map(VersionView::substantial).orElse(true)) {
			// The change was not marked substantial by an approver: the training is skipped for this version.
			throw new ConflictException("knowledge.training.not-substantial", sheet.id(), sheet.publishedVersion());
		}
		Training training = trainings.saveAndFlush(new Training(sheet.id(), sheet.publishedVersion(),
				request.at().atZone(KnowledgeAccess.ROME).toInstant(), request.place().strip(),
				request.guidelines().strip(), by.username(), clock.instant()));
		return view(training, sheet.title(), by);
	}

	/** The sessions the reader may see, latest first: every staff member but first level sees them all. */
	@Transactional(readOnly = true)
	public List<TrainingView> list(StaffMember by) {
		List<Training> all = trainings.findAllByOrderByScheduledAtDescIdDesc();
		Map<String, String> titles = sheets.findAllById(all.stream().map(Training::sheetId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Sheet::id, Sheet::title));
		return all.stream().map(training -> view(training, titles.getOrDefault(training.sheetId(), training.sheetId()), by)).toList();
	}

	@Transactional(readOnly = true)
	public TrainingView training(long id, StaffMember by) {
		Training training = find(id);
		return view(training, sheets.findById(training.sheetId()).map(Sheet::title).orElse(training.sheetId()), by);
	}

	/** The operator confirms reading the guidelines; confirming again changes nothing. */
	public TrainingView confirm(long id, StaffMember by) {
		if (!by.is(Role.FIRST_LEVEL)) {
			throw new ForbiddenException("knowledge.training.only-operators");
		}
		Training training = find(id);
		if (confirmations.findByTrainingIdAndUsername(id, by.username()).isEmpty()) {
			try {
				confirmations.saveAndFlush(new TrainingConfirmation(id, by.username(), clock.instant()));
			}
			catch (DataIntegrityViolationException sameMomentTwice) {
				// The same operator confirmed at the same moment from another tab: theirs is the one kept.
				confirmations.findByTrainingIdAndUsername(id, by.username()).orElseThrow(() -> sameMomentTwice);
			}
		}
		return training(training.id(), by);
	}

	/** The sessions whose guidelines the operator has not confirmed yet. */
	@Transactional(readOnly = true)
	List<TrainingView> toConfirm(StaffMember by) {
		if (!by.is(Role.FIRST_LEVEL)) {
			return List.of();
		}
		Set<Long> done = confirmations.findByUsername(by.username())
			.stream()
			.map(TrainingConfirmation::trainingId)
			.collect(Collectors.toSet());
		return list(by).stream().filter(training -> !done.contains(training.id())).toList();
	}

	private Training find(long id) {
		return trainings.findById(id).orElseThrow(() -> new NotFoundException("knowledge.training.not-found", id));
	}

	private TrainingView view(Training training, String title, StaffMember by) {
		List<TrainingConfirmation> given = confirmations.findByTrainingIdOrderByUsername(training.id());
		Instant mine = given.stream()
			.filter(confirmation -> confirmation.username().equals(by.username()))
			.map(TrainingConfirmation::confirmedAt)
			.findFirst()
			.orElse(null);
		List<TrainingView.Confirmation> confirmed = List.of();
		List<String> notConfirmed = List.of();
		if (ORGANISERS.contains(by.role()) || by.is(Role.ADMIN)) {
			Map<String, StaffMember> operators = staff.enabledWithRole(Role.FIRST_LEVEL)
				.stream()
				.collect(Collectors.toMap(StaffMember::username, Function.identity()));
			confirmed = given.stream()
				.map(confirmation -> new TrainingView.Confirmation(confirmation.username(),
						displayName(operators.get(confirmation.username()), confirmation.username()),
						confirmation.confirmedAt()))
				.toList();
			Set<String> confirmedNames = given.stream().map(TrainingConfirmation::username).collect(Collectors.toSet());
			notConfirmed = operators.values()
				.stream()
				.filter(operator -> !confirmedNames.contains(operator.username()))
				.map(operator -> operator.displayName() + " (" + operator.username() + ")")
				.sorted()
				.toList();
		}
		String place = training.place();
		return new TrainingView(training.id(), training.sheetId(), title, training.sheetVersion(),
				training.scheduledAt(), place, SafeLinks.isWebAddress(place), training.guidelines(),
				training.createdBy(), mine, confirmed, notConfirmed);
	}

	private static String displayName(@Nullable StaffMember member, String username) {
		return member == null ? username : member.displayName();
	}

}
