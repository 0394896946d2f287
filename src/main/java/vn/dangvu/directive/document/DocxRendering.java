package vn.dangvu.directive.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes a {@link DocumentLayout} as a Word document with Apache POI: A4, the margins of
 * Hướng dẫn 36-HD/VPTW, Times New Roman (Liberation Serif stands in where Times is
 * missing, with the same metrics), header and signature as borderless two-column tables.
 */
final class DocxRendering {

	static final String FONT = "Times New Roman";

	private DocxRendering() {
	}

	static byte[] render(DocumentLayout layout) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(doc);
			int size = layout.fontSize();
			XWPFTable header = borderless(doc.createTable(1, 2));
			XWPFTableCell issuer = cell(header, 0, "45%");
			if (!layout.superiorLine().isEmpty()) {
				text(issuer.addParagraph(), layout.superiorLine(), size, false, false, false);
			}
			text(issuer.addParagraph(), layout.issuerLine(), size, true, false, false);
			text(issuer.addParagraph(), "*", size, false, false, false);
			if (layout.numberLine() != null) {
				text(issuer.addParagraph(), layout.numberLine(), size, false, false, false);
			}
			if (layout.aboutLine() != null) {
				text(issuer.addParagraph(), layout.aboutLine(), size - 2, false, true, false);
			}
			XWPFTableCell right = cell(header, 1, "55%");
			text(right.addParagraph(), DocumentLayout.PARTY, size + 1, true, false, true);
			XWPFParagraph date = right.addParagraph();
			date.setSpacingBefore(200);
			text(date, layout.dateLine(), size, false, true, false).getParagraph()
				.setAlignment(ParagraphAlignment.RIGHT);
			if (layout.title() != null) {
				XWPFParagraph title = doc.createParagraph();
				title.setSpacingBefore(360);
				text(title, layout.title(), size + 2, true, false, false);
				text(doc.createParagraph(), layout.summary(), size, true, false, false);
				XWPFParagraph dash = doc.createParagraph();
				dash.setSpacingAfter(200);
				text(dash, "-----", size, false, false, false);
			}
			for (BodyBlock block : layout.blocks()) {
				XWPFParagraph p = doc.createParagraph();
				p.setAlignment(ParagraphAlignment.BOTH);
				p.setIndentationFirstLine(567);
				p.setSpacingAfter(120);
				run(p, block.text(), size, block.kind() == BodyBlock.Kind.HEADING, false, false);
			}
			XWPFTable signature = borderless(doc.createTable(1, 2));
			XWPFTableCell left = cell(signature, 0, "50%");
			if (layout.leftSigner() != null) {
				DocumentLayout.Signer other = layout.leftSigner();
				signer(left, other.onBehalf(), other.title(), other.name(), size);
			}
			else {
				recipients(left, layout, size);
			}
			signer(cell(signature, 1, "50%"), layout.onBehalf(), layout.signerTitle(), layout.signerName(), size);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void recipients(XWPFTableCell cell, DocumentLayout layout, int size) {
		XWPFParagraph label = cell.addParagraph();
		label.setSpacingBefore(240);
		run(label, DocumentLayout.RECIPIENTS_LABEL, size - 2, false, true, true);
		for (String line : layout.recipients()) {
			run(cell.addParagraph(), line, layout.smallSize(), false, false, false);
		}
	}

	/** "T/M ...", the title, room for the signature, the name: centred and bold. */
	private static void signer(XWPFTableCell cell, String onBehalf, String title, String name, int size) {
		XWPFParagraph first = cell.addParagraph();
		first.setSpacingBefore(240);
		text(first, onBehalf, size, true, false, false);
		XWPFParagraph titleLine = cell.addParagraph();
		titleLine.setSpacingAfter(1200);
		text(titleLine, title, size, true, false, false);
		text(cell.addParagraph(), name, size, true, false, false);
	}

	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PageMargins.twips(PageMargins.TOP_MM)));
		margins.setBottom(BigInteger.valueOf(PageMargins.twips(PageMargins.BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(PageMargins.twips(PageMargins.LEFT_MM)));
		margins.setRight(BigInteger.valueOf(PageMargins.twips(PageMargins.RIGHT_MM)));
	}

	private static XWPFTable borderless(XWPFTable table) {
		table.setWidth("100%");
		table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
		table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
		return table;
	}

	/** A cell emptied of the paragraph POI puts in every new cell. */
	private static XWPFTableCell cell(XWPFTable table, int column, String width) {
		XWPFTableCell cell = table.getRow(0).getCell(column);
		cell.setWidth(width);
		cell.removeParagraph(0);
		return cell;
	}

	/** A centred line. */
	private static XWPFRun text(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
			boolean underline) {
		p.setAlignment(ParagraphAlignment.CENTER);
		return run(p, text, size, bold, italic, underline);
	}

	private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic,
			boolean underline) {
		p.setSpacingBetween(1.15);
		XWPFRun run = p.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setText(text);
		return run;
	}

}
