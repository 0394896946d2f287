package vn.dangvu.directive.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.CitationParse;
import vn.dangvu.directive.DocumentPage;
import vn.dangvu.directive.DocumentQuery;
import vn.dangvu.directive.DocumentRow;
import vn.dangvu.directive.DocumentStatus;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.citation.Citations;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.TableColumn;
import vn.dangvu.platform.table.TableRequest;
import vn.dangvu.platform.table.TableSpec;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.time.VietnamTime;

/** Searching the registry without diacritics, in the caller's sight (decision 0121). */
@Service
@RequiredArgsConstructor
public class RegistrySearch {

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final Clock clock;

	@Transactional(readOnly = true)
	public DocumentPage search(DocumentQuery query, Caller caller) {
		return search(query, null, caller);
	}

	/**
	 * The registry's columns as a list a person works from: the page's headers, the
	 * whitelist of ORDER BY expressions, and the export (decision 0186).
	 */
	public static final TableSpec<DocumentRow> TABLE = TableSpec.of("so-van-ban", "directive.list.title", "issueDate",
			false, TableColumn.of("citation", "directive.field.citation", DocumentRow::citation).sql("d.number_value"),
			TableColumn
				.<DocumentRow>of("type", "directive.field.type",
						(r) -> new TableColumn.Text("directive.type." + r.type().name()))
				.sql("d.doc_type"),
			TableColumn.of("issueDate", "directive.field.issueDate", DocumentRow::issueDate).sql("d.issue_date"),
			TableColumn.of("issuer", "directive.field.issuer", DocumentRow::issuerName).sql("i.full_name"),
			TableColumn.of("summary", "directive.field.summary", DocumentRow::summary).sql("d.summary"),
			TableColumn
				.<DocumentRow>of("status", "directive.field.status",
						(r) -> new TableColumn.Text("directive.status." + r.status().name()))
				.sql("status"));

	/**
	 * A registry search ordered and paged by a table request ({@link #TABLE}'s
	 * whitelist); null keeps the query's own sort, page and size.
	 */
	@Transactional(readOnly = true)
	public DocumentPage search(DocumentQuery query, TableRequest table, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		LocalDate today = VietnamTime.today(this.clock);
		Map<String, Object> params = new LinkedHashMap<>();
		String where = where(query, params);
		String order = (table != null)
				? TABLE.orderBy(table, "d.issue_date desc, d.id desc").substring(" order by ".length())
				: switch (query.sort() == null ? "date" : query.sort().toLowerCase(Locale.ROOT)) {
					case "citation" -> "d.number_value, d.issue_date desc, d.id";
					case "oldest" -> "d.issue_date, d.id";
					default -> "d.issue_date desc, d.id desc";
				};
		JdbcClient.StatementSpec count = view
			.bind(this.jdbc.sql("select count(*) from directive_document d where " + where))
			.param("today", today);
		for (Map.Entry<String, Object> p : params.entrySet()) {
			count = count.param(p.getKey(), p.getValue());
		}
		long total = count.query(Long.class).single();
		TableRequest clamped = (table != null) ? TABLE.clamp(table, total) : null;
		int size = (clamped != null) ? clamped.size() : query.size();
		int pageNo = (clamped != null) ? clamped.page() : query.page();
		JdbcClient.StatementSpec list = view.bind(this.jdbc.sql("""
				select d.id, d.citation, d.doc_type, d.issuer_code, i.full_name, d.issue_date, d.summary, %s as status
				from directive_document d join directive_issuer i on i.id = d.issuer_id
				where %s order by %s limit :limit offset :offset""".formatted(DocumentQueries.STATUS, where, order)))
			.param("today", today)
			.param("limit", size)
			.param("offset", (long) pageNo * size);
		for (Map.Entry<String, Object> p : params.entrySet()) {
			list = list.param(p.getKey(), p.getValue());
		}
		List<DocumentRow> rows = list
			.query((rs, n) -> new DocumentRow(rs.getLong(1), rs.getString(2), DocumentType.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
					DocumentStatus.valueOf(rs.getString(8))))
			.list();
		return new DocumentPage(rows, pageNo, size, total);
	}

	/** The condition of a search (visibility first), filling in its parameters. */
	private static String where(DocumentQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(Visibility.DOCUMENT);
		List<String> words = new ArrayList<>();
		if (query.q() != null && !query.q().isBlank()) {
			for (String w : VietnameseText.fold(query.q()).split(" ")) {
				if (!w.isEmpty()) {
					words.add(w);
				}
			}
		}
		if (!words.isEmpty()) {
			// the whole phrase first: "quy che dan chu" must appear as written
			where.append(" and d.search_text like :phrase escape '\\'");
			params.put("phrase", VietnameseText.likeContains(String.join(" ", words)));
		}
		if (query.type() != null) {
			where.append(" and d.doc_type = :type");
			params.put("type", query.type().name());
		}
		if (query.issuerId() != null) {
			where.append(" and d.issuer_id = :issuer");
			params.put("issuer", query.issuerId());
		}
		if (query.year() != null) {
			where.append(" and d.issue_date >= :y0 and d.issue_date < :y1");
			params.put("y0", LocalDate.of(query.year(), 1, 1));
			params.put("y1", LocalDate.of(query.year() + 1, 1, 1));
		}
		if (query.status() != null) {
			where.append(" and (").append(DocumentQueries.STATUS).append(") = :status");
			params.put("status", query.status().name());
		}
		return where.toString();
	}

	/** The visible document written with this citation (the newest if several). */
	@Transactional(readOnly = true)
	public long findByCitation(String citation, Caller caller) {
		CitationParse parse = Citations.parse(citation);
		if (!parse.isValid()) {
			throw vn.dangvu.platform.error.RuleViolationException.onField("citation", parse.errorKey(),
					parse.errorArgs());
		}
		String formatted = parse.citation().format();
		return search(new DocumentQuery(formatted, null, null, null, null, "date", 0, 50), caller).items()
			.stream()
			.filter((r) -> r.citation().equals(formatted))
			.findFirst()
			.orElseThrow(() -> vn.dangvu.platform.error.RuleViolationException.onField("citation",
					"directive.link.unknownTarget"))
			.id();
	}

}
