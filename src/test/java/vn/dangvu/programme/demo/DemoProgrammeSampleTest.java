package vn.dangvu.programme.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.sheet.ProgrammeSheets;
import vn.dangvu.programme.sheet.ProgrammeSheets.ActivityRow;
import vn.dangvu.programme.sheet.ProgrammeSheets.IndicatorRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 18/235/3 sample shipped for download (decision 0271) is the demo's 2020 programme
 * ({@link DemoProgrammes}) as the spreadsheet writes it, so the two never drift apart.
 * After changing the demo's content, write the file again with
 * {@code -Dprogramme.sample.write=true}.
 */
@IntegrationTest
class DemoProgrammeSampleTest {

	static final Path SAMPLE = Path.of("src/main/resources/samples/chuong-trinh-cong-tac-2020-mau.xlsx");

	@Autowired
	ProgrammeSheets sheets;

	/**
	 * The rows of the demo's 2020 programme, as {@code DemoProgrammes.structure} makes
	 * it.
	 */
	static List<ActivityRow> rows() {
		List<ActivityRow> rows = new ArrayList<>();
		int n = 0;
		for (int a = 0; a < DemoProgrammes.AREAS.size(); a++) {
			DemoProgrammes.Area area = DemoProgrammes.AREAS.get(a);
			for (int t = 0; t < area.tasks().length; t++) {
				DemoProgrammes.Task task = area.tasks()[t];
				String code = (a + 1) + "." + (t + 1);
				BigDecimal weight = BigDecimal.valueOf(((t + 1) % 3 == 0) ? 2 : 1);
				for (int k = 0; k < task.activities(); k++) {
					DemoProgrammes.Work work = DemoProgrammes.WORKS.get(k % DemoProgrammes.WORKS.size());
					String subject = task.subjects()[Math.min(k / DemoProgrammes.WORKS.size(),
							task.subjects().length - 1)];
					List<String> owners = (a == 2)
							? List.of(DemoProgrammes.OWNERS.get(n % DemoProgrammes.OWNERS.size()))
							: List.of(DemoProgrammes.OWNERS.get(n % DemoProgrammes.OWNERS.size()),
									DemoProgrammes.OWNERS.get((n + 1) % DemoProgrammes.OWNERS.size()));
					rows.add(new ActivityRow(area.title(), code, task.title(), weight, work.verb() + " " + subject,
							owners, null, null, LocalDate.of(DemoProgrammes.YEAR_2020, work.month(), work.day()),
							work.precision(), work.deliverable(), null, null, null));
					n++;
				}
			}
		}
		return rows;
	}

	static List<IndicatorRow> indicators() {
		List<IndicatorRow> rows = new ArrayList<>();
		for (int a = 0; a < DemoProgrammes.AREAS.size(); a++) {
			DemoProgrammes.Area area = DemoProgrammes.AREAS.get(a);
			for (int t = 0; t < area.tasks().length; t++) {
				for (DemoProgrammes.Indicator i : area.tasks()[t].indicators()) {
					rows.add(new IndicatorRow((a + 1) + "." + (t + 1), i.name(), IndicatorKind.valueOf(i.kind()),
							new BigDecimal(i.target()), i.unitLabel()));
				}
			}
		}
		return rows;
	}

	@Test
	void theShippedSampleIsTheDemos2020Programme() throws IOException {
		byte[] made = this.sheets.write(rows(), indicators(), false);
		if (Boolean.getBoolean("programme.sample.write")) {
			Files.write(SAMPLE, made);
		}
		assertThat(rows()).hasSize(235);
		assertThat(rows().stream().map(ActivityRow::taskCode).distinct()).hasSize(18);
		assertThat(cells(Files.readAllBytes(SAMPLE))).as("the sample in " + SAMPLE + " is the demo's 2020 programme")
			.isEqualTo(cells(made));
	}

	/** Every cell of every sheet as Excel shows it, sheet by sheet, row by row. */
	static List<List<String>> cells(byte[] bytes) throws IOException {
		List<List<String>> out = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Sheet sheet : wb) {
				out.add(List.of("# " + sheet.getSheetName()));
				for (Row row : sheet) {
					List<String> line = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						line.add(formatter.formatCellValue(row.getCell(c)));
					}
					out.add(line);
				}
			}
		}
		return out;
	}

}
