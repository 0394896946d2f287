package vn.dangvu.people.record;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.DomainException;

/**
 * The person's data breaks one or more rules. The API answers 400 for unreadable input,
 * 409 for an already registered CCCD and 422 otherwise, listing every violation.
 */
public class PersonRejected extends DomainException {

	private final transient List<PersonViolation> violations;

	public PersonRejected(List<PersonViolation> violations) {
		super(statusOf(violations), violations.get(0).field(), violations.get(0).key(), violations.get(0).args());
		this.violations = List.copyOf(violations);
	}

	public List<PersonViolation> violations() {
		return this.violations;
	}

	private static HttpStatus statusOf(List<PersonViolation> violations) {
		if (violations.stream().anyMatch(PersonViolation::badInput)) {
			return HttpStatus.BAD_REQUEST;
		}
		if (violations.stream().anyMatch(PersonViolation::isDuplicate)) {
			return HttpStatus.CONFLICT;
		}
		return HttpStatus.UNPROCESSABLE_CONTENT;
	}

}
