package vn.dangvu.rules.version;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.rules.NewRuleVersion;
import vn.dangvu.rules.RuleDefinition;
import vn.dangvu.rules.RuleValue;

/**
 * The rule table: what is in force, each rule's history, and new versions
 * (administrators).
 */
@Controller
@RequiredArgsConstructor
class RulesPages {

	private final RuleVersions rules;

	private final Messages messages;

	private final Clock clock;

	private final PageForms forms;

	/** One line of the table: a rule and its version in force on the chosen date. */
	record Line(RuleDefinition definition, RuleValue inForce, int versions) {

	}

	@GetMapping("/rules")
	String list(@RequestParam(required = false) LocalDate asOf, Model model) {
		LocalDate on = asOf != null ? asOf : VietnamTime.today(this.clock);
		Map<String, List<Line>> byTopic = new LinkedHashMap<>();
		for (RuleDefinition d : this.rules.definitions("")) {
			List<RuleValue> history = this.rules.history(d.key());
			RuleValue inForce = history.stream().filter((v) -> v.holdsOn(on)).findFirst().orElse(null);
			byTopic.computeIfAbsent(d.topic(), (t) -> new java.util.ArrayList<>())
				.add(new Line(d, inForce, history.size()));
		}
		model.addAttribute("asOf", on);
		model.addAttribute("byTopic", byTopic);
		return "rules/list";
	}

	@GetMapping("/rules/{key}")
	String rule(@PathVariable String key, Model model) {
		RuleDefinition d = this.rules.definition(key).orElseThrow(() -> NotFoundException.of("rule", key));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new VersionForm(null, null, null, true, null));
		}
		model.addAttribute("definition", d);
		List<RuleValue> newestFirst = new java.util.ArrayList<>(this.rules.history(key));
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("history", newestFirst);
		model.addAttribute("today", VietnamTime.today(this.clock));
		return "rules/rule";
	}

	/** What the new-version form sends. */
	record VersionForm(String value, LocalDate validFrom, String source, Boolean confirmed, String note) {

	}

	@PostMapping("/rules/{key}")
	String addVersion(@PathVariable String key, VersionForm form, Model model, RedirectAttributes redirect) {
		return this.forms.attempt(RuleViolationException.class::isInstance, () -> {
			this.rules.add(new NewRuleVersion(key, form.value(), form.validFrom(), form.source(),
					Boolean.TRUE.equals(form.confirmed()), form.note()));
			redirect.addFlashAttribute("flashMessage", this.messages.text("rule.version.added"));
			return "redirect:/rules/" + key;
		}, (ex) -> {
			model.addAttribute("form", form);
			model.addAttribute("formError", this.messages.text(ex));
			model.addAttribute("formErrorField", ex.field());
			return rule(key, model);
		});
	}

}
