package vn.dangvu.platform.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one XLSX writer every export uses (decision 0204): a sheet written top to bottom
 * (streamed, so a long audit trail does not fill the memory), with title rows, a bold
 * header, typed cells and column widths; {@link #sheet(String)} goes on in another sheet
 * of the same workbook (a dashboard's sections). Texts are already in the reader's
 * language (use {@code Messages}).
 *
 * <pre>{@code
 * try (SheetWriter sheet = SheetWriter.open(messages.text("dues.sheet.name"))) {
 *     sheet.title(messages.text("dues.sheet.titleParty", unit, month)).skip();
 *     sheet.header(messages.text("dues.col.no"), messages.text("dues.col.name"), ...).freezeAbove();
 *     for (Ledger.Row r : rows) {
 *         sheet.row().number(no++).text(r.fullName()).money(r.amountDue()).day(r.paidOn());
 *     }
 *     sheet.widths(6, 32, 16);
 *     sheet.send(response, "dang-phi-" + unitId + ".xlsx");   // or: return sheet.entity(name);
 * }
 * }</pre>
 *
 * Cells: {@link Line#text} (null: an empty cell), {@link Line#number}, {@link Line#money}
 * (whole đồng, {@code #,##0}), {@link Line#day} (a date cell shown dd/MM/yyyy),
 * {@link Line#time} (dd/MM/yyyy HH:mm:ss), {@link Line#value} (by the value's type);
 * {@link Line#bold()}, {@link Line#plain()} and {@link Line#indent} change the cells
 * written after them.
 */
public final class SheetWriter implements AutoCloseable {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SXSSFWorkbook book;

	private Sheet sheet;

	private final SheetStyles styles;

	private int next;

	private SheetWriter(String sheetName) {
		this.book = new SXSSFWorkbook(200);
		this.sheet = this.book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		this.styles = new SheetStyles(this.book);
	}

	/** A workbook of one sheet with this name (cut and cleaned to what Excel takes). */
	public static SheetWriter open(String sheetName) {
		return new SheetWriter(sheetName);
	}

	/**
	 * Starts another sheet of the workbook with this name (cut and cleaned to what Excel
	 * takes); the rows written after this go there, from its top.
	 */
	public SheetWriter sheet(String sheetName) {
		this.sheet = this.book.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
		this.next = 0;
		return this;
	}

	/** A row of one bold cell: the title of the sheet, a period, a unit. */
	public SheetWriter title(String text) {
		row().bold().text(text);
		return this;
	}

	/** An empty row. */
	public SheetWriter skip() {
		this.next++;
		return this;
	}

	/** A row of bold column labels. */
	public SheetWriter header(String... labels) {
		Line line = row().bold();
		for (String label : labels) {
			line.text(label);
		}
		return this;
	}

	/** Keeps the rows written so far on screen when scrolling (call after the header). */
	public SheetWriter freezeAbove() {
		this.sheet.createFreezePane(0, this.next);
		return this;
	}

	/** A new row; its cells are written left to right. */
	public Line row() {
		return new Line(this.sheet.createRow(this.next++));
	}

	/** Column widths in characters, from the first column on. */
	public SheetWriter widths(int... characters) {
		for (int i = 0; i < characters.length; i++) {
			width(i, characters[i]);
		}
		return this;
	}

	public SheetWriter width(int column, int characters) {
		this.sheet.setColumnWidth(column, characters * 256);
		return this;
	}

	/** The number of rows written (the next row's index). */
	public int rows() {
		return this.next;
	}

	/** The workbook's bytes. */
	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out);
		return out.toByteArray();
	}

	/**
	 * A download answer: the XLSX content type and an attachment named {@code fileName}.
	 */
	public ResponseEntity<byte[]> entity(String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName))
			.body(bytes());
	}

	/** Writes the workbook as a download named {@code fileName} into the response. */
	public void send(HttpServletResponse response, String fileName) throws IOException {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(fileName));
		try (OutputStream out = response.getOutputStream()) {
			write(out);
		}
	}

	private static String disposition(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

	private void write(OutputStream out) {
		try {
			this.book.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.book.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.book.dispose();
		}
	}

	/** One row being written, cell after cell. */
	public final class Line {

		private final Row row;

		private int column;

		private boolean bold;

		private int indent;

		private Line(Row row) {
			this.row = row;
		}

		/** The cells written after this are bold. */
		public Line bold() {
			this.bold = true;
			return this;
		}

		/** The cells written after this are not bold. */
		public Line plain() {
			this.bold = false;
			return this;
		}

		/** The next cell is indented by this many levels (a tree of units). */
		public Line indent(int levels) {
			this.indent = Math.max(0, levels);
			return this;
		}

		/** Text; null leaves the cell empty. */
		public Line text(String value) {
			Cell cell = cell(null);
			if (value != null) {
				cell.setCellValue(value);
			}
			return this;
		}

		/** A number (a count, an order number); null leaves the cell empty. */
		public Line number(Number value) {
			Cell cell = cell(null);
			if (value != null) {
				cell.setCellValue(value.doubleValue());
			}
			return this;
		}

		/** An amount in đồng, shown with thousands separators; null leaves it empty. */
		public Line money(Number value) {
			if (value == null) {
				return empty();
			}
			cell(SheetStyles.MONEY_FORMAT).setCellValue(value.doubleValue());
			return this;
		}

		/** A day, a real date cell shown dd/MM/yyyy; null leaves the cell empty. */
		public Line day(LocalDate value) {
			if (value == null) {
				return empty();
			}
			cell(SheetStyles.DAY_FORMAT).setCellValue(value);
			return this;
		}

		/** A moment, shown dd/MM/yyyy HH:mm:ss; null leaves the cell empty. */
		public Line time(LocalDateTime value) {
			if (value == null) {
				return empty();
			}
			cell(SheetStyles.TIME_FORMAT).setCellValue(value);
			return this;
		}

		/** An empty cell. */
		public Line empty() {
			cell(null);
			return this;
		}

		/**
		 * A cell typed by its value: a LocalDate as {@link #day}, a LocalDateTime as
		 * {@link #time}, a Number as {@link #number}, anything else as its text.
		 */
		public Line value(Object value) {
			if (value == null) {
				return empty();
			}
			if (value instanceof LocalDate d) {
				return day(d);
			}
			if (value instanceof LocalDateTime t) {
				return time(t);
			}
			if (value instanceof Number n) {
				return number(n);
			}
			return text(value.toString());
		}

		/** Skips to a column (cells left out stay empty). */
		public Line at(int column) {
			this.column = column;
			return this;
		}

		private Cell cell(String format) {
			Cell cell = this.row.createCell(this.column++);
			CellStyle style = SheetWriter.this.styles.style(format, this.bold, this.indent);
			if (style != null) {
				cell.setCellStyle(style);
			}
			this.indent = 0;
			return cell;
		}

	}

}
