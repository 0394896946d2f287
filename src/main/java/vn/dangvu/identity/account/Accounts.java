package vn.dangvu.identity.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.dangvu.identity.AccountSummary;
import vn.dangvu.identity.Grant;
import vn.dangvu.identity.NewAccount;
import vn.dangvu.identity.signin.LoginAttempts;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.PlainText;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Accounts and their grants: opening, changing grants, resetting passwords, unlocking,
 * enabling and disabling. Every change is audited without the password hash.
 */
@Service
@RequiredArgsConstructor
public class Accounts {

	public static final String ENTITY = "Account";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

	private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	private final LoginAttempts attempts;

	private final Clock clock;

	private final AccountQueries queries;

	/** The new account's id and, when none was given, the generated password. */
	public record Created(long id, String generatedPassword) {

	}

	@Transactional
	public Created create(NewAccount cmd) {
		String username = (cmd.username() != null) ? cmd.username().trim() : "";
		if (!USERNAME.matcher(username).matches()) {
			throw RuleViolationException.onField("username", "account.username.invalid");
		}
		String displayName = VietnameseText.clean(cmd.displayName());
		checkDisplayName(displayName);
		if (this.jdbc.sql("select count(*) from account where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.single() > 0) {
			throw new ConflictException("username", "account.username.taken", username);
		}
		checkPerson(cmd.personId());
		GrantRules.check(cmd.grants(), cmd.personId(), this::unitFacts, VietnamTime.today(this.clock));
		String generated = null;
		String raw = cmd.rawPassword();
		if (!StringUtils.hasLength(raw)) {
			generated = Passwords.generate(12);
			raw = generated;
		}
		Passwords.checkNew("password", raw);
		long id = this.jdbc
			.sql("insert into account (username, display_name, password_hash, person_id) "
					+ "values (:u, :d, :h, :p) returning id")
			.param("u", username)
			.param("d", displayName)
			.param("h", this.encoder.encode(raw))
			.param("p", cmd.personId())
			.query(Long.class)
			.single();
		insertGrants(id, cmd.grants());
		this.events.publishEvent(RecordChanged.created(ENTITY, id, null, state(id)));
		return new Created(id, generated);
	}

	@Transactional
	public void update(long id, String displayName, Long personId, List<Grant> grants) {
		AccountRow before = this.queries.require(id);
		String name = VietnameseText.clean(displayName);
		checkDisplayName(name);
		checkPerson(personId);
		GrantRules.check(grants, personId, this::unitFacts, VietnamTime.today(this.clock));
		boolean keepsAdmin = grants.stream().anyMatch((g) -> g.role() == Role.ADMIN);
		if (before.isAdmin() && !keepsAdmin && before.enabled() && enabledAdmins() <= 1) {
			throw RuleViolationException.onField("grants", "account.admin.last");
		}
		Map<String, Object> stateBefore = state(id);
		this.jdbc.sql("update account set display_name = :d, person_id = :p, version = version + 1 where id = :id")
			.param("d", name)
			.param("p", personId)
			.param("id", id)
			.update();
		this.jdbc.sql("delete from account_grant where account_id = :id").param("id", id).update();
		insertGrants(id, grants);
		Map<String, Object> stateAfter = state(id);
		this.events.publishEvent(RecordChanged.updated(ENTITY, id, "UPDATE", null, stateBefore, stateAfter));
		if (!Objects.equals(before.personId(), personId) || !Set.copyOf((List<?>) stateBefore.get("grants"))
			.equals(Set.copyOf((List<?>) stateAfter.get("grants")))) {
			this.sessions.endAllOf(before.username());
		}
	}

	/** Replaces the password by a generated one, which is returned to be shown once. */
	@Transactional
	public String resetPassword(long id) {
		AccountRow account = this.queries.require(id);
		String raw = Passwords.generate(12);
		this.jdbc
			.sql("update account set password_hash = :h, password_changed_at = now(), failed_attempts = 0, "
					+ "locked_until = null, version = version + 1 where id = :id")
			.param("h", this.encoder.encode(raw))
			.param("id", id)
			.update();
		this.events.publishEvent(
				RecordChanged.updated(ENTITY, id, "PASSWORD_RESET", null, Map.of(), Map.of("passwordChanged", true)));
		this.sessions.endAllOf(account.username());
		this.attempts.forget(account.username());
		return raw;
	}

	@Transactional
	public void unlock(long id) {
		AccountRow before = this.queries.require(id);
		this.jdbc
			.sql("update account set failed_attempts = 0, locked_until = null, version = version + 1 where id = :id")
			.param("id", id)
			.update();
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("failedAttempts", before.failedAttempts());
		was.put("lockedUntil", before.lockedUntil());
		this.attempts.forget(before.username());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("failedAttempts", 0);
		now.put("lockedUntil", null);
		this.events.publishEvent(RecordChanged.updated(ENTITY, id, "UNLOCK", null, was, now));
	}

	@Transactional
	public void setEnabled(long id, boolean enabled, Caller by) {
		AccountRow before = this.queries.require(id);
		if (before.enabled() == enabled) {
			return;
		}
		if (!enabled && by.accountId() == id) {
			throw new RuleViolationException("account.disable.self");
		}
		if (!enabled && before.isAdmin() && enabledAdmins() <= 1) {
			throw new RuleViolationException("account.admin.last");
		}
		Map<String, Object> stateBefore = state(id);
		this.jdbc.sql("update account set enabled = :e, version = version + 1 where id = :id")
			.param("e", enabled)
			.param("id", id)
			.update();
		this.events.publishEvent(
				RecordChanged.updated(ENTITY, id, enabled ? "ENABLE" : "DISABLE", null, stateBefore, state(id)));
		if (!enabled) {
			this.sessions.endAllOf(before.username());
		}
	}

	/** For the face: one account with its grants, by username (any case). */
	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return this.queries.findByUsername(username);
	}

