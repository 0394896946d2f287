package vn.dangvu.people.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import lombok.RequiredArgsConstructor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dangvu.people.Sex;
import vn.dangvu.people.record.Ethnicities;
import vn.dangvu.people.record.GeneralEducation;
import vn.dangvu.people.record.PersonCatalogue;
import vn.dangvu.people.record.PersonReads;
import vn.dangvu.people.record.ProfessionalLevel;
import vn.dangvu.people.record.Religion;
import vn.dangvu.people.record.TheoryLevel;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The people spreadsheet: the blank template with its instructions, reading an uploaded
 * file into rows, and writing an export in the same columns so that it can be imported
 * again. Headers are always Vietnamese, as the published template.
 */
@Component
@RequiredArgsConstructor
public class PersonSheet {

	static final Locale VI = Locale.forLanguageTag("vi");

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final MessageSource messages;

	private final PersonCatalogue catalogue;

	/** A row as read from the file, before any rule is checked. */
	record ParsedRow(int row, Map<String, Object> values, Map<SheetColumn, String> unitCodes) {
	}

	String header(SheetColumn c) {
		return this.messages.getMessage(c.headerKey(), null, VI);
	}

	/**
	 * The blank template: the data sheet with headers and choice lists, and the guide.
	 */
	public void writeTemplate(OutputStream out) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			Sheet sheet = wb.createSheet(this.messages.getMessage("person.sheet.name", null, VI));
			writeHeader(wb, sheet);
			CellStyle text = wb.createCellStyle();
			text.setDataFormat(wb.createDataFormat().getFormat("@"));
			for (SheetColumn c : List.of(SheetColumn.BIRTH_DATE, SheetColumn.CCCD, SheetColumn.PHONE)) {
				sheet.setDefaultColumnStyle(c.ordinal(), text);
			}
			DataValidationHelper dv = sheet.getDataValidationHelper();
			choice(sheet, dv, SheetColumn.SEX, labels(Sex.values()));
			choice(sheet, dv, SheetColumn.RELIGION, labels(Religion.values()));
			choice(sheet, dv, SheetColumn.GENERAL_EDUCATION, labels(GeneralEducation.values()));
			choice(sheet, dv, SheetColumn.THEORY_LEVEL, labels(TheoryLevel.values()));
			choice(sheet, dv, SheetColumn.PROFESSIONAL_LEVEL, labels(ProfessionalLevel.values()));
			Sheet guide = wb.createSheet(this.messages.getMessage("person.sheet.guide", null, VI));
			CellStyle bold = boldStyle(wb);
			Row top = guide.createRow(0);
			cell(top, 0, this.messages.getMessage("person.sheet.guide.column", null, VI), bold);
			cell(top, 1, this.messages.getMessage("person.sheet.guide.header", null, VI), bold);
			cell(top, 2, this.messages.getMessage("person.sheet.guide.explanation", null, VI), bold);
			int r = 1;
			for (SheetColumn c : SheetColumn.ALL) {
				Row row = guide.createRow(r++);
				cell(row, 0, c.letter(), null);
				cell(row, 1, header(c), null);
				cell(row, 2, this.messages.getMessage(c.helpKey(), null, VI), null);
			}
			r++;
			cell(guide.createRow(r++), 0, this.messages.getMessage("person.sheet.guide.ethnicities", null, VI), bold);
			cell(guide.createRow(r++), 0, String.join(", ", Ethnicities.ALL), null);
			r++;
			for (String key : List.of("person.sheet.guide.note1", "person.sheet.guide.note2",
					"person.sheet.guide.note3", "person.sheet.guide.note4")) {
				cell(guide.createRow(r++), 0, this.messages.getMessage(key, null, VI), null);
			}
			guide.setColumnWidth(0, 12 * 256);
			guide.setColumnWidth(1, 32 * 256);
			guide.setColumnWidth(2, 110 * 256);
			wb.write(out);
		}
	}

	/** Streams an export: the template's columns, one row per person, in list order. */
	public void writeExport(OutputStream out, Consumer<Consumer<PersonReads.ExportRow>> rows) throws IOException {
		SXSSFWorkbook wb = new SXSSFWorkbook(200);
		try {
			Sheet sheet = wb.createSheet(this.messages.getMessage("person.sheet.name", null, VI));
			writeHeader(wb, sheet);
			int[] next = { 1 };
			rows.accept((p) -> {
				Row row = sheet.createRow(next[0]++);
				var d = p.data();
				Object[] v = { d.fullName(), d.birthDate() == null ? "" : DATE.format(d.birthDate()),
						this.catalogue.label(d.sex()), d.cccd(), d.ethnicity(), this.catalogue.label(d.religion()),
						this.catalogue.label(d.generalEducation()), this.catalogue.label(d.theoryLevel()), d.jobTitle(),
						p.workCode(), p.partyCode(), p.unionCode(), p.youthCode(), d.phone(), d.email(),
						this.catalogue.label(d.professionalLevel()), d.address() };
				for (int i = 0; i < v.length; i++) {
					if (v[i] != null && !v[i].toString().isEmpty()) {
						row.createCell(i, CellType.STRING).setCellValue(v[i].toString());
					}
				}
			});
			wb.write(out);
		}
		finally {
			wb.close();
		}
	}

	/**
	 * Reads every non-empty data row.
	 * @throws RuleViolationException when the file is not an XLSX workbook or its header
	 * row is not the template's
	 */
	List<ParsedRow> read(InputStream input) {
		try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(input))) {
			if (FileMagic.valueOf(in) != FileMagic.OOXML) {
				throw RuleViolationException.onField("file", "person.import.notXlsx");
			}
			try (XSSFWorkbook wb = new XSSFWorkbook(in)) {
				return read(wb);
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof RuleViolationException rv) {
				throw rv;
			}
			throw RuleViolationException.onField("file", "person.import.notXlsx");
		}
	}

	private List<ParsedRow> read(Workbook wb) {
		Sheet sheet = wb.getSheetAt(0);
		DataFormatter formatter = new DataFormatter(VI);
		var evaluator = wb.getCreationHelper().createFormulaEvaluator();
		Row header = sheet.getRow(sheet.getFirstRowNum());
		for (SheetColumn c : SheetColumn.ALL) {
			String found = header == null ? "" : formatter.formatCellValue(header.getCell(c.ordinal()));
			boolean optional = c.ordinal() > SheetColumn.EMAIL.ordinal() && found.isBlank();
			if (!optional && !VietnameseText.fold(found).equals(VietnameseText.fold(header(c)))) {
				throw RuleViolationException.onField("file", "person.import.header", c.letter(), header(c), found);
			}
		}
		List<ParsedRow> rows = new ArrayList<>();
		for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, Object> values = new LinkedHashMap<>();
			Map<SheetColumn, String> codes = new LinkedHashMap<>();
			boolean any = false;
			for (SheetColumn c : SheetColumn.ALL) {
				Cell cell = row.getCell(c.ordinal());
				Object value = value(c, cell, formatter, evaluator);
				if (value == null) {
					continue;
				}
				any = true;
				if (c.isUnit()) {
					codes.put(c, value.toString());
				}
				else {
					values.put(c.field, value);
				}
			}
			if (any) {
				rows.add(new ParsedRow(r + 1, values, codes));
			}
		}
		return rows;
	}

	private static Object value(SheetColumn c, Cell cell, DataFormatter formatter,
			org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			double n = cell.getNumericCellValue();
			switch (c) {
				case BIRTH_DATE:
					return DateUtil.isValidExcelDate(n) ? DateUtil.getLocalDateTime(n).toLocalDate()
							: String.valueOf(n);
				case CCCD:
					return n == Math.rint(n) && n >= 0 ? String.format("%012d", (long) n) : String.valueOf(n);
				case PHONE:
					String digits = String.valueOf((long) n);
					return digits.length() == 9 ? "0" + digits : digits;
				default:
					break;
			}
		}
		String text = formatter.formatCellValue(cell, evaluator);
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	private String[] labels(Enum<?>[] values) {
		String[] out = new String[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = this.catalogue.label(values[i]);
		}
		return out;
	}

	private static void choice(Sheet sheet, DataValidationHelper dv, SheetColumn c, String[] options) {
		var constraint = dv.createExplicitListConstraint(options);
		var validation = dv.createValidation(constraint, new CellRangeAddressList(1, 5000, c.ordinal(), c.ordinal()));
		validation.setShowErrorBox(false);
		sheet.addValidationData(validation);
	}

	private void writeHeader(Workbook wb, Sheet sheet) {
		CellStyle bold = boldStyle(wb);
		bold.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		Row header = sheet.createRow(0);
		for (SheetColumn c : SheetColumn.ALL) {
			cell(header, c.ordinal(), header(c), bold);
			sheet.setColumnWidth(c.ordinal(), (c == SheetColumn.FULL_NAME || c == SheetColumn.ADDRESS ? 30 : 20) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	private static CellStyle boldStyle(Workbook wb) {
		CellStyle style = wb.createCellStyle();
		Font font = wb.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static void cell(Row row, int col, String value, CellStyle style) {
		Cell cell = row.createCell(col, CellType.STRING);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

}
