package vn.dangvu.membership;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;

/**
 * Transfers through the pages: the sending cell records, the receiving cell confirms, the
 * person's Party cell and the derived status follow; outside transfers, temporary limits,
 * striking off.
 */
@IntegrationTest
class TransferIntegrationTest extends OnPartyCells {

	static final String TODAY = "%02d/%02d/%d".formatted(LocalDate.now(VietnamTime.ZONE).getDayOfMonth(),
			LocalDate.now(VietnamTime.ZONE).getMonthValue(), LocalDate.now(VietnamTime.ZONE).getYear());

	MembershipFixtures.TransferCells cells;

	@BeforeEach
	void cellsAndAMember() {
		this.cells = this.fixtures.transferCells("Trang");
	}

	@Test
	void sendingCellRecordsAndReceivingCellConfirms() throws Exception {
		this.mvc
			.perform(postForm(TestCallers.secretaryOf(this.cells.from().cell()), "/membership/transfers", "personId",
					String.valueOf(this.cells.member()), "kind", "PERMANENT", "destination", "CELL", "toCellId",
					String.valueOf(this.cells.to().cell()), "sentOn", TODAY))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", "Đã ghi nhận chuyển sinh hoạt."));
		MemberStatus transit = this.membership.statusOn(this.cells.member(), LocalDate.now(VietnamTime.ZONE));
		assertThat(transit.inTransit()).isTrue();
		assertThat(transit.isFull()).isTrue();
		long transfer = this.jdbc.sql("select id from membership_transfer where person_id = :p and state = 'SENT'")
			.param("p", this.cells.member())
			.query(Long.class)
			.single();
		// the sending cell cannot confirm for the receiving one
		this.mvc.perform(receive(transfer, this.cells.from().cell())).andExpect(status().isNotFound());
		this.mvc.perform(receive(transfer, this.cells.to().cell())).andExpect(status().is3xxRedirection());
		MemberStatus after = this.membership.statusOn(this.cells.member(), LocalDate.now(VietnamTime.ZONE));
		assertThat(after.cellId()).isEqualTo(this.cells.to().cell());
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.cells.member())
			.query(Long.class)
			.single()).isEqualTo(this.cells.to().cell());
		assertThat(this.membership.fullMembersOf(this.cells.to().cell(), LocalDate.now(VietnamTime.ZONE)))
			.contains(this.cells.member());
	}

	@Test
	void temporaryTransferOfAYearForAStayIsRefusedAndStrikingOffEndsMembership() throws Exception {
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		String inAYear = "%02d/%02d/%d".formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear() + 1);
		this.mvc
			.perform(postForm(TestCallers.secretaryOf(this.cells.from().cell()), "/membership/transfers", "personId",
					String.valueOf(this.cells.member()), "kind", "TEMPORARY", "purpose", "STAY", "destination",
					"OUTSIDE", "otherUnitName", "Đảng bộ tỉnh bạn", "letterNumber", "12-GGT", "letterDate", TODAY,
					"sentOn", TODAY, "plannedUntil",
					today.getDayOfMonth() == 29 && today.getMonthValue() == 2 ? "01/03/2099" : inAYear))
			.andExpect(flash().attributeExists("flashError"));
		this.mvc
			.perform(postForm(TestCallers.secretaryOf(this.cells.from().cell()), "/membership/endings", "personId",
					String.valueOf(this.cells.member()), "type", "STRUCK_OFF", "date", TODAY, "documentNumber",
					"05-QĐ/ĐU", "reason", "Bỏ sinh hoạt 3 tháng trong năm"))
			.andExpect(flash().attributeExists("flashMessage"));
		assertThat(this.membership.statusOn(this.cells.member(), today).standing()).isEqualTo(Standing.STRUCK_OFF);
		assertThat(this.membership.statusOn(this.cells.member(), today.minusDays(1)).isFull()).isTrue();
		assertThat(this.jdbc.sql("select party_unit_id from person where id = :p")
			.param("p", this.cells.member())
			.query(Long.class)
			.optional()).isEmpty();
	}

	/** The receiving form of a transfer, sent today by the secretary of this cell. */
	private static MockHttpServletRequestBuilder receive(long transfer, long cell) {
		return post("/membership/transfers/" + transfer + "/receive")
			.with(TestCallers.as(TestCallers.secretaryOf(cell)))
			.with(csrf())
			.param("receivedOn", TODAY);
	}

}
