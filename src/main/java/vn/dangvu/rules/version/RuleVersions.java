package vn.dangvu.rules.version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.rules.Fraction;
import vn.dangvu.rules.NewRuleVersion;
import vn.dangvu.rules.RuleDefinition;
import vn.dangvu.rules.RuleType;
import vn.dangvu.rules.RuleValue;
import vn.dangvu.rules.revision.RulesRevision;

/**
 * Reads and appends rule versions. A version holds until the next one's start; a newer
 * row with the same start corrects an older one (rows are never updated). Public only for
 * the module's face, {@link vn.dangvu.rules.RulesApi}.
 */
@Component
@RequiredArgsConstructor
public class RuleVersions {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final RulesRevision revision;

	static RuleViolationException missing(String key, LocalDate date) {
		return new RuleViolationException("rule.missing", key, date);
	}

	/**
	 * The version of a rule in force on a date.
	 * @throws RuleViolationException {@code rule.missing} when none holds on that date
	 */
	@Transactional(readOnly = true)
	public RuleValue valueOn(String key, LocalDate date) {
		return findOn(key, date).orElseThrow(() -> missing(key, date));
	}

	@Transactional(readOnly = true)
	public Optional<RuleValue> findOn(String key, LocalDate date) {
		return history(key).stream().filter((v) -> v.holdsOn(date)).findFirst();
	}

	/**
	 * Every version of a rule in force at some time, oldest first (corrections applied).
	 */
	@Transactional(readOnly = true)
	public List<RuleValue> history(String key) {
		return this.revision.get(List.of("rule.history", key), () -> read(key));
	}

	private List<RuleValue> read(String key) {
		record Row(long id, RuleType type, String value, LocalDate from, String source, boolean confirmed,
				String note) {
		}
		List<Row> rows = this.jdbc.sql("""
				select distinct on (v.valid_from) v.id, d.value_type, v.value, v.valid_from, v.source_document,
				  v.confirmed, v.note
				from rule_value v join rule_definition d on d.rule_key = v.rule_key
				where v.rule_key = :k order by v.valid_from, v.recorded_at desc, v.id desc""")
			.param("k", key)
			.query((rs, n) -> new Row(rs.getLong(1), RuleType.valueOf(rs.getString(2)), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getBoolean(6), rs.getString(7)))
			.list();
		List<RuleValue> out = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			LocalDate to = (i + 1 < rows.size()) ? rows.get(i + 1).from() : null;
			out.add(new RuleValue(r.id(), key, r.type(), r.value(), r.from(), to, r.source(), r.confirmed(), r.note()));
		}
		return List.copyOf(out);
	}

	@Transactional(readOnly = true)
	public Optional<RuleDefinition> definition(String key) {
		return this.jdbc.sql("select * from rule_definition where rule_key = :k")
			.param("k", key)
			.query((rs, n) -> new RuleDefinition(rs.getString("rule_key"), RuleType.valueOf(rs.getString("value_type")),
					rs.getString("topic"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("unit_vi"),
					rs.getString("unit_en")))
			.optional();
	}

	/** All rules whose key starts with a prefix (e.g. {@code party.dues.}), by key. */
	@Transactional(readOnly = true)
	public List<RuleDefinition> definitions(String keyPrefix) {
		return this.jdbc.sql("select * from rule_definition where rule_key like :p order by topic, rule_key")
			.param("p", keyPrefix.replace("%", "\\%").replace("_", "\\_") + "%")
			.query((rs, n) -> new RuleDefinition(rs.getString("rule_key"), RuleType.valueOf(rs.getString("value_type")),
					rs.getString("topic"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("unit_vi"),
					rs.getString("unit_en")))
			.list();
	}

	/**
	 * Adds a version (administrators only); earlier versions stay as they were.
	 * @return the version as stored
	 */
	@Transactional
	public RuleValue add(NewRuleVersion v) {
		Caller caller = CurrentCaller.require();
		if (!caller.isAdmin()) {
			throw new AccessDeniedException("rule.write.denied");
		}
		if (v.key() == null || v.key().isBlank()) {
			throw RuleViolationException.onField("key", "rule.key.required");
		}
		RuleDefinition def = definition(v.key().trim())
			.orElseThrow(() -> RuleViolationException.onField("key", "rule.key.unknown", v.key()));
		if (v.validFrom() == null) {
			throw RuleViolationException.onField("validFrom", "rule.validFrom.required");
		}
		if (v.source() == null || v.source().isBlank()) {
			throw RuleViolationException.onField("source", "rule.source.required");
		}
		if (v.source().length() > 300 || (v.note() != null && v.note().length() > 500)) {
			throw RuleViolationException.onField("source", "rule.text.tooLong");
		}
		String value = normalise(def.type(), v.value());
		long id = this.jdbc.sql("""
				insert into rule_value (rule_key, value, valid_from, source_document, confirmed, note, recorded_by)
				values (:k, :v, :f, :s, :c, :n, :by) returning id""")
			.param("k", def.key())
			.param("v", value)
			.param("f", v.validFrom())
			.param("s", v.source().trim())
			.param("c", !Boolean.FALSE.equals(v.confirmed()))
			.param("n", (v.note() == null || v.note().isBlank()) ? null : v.note().trim())
			.param("by", caller.username())
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("key", def.key());
		after.put("value", value);
		after.put("validFrom", v.validFrom().toString());
		after.put("source", v.source().trim());
		after.put("confirmed", !Boolean.FALSE.equals(v.confirmed()));
		this.events.publishEvent(RecordChanged.created("RuleValue", id, null, after));
		return history(def.key()).stream().filter((r) -> r.validFrom().equals(v.validFrom())).findFirst().orElseThrow();
	}

	/** The value in its stored form, or a refusal saying what the type expects. */
	static String normalise(RuleType type, String raw) {
		if (raw == null || raw.isBlank()) {
			throw RuleViolationException.onField("value", "rule.value.required");
		}
		String value = raw.trim();
		try {
			switch (type) {
				case INTEGER -> {
					return String.valueOf(Integer.parseInt(value));
				}
				case MONEY -> {
					long money = Long.parseLong(value.replace(".", "").replace(",", "").replace(" ", ""));
					if (money < 0) {
						throw new NumberFormatException();
					}
					return String.valueOf(money);
				}
				case DECIMAL, PERCENT -> {
					BigDecimal d = new BigDecimal(value.replace(',', '.'));
					if (d.signum() < 0 || (type == RuleType.PERCENT && d.compareTo(BigDecimal.valueOf(100)) > 0)) {
						throw new NumberFormatException();
					}
					return d.stripTrailingZeros().toPlainString();
				}
				case FRACTION -> {
					return Fraction.parse(value).toString();
				}
				case BOOLEAN -> {
					if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
						throw new NumberFormatException();
					}
					return value.toLowerCase();
				}
				default -> {
					if (value.length() > 200) {
						throw new NumberFormatException();
					}
					return value;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField("value", "rule.value.invalid." + type.name());
		}
	}

}
