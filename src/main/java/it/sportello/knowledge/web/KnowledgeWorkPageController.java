package it.sportello.knowledge.web;

import java.time.LocalDate;

import it.sportello.identity.StaffMember;
import it.sportello.knowledge.internal.FaqProposals;
import it.sportello.knowledge.internal.InformationNeeds;
import it.sportello.knowledge.internal.KnowledgeInbox;
import it.sportello.identity.Role;
import it.sportello.knowledge.internal.NeedAction;
import it.sportello.knowledge.internal.Trainings;
import it.sportello.knowledge.internal.NeedStage;
import it.sportello.organization.Departments;
import it.sportello.shared.DomainException;
import it.sportello.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of the work around sheets: the inbox (with its count for the navigation bar), the information-need board
 * with the form that opens a need, and the FAQ proposals from tickets.
 */
@Controller
class KnowledgeWorkPageController {

	private final KnowledgeInbox inbox;

	private final InformationNeeds needs;

	private final FaqProposals proposals;

	private final MessageSource messages;

	private final Departments departments;

	private final Trainings trainings;

	KnowledgeWorkPageController(KnowledgeInbox inbox, InformationNeeds needs, FaqProposals proposals,
			MessageSource messages, Departments departments, Trainings trainings) {
		this.trainings = trainings;
		this.departments = departments;
		this.inbox = inbox;
		this.needs = needs;
		this.proposals = proposals;
		this.messages = messages;
	}

	@GetMapping("/knowledge/inbox")
	String inbox(StaffMember me, Model model) {
		model.addAttribute("items", inbox.items(me));
		return "knowledge/inbox";
	}

	/** The count in the navigation bar, loaded by htmx after the page. */
	@GetMapping("/knowledge/inbox/count")
	String count(StaffMember me, Model model) {
		model.addAttribute("count", inbox.count(me));
		return "knowledge/inbox :: count";
	}

	@GetMapping("/knowledge/needs")
	String board(StaffMember me, Model model) {
		return board(me, model, null, new NeedForm(null, null, null, null, null));
	}

	record NeedForm(@Nullable String officeCode, @Nullable String procedureId, @Nullable String subject,
			@Nullable String reason, @Nullable LocalDate neededBy) {
	}

	@PostMapping("/knowledge/needs")
	ModelAndView open(@RequestParam(required = false) @Nullable String officeCode,
			@RequestParam(required = false) @Nullable String procedureId,
			@RequestParam(required = false) @Nullable String subject,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate neededBy,
			StaffMember me, Model model) {
		NeedForm form = new NeedForm(officeCode, procedureId, subject, reason, neededBy);
		try {
			needs.open(new InformationNeeds.NewNeed(required("officeCode", officeCode, 32),
					blankToNull(procedureId), required("subject", subject, 300), required("reason", reason, 4000),
					requiredDate(neededBy)), me);
		}
		catch (InvalidInputException refused) {
			ModelAndView page = new ModelAndView(board(me, model,
					messages.getMessage(refused.code(), refused.args(), LocaleContextHolder.getLocale()), form));
			page.setStatus(HttpStatus.BAD_REQUEST);
			return page;
		}
		return new ModelAndView("redirect:/knowledge/needs");
	}

	@PostMapping("/knowledge/needs/{id}/engagement")
	ModelAndView engage(@PathVariable String id, StaffMember me, Model model) {
		try {
			needs.engageSupport(id, null, me);
		}
		catch (DomainException refused) {
			return refusedBoard(me, model, refused);
		}
		return new ModelAndView("redirect:/knowledge/needs#" + id);
	}

	@PostMapping("/knowledge/needs/{id}/draft")
	ModelAndView draft(@PathVariable String id, StaffMember me, Model model) {
		String sheetId;
		try {
			sheetId = needs.startDraft(id, null, me).sheetId();
		}
		catch (DomainException refused) {
			return refusedBoard(me, model, refused);
		}
		return new ModelAndView("redirect:/knowledge/sheets/" + sheetId);
	}

	/** A step on a need refused (wrong role, out of order): the board again with the reason, nothing changed. */
	private ModelAndView refusedBoard(StaffMember me, Model model, DomainException refused) {
		ModelAndView page = new ModelAndView(board(me, model,
				messages.getMessage(refused.code(), refused.args(), refused.code(), LocaleContextHolder.getLocale()),
				new NeedForm(null, null, null, null, null)));
		page.setStatus(refused.status());
		return page;
	}

