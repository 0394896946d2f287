package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;

@IntegrationTest
class UnitPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UnitService units;

	final Caller admin = TestCallers.admin();

	@AfterEach
	void signOut() {
		TestCallers.clear();
	}

	UnitDto unit(UnitKind kind, Long parent, String name) {
		TestCallers.runAs(this.admin);
		try {
			return this.units.create(new CreateUnitCmd("P-" + UUID.randomUUID().toString().substring(0, 12), kind, name,
					null, parent, null, LocalDate.of(2020, 1, 1), null, null));
		}
		finally {
			TestCallers.clear();
		}
	}

	@Test
	void theTreeShowsTheRootsOfTheScopeWithLazyBranches() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Đảng ủy Khối Trang Cây");
		UnitDto cell = unit(UnitKind.CELL, bloc.id(), "Chi bộ Trang Cây 1");
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, bloc.id());
		this.mvc.perform(get("/units").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Đảng ủy Khối Trang Cây"), containsString("/units/" + bloc.id() + "/children"),
							containsString("Đảng ủy cấp trên cơ sở"), containsString("1 trực thuộc"))));
		this.mvc.perform(get("/units/" + bloc.id() + "/children").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chi bộ Trang Cây 1")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc.perform(get("/units/" + cell.id()).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hx-get=\"/people/fragment?unit=" + cell.id() + "\""),
					containsString("/units/" + cell.id() + "/rename"), containsString("Thành lập"))));
	}

	@Test
	void searchIgnoresDiacriticsAndShowsTheBreadcrumb() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Đảng bộ Hải quan Hà Tĩnh Tìm");
		unit(UnitKind.CELL, bloc.id(), "Chi bộ Cửa khẩu Quốc tế Cầu Treo");
		this.mvc.perform(get("/units").param("q", "cau treo").with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chi bộ Cửa khẩu Quốc tế Cầu Treo"),
					containsString("Đảng bộ Hải quan Hà Tĩnh Tìm"))));
	}

	@Test
	void aMemberSeesTheEmptyStateAndNoUnitPage() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Khối không thấy");
		this.mvc.perform(get("/units").with(TestCallers.as(TestCallers.member(7))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chưa được giao phạm vi")));
		this.mvc.perform(get("/units/" + bloc.id()).with(TestCallers.as(TestCallers.member(7))))
			.andExpect(status().isNotFound());
	}

	@Test
	void renamingRedirectsWithAFlashMessage() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Khối Đổi Tên");
		this.mvc.perform(get("/units/" + bloc.id() + "/rename").with(TestCallers.as(this.admin)))
			.andExpect(status().isOk());
		this.mvc
			.perform(postForm(this.admin, "/units/" + bloc.id() + "/rename", "name", "Khối Đã Đổi Tên", "effectiveDate",
					"2024-01-01", "decisionRef", "Quyết định 5/QĐ"))
			.andExpect(redirectedUrl("/units/" + bloc.id()))
			.andExpect(flash().attribute("flashMessage", containsString("Khối Đã Đổi Tên")));
	}

	@Test
	void aRefusedCloseComesBackOnTheFormInVietnamese() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Khối Giải Thể");
		UnitDto inner = unit(UnitKind.GRASSROOTS_COMMITTEE, bloc.id(), "Đảng bộ Còn Con");
		unit(UnitKind.CELL, inner.id(), "Chi bộ con");
		this.mvc.perform(get("/units/" + inner.id() + "/close").with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-confirm")));
		this.mvc.perform(postForm(this.admin, "/units/" + inner.id() + "/close", "effectiveDate", "2024-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("còn 1 tổ chức trực thuộc đang hoạt động")));
		this.mvc.perform(postForm(this.admin, "/units/" + inner.id() + "/close", "effectiveDate", "không phải ngày"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày không đúng định dạng")));
	}

	@Test
	void theMoveAndMergeFormsOfferLegalTargets() throws Exception {
		UnitDto a = unit(UnitKind.BLOC_COMMITTEE, null, "Khối Nguồn");
		UnitDto b = unit(UnitKind.BLOC_COMMITTEE, null, "Khối Đích Chuyển");
		UnitDto cell = unit(UnitKind.CELL, a.id(), "Chi bộ Chuyển Đi");
		this.mvc.perform(get("/units/" + cell.id() + "/move").with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Khối Đích Chuyển")));
		this.mvc
			.perform(get("/units/" + cell.id() + "/move/targets").param("q", "dich chuyen")
				.with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Khối Đích Chuyển"), not(containsString("Khối Nguồn")))));
		this.mvc
			.perform(postForm(this.admin, "/units/" + cell.id() + "/move", "parentId", String.valueOf(b.id()),
					"effectiveDate", "2024-01-01"))
			.andExpect(redirectedUrl("/units/" + cell.id()));
		this.mvc.perform(get("/units/merge").param("target", String.valueOf(b.id())).with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Khối Nguồn")));
		this.mvc.perform(get("/units/new").param("parent", String.valueOf(b.id())).with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đảng bộ cơ sở")));
	}

	@Test
	void mergingOnThePageClosesTheSourcesAndShowsWhereTheyWent() throws Exception {
		UnitDto root = unit(UnitKind.TRADE_UNION, null, "Công đoàn Cục Trang");
		UnitDto s1 = unit(UnitKind.UNION_BRANCH, root.id(), "Công đoàn bộ phận Nguồn 1");
		UnitDto s2 = unit(UnitKind.UNION_BRANCH, root.id(), "Công đoàn bộ phận Nguồn 2");
		String code = "P-" + UUID.randomUUID().toString().substring(0, 12);
		this.mvc
			.perform(post("/units/merge").param("family", "UNION")
				.param("sourceIds", String.valueOf(s1.id()), String.valueOf(s2.id()))
				.param("targetMode", "new")
				.param("kind", "UNION_BRANCH")
				.param("name", "Công đoàn bộ phận Hợp Nhất")
				.param("code", code)
				.param("parentId", String.valueOf(root.id()))
				.param("effectiveDate", "2025-03-01")
				.with(TestCallers.as(this.admin))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashMessage", containsString("Công đoàn bộ phận Hợp Nhất")));
		this.mvc.perform(get("/units/" + s1.id()).with(TestCallers.as(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hợp nhất vào"),
					containsString("Công đoàn bộ phận Hợp Nhất"), containsString("01/03/2025"))));
	}

	@Test
	void aMergeWithoutSourcesComesBackWithTheReason() throws Exception {
		unit(UnitKind.YOUTH_UNION, null, "Đoàn Thanh niên Trang");
		this.mvc
			.perform(postForm(this.admin, "/units/merge", "family", "YOUTH", "targetMode", "existing", "effectiveDate",
					"2025-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hãy chọn ít nhất một tổ chức được hợp nhất.")));
	}

	@Test
	void theTreeAsOfADateShowsTheNamesAndBranchesOfThatDay() throws Exception {
		UnitDto bloc = unit(UnitKind.BLOC_COMMITTEE, null, "Khối Lịch Sử");
		UnitDto cell = unit(UnitKind.CELL, bloc.id(), "Chi bộ Tên Cũ");
		TestCallers.runAs(this.admin);
		this.units.rename(new vn.dangvu.organisation.tree.RenameUnitCmd(cell.id(), "Chi bộ Tên Mới", null,
				LocalDate.of(2024, 1, 1), null, null));
		TestCallers.clear();
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, bloc.id());
		this.mvc.perform(get("/units").param("asOf", "2023-06-30").with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("30/06/2023"), containsString("Khối Lịch Sử"),
					containsString("asOf=2023-06-30"))));
		this.mvc
			.perform(get("/units/" + bloc.id() + "/children").param("asOf", "2023-06-30").with(TestCallers.as(office)))
			.andExpect(content().string(allOf(containsString("Chi bộ Tên Cũ"), not(containsString("Chi bộ Tên Mới")))));
		this.mvc.perform(get("/units/" + bloc.id() + "/children").with(TestCallers.as(office)))
			.andExpect(content().string(containsString("Chi bộ Tên Mới")));
		this.mvc
			.perform(get("/units/" + bloc.id() + "/children").param("asOf", "2019-06-30").with(TestCallers.as(office)))
			.andExpect(content().string(containsString("Không có tổ chức trực thuộc.")));
	}

}
