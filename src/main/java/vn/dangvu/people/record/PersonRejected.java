package vn.dangvu.people.record;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.policy.Verdict;

/**
 * The person's data breaks one or more rules, each a rejection on its field. The API
 * answers 400 for unreadable input, 409 for an already registered CCCD and 422 otherwise,
 * listing every violation.
 */
public class PersonRejected extends DomainException {

	public static final String DUPLICATE_CCCD = "person.cccd.duplicate";

	private final transient List<Verdict> violations;

	private PersonRejected(HttpStatus status, List<Verdict> violations) {
		super(status, violations.get(0).field(), violations.get(0).messageKey(), violations.get(0).args().toArray());
		this.violations = List.copyOf(violations);
	}

	/**
	 * Input that could not be read at all (a malformed date, an unknown catalogue value):
	 * 400.
	 */
	public static PersonRejected unreadable(List<Verdict> violations) {
		return new PersonRejected(HttpStatus.BAD_REQUEST, violations);
	}

	/** Readable input that breaks the rules: 409 for a registered CCCD, else 422. */
	public static PersonRejected refused(List<Verdict> violations) {
		boolean duplicate = violations.stream().anyMatch((v) -> DUPLICATE_CCCD.equals(v.messageKey()));
		return new PersonRejected(duplicate ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, violations);
	}

	public List<Verdict> violations() {
		return this.violations;
	}

}
