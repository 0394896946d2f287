package vn.dangvu.directive.visibility;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/**
 * Who sees a registered document (decision 0120): an administrator everything; others a
 * document registered at a unit of their scope or above it (unless registered at a root,
 * which documents of outside issuers are), and any document assigned to a unit of their
 * scope; a member the documents assigned to their own cell and those to read before a
 * meeting of their own cell (the meeting module's published view, decision 0228); anyone
 * the documents issued by a unit of their scope (a union's own decisions, decision 0160).
 * Also who may write: the one place for the roles that register, assign and keep the
 * issuer catalogue.
 */
@Component
@RequiredArgsConstructor
public class Visibility {

	/**
	 * SQL condition on a document aliased {@code d}; parameters from {@link View#bind}.
	 */
	public static final String DOCUMENT = """
			(:v_all
			 or exists (select 1 from unit_ref vo where vo.id = d.owner_unit_id
			            and (vo.path like any(:v_patterns)
			                 or (vo.parent_id is not null
			                     and exists (select 1 from unnest(cast(:v_prefixes as text[])) vp where vp like vo.path || '%'))))
			 or exists (select 1 from directive_assignment va join unit_ref vu on vu.id = va.unit_id
			            where va.document_id = d.id and (vu.path like any(:v_patterns) or vu.id = :v_member_unit))
			 or exists (select 1 from directive_issuer vi join unit_ref viu on viu.id = vi.unit_id
			            where vi.id = d.issuer_id and viu.path like any(:v_patterns))
			 or exists (select 1 from meeting_document_ref vm
			            where vm.document_id = d.id and vm.unit_id = :v_member_unit))""";

	/**
	 * SQL condition on a unit aliased {@code u}: in the caller's scope; parameters from
	 * {@link View#bindUnit}.
	 */
	public static final String UNIT = UnitScope.condition("u");

	private final UnitScopes scopes;

	private final JdbcClient jdbc;

	/** Registering documents, recording a unit's actions, linking. */
	public static boolean mayRegister(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY);
	}

	/** Assigning a directive down the tree. */
	public static boolean mayAssign(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

	/** Keeping the issuer catalogue. */
	public static boolean mayEditIssuers(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

	public View of(Caller caller) {
		UnitScope scope = this.scopes.of(caller);
		long memberUnit = -1;
		if (caller.personId() != null) {
			memberUnit = this.jdbc.sql("select party_unit_id from person_ref where id = :id")
				.param("id", caller.personId())
				.query(Long.class)
				.optional()
				.orElse(-1L);
		}
		return new View(scope, memberUnit);
	}

	/** A caller's scope with the cell of the caller's own Party membership. */
	public record View(UnitScope scope, long memberUnitId) {

		public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.param("v_all", this.scope.all())
				.param("v_patterns", this.scope.patterns())
				.param("v_prefixes", this.scope.pathPrefixes().toArray(String[]::new))
				.param("v_member_unit", this.memberUnitId);
		}

		/** The parameters of {@link Visibility#UNIT}. */
		public JdbcClient.StatementSpec bindUnit(JdbcClient.StatementSpec spec) {
			return spec.params(this.scope.params());
		}

		public List<String> prefixes() {
			return this.scope.pathPrefixes();
		}

	}

}
