package vn.dangvu.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import vn.dangvu.identity.signin.AccountPrincipal;
import vn.dangvu.identity.signin.AccountPrincipals;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.PlainText;

/**
 * Personal API tokens: {@code dv_} followed by 43 base64url characters (256 random bits).
 * Only the SHA-256 of the secret is stored; the secret is shown once.
 */
@Service
@RequiredArgsConstructor
public class ApiTokens {

	static final String ENTITY = "ApiToken";

	static final Pattern FORMAT = Pattern.compile("dv_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	public static final int MAX_EXPIRY_DAYS = 3650;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AccountPrincipals principals;

	/** A token as its owner sees it (never the secret). */
	public record TokenView(long id, String name, String tokenPrefix, Instant createdAt, Instant lastUsedAt,
			Instant expiresAt, Instant revokedAt) {

		/** A moment as local time in Vietnam, for display. */
		public LocalDateTime local(Instant instant) {
			return (instant != null) ? LocalDateTime.ofInstant(instant, ZoneId.of("Asia/Ho_Chi_Minh")) : null;
		}

		public String status() {
			if (this.revokedAt != null) {
				return "REVOKED";
			}
			return (this.expiresAt != null && !this.expiresAt.isAfter(Instant.now())) ? "EXPIRED" : "ACTIVE";
		}

	}

	/** A newly created token: the only time its secret is known. */
	public record NewToken(long id, String secret) {

	}

	public static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "dv_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static boolean isWellFormed(String secret) {
		return secret != null && FORMAT.matcher(secret).matches();
	}

	/** Lower-case hex SHA-256 of the whole secret, as stored in {@code token_hash}. */
	public static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Transactional
	public NewToken create(Caller owner, String name, Integer expiryDays) {
		String clean = (name != null) ? PlainText.nfc(name.strip()) : "";
		if (!StringUtils.hasText(clean) || clean.length() > 100) {
			throw RuleViolationException.onField("name", "account.token.name.invalid");
		}
		if (!PlainText.isPlain(clean)) {
			throw RuleViolationException.onField("name", PlainText.INVISIBLE);
		}
		if (expiryDays != null && (expiryDays < 1 || expiryDays > MAX_EXPIRY_DAYS)) {
			throw RuleViolationException.onField("expiryDays", "account.token.expiry.invalid", MAX_EXPIRY_DAYS);
		}
		String secret = newSecret();
		Instant expires = (expiryDays != null) ? Instant.now().plus(expiryDays, ChronoUnit.DAYS) : null;
		long id = this.jdbc
			.sql("insert into api_token (account_id, name, token_hash, token_prefix, expires_at) "
					+ "values (:a, :n, :h, :p, :e) returning id")
			.param("a", owner.accountId())
			.param("n", clean)
			.param("h", hash(secret))
			.param("p", secret.substring(0, 10))
			.param("e", (expires != null) ? Timestamp.from(expires) : null)
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("accountId", owner.accountId());
		after.put("name", clean);
		after.put("prefix", secret.substring(0, 10));
		after.put("expiresAt", (expires != null) ? expires.toString() : null);
		this.events.publishEvent(RecordChanged.created(ENTITY, id, null, after));
		return new NewToken(id, secret);
	}

	@Transactional(readOnly = true)
	public List<TokenView> listOwn(Caller owner) {
		record Row(long id, String name, String tokenPrefix, Timestamp createdAt, Timestamp lastUsedAt,
				Timestamp expiresAt, Timestamp revokedAt) {
		}
		return this.jdbc
			.sql("select id, name, token_prefix, created_at, last_used_at, expires_at, revoked_at from api_token "
					+ "where account_id = :a order by revoked_at nulls first, created_at desc")
			.param("a", owner.accountId())
			.query(Row.class)
			.list()
			.stream()
			.map((r) -> new TokenView(r.id(), r.name(), r.tokenPrefix(), instant(r.createdAt()),
					instant(r.lastUsedAt()), instant(r.expiresAt()), instant(r.revokedAt())))
			.toList();
	}

	/** Revokes one of the owner's own tokens; someone else's token is not found. */
	@Transactional
	public void revoke(Caller owner, long tokenId) {
		int changed = this.jdbc
			.sql("update api_token set revoked_at = now() where id = :id and account_id = :a and revoked_at is null")
			.param("id", tokenId)
			.param("a", owner.accountId())
			.update();
		if (changed == 0) {
			boolean own = this.jdbc.sql("select count(*) from api_token where id = :id and account_id = :a")
				.param("id", tokenId)
				.param("a", owner.accountId())
				.query(Long.class)
				.single() > 0;
			if (!own) {
				throw NotFoundException.of("token", tokenId);
			}
			return;
		}
		this.events.publishEvent(RecordChanged.updated(ENTITY, tokenId, "REVOKE", null, Map.of("revoked", false),
				Map.of("revoked", true)));
	}

	/**
	 * The principal of a valid token: known hash, not revoked, not expired, account
	 * enabled and not locked. Marks the token used at most once a minute.
	 */
	@Transactional
	public Optional<AccountPrincipal> authenticate(String secret) {
		if (!isWellFormed(secret)) {
			return Optional.empty();
		}
		record Hit(long id, long accountId) {
		}
		Optional<Hit> hit = this.jdbc
			.sql("select t.id, t.account_id from api_token t join account a on a.id = t.account_id "
					+ "where t.token_hash = :h and t.revoked_at is null and (t.expires_at is null or t.expires_at > now()) "
					+ "and a.enabled and (a.locked_until is null or a.locked_until <= now())")
			.param("h", hash(secret))
			.query(Hit.class)
			.optional();
		hit.ifPresent((h) -> this.jdbc
			.sql("update api_token set last_used_at = now() where id = :id "
					+ "and (last_used_at is null or last_used_at < now() - interval '1 minute')")
			.param("id", h.id())
			.update());
		return hit.flatMap((h) -> this.principals.byId(h.accountId())).map((p) -> {
			p.eraseCredentials();
			return p;
		});
	}

	private static Instant instant(Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

}
