package vn.dangvu.programme.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.programme.sheet.SheetColumn.Sheet;

/**
 * An uploaded programme spreadsheet read safely (decision 0271). Before the workbook is
 * built, each sheet's XML is streamed once: more than {@link #MAX_ROWS} data rows stops
 * the reading at once (a 10,000-row file is refused without holding it), a merged cell or
 * a formula is refused with its cell named. Then the header row is matched by name (case
 * and diacritics aside, any order) and every non-empty row is read into plain values.
 * Every refusal is a 422 on {@code file}.
 */
final class SheetFile {

	/** The largest file taken, in bytes. */
	static final int MAX_BYTES = 5 * 1024 * 1024;

	/** The most data rows one sheet may hold (the header aside). */
	static final int MAX_ROWS = 5000;

	static final Locale VI = Locale.forLanguageTag("vi");

	/** A cell's value: its text as Excel shows it, and its number when it holds one. */
	record Value(String text, Double number, boolean date) {

		boolean blank() {
			return this.text == null || this.text.isBlank();
		}

	}

	/** A data row: its number as Excel shows it and its values by column. */
	record Line(int row, Map<SheetColumn, Value> values) {

		Value get(SheetColumn c) {
			Value v = this.values.get(c);
			return (v == null) ? new Value(null, null, false) : v;
		}

		String text(SheetColumn c) {
			Value v = get(c);
			return v.blank() ? null : v.text().strip();
		}

	}

	/** What the file holds: the activity rows and the indicator rows. */
	record Content(List<Line> activities, List<Line> indicators) {

	}

	/** The headers of each sheet as the template writes them (resolved by the caller). */
	interface Headers {

		String header(SheetColumn column);

		String sheetName(Sheet sheet);

	}

	private SheetFile() {
	}

	static Content read(byte[] bytes, Headers headers) {
		if (bytes == null || bytes.length == 0) {
			throw refuse("programme.import.noFile");
		}
		if (bytes.length > MAX_BYTES) {
			throw refuse("programme.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		try {
			if (FileMagic.valueOf(new ByteArrayInputStream(bytes)) != FileMagic.OOXML) {
				throw refuse("programme.import.notXlsx");
			}
		}
		catch (IOException ex) {
			throw refuse("programme.import.notXlsx");
		}
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			Map<String, Scan> scans = scan(pkg);
			try (XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
				return content(wb, scans, headers);
			}
		}
		catch (RuleViolationException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw refuse("programme.import.notXlsx");
		}
	}

	/** What the streamed pass found in one sheet. */
	private static final class Scan extends DefaultHandler {

		int rows;

		String merged;

		String formula;

		private String cell;

		private boolean valued;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "row" -> this.valued = false;
				case "c" -> this.cell = attributes.getValue("r");
				case "v", "is" -> this.valued = true;
				case "f" -> {
					if (this.formula == null) {
						this.formula = String.valueOf(this.cell);
					}
				}
				case "mergeCell" -> {
					if (this.merged == null) {
						this.merged = attributes.getValue("ref");
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			if ("row".equals(localName) && this.valued) {
				this.rows++;
				if (this.rows > MAX_ROWS + 1) {
					throw new TooManyRows();
				}
			}
		}

	}

	private static final class TooManyRows extends SAXException {

		private static final long serialVersionUID = 1L;

	}

	private static Map<String, Scan> scan(OPCPackage pkg)
			throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
		XSSFReader reader = new XSSFReader(pkg);
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		Map<String, Scan> scans = new LinkedHashMap<>();
		while (sheets.hasNext()) {
			try (InputStream in = sheets.next()) {
				Scan scan = new Scan();
				XMLReader xml = XMLHelper.newXMLReader();
				xml.setContentHandler(scan);
				String name = sheets.getSheetName();
				try {
					xml.parse(new InputSource(in));
				}
				catch (TooManyRows ex) {
					throw refuse("programme.import.tooManyRows", name, MAX_ROWS);
				}
				scans.put(name, scan);
			}
		}
		return scans;
	}

