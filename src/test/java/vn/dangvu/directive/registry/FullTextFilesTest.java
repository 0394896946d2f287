package vn.dangvu.directive.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FullTextFilesTest {

	@Test
	void theTextOfAWordFileIsExtracted() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XWPFDocument doc = new XWPFDocument()) {
			doc.createParagraph().createRun().setText("ĐẢNG CỘNG SẢN VIỆT NAM");
			doc.createParagraph().createRun().setText("Kế hoạch thực hiện Chỉ thị số 05-CT/TW");
			doc.write(out);
		}
		assertThat(FullTextFiles.extract("ke-hoach.DOCX", out.toByteArray())).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("Chỉ thị số 05-CT/TW");
	}

	@Test
	void aTextFileIsReadAsUtf8AndAnythingElseIsRefused() {
		assertThat(FullTextFiles.extract("a.txt", "\uFEFFQuy chế dân chủ".getBytes(StandardCharsets.UTF_8)))
			.isEqualTo("Quy chế dân chủ");
		assertThatThrownBy(() -> FullTextFiles.extract("a.docx", "not a zip".getBytes()))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> FullTextFiles.extract("a.exe", new byte[] { 1 }))
			.isInstanceOf(RuleViolationException.class);
	}

}
