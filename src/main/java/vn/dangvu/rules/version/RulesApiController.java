package vn.dangvu.rules.version;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.NewRuleVersion;
import vn.dangvu.rules.RuleDefinition;
import vn.dangvu.rules.RuleValue;

/**
 * Rules as JSON: read by anyone signed in, changed by administrators.
 */
@RestController
@RequiredArgsConstructor
class RulesApiController {

	private final RuleVersions rules;

	private final Clock clock;

	/**
	 * A rule with the version in force on the asked date (null when none) and its
	 * history.
	 */
	record RuleView(String key, String type, String topic, String name, String nameEn, String unit, RuleValue inForce,
			List<RuleValue> history) {

		static RuleView of(RuleDefinition d, LocalDate asOf, List<RuleValue> history, boolean withHistory) {
			RuleValue inForce = history.stream().filter((v) -> v.holdsOn(asOf)).findFirst().orElse(null);
			return new RuleView(d.key(), d.type().name(), d.topic(), d.nameVi(), d.nameEn(), d.unitVi(), inForce,
					withHistory ? history : null);
		}

	}

	@GetMapping("/api/v1/rules")
	List<RuleView> list(@RequestParam(defaultValue = "") String prefix,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf)
			throws BindException {
		if (prefix.length() > 100) {
			MapBindingResult errors = new MapBindingResult(new LinkedHashMap<>(), "query");
			errors.rejectValue("prefix", "rule.text.tooLong");
			throw new BindException(errors);
		}
		LocalDate on = asOf != null ? asOf : VietnamTime.today(this.clock);
		return this.rules.definitions(prefix)
			.stream()
			.map((d) -> RuleView.of(d, on, this.rules.history(d.key()), false))
			.toList();
	}

	@GetMapping("/api/v1/rules/{key}")
	RuleView one(@PathVariable String key,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		RuleDefinition d = this.rules.definition(key).orElseThrow(() -> NotFoundException.of("rule", key));
		return RuleView.of(d, asOf != null ? asOf : VietnamTime.today(this.clock), this.rules.history(key), true);
	}

	/** Adds a version of a rule; nothing earlier changes. */
	@PostMapping("/api/v1/rules")
	@ResponseStatus(HttpStatus.CREATED)
	RuleValue add(@RequestBody NewRuleVersion version) {
		return this.rules.add(version);
	}

}
