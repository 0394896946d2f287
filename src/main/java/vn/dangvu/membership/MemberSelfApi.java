package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.membership.dues.DuesLedgers;
import vn.dangvu.platform.security.Caller;

/**
 * What a signed-in member sees of their own Party membership (their home page): their
 * dues. Only ever about the caller's own person.
 */
@Service
@RequiredArgsConstructor
public class MemberSelfApi {

	private final DuesLedgers ledgers;

	/** The caller's own Party dues today; empty without a person or a Party cell. */
	public Optional<OwnDues> ownDues(Caller caller, LocalDate today) {
		return (caller.personId() == null) ? Optional.empty() : this.ledgers.ownPartyDues(caller.personId(), today);
	}

}
