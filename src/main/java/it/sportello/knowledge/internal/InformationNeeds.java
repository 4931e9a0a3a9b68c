package it.sportello.knowledge.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import it.sportello.identity.Role;
import it.sportello.identity.StaffMember;
import it.sportello.knowledge.Audience;
import it.sportello.knowledge.SheetState;
import it.sportello.organization.Departments;
import it.sportello.organization.OfficeView;
import it.sportello.shared.ConflictException;
import it.sportello.shared.ForbiddenException;
import it.sportello.shared.InvalidInputException;
import it.sportello.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information needs (S-AC1): opened by the URP or an office head of the department, the URP engages the department's
 * support, and the URP or the support starts the draft sheet, prefilled from the need and linked to it. The board
 * shows each need where it stands. The department's staff see its needs; those who run the portal see all of them;
 * first level none.
 */
@Service
public class InformationNeeds {

	private final NeedRepository needs;

	private final SheetRepository sheets;

	private final ProcedureRepository procedures;

	private final SheetEditing editing;

	private final SeriesWrites series;

	private final KnowledgeAccess access;

	private final Departments departments;

	private final Clock clock;

	InformationNeeds(NeedRepository needs, SheetRepository sheets, ProcedureRepository procedures,
			SheetEditing editing, SeriesWrites series, KnowledgeAccess access, Departments departments, Clock clock) {
		this.needs = needs;
		this.sheets = sheets;
		this.procedures = procedures;
		this.editing = editing;
		this.series = series;
		this.access = access;
		this.departments = departments;
		this.clock = clock;
	}

	/** What a need says when it is opened. */
	public record NewNeed(String officeCode, @Nullable String procedureId, String subject, String reason,
			LocalDate neededBy) {
	}

	public NeedView open(NewNeed request, StaffMember by) {
		if (!NeedAction.OPEN.allowsRole(by.role())) {
			throw new ForbiddenException("knowledge.sheet.role-not-allowed", named(NeedAction.OPEN.messageCode()));
		}
		OfficeView office = departments.findOffice(request.officeCode())
			.orElseThrow(() -> new InvalidInputException("officeCode", "knowledge.import.unknown-office",
					request.officeCode()));
		if (!office.departmentCode().equals(by.departmentCode())) {
			throw new ForbiddenException("knowledge.need.other-department", office.code());
		}
		String procedureId = request.procedureId();
		if (procedureId != null && procedures.findById(procedureId).isEmpty()) {
			throw new InvalidInputException("procedureId", "knowledge.import.unknown-procedure", procedureId);
		}
		if (request.neededBy().isBefore(access.today())) {
			throw new InvalidInputException("neededBy", "knowledge.need.past-date");
		}
		Instant now = clock.instant();
		Need saved = series.withNextIds(() -> {
			String id = SeriesIds.next("EI-", needs.highestId().orElse(null));
			return needs.saveAndFlush(new Need(id, office.departmentCode(), office.code(), procedureId,
					request.subject().strip(), request.reason().strip(), request.neededBy(), by.username(),
					by.displayName(), now));
		});
		return view(saved, by);
	}

	/** S-AC1: the URP engages its department's support to draft the sheet together. */
	public NeedView engageSupport(String id, @Nullable Long expectedVersion, StaffMember by) {
		return series.withNextIds(() -> {
			Need need = check(visible(id, by), NeedAction.ENGAGE_SUPPORT, expectedVersion, by);
			need.engage(by.username(), clock.instant());
			needs.flush();
			return view(need, by);
		});
	}

	/**
	 * Starts the draft sheet of the need, prefilled with its subject, reason, office and procedure, and links it: from
	 * now on the URP and the support write it together like any draft.
	 */
	public NeedView startDraft(String id, @Nullable Long expectedVersion, StaffMember by) {
		return series.withNextIds(() -> {
			Need need = check(visible(id, by), NeedAction.START_DRAFT, expectedVersion, by);
			String summary = need.reason().length() > 1000 ? need.reason().substring(0, 1000) : need.reason();
			SheetDetails draft = editing.createInTransaction(new SheetDraft(need.subject(), summary, need.reason(),
					need.officeCode(), need.procedureId(), List.of(), Set.of(Audience.CITIZENS), access.today(),
					null, List.of(), List.of()), by);
			need.linkSheet(draft.id());
			needs.flush();
			return view(need, by);
		});
	}

