package vn.dangvu.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Records dues payments and undoes a mistaken one with a reversing row; nothing is ever
 * deleted (decision 0111).
 */
@Service
@RequiredArgsConstructor
class DuesPayments {

	public static final List<String> METHODS = List.of("CASH", "ONLINE");

	private final JdbcClient jdbc;

	private final DuesLedgers ledgers;

	private final UnitScopes scopes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Records that a member paid the month's dues (the amount due that month) into the
	 * unit's ledger.
	 * @return the payment's id
	 */
	@Transactional
	public long record(Caller caller, DuesKind kind, long unitId, long personId, YearMonth month, String method,
			LocalDate paidOn) {
		requireMethodAndDay(method, paidOn);
		Ledger.Row row = this.ledgers.row(caller, kind, unitId, month, personId)
			.orElseThrow(() -> NotFoundException.of("person", personId));
		if (row.paid()) {
			throw new ConflictException("month", "dues.payment.already", row.fullName(), month.getMonthValue(),
					String.valueOf(month.getYear()));
		}
		if (row.problem() != null) {
			throw new RuleViolationException(row.problem(), row.fullName());
		}
		// One statement sees the month's payments and writes the next attempt only when
		// all
		// earlier ones are reversed; a concurrent twin collides on the unique index
		// (V530).
		ConflictException paidAlready = new ConflictException("month", "dues.payment.already", row.fullName(),
				month.getMonthValue(), String.valueOf(month.getYear()));
		long id;
		try {
			id = this.jdbc.sql("""
					insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, attempt,
					                          recorded_by)
					select :kind, :person, :unit, :month, :amount, :method, :paidOn, count(d.id) + 1, :by
					from (select 1) one
					  left join dues_payment d on d.kind = :kind and d.person_id = :person and d.month = :month
					    and d.reverses_id is null
					  left join dues_payment r on r.reverses_id = d.id
					having count(r.id) = count(d.id)
					returning id""")
				.param("kind", kind.name())
				.param("person", personId)
				.param("unit", unitId)
				.param("month", month.atDay(1))
				.param("amount", row.amountDue())
				.param("method", method)
				.param("paidOn", paidOn)
				.param("by", caller.username())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> paidAlready);
		}
		catch (DuplicateKeyException ex) {
			throw paidAlready;
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind.name());
		after.put("personId", personId);
		after.put("month", month.toString());
		after.put("amount", row.amountDue());
		after.put("method", method);
		after.put("paidOn", paidOn.toString());
		this.events.publishEvent(RecordChanged.created("DuesPayment", id, unitId, after));
		return id;
	}

	/** A known payment method and a day paid that is not in the future. */
	private void requireMethodAndDay(String method, LocalDate paidOn) {
		if (method == null || !METHODS.contains(method)) {
			throw RuleViolationException.onField("method", "dues.method.invalid");
		}
		if (paidOn == null) {
			throw RuleViolationException.onField("paidOn", "dues.paidOn.required");
		}
		if (paidOn.isAfter(VietnamTime.today(this.clock))) {
			throw RuleViolationException.onField("paidOn", "dues.paidOn.future");
		}
	}

	/**
	 * Undoes a payment recorded by mistake with a reversing row.
	 * @return the reversing row's id
	 */
	@Transactional
	public long reverse(Caller caller, long paymentId) {
		UnitScope scope = this.scopes.of(caller);
		Map<String, Object> p = this.jdbc.sql("""
				select d.kind, d.person_id, d.unit_id, d.month, d.amount, d.method, d.reverses_id,
				  exists (select 1 from dues_payment r where r.reverses_id = d.id) as reversed
				from dues_payment d join unit_ref u on u.id = d.unit_id
				where d.id = :id and %s""".formatted(UnitScope.condition("u")))
			.param("id", paymentId)
			.params(scope.params())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("duesPayment", paymentId));
		DuesKind kind = DuesKind.valueOf((String) p.get("kind"));
		if (!kind.mayKeep(caller)) {
			throw NotFoundException.of("duesPayment", paymentId);
		}
		if (p.get("reverses_id") != null || Boolean.TRUE.equals(p.get("reversed"))) {
			throw new ConflictException(null, "dues.payment.alreadyReversed");
		}
		long unitId = ((Number) p.get("unit_id")).longValue();
		long id;
		try {
			id = this.jdbc.sql("""
					insert into dues_payment (kind, person_id, unit_id, month, amount, method, paid_on, reverses_id,
					                          attempt, recorded_by)
					select kind, person_id, unit_id, month, -amount, method, :today, id, attempt, :by from dues_payment
					where id = :id returning id""")
				.param("today", VietnamTime.today(this.clock))
				.param("by", caller.username())
				.param("id", paymentId)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			// the same payment undone at the same instant: reverses_id is unique
			throw new ConflictException(null, "dues.payment.alreadyReversed");
		}
		this.events.publishEvent(RecordChanged.updated("DuesPayment", paymentId, "REVERSE", unitId,
				Map.of("amount", p.get("amount")), Map.of("reversedBy", id)));
		return id;
	}

}
