package vn.dangvu.programme.sheet;

import java.io.IOException;
import java.io.InputStream;

import lombok.RequiredArgsConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.platform.web.Downloads;
import vn.dangvu.programme.plan.ProgrammeQueries;

/** The spreadsheet downloads, shared by the API and the pages. */
@Component
@RequiredArgsConstructor
class ProgrammeSheetFiles {

	/** The 18/235/3 sample shipped with the application (decision 0271). */
	static final String SAMPLE = "samples/chuong-trinh-cong-tac-2020-mau.xlsx";

	private static final MediaType XLSX = MediaType.parseMediaType(SheetWriter.XLSX);

	private final ProgrammeSheets sheets;

	private final ProgrammeQueries queries;

	ResponseEntity<byte[]> template() {
		return Downloads.file(this.sheets.template(), "mau-chuong-trinh-cong-tac.xlsx", XLSX);
	}

	ResponseEntity<byte[]> sample() throws IOException {
		try (InputStream in = new ClassPathResource(SAMPLE).getInputStream()) {
			return Downloads.file(in.readAllBytes(), "chuong-trinh-cong-tac-2020-mau.xlsx", XLSX);
		}
	}

	ResponseEntity<byte[]> export(long id, Caller caller) {
		byte[] bytes = this.sheets.export(id, caller);
		String title = this.queries.structure(id, caller).title();
		String name = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (name.length() > 80) {
			name = name.substring(0, 80);
		}
		return Downloads.file(bytes, (name.isEmpty() ? "chuong-trinh" : name) + ".xlsx", XLSX);
	}

}