	/** Who holds a role over each of these units (AccountQueries#holders). */
	public Map<Long, List<String>> holders(Role role, Collection<Long> unitIds) {
		return this.queries.holders(role, unitIds);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	private Map<String, Object> state(long id) {
		AccountRow a = this.queries.require(id);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", a.username());
		state.put("displayName", a.displayName());
		state.put("personId", a.personId());
		state.put("enabled", a.enabled());
		state.put("grants",
				a.grants().stream().map((g) -> (g.unitId() != null) ? g.role() + "@" + g.unitId() : g.role()).toList());
		return state;
	}

	private void insertGrants(long accountId, List<Grant> grants) {
		for (Grant g : grants) {
			this.jdbc.sql("insert into account_grant (account_id, role, unit_id) values (:a, :r, :u)")
				.param("a", accountId)
				.param("r", g.role().name())
				.param("u", g.unitId())
				.update();
		}
	}

	private long enabledAdmins() {
		return this.jdbc
			.sql("select count(distinct a.id) from account a join account_grant g on g.account_id = a.id "
					+ "where g.role = 'ADMIN' and a.enabled")
			.query(Long.class)
			.single();
	}

	private void checkDisplayName(String name) {
		if (!StringUtils.hasText(name) || name.length() > 150) {
			throw RuleViolationException.onField("displayName", "account.displayName.invalid");
		}
		if (!PlainText.isPlain(name)) {
			throw RuleViolationException.onField("displayName", PlainText.INVISIBLE);
		}
	}

	private void checkPerson(Long personId) {
		if (personId != null && this.jdbc.sql("select count(*) from person_ref where id = :id")
			.param("id", personId)
			.query(Long.class)
			.single() == 0) {
			throw RuleViolationException.onField("personId", "account.person.unknown", personId);
		}
	}

	private GrantRules.UnitFacts unitFacts(Long unitId) {
		return this.jdbc.sql("select kind, closed_on from unit_ref where id = :id")
			.param("id", unitId)
			.query(GrantRules.UnitFacts.class)
			.optional()
			.orElse(null);
	}

}
