package vn.dangvu.directive.registry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.Citation;
import vn.dangvu.directive.CitationStyle;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

/** The catalogue of issuing bodies: list, add, edit, deactivate. */
@Service
@RequiredArgsConstructor
public class IssuerCatalogue {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	@Transactional(readOnly = true)
	public List<Issuer> issuers(boolean activeOnly) {
		return this.jdbc
			.sql("select id, code, full_name, level, style, unit_id, active from directive_issuer"
					+ (activeOnly ? " where active" : "") + " order by code, full_name")
			.query((rs, n) -> new Issuer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					CitationStyle.valueOf(rs.getString(5)), (Long) rs.getObject(6), rs.getBoolean(7)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Issuer> issuer(long id) {
		return this.jdbc
			.sql("select id, code, full_name, level, style, unit_id, active from directive_issuer where id = :id")
			.param("id", id)
			.query((rs, n) -> new Issuer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					CitationStyle.valueOf(rs.getString(5)), (Long) rs.getObject(6), rs.getBoolean(7)))
			.optional();
	}

	/** Adds (id null) or edits an issuer; administrators and committee offices only. */
	@Transactional
	public Issuer saveIssuer(Long id, String code, String fullName, String level, CitationStyle style, Boolean active,
			Caller caller) {
		if (!Visibility.mayEditIssuers(caller)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		String c = VietnameseText.clean(code);
		String name = VietnameseText.clean(fullName);
		check(id, c, name, level);
		CitationStyle s = style != null ? style
				: (level.equals("STATE") || level.equals("MASS_ORG") ? CitationStyle.STATE : CitationStyle.PARTY);
		String search = VietnameseText.fold(c + " " + name);
		if (id == null) {
			long newId = this.jdbc.sql("""
					insert into directive_issuer (code, full_name, level, style, search_text)
					values (:c, :n, :l, :s, :q) returning id""")
				.param("c", c)
				.param("n", name)
				.param("l", level)
				.param("s", s.name())
				.param("q", search)
				.query(Long.class)
				.single();
			this.events.publishEvent(RecordChanged.created("DirectiveIssuer", newId, null,
					Map.of("code", c, "fullName", name, "level", level)));
			return issuer(newId).orElseThrow();
		}
		Issuer before = issuer(id).orElseThrow(() -> NotFoundException.of("directiveIssuer", id));
		boolean act = active == null ? before.active() : active;
		this.jdbc.sql("""
				update directive_issuer set code = :c, full_name = :n, level = :l, style = :s, active = :a,
				search_text = :q where id = :id""")
			.param("c", c)
			.param("n", name)
			.param("l", level)
			.param("s", s.name())
			.param("a", act)
			.param("q", search)
			.param("id", id)
			.update();
		this.events.publishEvent(RecordChanged.updated(
				"DirectiveIssuer", id, "UPDATE", null, Map.of("code", before.code(), "fullName", before.fullName(),
						"level", before.level(), "active", before.active()),
				Map.of("code", c, "fullName", name, "level", level, "active", act)));
		return issuer(id).orElseThrow();
	}

	/** Code, name and level are sound and no other issuer has this code and name. */
	private void check(Long id, String c, String name, String level) {
		if (c == null || c.isEmpty() || c.length() > 20 || !c.matches("[\\p{L}\\p{N}]+")) {
			throw RuleViolationException.onField("code", "directive.issuer.codeInvalid");
		}
		if (name == null || name.isEmpty() || name.length() > 200) {
			throw RuleViolationException.onField("fullName", "directive.issuer.nameRequired");
		}
		if (level == null || !Issuer.LEVELS.contains(level)) {
			throw RuleViolationException.onField("level", "directive.issuer.levelInvalid");
		}
		Optional<Long> clash = this.jdbc.sql(
				"select id from directive_issuer where code = :c and full_name = :n and (cast(:id as bigint) is null or id <> :id)")
			.param("c", c)
			.param("n", name)
			.param("id", id)
			.query(Long.class)
			.optional();
		if (clash.isPresent()) {
			throw new ConflictException("fullName", "directive.issuer.duplicate", c, name);
		}
	}

	/**
	 * The issuer of a document being registered: the one chosen, or the one the
	 * citation's issuer code names (the registering unit's own when several share the
	 * code).
	 */
	Issuer resolve(Long issuerId, Citation c, long ownerUnitId) {
		if (issuerId != null) {
			return issuer(issuerId)
				.orElseThrow(() -> RuleViolationException.onField("issuerId", "directive.issuer.unknown"));
		}
		if (c.issuerCode() == null) {
			throw RuleViolationException.onField("issuerId", "directive.issuer.required");
		}
		List<Issuer> found = issuers(true).stream().filter((i) -> i.code().equals(c.issuerCode())).toList();
		if (found.size() > 1) {
			// "ĐU" names every Đảng ủy: the one of the registering unit is meant
			List<Issuer> own = found.stream().filter((i) -> i.unitId() != null && i.unitId() == ownerUnitId).toList();
			if (own.size() == 1) {
				return own.get(0);
			}
		}
		if (found.size() != 1) {
			throw RuleViolationException.onField("issuerId",
					found.isEmpty() ? "directive.issuer.noneForCode" : "directive.issuer.choose", c.issuerCode());
		}
		return found.get(0);
	}

}
