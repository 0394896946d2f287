package vn.dangvu.membership.mass;

import java.util.List;

import vn.dangvu.people.MembershipKind;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;

/**
 * The two mass organisations whose membership is kept the same way (decision 0208): the
 * Youth Union (Đoàn TNCS Hồ Chí Minh) and the trade union (Công đoàn). What they share is
 * written once in this package; this type holds only what differs: the unit kinds, who
 * keeps the records, the message keys and members list, and how forms read a date.
 */
enum MassOrganisation {

	/**
	 * The Youth Union; age rules apply on joining and for maturation ({@link YouthAge}).
	 */
	YOUTH(MembershipKind.YOUTH, "youth", List.of("YOUTH_UNION", "YOUTH_BRANCH"), "youth_unit_id", true,
			new Role[] { Role.ADMIN, Role.COMMITTEE_OFFICE, Role.YOUTH_OFFICER },
			TableSpec
				.of("doan-vien", "youth.members.sheet", "name", true,
						TableColumn.of("name", "dues.col.name", MassMember::fullName).sql("p.sort_key"),
						TableColumn.of("birthDate", "mass.col.birthDate", MassMember::birthDate).sql("p.birth_date"))
				.withPrefix("member"),
			"p.id"),

	/** The trade union; its dues are kept in the union ledgers (membership.dues). */
	UNION(MembershipKind.UNION, "union", List.of("TRADE_UNION", "UNION_BRANCH"), "union_unit_id", false,
			new Role[] { Role.ADMIN, Role.UNION_OFFICER },
			new TableSpec<>("doan-vien-cong-doan", "union.sheet",
					List.of(TableColumn.of("name", "dues.col.name", MassMember::fullName).sql("p.sort_key"),
							TableColumn.of("birthDate", "mass.col.birthDate", MassMember::birthDate)
								.sql("p.birth_date"),
							TableColumn.of("joinedOn", "mass.col.joinedOn", MassMember::joinedOn).sql("joined_on")),
					"name", true, 30),
			"p.sort_key, p.id");

	private final MembershipKind kind;

	private final String name;

	private final List<String> unitKinds;

	private final String personColumn;

	private final boolean lenientForms;

	private final Role[] keepers;

	private final TableSpec<MassMember> members;

	private final String membersFallbackOrder;

	MassOrganisation(MembershipKind kind, String name, List<String> unitKinds, String personColumn,
			boolean lenientForms, Role[] keepers, TableSpec<MassMember> members, String membersFallbackOrder) {
		this.kind = kind;
		this.name = name;
		this.unitKinds = unitKinds;
		this.personColumn = personColumn;
		this.lenientForms = lenientForms;
		this.keepers = keepers;
		this.members = members;
		this.membersFallbackOrder = membersFallbackOrder;
	}

	/**
	 * The organisation named in a page address ({@code youth}, {@code union}), else 404.
	 */
	static MassOrganisation of(String name) {
		for (MassOrganisation o : values()) {
			if (o.name.equals(name)) {
				return o;
			}
		}
		throw NotFoundException.of("page", name);
	}

	MembershipKind kind() {
		return this.kind;
	}

	/** Open units of these kinds hold the members. */
	List<String> unitKinds() {
		return this.unitKinds;
	}

	/** The person_ref column naming the member's unit. */
	String personColumn() {
		return this.personColumn;
	}

	/** Whether the caller keeps this organisation's records (in their scope). */
	boolean mayManage(Caller caller) {
		return caller.hasAny(this.keepers);
	}

	/** A message key of this organisation: {@code youth.joined}, {@code union.joined}. */
	String key(String suffix) {
		return this.name + "." + suffix;
	}

	/** The landing page's address. */
	String landing() {
		return "/membership/" + this.name;
	}

	/**
	 * The Youth Union's forms read an unreadable joining or transfer date as today and
	 * pass the leaving reason as typed; the union's refuse the date and trim the reason
	 * first.
	 */
	boolean lenientForms() {
		return this.lenientForms;
	}

	/** A unit's members list: headers, ORDER BY whitelist and export (decision 0186). */
	TableSpec<MassMember> members() {
		return this.members;
	}

	/** The ORDER BY after the requested column. */
	String membersOrderBy(TableRequest request) {
		return this.members.orderBy(request, this.membersFallbackOrder);
	}

	/** The member's current unit of this organisation (null = none). */
	Long unitOf(MassMembershipLog.PersonRef person) {
		return (this == YOUTH) ? person.youthUnitId() : person.unionUnitId();
	}

}