	private static Content content(XSSFWorkbook wb, Map<String, Scan> scans, Headers headers) {
		if (wb.getNumberOfSheets() == 0) {
			throw refuse("programme.import.empty");
		}
		org.apache.poi.ss.usermodel.Sheet activities = named(wb, headers.sheetName(Sheet.ACTIVITIES));
		if (activities == null) {
			activities = wb.getSheetAt(0);
		}
		org.apache.poi.ss.usermodel.Sheet indicators = named(wb, headers.sheetName(Sheet.INDICATORS));
		List<Line> activityLines = lines(activities, Sheet.ACTIVITIES, scans.get(activities.getSheetName()), headers);
		if (activityLines.isEmpty()) {
			throw refuse("programme.import.empty");
		}
		List<Line> indicatorLines = (indicators == null || indicators == activities) ? List.of()
				: lines(indicators, Sheet.INDICATORS, scans.get(indicators.getSheetName()), headers);
		return new Content(activityLines, indicatorLines);
	}

	private static org.apache.poi.ss.usermodel.Sheet named(XSSFWorkbook wb, String name) {
		for (int i = 0; i < wb.getNumberOfSheets(); i++) {
			if (VietnameseText.fold(wb.getSheetName(i)).equals(VietnameseText.fold(name))) {
				return wb.getSheetAt(i);
			}
		}
		return null;
	}

	private static List<Line> lines(org.apache.poi.ss.usermodel.Sheet sheet, Sheet kind, Scan scan, Headers headers) {
		String name = sheet.getSheetName();
		if (scan != null && scan.merged != null) {
			throw refuse("programme.import.merged", name, scan.merged);
		}
		if (scan != null && scan.formula != null) {
			throw refuse("programme.import.formula", name, scan.formula);
		}
		DataFormatter formatter = new DataFormatter(VI);
		Row header = sheet.getRow(0);
		if (header == null) {
			throw refuse("programme.import.noHeader", name);
		}
		Map<SheetColumn, Integer> at = new EnumMap<>(SheetColumn.class);
		for (Cell cell : header) {
			String found = formatter.formatCellValue(cell).strip();
			if (found.isEmpty()) {
				continue;
			}
			SheetColumn column = kind.columns()
				.stream()
				.filter((c) -> VietnameseText.fold(headers.header(c)).equals(VietnameseText.fold(found)))
				.findFirst()
				.orElseThrow(() -> refuse("programme.import.unknownColumn", name, found));
			if (at.putIfAbsent(column, cell.getColumnIndex()) != null) {
				throw refuse("programme.import.repeatedColumn", name, found);
			}
		}
		List<String> missing = new ArrayList<>();
		for (SheetColumn c : kind.columns()) {
			if (c.required && !at.containsKey(c)) {
				missing.add(headers.header(c));
			}
		}
		if (!missing.isEmpty()) {
			throw refuse("programme.import.missingColumns", name, String.join(", ", missing));
		}
		List<Line> lines = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<SheetColumn, Value> values = new EnumMap<>(SheetColumn.class);
			for (var entry : at.entrySet()) {
				Value v = value(row.getCell(entry.getValue()), formatter);
				if (!v.blank() && !entry.getKey().exportOnly()) {
					values.put(entry.getKey(), v);
				}
			}
			if (!values.isEmpty()) {
				lines.add(new Line(r + 1, values));
			}
		}
		return lines;
	}

	private static Value value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return new Value(null, null, false);
		}
		String text = formatter.formatCellValue(cell);
		if (cell.getCellType() == CellType.NUMERIC) {
			return new Value(text, cell.getNumericCellValue(), DateUtil.isCellDateFormatted(cell));
		}
		return new Value(text, null, false);
	}

	private static RuleViolationException refuse(String key, Object... args) {
		return RuleViolationException.onField("file", key, args);
	}

}
