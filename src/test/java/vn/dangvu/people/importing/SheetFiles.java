package vn.dangvu.people.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds people spreadsheets for tests, with POI, as a user's Excel would. */
public final class SheetFiles {

	public static final List<String> HEADERS = List.of("Họ và tên", "Ngày sinh (dd/mm/yyyy)", "Giới tính (Nam/Nữ)",
			"Số CCCD", "Dân tộc", "Tôn giáo", "Trình độ học vấn", "Lý luận chính trị", "Chức vụ", "Mã đơn vị công tác",
			"Mã chi bộ", "Mã công đoàn", "Mã chi đoàn", "Điện thoại", "Email");

	private SheetFiles() {
	}

	/**
	 * Each row: values by column; a {@link LocalDate} becomes an Excel date cell, a
	 * {@link Number} a numeric cell, anything else text.
	 */
	public static byte[] xlsx(List<String> headers, List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Nhân sự");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object v = values.get(c);
					if (v == null) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (v instanceof LocalDate d) {
						cell.setCellValue(d);
						cell.setCellStyle(date);
					}
					else if (v instanceof Number n) {
						cell.setCellValue(n.doubleValue());
					}
					else {
						cell.setCellValue(v.toString());
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