	@Transactional(readOnly = true)
	public NeedView need(String id, StaffMember by) {
		return view(visible(id, by), by);
	}

	/** The board: every need the reader may see, soonest deadline first, with where it stands. */
	@Transactional(readOnly = true)
	public List<NeedView> board(@Nullable NeedStage stage, StaffMember by) {
		if (by.is(Role.FIRST_LEVEL)) {
			return List.of();
		}
		List<Need> found = access.seesEverything(by) ? needs.findAllByOrderByNeededByAscIdAsc()
				: by.departmentCode() == null ? List.of()
						: needs.findByDepartmentCodeOrderByNeededByAscIdAsc(by.departmentCode());
		Map<String, Sheet> linked = sheets
			.findAllById(found.stream().map(Need::sheetId).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(Sheet::id, Function.identity()));
		return found.stream()
			.map(need -> view(need, need.sheetId() == null ? null : linked.get(need.sheetId()), by))
			.filter(view -> stage == null || view.stage() == stage)
			.toList();
	}

	/** The needs that wait for the reader: support to engage (URP), a draft to start (URP and support). */
	List<NeedView> waitingFor(StaffMember by) {
		if (!by.is(Role.URP, Role.DEPARTMENT_SUPPORT) || by.departmentCode() == null) {
			return List.of();
		}
		return needs.findByDepartmentCodeOrderByNeededByAscIdAsc(by.departmentCode())
			.stream()
			.filter(need -> need.sheetId() == null)
			.map(need -> view(need, null, by))
			.filter(view -> !view.actions().isEmpty())
			.toList();
	}

	private Need visible(String id, StaffMember by) {
		return needs.findById(id)
			.filter(need -> !by.is(Role.FIRST_LEVEL)
					&& (access.seesEverything(by) || need.departmentCode().equals(by.departmentCode())))
			.orElseThrow(() -> new NotFoundException("knowledge.need.not-found", id));
	}

	private Need check(Need need, NeedAction action, @Nullable Long expectedVersion, StaffMember by) {
		if (!action.allowsRole(by.role())) {
			throw new ForbiddenException("knowledge.sheet.role-not-allowed", named(action.messageCode()));
		}
		if (!need.departmentCode().equals(by.departmentCode())) {
			throw new ForbiddenException("knowledge.need.other-department", need.officeCode());
		}
		if (expectedVersion != null && expectedVersion != need.version()) {
			throw new NeedChangedException(need.id());
		}
		if (!action.allows(need, by)) {
			throw new ConflictException(action == NeedAction.ENGAGE_SUPPORT ? "knowledge.need.already-engaged"
					: need.sheetId() != null ? "knowledge.need.already-drafted" : "knowledge.need.not-engaged",
					need.id());
		}
		return need;
	}

	private NeedView view(Need need, StaffMember by) {
		String sheetId = need.sheetId();
		return view(need, sheetId == null ? null : sheets.findById(sheetId).orElse(null), by);
	}

	private NeedView view(Need need, @Nullable Sheet sheet, StaffMember by) {
		NeedStage stage = NeedStage.of(need, sheet == null ? null : sheet.state());
		String procedureId = need.procedureId();
		List<NeedAction> actions = EnumSet.of(NeedAction.ENGAGE_SUPPORT, NeedAction.START_DRAFT)
			.stream()
			.filter(action -> action.allows(need, by))
			.toList();
		boolean late = stage != NeedStage.PUBLISHED && need.neededBy().isBefore(access.today());
		return new NeedView(need.id(), stage, need.departmentCode(), need.officeCode(),
				departments.findOffice(need.officeCode()).map(OfficeView::name).orElse(null), procedureId,
				procedureId == null ? null : procedures.findById(procedureId).map(p -> p.content().name()).orElse(null),
				need.subject(), need.reason(), need.neededBy(), late, need.openedBy(), need.openedByName(),
				need.openedAt(), need.engagedBy(), need.engagedAt(), need.sheetId(),
				sheet == null || !access.canSee(sheet, by) ? null : sheet.title(), actions, need.version());
	}

	private static DefaultMessageSourceResolvable named(String code) {
		return new DefaultMessageSourceResolvable(code);
	}

}
