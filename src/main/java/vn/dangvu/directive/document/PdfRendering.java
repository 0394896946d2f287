package vn.dangvu.directive.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws a {@link DocumentLayout} as an A4 PDF with OpenPDF and the bundled Liberation
 * Serif (Times metrics, Vietnamese glyphs), embedded as Identity-H (decision 0141).
 */
final class PdfRendering {

	private static final float MM = 72f / 25.4f;

	private static final byte[] REGULAR_TTF = bytes("LiberationSerif-Regular.ttf");

	private static final byte[] BOLD_TTF = bytes("LiberationSerif-Bold.ttf");

	private static final byte[] ITALIC_TTF = bytes("LiberationSerif-Italic.ttf");

	// Font objects per rendering: OpenPDF's BaseFont keeps state, so threads do not share
	// one.
	private final BaseFont regular = font("LiberationSerif-Regular.ttf", REGULAR_TTF);

	private final BaseFont bold = font("LiberationSerif-Bold.ttf", BOLD_TTF);

	private final BaseFont italic = font("LiberationSerif-Italic.ttf", ITALIC_TTF);

	static byte[] render(DocumentLayout layout) {
		return new PdfRendering().draw(layout);
	}

	private byte[] draw(DocumentLayout layout) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document pdf = new Document(PageSize.A4, PageMargins.LEFT_MM * MM, PageMargins.RIGHT_MM * MM,
				PageMargins.TOP_MM * MM, PageMargins.BOTTOM_MM * MM);
		PdfWriter.getInstance(pdf, out);
		pdf.addTitle(layout.title() == null ? layout.aboutLine() : layout.title() + " " + layout.summary());
		pdf.open();
		int size = layout.fontSize();
		pdf.add(header(layout, size));
		if (layout.title() != null) {
			pdf.add(centred(layout.title(), new Font(this.bold, size + 2), 18, 0));
			pdf.add(centred(layout.summary(), new Font(this.bold, size), 2, 0));
			pdf.add(centred("-----", new Font(this.regular, size), 0, 10));
		}
		else {
			pdf.add(new Paragraph(" ", new Font(this.regular, size)));
		}
		for (BodyBlock block : layout.blocks()) {
			pdf.add(block(block, size));
		}
		pdf.add(signatureAndRecipients(layout, size));
		pdf.close();
		return out.toByteArray();
	}

	private PdfPTable header(DocumentLayout layout, int size) {
		PdfPTable table = new PdfPTable(new float[] { 45, 55 });
		table.setWidthPercentage(100);
		PdfPCell left = cell();
		if (!layout.superiorLine().isEmpty()) {
			left.addElement(centred(layout.superiorLine(), new Font(this.regular, size), 0, 0));
		}
		left.addElement(centred(layout.issuerLine(), new Font(this.bold, size), 0, 0));
		left.addElement(centred("*", new Font(this.regular, size), 0, 0));
		if (layout.numberLine() != null) {
			left.addElement(centred(layout.numberLine(), new Font(this.regular, size), 0, 0));
		}
		if (layout.aboutLine() != null) {
			left.addElement(centred(layout.aboutLine(), new Font(this.italic, size - 2), 2, 0));
		}
		PdfPCell right = cell();
		Paragraph party = new Paragraph();
		party.setAlignment(Element.ALIGN_CENTER);
		party.add(new Chunk(DocumentLayout.PARTY, new Font(this.bold, size + 1, Font.UNDERLINE)));
		right.addElement(party);
		Paragraph date = centred(layout.dateLine(), new Font(this.italic, size), 10, 0);
		date.setAlignment(Element.ALIGN_RIGHT);
		right.addElement(date);
		table.addCell(left);
		table.addCell(right);
		return table;
	}

	private Paragraph block(BodyBlock block, int size) {
		Font font = new Font(block.kind() == BodyBlock.Kind.HEADING ? this.bold : this.regular, size);
		Paragraph p = new Paragraph(block.text(), font);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setFirstLineIndent(10 * MM);
		p.setLeading(size * 1.25f);
		p.setSpacingAfter(6);
		return p;
	}

	/**
	 * The foot: the recipients on the left (or a second signature, for a text with two
	 * signers) and the signature on the right.
	 */
	private PdfPTable signatureAndRecipients(DocumentLayout layout, int size) {
		PdfPTable table = new PdfPTable(new float[] { 50, 50 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		table.setKeepTogether(true);
		DocumentLayout.Signer other = layout.leftSigner();
		table.addCell((other != null) ? signer(other.onBehalf(), other.title(), other.name(), size)
				: recipients(layout, size));
		table.addCell(signer(layout.onBehalf(), layout.signerTitle(), layout.signerName(), size));
		return table;
	}

	private PdfPCell recipients(DocumentLayout layout, int size) {
		PdfPCell cell = cell();
		Paragraph label = new Paragraph();
		label.add(new Chunk(DocumentLayout.RECIPIENTS_LABEL, new Font(this.italic, size - 2, Font.UNDERLINE)));
		cell.addElement(label);
		for (String line : layout.recipients()) {
			Paragraph p = new Paragraph(line, new Font(this.regular, layout.smallSize()));
			p.setLeading(layout.smallSize() * 1.2f);
			cell.addElement(p);
		}
		return cell;
	}

	/** "T/M ...", the title, room for the signature, the name: centred and bold. */
	private PdfPCell signer(String onBehalf, String title, String name, int size) {
		PdfPCell cell = cell();
		cell.addElement(centred(onBehalf, new Font(this.bold, size), 0, 0));
		cell.addElement(centred(title, new Font(this.bold, size), 0, 60));
		cell.addElement(centred(name, new Font(this.bold, size), 0, 0));
		return cell;
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		return cell;
	}

	private static Paragraph centred(String text, Font font, float before, float after) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingBefore(before);
		p.setSpacingAfter(after);
		return p;
	}

	private static BaseFont font(String name, byte[] ttf) {
		try {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] bytes(String file) {
		try (InputStream in = PdfRendering.class.getResourceAsStream("/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundled font /fonts/" + file);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
