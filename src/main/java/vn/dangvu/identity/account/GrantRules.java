package vn.dangvu.identity.account;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.dangvu.identity.Grant;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Role;

/**
 * Which unit a grant of each role needs: a Party committee for the committee office, a
 * cell for a cell secretary, a union unit for a union officer, a youth unit for a youth
 * officer, none for an administrator or a member (who needs a linked person instead).
 */
public final class GrantRules {

	static final Map<Role, Set<String>> UNIT_KINDS = Map.of(Role.COMMITTEE_OFFICE,
			Set.of("BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "SUB_COMMITTEE"), Role.CELL_SECRETARY, Set.of("CELL"),
			Role.UNION_OFFICER, Set.of("TRADE_UNION", "UNION_BRANCH"), Role.YOUTH_OFFICER,
			Set.of("YOUTH_UNION", "YOUTH_BRANCH"));

	/** What the rules need to know of a unit. */
	public record UnitFacts(String kind, LocalDate closedOn) {

	}

	private GrantRules() {
	}

	/**
	 * Checks the grants; field names follow the form ({@code grants[i].role},
	 * {@code grants[i].unitId}).
	 */
	public static void check(List<Grant> grants, Long personId, Function<Long, UnitFacts> units, LocalDate today) {
		if (grants.isEmpty()) {
			throw RuleViolationException.onField("grants", "account.grant.none");
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < grants.size(); i++) {
			Grant g = grants.get(i);
			String at = "grants[" + i + "]";
			if (g.role() == null) {
				throw RuleViolationException.onField(at + ".role", "account.grant.role.required");
			}
			if (!g.role().isUnitScoped()) {
				if (g.unitId() != null) {
					throw RuleViolationException.onField(at + ".unitId", "account.grant.unit.notAllowed");
				}
				if (g.role() == Role.MEMBER && personId == null) {
					throw RuleViolationException.onField("personId", "account.grant.member.needsPerson");
				}
			}
			else {
				if (g.unitId() == null) {
					throw RuleViolationException.onField(at + ".unitId", "account.grant.unit.required");
				}
				UnitFacts unit = units.apply(g.unitId());
				if (unit == null) {
					throw RuleViolationException.onField(at + ".unitId", "account.grant.unit.unknown", g.unitId());
				}
				if (unit.closedOn() != null && !unit.closedOn().isAfter(today)) {
					throw RuleViolationException.onField(at + ".unitId", "account.grant.unit.closed");
				}
				if (!UNIT_KINDS.get(g.role()).contains(unit.kind())) {
					throw RuleViolationException.onField(at + ".unitId", "account.grant.unit.kind." + g.role().name());
				}
			}
			if (!seen.add(g.role() + "@" + g.unitId())) {
				throw RuleViolationException.onField(at + ".role", "account.grant.duplicate");
			}
		}
	}

}
