package vn.dangvu.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail of the demo data, as the services would have written it had the demo
 * been entered through them (decision 0176): the loader writes with bulk SQL, so without
 * this the audit viewer showed none of the demo's history. One row per unit change,
 * person created, membership event, transfer sent and dues payment, with the same entity
 * types, actions and state keys the modules publish, dated on the day the record says it
 * happened (08:00 Vietnam time), by the actor "demo".
 */
final class DemoAuditHistory {

	private static final String AT = "((%s) + time '08:00') at time zone 'Asia/Ho_Chi_Minh'";

	private DemoAuditHistory() {
	}

	static int load(JdbcTemplate jdbc) {
		int rows = 0;
		rows += jdbc
			.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, before_state, after_state)
					select %s, 'demo',
					       case h.change when 'ESTABLISHED' then 'CREATE' when 'RENAMED' then 'RENAME' when 'MOVED' then 'MOVE'
					                     when 'MERGED' then 'MERGE' else 'CLOSE' end,
					       'Unit', h.unit_id::text, h.unit_id,
					       case when h.change = 'ESTABLISHED' then '{}'::jsonb
					            else jsonb_build_object('code', u.code, 'kind', u.kind,
					                 'name', lag(h.name) over w, 'shortName', lag(h.short_name) over w,
					                 'parentId', lag(h.parent_id) over w) end,
					       jsonb_build_object('code', u.code, 'kind', u.kind, 'name', h.name, 'shortName', h.short_name,
					                 'parentId', h.parent_id)
					from org_unit_history h join org_unit u on u.id = h.unit_id
					window w as (partition by h.unit_id order by h.valid_from, h.id)"""
				.formatted(AT.formatted("h.valid_from")));
		rows += jdbc
			.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, before_state, after_state)
					select %s, 'demo', 'CREATE', 'Person', p.id::text, p.work_unit_id, '{}'::jsonb,
					       jsonb_build_object('fullName', p.full_name, 'birthDate', p.birth_date::text, 'sex', p.sex,
					           'cccd', p.cccd, 'workUnitId', p.work_unit_id, 'partyUnitId', p.party_unit_id,
					           'unionUnitId', p.union_unit_id, 'youthUnitId', p.youth_unit_id)
					from person p
					left join lateral (select min(a.valid_from) as since from person_affiliation a where a.person_id = p.id) f
					  on true"""
				.formatted(AT.formatted("coalesce(f.since, current_date)")));
		rows += jdbc
			.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, before_state, after_state)
					select %s, 'demo', 'CREATE', 'MembershipEvent', e.id::text, e.unit_id, '{}'::jsonb,
					       jsonb_build_object('personId', e.person_id, 'membership', e.membership, 'type', e.event_type,
					           'occurredOn', e.occurred_on::text, 'unitId', e.unit_id, 'documentNumber', e.document_number)
					from membership_event e"""
				.formatted(AT.formatted("e.occurred_on")));
		rows += jdbc
			.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, before_state, after_state)
					select %s, 'demo', 'CREATE', 'MembershipTransfer', t.id::text, t.from_cell_id, '{}'::jsonb,
					       jsonb_build_object('personId', t.person_id, 'kind', t.kind)
					from membership_transfer t"""
				.formatted(AT.formatted("coalesce(t.sent_on, current_date)")));
		rows += jdbc
			.update("""
					insert into audit_event (occurred_at, actor, action, entity_type, entity_id, unit_id, before_state, after_state)
					select %s, 'demo', 'CREATE', 'DuesPayment', d.id::text, d.unit_id, '{}'::jsonb,
					       jsonb_build_object('kind', d.kind, 'personId', d.person_id, 'month', to_char(d.month, 'YYYY-MM'),
					           'amount', d.amount, 'method', d.method, 'paidOn', d.paid_on::text)
					from dues_payment d"""
				.formatted(AT.formatted("d.paid_on")));
		return rows;
	}

}