	@GetMapping("/knowledge/faq-proposals")
	String proposals(StaffMember me, Model model) {
		model.addAttribute("proposals", proposals.open(me));
		return "knowledge/proposals";
	}

	@PostMapping("/knowledge/faq-proposals/{id}/acceptance")
	String accept(@PathVariable long id, @RequestParam(required = false) @Nullable String sheetId,
			@RequestParam(required = false) @Nullable String question,
			@RequestParam(required = false) @Nullable String answer, StaffMember me) {
		proposals.accept(id, required("sheetId", sheetId, 16), required("question", question, 1000),
				required("answer", answer, 4000), me);
		return "redirect:/knowledge/sheets/" + sheetId;
	}

	@PostMapping("/knowledge/faq-proposals/{id}/dismissal")
	String dismiss(@PathVariable long id, StaffMember me) {
		proposals.dismiss(id, me);
		return "redirect:/knowledge/faq-proposals";
	}

	@GetMapping("/knowledge/trainings")
	String trainings(@RequestParam(required = false) @Nullable String sheet, StaffMember me, Model model) {
		return trainingsPage(me, model, null, new TrainingForm(blankToNull(sheet), null, null, null));
	}

	/** What the manager typed in the scheduling form, shown again when it is refused. */
	record TrainingForm(@Nullable String sheetId, java.time.@Nullable LocalDateTime at, @Nullable String place,
			@Nullable String guidelines) {
	}

	/**
	 * Schedules a training session from the trainings page; a refusal (not the manager or the back office, a sheet not
	 * published, a field missing) shows the page again with the reason and the text typed, and schedules nothing.
	 */
	@PostMapping("/knowledge/trainings")
	ModelAndView schedule(@RequestParam(required = false) @Nullable String sheetId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) java.time.@Nullable LocalDateTime at,
			@RequestParam(required = false) @Nullable String place,
			@RequestParam(required = false) @Nullable String guidelines, StaffMember me, Model model) {
		long id;
		try {
			if (at == null) {
				throw new InvalidInputException("at", "knowledge.form.required");
			}
			id = trainings.schedule(new Trainings.NewTraining(required("sheetId", sheetId, 16), at,
					required("place", place, 500), required("guidelines", guidelines, 8000)), me).id();
		}
		catch (DomainException refused) {
			return refusedTrainings(me, model, refused, new TrainingForm(sheetId, at, place, guidelines));
		}
		return new ModelAndView("redirect:/knowledge/trainings#training-" + id);
	}

	@PostMapping("/knowledge/trainings/{id}/confirmation")
	ModelAndView confirm(@PathVariable long id, StaffMember me, Model model) {
		try {
			trainings.confirm(id, me);
		}
		catch (DomainException refused) {
			return refusedTrainings(me, model, refused, new TrainingForm(null, null, null, null));
		}
		return new ModelAndView("redirect:/knowledge/trainings#training-" + id);
	}

	private ModelAndView refusedTrainings(StaffMember me, Model model, DomainException refused, TrainingForm form) {
		ModelAndView page = new ModelAndView(trainingsPage(me, model,
				messages.getMessage(refused.code(), refused.args(), refused.code(), LocaleContextHolder.getLocale()),
				form));
		page.setStatus(refused.status());
		return page;
	}

	private String trainingsPage(StaffMember me, Model model, @Nullable String error, TrainingForm form) {
		model.addAttribute("trainings", trainings.list(me));
		model.addAttribute("organises", me.is(Role.MANAGER, Role.BACK_OFFICE));
		model.addAttribute("confirms", me.is(Role.FIRST_LEVEL));
		model.addAttribute("error", error);
		model.addAttribute("form", form);
		return "knowledge/trainings";
	}

	private String board(StaffMember me, Model model, @Nullable String error, NeedForm form) {
		model.addAttribute("stages", NeedStage.values());
		model.addAttribute("needs", needs.board(null, me));
		model.addAttribute("error", error);
		model.addAttribute("form", form);
		model.addAttribute("canOpen", NeedAction.OPEN.allowsRole(me.role()) && me.departmentCode() != null);
		model.addAttribute("offices", me.departmentCode() == null ? java.util.List.of() : departments.offices(me.departmentCode()));
		return "knowledge/needs";
	}

	private static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "knowledge.form.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInputException(field, "knowledge.import.too-long", max);
		}
		return value.strip();
	}

	private static LocalDate requiredDate(@Nullable LocalDate value) {
		if (value == null) {
			throw new InvalidInputException("neededBy", "knowledge.form.required");
		}
		return value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
