package vn.dangvu.programme.sheet;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.PageForms;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.plan.ProgrammeQueries;

/**
 * The spreadsheet on the pages (decision 0271): a draft's import page with the template
 * and the sample, the import's result (every wrong row listed), and the downloads.
 */
@Controller
@RequiredArgsConstructor
class ProgrammeSheetPages {

	private final ProgrammeImports imports;

	private final ProgrammeSheetFiles files;

	private final ProgrammeQueries queries;

	private final PageForms forms;

	private final Messages messages;

	@GetMapping("/programmes/{id}/import")
	String page(@PathVariable long id, Model model) {
		return page(writable(id), model, null, List.of());
	}

	@PostMapping("/programmes/{id}/import")
	String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.require();
		byte[] bytes = (file == null) ? new byte[0] : file.getBytes();
		return this.forms.attempt(PageForms::reshown, () -> {
			ProgrammeImports.Imported done = this.imports.importInto(id, version, bytes, caller);
			redirect.addFlashAttribute("flashMessage", this.messages.text("programme.import.done", done.areas(),
					done.tasks(), done.indicators(), done.activities()));
			return "redirect:/programmes/" + id;
		}, (ex) -> {
			response.setStatus(ex.status().value());
			List<SheetError> errors = (ex instanceof ProgrammeImportRejected rejected) ? rejected.errors() : List.of();
			return page(writable(id), model, this.messages.text(ex), errors);
		});
	}

	@GetMapping("/programmes/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id) {
		return this.files.export(id, CurrentCaller.require());
	}

	@GetMapping("/programmes/import/template.xlsx")
	ResponseEntity<byte[]> template() {
		return this.files.template();
	}

	@GetMapping("/programmes/import/sample.xlsx")
	ResponseEntity<byte[]> sample() throws IOException {
		return this.files.sample();
	}

	private ProgrammeStructure writable(long id) {
		ProgrammeStructure p = this.queries.structure(id, CurrentCaller.require());
		if (!p.mayWrite()) {
			throw new NotPermittedException("programme.write.notAllowed");
		}
		return p;
	}

	private String page(ProgrammeStructure p, Model model, String refusal, List<SheetError> errors) {
		model.addAttribute("p", p);
		model.addAttribute("refusal", refusal);
		model.addAttribute("errors", errors);
		return "programme/import";
	}

}
