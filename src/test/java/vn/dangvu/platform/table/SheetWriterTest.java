package vn.dangvu.platform.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class SheetWriterTest {

	@Test
	void writesTitlesHeaderAndTypedCells() throws IOException {
		byte[] bytes;
		try (SheetWriter sheet = SheetWriter.open("Đảng phí: 12/2026")) {
			sheet.title("Chi bộ 1").skip();
			sheet.header("STT", "Họ tên", "Số tiền", "Ngày", "Lúc").freezeAbove();
			sheet.row()
				.number(1)
				.text("Nguyễn Văn A")
				.money(125000)
				.day(LocalDate.of(2026, 12, 2))
				.time(LocalDateTime.of(2026, 12, 2, 8, 30, 5));
			sheet.row().number(2).text(null).money(null).day(null).value("x");
			sheet.row().bold().text("Tổng").at(2).money(125000);
			sheet.widths(6, 32);
			assertThat(sheet.rows()).isEqualTo(6);
			bytes = sheet.bytes();
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			DataFormatter shown = new DataFormatter();
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).as("cleaned of what Excel refuses").isEqualTo("Đảng phí  12 2026");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Chi bộ 1");
			assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getRow(1)).isNull();
			Row head = sheet.getRow(2);
			assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Họ tên");
			assertThat(book.getFontAt(head.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
			Row one = sheet.getRow(3);
			assertThat(one.getCell(0).getNumericCellValue()).isEqualTo(1.0);
			assertThat(one.getCell(2).getNumericCellValue()).isEqualTo(125000.0);
			assertThat(shown.formatCellValue(one.getCell(2))).isEqualTo("125,000");
			assertThat(one.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 2));
			assertThat(shown.formatCellValue(one.getCell(3))).isEqualTo("02/12/2026");
			assertThat(shown.formatCellValue(one.getCell(4))).isEqualTo("02/12/2026 08:30:05");
			Row two = sheet.getRow(4);
			assertThat(two.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(two.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(two.getCell(4).getStringCellValue()).isEqualTo("x");
			Row total = sheet.getRow(5);
			assertThat(total.getCell(1)).isNull();
			assertThat(book.getFontAt(total.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(sheet.getColumnWidth(1)).isEqualTo(32 * 256);
		}
	}

	@Test
	void goesOnInAnotherSheetFromItsTop() throws IOException {
		byte[] bytes;
		try (SheetWriter sheet = SheetWriter.open("Tổng hợp")) {
			sheet.title("Một").skip();
			sheet.header("A", "B").freezeAbove();
			sheet.sheet("Chi tiết: 12/2026").header("C").freezeAbove();
			sheet.row().number(7);
			assertThat(sheet.rows()).isEqualTo(2);
			bytes = sheet.bytes();
		}
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(book.getNumberOfSheets()).isEqualTo(2);
			assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("B");
			Sheet second = book.getSheetAt(1);
			assertThat(second.getSheetName()).isEqualTo("Chi tiết  12 2026");
			assertThat(second.getRow(0).getCell(0).getStringCellValue()).isEqualTo("C");
			assertThat(second.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(7.0);
			assertThat(second.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		}
	}

	@Test
	void sendsADownload() throws IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		try (SheetWriter sheet = SheetWriter.open("Nhật ký")) {
			sheet.header("A");
			sheet.send(response, "nhat-ky.xlsx");
		}
		assertThat(response.getContentType()).isEqualTo(SheetWriter.XLSX);
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("nhat-ky.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("A");
		}
	}

}
