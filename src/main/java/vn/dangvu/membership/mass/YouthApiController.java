package vn.dangvu.membership.mass;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Youth Union membership changes as JSON. A member outside the caller's youth subtree (or
 * a caller who does not keep Youth Union records) is 404; bad values are field errors.
 */
@RestController
@RequestMapping("/api/v1/youth")
@Tag(name = "Youth Union", description = "Đoàn viên Đoàn TNCS Hồ Chí Minh")
@RequiredArgsConstructor
class YouthApiController {

	private final MassMembership mass;

	private final Clock clock;

	@PostMapping(path = "/members/{personId}/leave", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "A member leaves the Youth Union for a reason other than age",
			description = "body: reason (required, at most 500 characters), date (yyyy-MM-dd, default today, "
					+ "not in the future). Records a LEFT event; the person no longer belongs to a branch.")
	void leave(@PathVariable String personId, @RequestBody Map<String, Object> body) {
		long id = id(personId);
		Object reason = (body == null) ? null : body.get("reason");
		if (reason != null && !(reason instanceof String)) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (reason == null || ((String) reason).isBlank()) {
			throw RuleViolationException.onField("reason", "mass.reason.required");
		}
		if (((String) reason).length() > 500) {
			throw RuleViolationException.onField("reason", "mass.text.tooLong", 500);
		}
		LocalDate on = date((body == null) ? null : body.get("date"));
		this.mass.leave(MassOrganisation.YOUTH, CurrentCaller.require(), id, on, (String) reason);
	}

	private static long id(String value) {
		try {
			long id = Long.parseLong(value.trim());
			if (id <= 0) {
				throw RuleViolationException.onField("id", "mass.id.invalid");
			}
			return id;
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField("id", "mass.id.invalid");
		}
	}

	private LocalDate date(Object value) {
		if (value == null) {
			return VietnamTime.today(this.clock);
		}
		if (!(value instanceof String s)) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
		try {
			return LocalDate.parse(s.trim());
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField("date", "mass.date.invalid");
		}
	}

}
