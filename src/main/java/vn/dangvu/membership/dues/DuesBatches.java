package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;

/**
 * A month's dues for a whole unit in one step (decision 0185): every payment goes through
 * {@link DuesPayments#record} (checked, audited one by one), all in one transaction;
 * members already paid are skipped and counted, anything else wrong refuses the whole
 * batch.
 */
@Service
@RequiredArgsConstructor
class DuesBatches {

	private final DuesLedgers ledgers;

	private final DuesPayments payments;

	/**
	 * @param paymentIds the payments recorded, in ledger order
	 * @param skippedPersonIds members ticked who had already paid the month
	 */
	public record Result(List<Long> paymentIds, List<Long> skippedPersonIds) {

		public int recorded() {
			return this.paymentIds.size();
		}

		public int skipped() {
			return this.skippedPersonIds.size();
		}

	}

	/** Records the month as paid for the given members of the unit's ledger. */
	@Transactional
	public Result record(Caller caller, DuesKind kind, long unitId, YearMonth month, Collection<Long> personIds,
			String method, LocalDate paidOn) {
		if (personIds == null || personIds.isEmpty()) {
			throw RuleViolationException.onField("personIds", "dues.batch.none");
		}
		Ledger ledger = this.ledgers.ledger(caller, kind, unitId, month);
		Map<Long, Ledger.Row> rows = ledger.rows()
			.stream()
			.collect(Collectors.toMap(Ledger.Row::personId, Function.identity()));
		Set<Long> wanted = new LinkedHashSet<>(personIds);
		for (Long id : wanted) {
			Ledger.Row row = rows.get(id);
			if (row == null) {
				throw NotFoundException.of("person", id);
			}
			if (!row.paid() && row.problem() != null) {
				throw new RuleViolationException(row.problem(), row.fullName());
			}
		}
		List<Long> recorded = new ArrayList<>();
		List<Long> skipped = new ArrayList<>();
		for (Ledger.Row row : ledger.rows()) {
			if (!wanted.contains(row.personId())) {
				continue;
			}
			if (row.paid()) {
				skipped.add(row.personId());
			}
			else {
				recorded.add(this.payments.record(caller, kind, unitId, row.personId(), month, method, paidOn));
			}
		}
		return new Result(List.copyOf(recorded), List.copyOf(skipped));
	}

	/**
	 * Undoes a batch: each payment reversed through {@link DuesPayments#reverse},
	 * together.
	 */
	@Transactional
	public int reverse(Caller caller, Collection<Long> paymentIds) {
		if (paymentIds == null || paymentIds.isEmpty()) {
			throw RuleViolationException.onField("paymentIds", "dues.batch.none");
		}
		Set<Long> ids = new LinkedHashSet<>(paymentIds);
		ids.forEach((id) -> this.payments.reverse(caller, id));
		return ids.size();
	}

}
