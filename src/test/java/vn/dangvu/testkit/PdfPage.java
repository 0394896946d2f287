package vn.dangvu.testkit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/**
 * Page 1 of a PDF as poppler sees it: the PNG from {@code pdftoppm} and every word with
 * its box from {@code pdftotext -bbox}. Fails loudly when poppler-utils is missing (CI
 * installs it). Shared by the tests of every generated Party-layout PDF (the directive
 * documents, the minutes of a meeting).
 */
public record PdfPage(BufferedImage png, double width, double height, List<Word> words, String fonts) {

	public record Word(String text, double xMin, double yMin, double xMax, double yMax) {

		public double centreX() {
			return (this.xMin + this.xMax) / 2;
		}

	}

	private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");

	private static final Pattern WORD = Pattern
		.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

	public static final int DPI = 72;

	public static PdfPage read(Path pdf, Path png) throws IOException, InterruptedException {
		return read(pdf, png, 1);
	}

	/** Page {@code number} (from 1) of the PDF. */
	public static PdfPage read(Path pdf, Path png, int number) throws IOException, InterruptedException {
		String base = png.toString().replaceFirst("\\.png$", "");
		String page = String.valueOf(number);
		run("pdftoppm", "-r", String.valueOf(DPI), "-png", "-f", page, "-l", page, "-singlefile", pdf.toString(), base);
		Path html = Files.createTempFile("bbox", ".html");
		run("pdftotext", "-bbox", "-f", page, "-l", page, pdf.toString(), html.toString());
		String text = Files.readString(html, StandardCharsets.UTF_8);
		Files.delete(html);
		Matcher size = PAGE.matcher(text);
		if (!size.find()) {
			throw new AssertionError("pdftotext gave no page " + number + " for " + pdf);
		}
		List<Word> words = new ArrayList<>();
		Matcher m = WORD.matcher(text);
		while (m.find()) {
			words.add(new Word(m.group(5).replace("&amp;", "&"), Double.parseDouble(m.group(1)),
					Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
		}
		String fonts = run("pdffonts", pdf.toString());
		return new PdfPage(ImageIO.read(png.toFile()), Double.parseDouble(size.group(1)),
				Double.parseDouble(size.group(2)), words, fonts);
	}

	public Word first(String text) {
		return this.words.stream()
			.filter((w) -> w.text().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No word \"" + text + "\" on the page; words: " + this.words));
	}

	public Word last(String text) {
		return this.words.stream()
			.filter((w) -> w.text().equals(text))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("No word \"" + text + "\" on the page"));
	}

	/**
	 * The share of dark pixels inside a word's box in the PNG: glyphs were really drawn.
	 */
	public double ink(Word w) {
		double scale = this.png.getWidth() / this.width;
		int dark = 0;
		int all = 0;
		for (int x = (int) (w.xMin() * scale); x < (int) Math.ceil(w.xMax() * scale); x++) {
			for (int y = (int) (w.yMin() * scale); y < (int) Math.ceil(w.yMax() * scale); y++) {
				int rgb = this.png.getRGB(Math.min(x, this.png.getWidth() - 1), Math.min(y, this.png.getHeight() - 1));
				int lum = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
				dark += lum < 128 ? 1 : 0;
				all++;
			}
		}
		return all == 0 ? 0 : (double) dark / all;
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		}
		catch (IOException ex) {
			throw new AssertionError(command[0]
					+ " is required to check generated documents: install poppler-utils (apt-get install -y poppler-utils)",
					ex);
		}
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(command[0] + " failed: " + out);
		}
		return out;
	}

}
