package vn.dangvu.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A committee with a cell of its own for meeting tests: five full members recorded since
 * 2015 and one probationary member admitted on 01/03/2026, never the demo's names.
 */
public record MeetingFixtures(MockMvc mvc, JdbcClient jdbc) {

	/** The cell, its committee, another cell of the committee, and the members. */
	public record Cell(long root, long cell, long otherCell, List<Long> full, long probationary) {

		public Caller secretary() {
			return TestCallers.secretaryOf(this.cell);
		}

		public Caller office() {
			return TestCallers.officeOf(this.root);
		}

		public Caller otherSecretary() {
			return TestCallers.secretaryOf(this.otherCell);
		}

		public List<Long> everyone() {
			List<Long> all = new ArrayList<>(this.full);
			all.add(this.probationary);
			return all;
		}

	}

	public Cell cell(String label) {
		MassFixtures mass = new MassFixtures(this.jdbc);
		String tag = label + " " + UUID.randomUUID().toString().substring(0, 4);
		MassFixtures.Tree tree = mass.tree("họp " + tag);
		List<Long> full = new ArrayList<>();
		String[] names = { "Trần Thử Một", "Lê Thử Hai", "Phạm Thử Ba", "Hoàng Thử Bốn", "Vũ Thử Năm" };
		for (String n : names) {
			full.add(mass.partyMember(n, LocalDate.of(1980, 3, 4), tree.root(), tree.cell()));
		}
		long probationary = mass.person("Đỗ Thử Sáu", LocalDate.of(1995, 5, 6), tree.root(), tree.cell(), null, null);
		mass.recorded(probationary, tree.cell(), "2026-03-01", "2026-03-01", "2027-03-01");
		return new Cell(tree.root(), tree.cell(), tree.otherCell(), List.copyOf(full), probationary);
	}

	/** A member recorded in the cell from a day (arrived then). */
	public long memberFrom(Cell cell, String name, String since) {
		MassFixtures mass = new MassFixtures(this.jdbc);
		long id = mass.person(name, LocalDate.of(1985, 1, 2), cell.root(), cell.cell(), null, null);
		mass.recorded(id, cell.cell(), since, "2010-01-01", "2011-01-01");
		return id;
	}

	public static MockHttpServletRequestBuilder postJson(Caller caller, String url, String json) {
		return post(url).with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public static MockHttpServletRequestBuilder patchJson(Caller caller, String url, String json) {
		return patch(url).with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	/** A meeting of the cell on a day at 14:00, created by its secretary. */
	public long meeting(Cell cell, String kind, String day) throws Exception {
		String body = this.mvc.perform(postJson(cell.secretary(), "/api/v1/meetings", """
				{"unitId": %d, "kind": "%s", "topic": "Sinh hoạt %s", "meetsOn": "%s", "startsAt": "14:00",
				 "place": "Phòng họp"}""".formatted(cell.cell(), kind, day, day)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.meeting.id")).longValue();
	}

	/**
	 * The record of a held meeting from 14:00 to {@code to}, with absentees and speakers.
	 */
	public static String record(Cell cell, String to, String absences, String speakers) {
		long chair = cell.full().get(0);
		long secretary = cell.full().get(1);
		return """
				{"record": {"heldFrom": "14:00", "heldTo": "%s", "chairId": %d, "secretaryId": %d,
				  "absences": [%s], "speakers": [%s],
				  "agenda": [{"title": "Đánh giá tháng", "notes": "Các đồng chí phát biểu", "criticism": true}],
				  "resolution": "Chi bộ thống nhất nghị quyết tháng", "votesFor": 4, "votesAgainst": 0, "votesAbstain": 0}}"""
			.formatted(to, chair, secretary, absences, speakers);
	}

	/**
	 * A record (as {@link #record}) that gives the reason of a change of signed minutes.
	 */
	public static String withReason(String record, String reason) {
		return record.replace("\"resolution\":", "\"reason\": \"%s\", \"resolution\":".formatted(reason));
	}

}
