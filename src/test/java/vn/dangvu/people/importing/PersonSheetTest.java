package vn.dangvu.people.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import vn.dangvu.people.record.PersonCatalogue;
import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonSheetTest {

	private final PersonSheet sheet;

	PersonSheetTest() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/people");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		this.sheet = new PersonSheet(messages, new PersonCatalogue(messages));
	}

	@Test
	void readsTextDatesExcelDatesAndNumericCccdKeepingLeadingZeros() throws Exception {
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS,
				List.of(Arrays.asList("Nguyễn Văn An", "05/09/1985", "Nam", "001085000123", "Kinh", "Không", "12/12",
						"Trung cấp", "Chuyên viên", "CB-01", "CB-01", null, null, 912345678, "an@coquan.gov.vn"),
						Arrays.asList("Trần Thị Bình", LocalDate.of(1990, 2, 28), "Nữ", 1190000456L, null, null, null,
								null, null, 12345),
						Arrays.asList(), Arrays.asList("Lê Văn Cường", "31/02/1990")));
		List<PersonSheet.ParsedRow> rows = this.sheet.read(new ByteArrayInputStream(file));
		assertThat(rows).extracting(PersonSheet.ParsedRow::row).containsExactly(2, 3, 5);
		var first = rows.get(0);
		assertThat(first.values()).containsEntry("fullName", "Nguyễn Văn An")
			.containsEntry("birthDate", "05/09/1985")
			.containsEntry("cccd", "001085000123")
			.containsEntry("phone", "0912345678");
		assertThat(first.unitCodes()).containsEntry(SheetColumn.WORK_UNIT, "CB-01")
			.containsEntry(SheetColumn.PARTY_UNIT, "CB-01");
		var second = rows.get(1);
		assertThat(second.values()).containsEntry("birthDate", LocalDate.of(1990, 2, 28))
			.containsEntry("cccd", "001190000456");
		assertThat(second.unitCodes()).containsEntry(SheetColumn.WORK_UNIT, "12345");
		assertThat(rows.get(2).values()).containsEntry("birthDate", "31/02/1990");
	}

	@Test
	void refusesAFileThatIsNotXlsx() {
		assertThatThrownBy(() -> this.sheet
			.read(new ByteArrayInputStream("Họ và tên;Ngày sinh\n".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("person.import.notXlsx");
	}

	@Test
	void refusesAWorkbookWhoseHeaderIsNotTheTemplate() throws Exception {
		List<String> headers = new ArrayList<>(SheetFiles.HEADERS);
		headers.set(3, "CMND");
		byte[] file = SheetFiles.xlsx(headers, List.of());
		assertThatThrownBy(() -> this.sheet.read(new ByteArrayInputStream(file))).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.args()).containsExactly("D", "Số CCCD", "CMND"));
	}

	@Test
	void theTemplateReadsBackAsAnEmptyFileAndHasAGuideSheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.sheet.writeTemplate(out);
		assertThat(this.sheet.read(new ByteArrayInputStream(out.toByteArray()))).isEmpty();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(wb.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Ngày sinh (dd/mm/yyyy)");
			assertThat(wb.getSheet("Hướng dẫn")).isNotNull();
			assertThat(wb.getSheet("Hướng dẫn").getRow(4).getCell(1).getStringCellValue()).isEqualTo("Số CCCD");
		}
	}

}
